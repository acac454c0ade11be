import { Alert, Button, Card, Descriptions, Form, Input, Modal, Popconfirm, Select, Space, Spin, Table, Tabs, Tag, Timeline, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { run } from '../api';
import { ReasonButton, ScheduleButton } from '../dialogs';
import { DiffView } from '../DiffView';
import { plainText, safeHtml } from '../html';
import { CHANNEL, DISCLOSURE, PUBLICATION_STATUS, TONE, VERDICT, label } from '../labels';
import { CANCEL_SCHEDULE, CONTENT, PUBLISH_CONTENT, RETRACT_CONTENT, RETRY_PUBLICATION, SUBMIT_CONTENT } from '../queries';
import { follow, href, navigate } from '../router';
import { useMe } from '../session';
import { fmt } from '../time';
import type { Content, Publication } from '../types';
import { FindingTable, findingNeedle, PageTitle, StatusTag, useAction } from '../ui';
import { WordingAdopt } from './wording/WordingAdopt';
import { CorrectionHistory, CorrectionUnderReview } from './Corrections';
import { AttachmentPanel, AttachmentReview, useAttachments } from './attachments/Attachments';

const MOVING = new Set(['SCHEDULED', 'PUBLISHING', 'PARTIALLY_PUBLISHED']);

function Publications({ list, onRetry }: { list: Publication[]; onRetry: (id: string) => void }) {
  return (
    <Table<Publication>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={list}
      locale={{ emptyText: '尚未发布' }}
      scroll={{ x: 760 }}
      columns={[
        { title: '渠道', key: 'channel', render: (_, p) => label(CHANNEL, p.channel) },
        { title: '账号', key: 'account', render: (_, p) => p.account?.name ?? '统发自有' },
        { title: '状态', key: 'status', render: (_, p) => <Tag color={p.status === 'FAILED' ? TONE.red : p.status === 'PUBLISHED' ? TONE.green : TONE.grey}>{label(PUBLICATION_STATUS, p.status)}</Tag> },
        { title: '尝试', dataIndex: 'attempts', width: 60 },
        { title: '时间', key: 'time', render: (_, p) => fmt(p.publishedAt ?? p.notBefore) },
        { title: '说明', key: 'error', render: (_, p) => p.lastError ?? (p.url ? <a href={p.url} target="_blank" rel="noreferrer">查看</a> : '—') },
        { title: '操作', key: 'retry', render: (_, p) => (p.status === 'FAILED' ? <Button size="small" onClick={() => onRetry(p.id)}>重试</Button> : null) },
      ]}
    />
  );
}

function History({ content }: { content: Content }) {
  const revisions = content.revisions;
  const [pair, setPair] = useState<[number, number]>([Math.max(1, content.revision - 1), content.revision]);
  const a = revisions.find((r) => r.revision === pair[0]);
  const b = revisions.find((r) => r.revision === pair[1]);
  const options = revisions.map((r) => ({ value: r.revision, label: `第 ${r.revision} 版（${fmt(r.createdAt)}）` }));
  const text = (r: typeof a) => (r ? `${r.title}\n${r.summary}\n${plainText(r.body)}` : '');
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <span>比较</span>
        <Select aria-label="较早版本" style={{ width: 240 }} value={pair[0]} options={options} onChange={(v) => setPair([v, pair[1]])} />
        <span>与</span>
        <Select aria-label="较新版本" style={{ width: 240 }} value={pair[1]} options={options} onChange={(v) => setPair([pair[0], v])} />
      </Space>
      {revisions.length < 2 && <Typography.Paragraph type="secondary">只有一个版本。</Typography.Paragraph>}
      <DiffView before={text(a)} after={text(b)} label="版本差异" />
    </>
  );
}

function ReadOnlyAttachments({ id }: { id: string }) {
  const { list } = useAttachments(id);
  return <AttachmentReview list={list} />;
}

