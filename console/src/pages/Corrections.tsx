import { Alert, Card, Timeline, Typography } from 'antd';
import { useQuery } from 'urql';
import { DiffView } from '../DiffView';
import { plainText } from '../html';
import { CORRECTIONS, type Correction } from '../queries/corrections';
import { fmt } from '../time';
import type { Content } from '../types';

/** The correction under review, against the published revision it replaces (review page and item page). */
export function CorrectionUnderReview({ content }: { content: Content }) {
  const [{ data }] = useQuery({ query: CORRECTIONS, variables: { id: content.id }, requestPolicy: 'network-only' });
  const correction = data?.content?.correction;
  if (content.status !== 'CORRECTING' || !correction || correction.status !== 'IN_REVIEW') return null;
  const base = correction.base;
  const text = (r: { title: string; summary: string; body: string }) => `${r.title}\n${r.summary}\n${plainText(r.body)}`;
  return (
    <Card title="更正审核" style={{ marginBottom: 16 }}>
      <Alert type="warning" style={{ marginBottom: 12 }}
        title={`这是对已发布第 ${correction.baseRevision} 版的更正（第 ${correction.revision} 版）；审核通过后将在原网址替换已发布内容`}
        description={<span>更正说明：{correction.note}</span>} />
      <Typography.Paragraph strong>与已发布版本的差异</Typography.Paragraph>
      {base && <DiffView before={text(base)} after={text(content)} label="与已发布版本的差异" />}
    </Card>
  );
}

/** Every applied correction, as the portal shows them. */
export function CorrectionHistory({ id }: { id: string }) {
  const [{ data }] = useQuery({ query: CORRECTIONS, variables: { id }, requestPolicy: 'network-only' });
  const list: Correction[] = data?.content?.corrections ?? [];
  if (list.length === 0) return <Typography.Text type="secondary">暂无更正</Typography.Text>;
  return <Timeline items={list.map((c) => ({ key: c.revision, content: `${fmt(c.decidedAt)} 第 ${c.revision} 版更正：${c.note}` }))} />;
}
