import { Alert, Button, Card, Col, Descriptions, Input, InputNumber, Row, Select, Space, Spin, Typography } from 'antd';
import { useQuery } from 'urql';
import { run } from '../../api';
import { follow, href } from '../../router';
import { useMe } from '../../session';
import { fmt } from '../../time';
import { PageTitle } from '../../ui';
import { ACCEPT_MESSAGE, MESSAGE, REJECT_MESSAGE, REPLY_MESSAGE, TRANSFER_MESSAGE, UNITS, type Message } from './api';
import { SupervisionCard } from './Messages';
import { StepButton, useStep, WorkStatus } from './shared';

function Actions({ m, reload }: { m: Message; reload: () => void }) {
  const [act] = useStep();
  const [{ data: units }] = useQuery({ query: UNITS });
  const unitOptions = (units?.units ?? []).map((u) => ({ value: u.code, label: u.name }));
  const step = async (action: () => Promise<unknown>, ok: string) => {
    const done = await act(action, ok);
    if (done) reload();
    return done;
  };
  const id = m.id;
  const unitSelect = <Select options={unitOptions} placeholder="请选择" allowClear showSearch={{ optionFilterProp: 'label' }} />;
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      {m.status === 'RECEIVED' && (
        <StepButton primary text="受理" title="受理留言" fields={[
          { name: 'unitCode', label: '办理单位（不选为本单位）', required: false, control: unitSelect },
          { name: 'replyDays', label: '答复时限（工作日，不填按留言类型的默认时限）', required: false, control: <InputNumber min={1} max={60} precision={0} /> },
        ]} onSubmit={(v) => step(() => run(ACCEPT_MESSAGE, { id, unitCode: (v.unitCode as string | undefined) ?? null, replyDays: (v.replyDays as number | undefined) ?? null }), '已受理')} />
      )}
      {m.status === 'RECEIVED' && (
        <StepButton text="不予受理" fields={[{ name: 'reason', label: '不予受理的理由（将公开显示）' }]}
          onSubmit={(v) => step(() => run(REJECT_MESSAGE, { id, reason: String(v.reason).trim() }), '已不予受理')} />
      )}
      {['RECEIVED', 'ACCEPTED'].includes(m.status) && (
        <StepButton text="转办" title="转其他单位办理" fields={[{ name: 'unitCode', label: '办理单位', control: unitSelect }]}
          onSubmit={(v) => step(() => run(TRANSFER_MESSAGE, { id, unitCode: String(v.unitCode) }), '已转办')} />
      )}
      {m.status === 'ACCEPTED' && (
        <StepButton primary text="答复" title="答复留言（答复将公开）" fields={[{ name: 'text', label: '答复内容', control: <Input.TextArea rows={6} maxLength={5000} /> }]}
          onSubmit={(v) => step(() => run(REPLY_MESSAGE, { id, text: String(v.text).trim() }), '已答复')} />
      )}
      <Button onClick={reload}>刷新</Button>
    </Space>
  );
}

export default function MessagePage({ params }: { params: Record<string, string> }) {
  const me = useMe();
  const [{ data, fetching, error }, refetch] = useQuery({ query: MESSAGE, variables: { id: params.id }, requestPolicy: 'network-only' });
  const m = data?.publicMessage;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (!data && fetching) return <Spin description="正在加载" />;
  if (error) return <Alert type="error" title="加载失败，请刷新重试。" />;
  if (!m) return <Alert type="error" title="留言不存在，或不属于您的单位。" />;
  const canAct = me.role === 'EDITOR' || me.role === 'ADMIN';
  return (
    <>
      <PageTitle>网民留言 {m.regNo}</PageTitle>
      <Space style={{ marginBottom: 12 }}><span>状态：</span><WorkStatus status={m.status} text={m.statusLabel} /><span>督办：</span><SupervisionCard card={m.card} /></Space>
      {canAct && <Actions m={m} reload={reload} />}
      <Card style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} items={[
          { key: 'kind', label: '留言类型', children: m.categoryLabel },
          { key: 'at', label: '收到时间', children: fmt(m.receivedAt) },
          { key: 'unit', label: '办理单位', children: m.unitName ?? '—' },
          { key: 'acc', label: '受理日期', children: m.acceptedOn ?? '—' },
          { key: 'due', label: '答复期限', children: m.dueOn ?? '—' },
          { key: 'rep', label: '答复日期', children: m.repliedOn ?? '—' },
          ...(m.rejectReason ? [{ key: 'rej', label: '不予受理理由', children: m.rejectReason }] : []),
        ]} />
      </Card>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card title="收到的原文（仅工作人员可见）" style={{ marginBottom: 16 }}>
            <Typography.Title level={2} style={{ fontSize: 16 }}>{m.subject}</Typography.Title>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{m.body}</Typography.Paragraph>
            <Typography.Paragraph>联系电话：{m.contactPhone || '未留'}</Typography.Paragraph>
            {m.replyText && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>答复：{m.replyText}</Typography.Paragraph>}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title="公众看到的内容（已去标识化）" style={{ marginBottom: 16 }}>
            <Typography.Title level={2} style={{ fontSize: 16 }}>{m.publicSubject}</Typography.Title>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{m.publicBody}</Typography.Paragraph>
            {m.publicReply && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{m.replyUnitName ?? ''}答复：{m.publicReply}</Typography.Paragraph>}
            {m.status !== 'REPLIED' && <Typography.Text type="secondary">答复后在门户网站公开。</Typography.Text>}
          </Card>
        </Col>
      </Row>
      <Typography.Paragraph><a href={href('/messages')} onClick={follow('/messages')}>返回留言列表</a></Typography.Paragraph>
    </>
  );
}
