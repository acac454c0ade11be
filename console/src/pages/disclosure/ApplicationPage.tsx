import { Alert, Button, Card, DatePicker, Descriptions, Input, InputNumber, Select, Space, Spin, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useQuery } from 'urql';
import { run } from '../../api';
import { CATEGORIES } from '../../queries';
import { follow, href } from '../../router';
import { useMe } from '../../session';
import { fmt } from '../../time';
import { PageTitle } from '../../ui';
import {
  ACCEPT, APPLICATION, CONVERT, DELIVER, END_CONSULTATION, EXTEND, RECEIVE_CORRECTION, REPLY, REQUEST_CORRECTION, START_CONSULTATION, TRANSFER, UNITS,
  type Application,
} from './api';
import { APPLICANT_TYPE, DELIVERY, SOURCE } from './labels';
import { LetterFindings, ReplyButton } from './ReplyButton';
import { Deadline, StepButton, useStep, WorkStatus } from './shared';

const OPEN = ['RECEIVED', 'IN_PROGRESS'];

function Actions({ a, reload }: { a: Application; reload: () => void }) {
  const [act, busy] = useStep();
  const [{ data: units }] = useQuery({ query: UNITS });
  const [{ data: cats }] = useQuery({ query: CATEGORIES });
  const step = async (action: () => Promise<unknown>, ok: string) => {
    const done = await act(action, ok);
    if (done) reload();
    return done;
  };
  const id = a.id;
  const unitOptions = (units?.units ?? []).filter((u) => u.code !== a.unitCode).map((u) => ({ value: u.code, label: u.name }));
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      {a.status === 'RECEIVED' && <Button type="primary" loading={busy} onClick={() => void step(() => run(ACCEPT, { id }), '已开始办理')}>开始办理</Button>}
      {OPEN.includes(a.status) && <ReplyButton onSend={(d) => step(() => run(REPLY, { id, ...d }), '已答复')} />}
      {OPEN.includes(a.status) && (
        <StepButton text="要求补正" fields={[{ name: 'note', label: '需要补正的内容' }]} onSubmit={(v) => step(() => run(REQUEST_CORRECTION, { id, note: String(v.note).trim() }), '已要求补正')} />
      )}
      {a.status === 'CORRECTION_REQUESTED' && (
        <StepButton text="登记补正" title="登记收到的补正材料" fields={[{ name: 'receivedOn', label: '收到日期（不填为今天）', required: false, control: <DatePicker format="YYYY-MM-DD" /> }]}
          onSubmit={(v) => step(() => run(RECEIVE_CORRECTION, { id, receivedOn: v.receivedOn ? (v.receivedOn as Dayjs).format('YYYY-MM-DD') : null }), '已登记补正，期限重新起算')} />
      )}
      {OPEN.includes(a.status) && (
        <StepButton text="征求意见" title="征求第三方意见（期限暂停）" fields={[{ name: 'note', label: '征求对象及事项' }]} onSubmit={(v) => step(() => run(START_CONSULTATION, { id, note: String(v.note).trim() }), '已开始征求意见，期限暂停')} />
      )}
      {a.status === 'CONSULTING' && <Button loading={busy} onClick={() => void step(() => run(END_CONSULTATION, { id }), '已结束征求意见，期限恢复')}>结束征求意见</Button>}
      {OPEN.includes(a.status) && a.extensionDays === 0 && (
        <StepButton text="延期" title="延长答复期限" fields={[
          { name: 'days', label: '延长工作日数（不超过 20）', initial: 20, control: <InputNumber min={1} max={20} precision={0} /> },
          { name: 'reason', label: '延期理由' },
        ]} onSubmit={(v) => step(() => run(EXTEND, { id, days: Number(v.days), reason: String(v.reason).trim() }), '已延长答复期限')} />
      )}
      {[...OPEN, 'CONSULTING'].includes(a.status) && (
        <StepButton text="转办" title="转其他单位办理" fields={[{ name: 'unitCode', label: '办理单位', control: <Select options={unitOptions} placeholder="请选择" showSearch={{ optionFilterProp: 'label' }} /> }]}
          onSubmit={(v) => step(() => run(TRANSFER, { id, unitCode: String(v.unitCode) }), '已转办')} />
      )}
      {a.status === 'REPLIED' && !a.deliveredAt && (
        <StepButton text="送达" title="登记送达" fields={[{ name: 'by', label: '送达方式', initial: a.deliveryForm, control: <Select options={Object.entries(DELIVERY).map(([value, text]) => ({ value, label: text }))} /> }]}
          onSubmit={(v) => step(() => run(DELIVER, { id, by: String(v.by) }), '已登记送达')} />
      )}
      {a.status === 'REPLIED' && !a.convertedContentId && (
        <StepButton text="转为主动公开" title="依申请公开转主动公开（生成草稿，按一般稿件审核）" fields={[
          { name: 'title', label: '标题', control: <Input maxLength={200} /> },
          { name: 'body', label: '正文', initial: a.replyText ?? '', control: <Input.TextArea rows={6} /> },
          { name: 'categoryCode', label: '栏目', control: <Select options={(cats?.categories ?? []).map((c) => ({ value: c.code, label: c.name }))} placeholder="请选择" showSearch={{ optionFilterProp: 'label' }} /> },
        ]} onSubmit={(v) => step(() => run(CONVERT, { id, title: String(v.title).trim(), body: String(v.body), categoryCode: String(v.categoryCode) }), '已生成主动公开草稿')} />
      )}
      <Button onClick={reload}>刷新</Button>
    </Space>
  );
}

