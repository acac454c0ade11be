import { Button, Form, Input, Spin, Typography } from 'antd';
import { useQuery } from 'urql';
import { run } from '../../api';
import { SITE_SETTINGS, UPDATE_SITE_SETTINGS, type SiteSettingsRow } from '../../queries/admin';
import { useAction } from '../../ui';

const FIELDS: [keyof SiteSettingsRow, string, string?][] = [
  ['siteName', '网站名称'],
  ['sponsor', '主办单位'],
  ['organizer', '承办单位'],
  ['siteCode', '网站标识码', '10 位数字或字母，如 1508000001'],
  ['icpNumber', 'ICP备案号', '如 蒙ICP备05003356号-1'],
  ['psbNumber', '公安机关备案号', '如 蒙公网安备 15080202000123号'],
  ['psbLink', '公安机关备案号链接', '不填则按备案号自动生成全国互联网安全管理服务平台的查询链接'],
  ['contactAddress', '通讯地址'],
  ['contactPostcode', '邮政编码'],
  ['contactPhone', '联系电话'],
  ['contactEmail', '电子邮箱'],
  ['contactHours', '办公时间', '如 工作日 8:30—12:00，14:30—17:30'],
];

/** 网站设置: the site identity every portal page's footer and the 联系我们 page show. */
export default function SiteSettings() {
  const [{ data }, refetch] = useQuery({ query: SITE_SETTINGS, requestPolicy: 'network-only' });
  const [act, busy] = useAction();
  const [form] = Form.useForm<SiteSettingsRow>();
  if (!data) return <Spin description="正在加载" />;
  const initial = { ...data.siteSettings, psbLink: data.siteSettings.psbLink ?? '' };

  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    // Only what changed: the link shown may be derived from the number, and must not be stored as if set.
    const input = Object.fromEntries(FIELDS.map(([k]) => [k, (v[k] ?? '').trim()]).filter(([k, value]) => value !== initial[k as keyof SiteSettingsRow]));
    if (Object.keys(input).length === 0) return;
    if (await act(() => run(UPDATE_SITE_SETTINGS, { input }), '网站设置已保存，门户网站页脚随即更新')) refetch({ requestPolicy: 'network-only' });
  };

  return (
    <>
      <Typography.Paragraph type="secondary">门户网站每个页面的页脚和“联系我们”页面显示以下信息（政府网站发展指引要求标注主办单位、网站标识码和备案号）。</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={initial} style={{ maxWidth: 640 }} onFinish={() => void save()}>
        {FIELDS.map(([name, text, extra]) => (
          <Form.Item key={name} label={text} name={name} extra={extra} rules={name === 'siteName' ? [{ required: true, whitespace: true, message: '网站名称不能为空' }] : undefined}>
            <Input />
          </Form.Item>
        ))}
        <Button type="primary" htmlType="submit" loading={busy}>保存网站设置</Button>
      </Form>
    </>
  );
}
