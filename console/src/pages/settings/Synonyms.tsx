import { Button, Form, Input, Spin, Typography } from 'antd';
import { useQuery } from 'urql';
import { run } from '../../api';
import { SET_SYNONYMS, SYNONYMS } from '../../queries/admin';
import { useAction } from '../../ui';

const toText = (groups: string[][]) => groups.map((g) => g.join(' ')).join('\n');
const toGroups = (text: string) => text.split('\n').map((line) => line.split(/[\s,，、]+/).filter(Boolean)).filter((g) => g.length > 0);

/** 同义词: the portal search's synonym groups, one group a line. */
export default function Synonyms() {
  const [{ data }, refetch] = useQuery({ query: SYNONYMS, requestPolicy: 'network-only' });
  const [act, busy] = useAction();
  const [form] = Form.useForm<{ text: string }>();
  if (!data) return <Spin description="正在加载" />;

  const save = async () => {
    const { text } = form.getFieldsValue();
    if (await act(() => run(SET_SYNONYMS, { groups: toGroups(text ?? '') }), '同义词已保存，已发布的文件已重新建立索引')) refetch({ requestPolicy: 'network-only' });
  };

  return (
    <>
      <Typography.Paragraph type="secondary">门户网站搜索时，同一组的词互相查得到（如搜“暖气”也能找到写“供暖”的文件）。每行一组，词之间用空格或顿号分开，每组至少两个词。</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ text: toText(data.searchSynonyms) }} style={{ maxWidth: 640 }} onFinish={() => void save()}>
        <Form.Item label="同义词组" name="text"><Input.TextArea rows={10} /></Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>保存同义词</Button>
      </Form>
    </>
  );
}
