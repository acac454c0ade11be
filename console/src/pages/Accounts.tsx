import { App, Button, Card, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { run } from '../api';
import { ReasonButton } from '../dialogs';
import { EmptyNote } from '../empty';
import { useChannels } from '../channelNames';
import { ACCOUNT_STATUS, label, TONE } from '../labels';
import { RETRY_PUBLICATION } from '../queries';
import {
  CHANNEL_ACCOUNTS, CLOSE_ACCOUNT, FAILED_RELEASES, RESUME_ACCOUNT, SUSPEND_ACCOUNT, TEST_ACCOUNT, UPDATE_ACCOUNT_SETTINGS,
  type AccountRow, type FailedRelease,
} from '../queries/channelAdmin';
import { follow, href } from '../router';
import { useMe } from '../session';
import { fmt } from '../time';
import { PageTitle, useAction } from '../ui';
import { CreateAccount, RotateCredentials } from './accounts/AccountForm';

const STATUS_TONE: Record<string, string> = { active: TONE.green, suspended: TONE.orange, needs_reauth: TONE.red, closed: TONE.grey };
/** The inspection warns as the line nears: three days is time enough to post something. */
const WARN_DAYS = 3;

function Staleness({ a }: { a: AccountRow }) {
  const s = a.staleness;
  if (!s) return <span>—（{a.status === 'closed' ? '已关停' : '未在用'}，不考核）</span>;
  if (s.stale) return <Tag color={TONE.red}>已超期（{s.daysSilent} 天未发布）</Tag>;
  if (s.daysLeft <= WARN_DAYS) return <Tag color={TONE.orange}>剩 {s.daysLeft} 天</Tag>;
  return <span>剩 {s.daysLeft} 天</span>;
}

function LastDelivered({ a }: { a: AccountRow }) {
  const last = a.lastDelivered;
  if (!last) return <span>尚未发布</span>;
  const to = `/contents/${last.contentId}`;
  return <span><a href={href(to)} onClick={follow(to)}>{last.title}</a><br /><Typography.Text type="secondary">{fmt(last.publishedAt)}</Typography.Text></span>;
}

function FailedList({ rows, loading, onRetried, nameOf }: { rows: FailedRelease[]; loading: boolean; onRetried: () => void; nameOf: (kind: string) => string }) {
  const [act, busy] = useAction();
  return (
    <Card title="发布失败，待重试" style={{ marginTop: 16 }}>
      <Table<FailedRelease>
        rowKey="publicationId"
        size="small"
        loading={loading}
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: <EmptyNote>没有发布失败的内容</EmptyNote> }}
        scroll={{ x: 860 }}
        columns={[
          { title: '标题', key: 'title', render: (_, r) => <a href={href(`/contents/${r.contentId}`)} onClick={follow(`/contents/${r.contentId}`)}>{r.title}</a> },
          { title: '渠道', key: 'channel', width: 140, render: (_, r) => `${nameOf(r.channel)}${r.accountName ? `·${r.accountName}` : ''}` },
          { title: '失败原因', key: 'error', render: (_, r) => r.lastError ?? '—' },
          { title: '失败时间', key: 'at', width: 150, render: (_, r) => fmt(r.failedAt) },
          {
            title: '操作', key: 'retry', width: 90,
            render: (_, r) => <Button loading={busy} aria-label={`重试：${r.title}`} onClick={async () => { if (await act(() => run(RETRY_PUBLICATION, { id: r.publicationId }), '已重新发送')) onRetried(); }}>重试</Button>,
          },
        ]}
      />
    </Card>
  );
}