export default function ContentPage({ params }: { params: Record<string, string> }) {
  const me = useMe();
  const [{ data, fetching, error }, refetch] = useQuery({ query: CONTENT, variables: { id: params.id }, requestPolicy: 'network-only' });
  const [act, busy] = useAction();
  const c = data?.content;
  const reload = () => refetch({ requestPolicy: 'network-only' });

  // Delivery happens in the background: follow it while something is on its way.
  useEffect(() => {
    if (!c || !MOVING.has(c.status)) return;
    const timer = setInterval(reload, 3000);
    return () => clearInterval(timer);
  }, [c?.status]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!data && fetching) return <Spin description="正在加载" />;
  if (error) return <Alert type="error" title="加载失败，请刷新重试。" />;
  if (!c) return <Alert type="error" title="内容不存在，或不属于您的单位。" />;

  const canEdit = me.role === 'EDITOR' || me.role === 'ADMIN';
  const canPublish = canEdit || me.role === 'REVIEWER';
  const doThen = async (action: () => Promise<unknown>, ok: string) => {
    const done = await act(action, ok);
    reload();
    return done;
  };

  return (
    <>
      <PageTitle>{c.title}</PageTitle>
      <Space wrap style={{ marginBottom: 16 }}>
        <span>状态：</span><StatusTag status={c.status} />
        {canEdit && ['DRAFT', 'REJECTED', 'IN_REVIEW', 'APPROVED', 'SCHEDULED'].includes(c.status) && <Button onClick={() => navigate(`/contents/${c.id}/edit`)}>编辑</Button>}
        {canEdit && ['DRAFT', 'REJECTED'].includes(c.status) && <Button type="primary" loading={busy} onClick={() => void doThen(() => run(SUBMIT_CONTENT, { id: c.id }), '已提交审核')}>提交审核</Button>}
        {canEdit && c.status === 'PUBLISHED' && <Button onClick={() => navigate(`/contents/${c.id}/correct`)}>更正</Button>}
        {me.role === 'REVIEWER' && ['IN_REVIEW', 'CORRECTING'].includes(c.status) && <Button type="primary" onClick={() => navigate(`/review/${c.id}`)}>去审核</Button>}
        {c.status !== 'RETRACTED' && <Button onClick={() => navigate(`/translations/${c.id}`)}>蒙古文版本</Button>}
        {canPublish && c.status === 'APPROVED' && (
          <>
            <Button type="primary" loading={busy} onClick={() => void doThen(() => run(PUBLISH_CONTENT, { id: c.id }), '已开始发布')}>立即发布</Button>
            <ScheduleButton onPick={(at) => doThen(() => run(PUBLISH_CONTENT, { id: c.id, at: at.toISOString() }), `已定于 ${fmt(at.toDate())} 发布`)} />
          </>
        )}
        {canPublish && c.status === 'SCHEDULED' && (
          // Confirmed as on the calendar: one click would silently drop a release someone planned.
          <Popconfirm title="取消排期？内容回到“已通过”，到点不会发布" okText="确定" cancelText="取消" onConfirm={() => doThen(() => run(CANCEL_SCHEDULE, { id: c.id }), '已取消排期')}>
            <Button loading={busy}>取消排期</Button>
          </Popconfirm>
        )}
        {canPublish && ['PUBLISHED', 'PARTIALLY_PUBLISHED', 'PUBLISHING', 'SCHEDULED', 'CORRECTING'].includes(c.status) && (
          <ReasonButton danger label="撤回" title="撤回已发布的内容" field="撤回理由" onConfirm={(reason) => doThen(() => run(RETRACT_CONTENT, { id: c.id, reason }), '已撤回')} />
        )}
        <Button onClick={reload}>刷新</Button>
      </Space>
      <CorrectionUnderReview content={c} />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} items={[
          { key: 'cat', label: '栏目', children: c.category.name },
          { key: 'unit', label: '单位', children: c.unit.name },
          { key: 'author', label: '作者', children: c.author },
          { key: 'rev', label: '版本', children: `第 ${c.revision} 版` },
          { key: 'disc', label: '公开属性', children: label(DISCLOSURE, c.disclosure) },
          { key: 'chan', label: '发布渠道', children: c.channels.map((ch) => label(CHANNEL, ch)).join('、') },
          { key: 'verdict', label: '审查结论', children: label(VERDICT, c.verdict) },
          { key: 'sched', label: '定时发布', children: fmt(c.scheduledAt) },
          { key: 'pub', label: '发布时间', children: fmt(c.publishedAt) },
          ...(c.serviceChange ? [{ key: 'svc', label: '办事条件变更', children: '是（须在通过后一个工作日内发布）' }] : []),
          ...(c.retractReason ? [{ key: 'rr', label: '撤回理由', children: c.retractReason }] : []),
        ]} />
      </Card>
      <Card title="附件" style={{ marginBottom: 16 }}>
        {canEdit ? <AttachmentPanel contentId={c.id} /> : <ReadOnlyAttachments id={c.id} />}
      </Card>
      <Tabs items={[
        { key: 'body', label: '正文', children: (
          <Card>
            {c.summary && <Typography.Paragraph type="secondary">摘要：{c.summary}</Typography.Paragraph>}
            <div className="article-html" dangerouslySetInnerHTML={{ __html: safeHtml(c.body, c.findings.filter((f) => f.field === 'body').map(findingNeedle)) }} />
            <FindingTable findings={c.findings} caption="审查发现" />
            {canEdit && ['DRAFT', 'REJECTED', 'IN_REVIEW', 'APPROVED', 'SCHEDULED'].includes(c.status) && <WordingAdopt key={c.revision} contentId={c.id} findings={c.findings} onDone={reload} />}
          </Card>
        ) },
        { key: 'pubs', label: '发布情况', children: <Card><Publications list={c.publications} onRetry={(id) => void doThen(() => run(RETRY_PUBLICATION, { id }), '已重新发送')} /></Card> },
        { key: 'history', label: '修订记录', children: <Card><History content={c} /></Card> },
        { key: 'corrections', label: '更正记录', children: <Card><CorrectionHistory id={c.id} /></Card> },
        { key: 'reviews', label: '审核记录', children: (
          <Card>
            {c.reviews.length === 0 ? <Typography.Text type="secondary">暂无审核记录</Typography.Text> : (
              <Timeline items={c.reviews.map((r) => ({ key: r.id, color: r.decision === 'APPROVE' ? 'green' : 'red', content: `${fmt(r.createdAt)} ${r.reviewer} ${r.decision === 'APPROVE' ? '通过' : '驳回'}（第 ${r.revision} 版）${r.comment ? `：${r.comment}` : ''}${r.keptFindings.length ? `；保留 ${r.keptFindings.length} 处` : ''}` }))} />
            )}
          </Card>
        ) },
      ]} />
      <Typography.Paragraph style={{ marginTop: 16 }}><a href={href('/contents')} onClick={follow('/contents')}>返回内容列表</a></Typography.Paragraph>
    </>
  );
}
