import { Alert, Card, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { TONE } from '../../labels';
import { follow, href } from '../../router';
import { fmt } from '../../time';
import { PageTitle } from '../../ui';
import { MESSAGES, type Message } from './api';
import { CARD, MESSAGE_STATUS, options } from './labels';
import { WorkStatus } from './shared';

const CARD_TONE: Record<string, string> = { YELLOW: '#ad6800', RED: TONE.red, VETO: '#5c0011' };

/** 督办: 黄牌 after the due day, 红牌 later, 单项否决 three months unanswered. */
export const SupervisionCard = ({ card }: { card: string }) => (CARD[card] ? <Tag color={CARD_TONE[card]}>{CARD[card]}</Tag> : <span>—</span>);

export default function Messages(_: { params: Record<string, string> }) {
  const [status, setStatus] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({ query: MESSAGES, variables: { status: status ? [status] : null }, requestPolicy: 'network-only' });
  return (
    <>
      <PageTitle>网民留言</PageTitle>
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Select aria-label="按状态筛选" style={{ width: 200 }} value={status ?? ''} onChange={(v) => setStatus(v || null)}
            options={[{ value: '', label: '全部状态' }, ...options(MESSAGE_STATUS)]} />
        </Space>
        {error && <Alert type="error" title="加载失败，请刷新重试。" style={{ marginBottom: 16 }} />}
        <Table<Message>
          rowKey="id"
          loading={fetching}
          dataSource={data?.publicMessages ?? []}
          locale={{ emptyText: '暂无留言' }}
          pagination={{ pageSize: 20, showSizeChanger: false }}
          scroll={{ x: 900 }}
          columns={[
            { title: '登记号', dataIndex: 'regNo', width: 140 },
            { title: '标题', dataIndex: 'subject', render: (t: string, m) => <a href={href(`/messages/${m.id}`)} onClick={follow(`/messages/${m.id}`)}>{t}</a> },
            { title: '收到时间', dataIndex: 'receivedAt', width: 150, render: (t: string) => fmt(t) },
            { title: '办理单位', dataIndex: 'unitName', width: 140, render: (t: string | null) => t ?? '—' },
            { title: '答复期限', dataIndex: 'dueOn', width: 120, render: (t: string | null) => t ?? '—' },
            { title: '状态', key: 'status', width: 150, render: (_, m) => <WorkStatus status={m.status} text={m.statusLabel} /> },
            { title: '督办', key: 'card', width: 100, render: (_, m) => <SupervisionCard card={m.card} /> },
          ]}
        />
      </Card>
    </>
  );
}