export default function Accounts(_: { params: Record<string, string> }) {
  const me = useMe();
  const { message } = App.useApp();
  const isAdmin = me.role === 'ADMIN';
  const { channels: channelList, nameOf } = useChannels();
  const [{ data, fetching }, reload] = useQuery({ query: CHANNEL_ACCOUNTS, requestPolicy: 'network-only' });
  const [{ data: failed, fetching: failedLoading }, reloadFailed] = useQuery({ query: FAILED_RELEASES, requestPolicy: 'network-only' });
  const [creating, setCreating] = useState(false);
  const [rotating, setRotating] = useState<AccountRow | null>(null);
  const [act, busy] = useAction();
  const refresh = () => {
    reload({ requestPolicy: 'network-only' });
    reloadFailed({ requestPolicy: 'network-only' });
  };
  const then = async (action: () => Promise<unknown>, success: string) => {
    const ok = await act(action, success);
    if (ok) refresh();
    return ok;
  };
  const test = (a: AccountRow) => act(async () => {
    const check = (await run(TEST_ACCOUNT, { id: a.id })).testChannelAccount;
    if (check.ok) message.success(check.message);
    else message.warning(check.message, 8);
    reload({ requestPolicy: 'network-only' });
  });

  return (
    <>
      <PageTitle>渠道账号</PageTitle>
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Button type="primary" onClick={() => setCreating(true)}>新建账号</Button>
          <Button onClick={refresh}>刷新</Button>
          <Typography.Text type="secondary">政务新媒体账号连续 {data?.channelAccounts.find((a) => a.staleness)?.staleness?.limitDays ?? 14} 天未更新，网上督查判为单项否决。</Typography.Text>
        </Space>
        <Table<AccountRow>
          rowKey="id"
          loading={fetching}
          dataSource={data?.channelAccounts ?? []}
          pagination={false}
          locale={{ emptyText: <EmptyNote>尚未开设渠道账号</EmptyNote> }}
          scroll={{ x: 1180 }}
          columns={[
            { title: '账号名称', dataIndex: 'name', width: 150 },
            { title: '渠道', key: 'channel', width: 70, render: (_, a) => nameOf(a.channel) },
            ...(isAdmin ? [{ title: '单位', key: 'unit', width: 80, render: (_: unknown, a: AccountRow) => a.unitCode }] : []),
            {
              title: '状态', key: 'status', width: 130,
              render: (_, a) => <span><Tag color={STATUS_TONE[a.status] ?? TONE.grey}>{label(ACCOUNT_STATUS, a.status)}</Tag>{a.statusReason && <Typography.Text type="secondary"><br />{a.statusReason}</Typography.Text>}</span>,
            },
            { title: '最近发布', key: 'last', width: 200, render: (_, a) => <LastDelivered a={a} /> },
            { title: '距超期', key: 'stale', width: 130, render: (_, a) => <Staleness a={a} /> },
            {
              title: '发布方式', key: 'mode', width: 110,
              render: (_, a) => (a.channel === 'WECHAT' ? (
                <Select aria-label={`发布方式：${a.name}`} size="small" style={{ width: 90 }} value={a.settings.wechatMode ?? 'PUBLISH'} disabled={a.status === 'closed'}
                  onChange={(v: 'PUBLISH' | 'MASS_SEND') => void then(() => run(UPDATE_ACCOUNT_SETTINGS, { id: a.id, input: { wechatMode: v } }), v === 'MASS_SEND' ? '已改为群发' : '已改为发布')}
                  options={[{ value: 'PUBLISH', label: '发布' }, { value: 'MASS_SEND', label: '群发' }]} />
              ) : '—'),
            },
            {
              title: '连接检查', key: 'check', width: 150,
              render: (_, a) => (a.lastCheck ? <span>{a.lastCheck.ok ? '正常' : a.lastCheck.reachable ? '凭据无效' : '无法连接'}<br /><Typography.Text type="secondary">{fmt(a.lastCheck.checkedAt)}</Typography.Text></span> : '未检查'),
            },
            {
              title: '操作', key: 'actions', width: 300,
              render: (_, a) => (a.status === 'closed' ? '—' : (
                <Space wrap size={4}>
                  <Button size="small" loading={busy} onClick={() => void test(a)}>测试连接</Button>
                  <Button size="small" onClick={() => setRotating(a)}>更新凭据</Button>
                  {a.status === 'suspended' ? (
                    <Popconfirm title={`恢复账号「${a.name}」？`} description="恢复后，新的发布会推送到该账号。" okText="确定" cancelText="取消" onConfirm={() => then(() => run(RESUME_ACCOUNT, { id: a.id }), '账号已恢复')}>
                      <Button size="small">恢复</Button>
                    </Popconfirm>
                  ) : (
                    <ReasonButton label="暂停" title={`暂停账号：${a.name}`} field="暂停理由" onConfirm={(reason) => then(() => run(SUSPEND_ACCOUNT, { id: a.id, reason }), '账号已暂停')} />
                  )}
                  <ReasonButton danger label="关停整合" title={`关停整合：${a.name}（关停后不可恢复）`} field="关停理由" onConfirm={(reason) => then(() => run(CLOSE_ACCOUNT, { id: a.id, reason }), '账号已关停')} />
                </Space>
              )),
            },
          ]}
        />
      </Card>
      <FailedList nameOf={nameOf} rows={failed?.failedReleases ?? []} loading={failedLoading} onRetried={refresh} />
      {creating && <CreateAccount open channels={channelList} nameOf={nameOf} isAdmin={isAdmin} onClose={() => setCreating(false)} onDone={() => { setCreating(false); refresh(); }} />}
      <RotateCredentials account={rotating} channel={channelList.find((c) => c.kind === rotating?.channel)} onClose={() => setRotating(null)} onDone={() => { setRotating(null); refresh(); }} />
    </>
  );
}