/** The clock as the 条例 runs it: 20 working days from the start, paused while consulting, extended once. */
function Clock({ a }: { a: Application }) {
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} items={[
      { key: 'received', label: '收到日期', children: a.receivedOn },
      { key: 'start', label: '期限起算日', children: a.clockStart },
      { key: 'due', label: '答复期限', children: a.status === 'CONSULTING' ? `暂停中（自 ${a.pausedSince ?? '—'} 起）` : <Deadline dueOn={a.dueOn} daysLeft={a.daysLeft} /> },
      { key: 'ext', label: '延期', children: a.extensionDays ? `${a.extensionDays} 个工作日：${a.extensionReason ?? ''}` : '未延期' },
      { key: 'paused', label: '暂停天数', children: `${a.pausedDays} 天` },
      ...(a.correctionNote ? [{ key: 'corr', label: '补正要求', children: a.correctionNote }] : []),
    ]} />
  );
}

export default function ApplicationPage({ params }: { params: Record<string, string> }) {
  const me = useMe();
  const [{ data, fetching, error }, refetch] = useQuery({ query: APPLICATION, variables: { id: params.id }, requestPolicy: 'network-only' });
  const a = data?.disclosureApplication;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (!data && fetching) return <Spin description="正在加载" />;
  if (error) return <Alert type="error" title="加载失败，请刷新重试。" />;
  if (!a) return <Alert type="error" title="申请不存在，或不属于您的单位。" />;
  const canAct = me.role === 'EDITOR' || me.role === 'ADMIN';
  return (
    <>
      <PageTitle>依申请公开 {a.regNo}</PageTitle>
      <Space style={{ marginBottom: 12 }}><span>状态：</span><WorkStatus status={a.status} text={a.statusLabel} /></Space>
      {canAct && <Actions a={a} reload={reload} />}
      <Card title="办理期限" style={{ marginBottom: 16 }}><Clock a={a} /></Card>
      <Card title="申请内容" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 2 }} items={[
          { key: 'name', label: '申请人', children: a.applicantName },
          { key: 'type', label: '申请人类型', children: APPLICANT_TYPE[a.applicantType] ?? '其他' },
          { key: 'id', label: '证件', children: `${a.idType} ${a.idNumber}` },
          { key: 'phone', label: '联系电话', children: a.phone || '—' },
          { key: 'email', label: '电子邮箱', children: a.email || '—' },
          { key: 'address', label: '通信地址', children: a.address || '—' },
          { key: 'source', label: '提出方式', children: SOURCE[a.source] ?? '其他' },
          { key: 'delivery', label: '获取方式', children: DELIVERY[a.deliveryForm] ?? '其他' },
          { key: 'unit', label: '办理单位', children: a.unitName },
          { key: 'desc', label: '所需信息', span: 2, children: <span style={{ whiteSpace: 'pre-wrap' }}>{a.description}</span> },
          ...(a.purpose ? [{ key: 'purpose', label: '用途', span: 2, children: a.purpose }] : []),
        ]} />
      </Card>
      {a.replyType && (
        <Card title="答复" style={{ marginBottom: 16 }}>
          <Descriptions size="small" column={{ xs: 1, md: 2 }} items={[
            { key: 'type', label: '答复类型', children: a.replyTypeLabel ?? '—' },
            { key: 'ground', label: '理由', children: a.replyGroundLabel ?? '—' },
            { key: 'at', label: '答复时间', children: fmt(a.repliedAt) },
            { key: 'deliv', label: '送达', children: a.deliveredAt ? `${DELIVERY[a.deliveredBy ?? ''] ?? '其他'}，${fmt(a.deliveredAt)}` : '尚未登记送达' },
            ...(a.convertedContentId ? [{ key: 'conv', label: '转主动公开', children: <a href={href(`/contents/${a.convertedContentId}`)} onClick={follow(`/contents/${a.convertedContentId}`)}>查看草稿</a> }] : []),
          ]} />
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 12 }}>{a.replyText}</Typography.Paragraph>
          {a.replyFindings && a.replyFindings.length > 0 && <LetterFindings findings={a.replyFindings} />}
        </Card>
      )}
      <Typography.Paragraph><a href={href('/disclosure')} onClick={follow('/disclosure')}>返回申请列表</a></Typography.Paragraph>
    </>
  );
}
