import { Button, Form, Input, InputNumber, Select, Spin, Switch, Typography } from 'antd';
import { useQuery } from 'urql';
import { run } from '../../api';
import { CATEGORY_KIND } from '../../labels';
import { INSPECTION_SETTINGS, UPDATE_INSPECTION_SETTINGS, type InspectionSettingsRow } from '../../queries/admin';
import { useAction } from '../../ui';

const NUMBERS: [keyof InspectionSettingsRow, string, string, number, number][] = [
  ['staleAccountDays', '账号未更新天数', '政务新媒体账号超过此天数未发布即报“账号长期未更新”（国家考核线为 14 天）', 1, 365],
  ['staleCategoryMonths', '栏目未更新月数', '须定期更新的栏目超过此月数未更新即报“栏目长期未更新”', 1, 60],
  ['emptyCategoryLimit', '空白栏目上限', '空白栏目超过此数即单项否决', 0, 1000],
  ['stuckPublicationMinutes', '发布滞留分钟数', '发布中超过此时长即报“发布滞留”', 1, 10080],
  ['reviewWorkingHours', '审核时限（工作小时）', '提交后超过此工作小时数仍未审核即报“审核超时”', 1, 2000],
  ['serviceChangeWorkingDays', '办事条件变更时限（工作日）', '办事条件变更须在此工作日数内发布', 1, 60],
];

const kindOptions = Object.entries(CATEGORY_KIND).map(([value, text]) => ({ value, label: text }));
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** 巡查设置: the thresholds of the daily inspection; the next run applies them. */
export default function InspectionSettings() {
  const [{ data }, refetch] = useQuery({ query: INSPECTION_SETTINGS, requestPolicy: 'network-only' });
  const [act, busy] = useAction();
  const [form] = Form.useForm<InspectionSettingsRow>();
  if (!data) return <Spin description="正在加载" />;
  const initial = data.inspectionSettings;

  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    // Only what changed is sent: an untouched field keeps following the default if it does today.
    const input = Object.fromEntries(Object.entries(v).filter(([k, value]) => JSON.stringify(value) !== JSON.stringify(initial[k as keyof InspectionSettingsRow])));
    if (Object.keys(input).length === 0) return;
    if (await act(() => run(UPDATE_INSPECTION_SETTINGS, { input }), '巡查设置已保存，下次巡查起生效')) refetch({ requestPolicy: 'network-only' });
  };

  return (
    <>
      <Typography.Paragraph type="secondary">每天的网上督查按以下标准检查网站栏目、政务新媒体账号和审核发布情况。</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={initial} style={{ maxWidth: 640 }} onFinish={() => void save()}>
        {NUMBERS.map(([name, text, extra, min, max]) => (
          <Form.Item key={name} label={text} name={name} extra={extra} rules={[{ required: true, message: `请填写${text}` }]}>
            <InputNumber min={min} max={max} precision={0} style={{ width: 160 }} />
          </Form.Item>
        ))}
        <Form.Item label="须定期更新的栏目类型" name="staleCategoryKinds"><Select mode="multiple" options={kindOptions} /></Form.Item>
        <Form.Item label="报告已暂停的账号" name="reportSuspendedAccounts" valuePropName="checked"><Switch /></Form.Item>
        <Form.Item label="上班时间" name="workdayStart" extra="北京时间，如 08:30" rules={[{ pattern: HHMM, message: '请按 时:分 填写，如 08:30' }]}><Input style={{ width: 120 }} /></Form.Item>
        <Form.Item label="下班时间" name="workdayEnd" extra="北京时间，如 17:30" rules={[{ pattern: HHMM, message: '请按 时:分 填写，如 17:30' }]}><Input style={{ width: 120 }} /></Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>保存巡查设置</Button>
      </Form>
    </>
  );
}
