import { Alert, Button, Card, Form, Input, Space, Spin, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { run } from '../../api';
import { safeHtml } from '../../html';
import { VERDICT, label } from '../../labels';
import { CONTENT_TRANSLATION, REVIEW_TRANSLATION, SAVE_TRANSLATION } from '../../queries/translations';
import { useMe } from '../../session';
import { fmt } from '../../time';
import { FindingTable, PageTitle, StatusTag, useAction } from '../../ui';
import { TRANSLATION_STATUS } from './labels';
import { MongolianText } from './MongolianText';

/** Body HTML as plain paragraphs for the textarea (one line each); the server wraps lines back into <p>. */
const asLines = (body: string): string => {
  const doc = new DOMParser().parseFromString(`<body>${body}</body>`, 'text/html');
  const blocks = [...doc.body.querySelectorAll('p, li, h1, h2, h3, h4, td')].map((e) => e.textContent?.trim() ?? '').filter(Boolean);
  return blocks.length ? blocks.join('\n') : (doc.body.textContent ?? '').trim();
};

/** 编写蒙古文版本: the Chinese original beside the Mongolian form; reviewers decide here on a version reviewed on its own. */
export default function TranslationEdit({ params }: { params: Record<string, string> }) {
  const me = useMe();
  const [{ data, fetching }, refetch] = useQuery({ query: CONTENT_TRANSLATION, variables: { id: params.id }, requestPolicy: 'network-only' });
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [body, setBody] = useState('');
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [act, busy] = useAction();
  const c = data?.content;
  const mn = c?.mongolian ?? null;
  useEffect(() => {
    if (!mn) return;
    setTitle(mn.title);
    setSummary(mn.summary);
    setBody(asLines(mn.body));
  }, [mn?.revision]);
  if (!data && fetching) return <Spin description="正在加载" />;
  if (!c) return <Alert type="error" title="内容不存在，或不属于您的单位。" />;

  const save = async () => {
    if (!title.trim() || !body.trim()) return setProblem('请填写蒙古文标题和正文');
    setProblem(null);
    if (await act(() => run(SAVE_TRANSLATION, { id: c.id, input: { title, summary, body } }), '蒙古文版本已保存，已提交审核')) refetch({ requestPolicy: 'network-only' });
  };
  const decide = async (decision: 'APPROVE' | 'REJECT') => {
    if (decision === 'REJECT' && !comment.trim()) return setProblem('退回译文须填写意见');
    setProblem(null);
    if (await act(() => run(REVIEW_TRANSLATION, { id: c.id, decision, comment: comment.trim() || null }), decision === 'APPROVE' ? '译文已通过' : '译文已退回')) refetch({ requestPolicy: 'network-only' });
  };
  const canEdit = (me.role === 'EDITOR' || me.role === 'ADMIN') && c.status !== 'RETRACTED';
  const canReview = (me.role === 'REVIEWER' || me.role === 'ADMIN') && mn?.status === 'IN_REVIEW' && c.status !== 'IN_REVIEW';

  return (
    <>
      <PageTitle>蒙古文版本：{c.title}</PageTitle>
      <Space wrap style={{ marginBottom: 12 }}>
        <StatusTag status={c.status} />
        {mn ? <Tag>{label(TRANSLATION_STATUS, mn.status)}</Tag> : <Tag>尚未翻译</Tag>}
        {mn && <span>译文第 {mn.revision} 版 · 译自中文第 {mn.sourceRevision} 版 · 译者 {mn.translator} · {fmt(mn.savedAt)} · 审查：{label(VERDICT, mn.verdict)}</span>}
        {mn?.approved && <a href={mn.portalPath} target="_blank" rel="noreferrer">在蒙古文门户查看</a>}
      </Space>
      {mn?.outdated && <Alert type="warning" title={`中文已修改为第 ${c.revision} 版，请核对并更新译文。`} style={{ marginBottom: 12 }} />}
      {mn?.status === 'REJECTED' && mn.reviewComment && <Alert type="error" title={`译文被退回：${mn.reviewComment}`} style={{ marginBottom: 12 }} />}
      <div className="side-by-side">
        <Card title="中文原文">
          <Typography.Paragraph strong>{c.title}</Typography.Paragraph>
          {c.summary && <Typography.Paragraph type="secondary">摘要：{c.summary}</Typography.Paragraph>}
          <div className="article-html" dangerouslySetInnerHTML={{ __html: safeHtml(c.body) }} />
        </Card>
        <Card title="蒙古文版本">
          {canEdit ? (
            <Form layout="vertical">
              <Form.Item label="蒙古文标题" htmlFor="mn-title"><Input id="mn-title" lang="mn-Mong" value={title} onChange={(e) => setTitle(e.target.value)} /></Form.Item>
              <Form.Item label="蒙古文摘要" htmlFor="mn-summary"><Input.TextArea id="mn-summary" lang="mn-Mong" rows={2} value={summary} onChange={(e) => setSummary(e.target.value)} /></Form.Item>
              <Form.Item label="蒙古文正文" htmlFor="mn-body" validateStatus={problem ? 'error' : undefined} help={problem ?? '每行一段'}>
                <Input.TextArea id="mn-body" lang="mn-Mong" rows={10} value={body} onChange={(e) => setBody(e.target.value)} />
              </Form.Item>
              <Button type="primary" loading={busy} onClick={() => void save()}>保存译文</Button>
            </Form>
          ) : mn ? <MongolianText title={mn.title} body={mn.body} label="蒙古文版本" /> : <Typography.Paragraph>尚未翻译。</Typography.Paragraph>}
        </Card>
      </div>
      {mn && canEdit && <Card title="蒙古文排版预览" style={{ marginTop: 16 }}><MongolianText title={mn.title} body={mn.body} label="蒙古文排版预览" /></Card>}
      {mn && <Card title="译文审查发现" style={{ marginTop: 16 }}>{mn.findings.length ? <FindingTable findings={mn.findings} /> : <Typography.Paragraph>译文未发现问题。</Typography.Paragraph>}</Card>}
      {canReview && (
        <Card title="译文审核" style={{ marginTop: 16 }}>
          <Form layout="vertical">
            <Form.Item label="译文审核意见" htmlFor="mn-comment" validateStatus={problem ? 'error' : undefined} help={problem ?? '退回时必填'}>
              <Input.TextArea id="mn-comment" rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
            </Form.Item>
          </Form>
          <Space>
            <Button type="primary" loading={busy} onClick={() => void decide('APPROVE')}>通过译文</Button>
            <Button danger loading={busy} onClick={() => void decide('REJECT')}>退回译文</Button>
          </Space>
        </Card>
      )}
    </>
  );
}
