import { Alert, Button, Card, Checkbox, Form, Input, Space, Spin, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { run } from '../api';
import { safeHtml } from '../html';
import { CONTENT, REVIEW_CONTENT } from '../queries';
import { navigate } from '../router';
import { fmt } from '../time';
import type { Content, Finding } from '../types';
import { CorrectionUnderReview } from './Corrections';
import { FindingTable, findingNeedle, PageTitle, replacementNeedle, StatusTag, useAction } from '../ui';
import { MongolianReview } from './translations/MongolianReview';
import { approvalBlockedBy, AttachmentReview, useAttachments } from './attachments/Attachments';

function Previews({ c }: { c: Content }) {
  const r = c.rendition!;
  const html = safeHtml(r.html);
  const over = (r.weiboLength ?? 0) > (r.weiboLimit ?? 140);
  return (
    <Tabs items={[
      { key: 'portal', label: '门户网站', children: (
        <Card><article className="article-html"><h2 style={{ textAlign: 'center' }}>{r.title}</h2>
          <p style={{ textAlign: 'center', color: '#595959' }}>{c.unit.name} · {c.category.name}</p>
          <div dangerouslySetInnerHTML={{ __html: html }} /></article></Card>
      ) },
      { key: 'wechat', label: '微信', children: (
        <div className="wechat-phone" aria-label="微信图文预览（手机宽度）">
          <h2 style={{ fontSize: 20 }}>{r.title}</h2>
          <p style={{ color: '#595959', fontSize: 13 }}>作者：{r.wechatAuthor ?? '（无）'}</p>
          {r.wechatCover?.dataUrl ? (
            <img src={r.wechatCover.dataUrl} alt={`封面：${r.wechatCover.fileName}`} style={{ display: 'block', width: '100%', height: 120, objectFit: 'cover', marginBottom: 8 }} />
          ) : (
            <div style={{ background: '#f0f0f0', height: 120, display: 'grid', placeItems: 'center', color: '#595959', marginBottom: 8 }}>
              {r.wechatCover ? `封面：${r.wechatCover.fileName}` : '封面（取正文第一张图片，无图时用默认封面）'}
            </div>
          )}
          <p style={{ color: '#595959' }}>摘要：{r.wechatDigest ?? r.summary}</p>
          <div className="article-html" dangerouslySetInnerHTML={{ __html: html }} />
          <p style={{ color: '#595959' }}>阅读原文：{r.wechatSourceUrl ?? r.portalUrl}</p>
        </div>
      ) },
      { key: 'weibo', label: '微博', children: (
        <div className="weibo-post">
          <p style={{ whiteSpace: 'pre-wrap' }}>{r.weiboText}</p>
          <p style={{ color: over ? '#a8071a' : '#595959' }}>字数：{r.weiboLength} / {r.weiboLimit}{over ? '（超出上限）' : ''}</p>
          <p style={{ color: '#595959' }}>链接：{r.portalUrl}</p>
        </div>
      ) },
    ]} />
  );
}

export default function ReviewPage({ params }: { params: Record<string, string> }) {
  const [{ data, fetching }] = useQuery({ query: CONTENT, variables: { id: params.id }, requestPolicy: 'network-only' });
  const [keep, setKeep] = useState<Record<number, string | undefined>>({});
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [act, busy] = useAction();
  const attachments = useAttachments(params.id);
  const c = data?.content;
  if (!data && fetching) return <Spin description="正在加载" />;
  if (!c) return <Alert type="error" title="内容不存在，或不属于您的单位。" />;

  const kept = Object.entries(keep).filter(([, reason]) => reason !== undefined).map(([id, reason]) => ({ findingId: Number(id), reason: reason ?? '' }));
  const decide = async (decision: 'APPROVE' | 'REJECT') => {
    if (decision === 'REJECT' && !comment.trim()) return setProblem('驳回须填写审核意见，告诉作者要改什么');
    if (kept.some((k) => !k.reason.trim())) return setProblem('保留个人信息须逐项填写理由');
    setProblem(null);
    const ok = await act(() => run(REVIEW_CONTENT, { id: c.id, decision, comment: comment.trim() || null, keep: decision === 'APPROVE' ? kept : [] }), decision === 'APPROVE' ? '已通过' : '已驳回');
    if (ok) navigate(`/contents/${c.id}`);
  };

  const keepCell = (f: Finding) => f.kind !== 'PII' ? null : (
    <Space orientation="vertical" size={4}>
      <Checkbox checked={keep[f.id] !== undefined} onChange={(e) => setKeep((k) => ({ ...k, [f.id]: e.target.checked ? '' : undefined }))}>保留原文</Checkbox>
      {keep[f.id] !== undefined && <Input size="small" aria-label={`保留「${f.text}」的理由`} placeholder="保留理由" value={keep[f.id]} onChange={(e) => setKeep((k) => ({ ...k, [f.id]: e.target.value }))} />}
    </Space>
  );

  const r = c.rendition;
  const blockedBy = approvalBlockedBy(attachments.list);
  return (
    <>
      <PageTitle>审核：{c.title}</PageTitle>
      <Space wrap style={{ marginBottom: 12 }}>
        <StatusTag status={c.status} />
        <span>{c.category.name} · 第 {c.revision} 版 · 作者 {c.author} · {fmt(c.updatedAt)}</span>
      </Space>
      <CorrectionUnderReview content={c} />
      <div className="side-by-side">
        <Card title="原稿（作者所写）">
          {c.summary && <Typography.Paragraph type="secondary">摘要：{c.summary}</Typography.Paragraph>}
          <div className="article-html" dangerouslySetInnerHTML={{ __html: safeHtml(c.body, c.findings.filter((f) => f.field === 'body').map(findingNeedle)) }} />
        </Card>
        <Card title="将发布的内容（去标识化后）">
          {r && (
            <section aria-label="将发布的内容">
              <Typography.Paragraph strong>{r.title}</Typography.Paragraph>
              <Typography.Paragraph type="secondary">摘要：{r.summary}</Typography.Paragraph>
              <div className="article-html" dangerouslySetInnerHTML={{ __html: safeHtml(r.html, c.findings.filter((f) => f.field === 'body' && keep[f.id] === undefined).map(replacementNeedle).filter((n) => n !== null)) }} />
              {kept.length > 0 && <Alert type="warning" title={`已勾选保留 ${kept.length} 处个人信息：通过后这些内容将按原文发布。`} />}
            </section>
          )}
        </Card>
      </div>
      <Card title="审查发现" style={{ marginTop: 16 }}>
        <FindingTable findings={c.findings} extra={keepCell} />
      </Card>
      <Card title="附件" style={{ marginTop: 16 }}>
        <AttachmentReview list={attachments.list} />
      </Card>
      <MongolianReview contentId={c.id} />
      {r && <Card title="各渠道预览" style={{ marginTop: 16 }}><Previews c={c} /></Card>}
      {(c.status === 'IN_REVIEW' || c.status === 'CORRECTING') && (
        <Card title="审核意见" style={{ marginTop: 16 }}>
          <Form layout="vertical">
            <Form.Item label="审核意见" validateStatus={problem ? 'error' : undefined} help={problem ?? '驳回时必填'}>
              <Input.TextArea aria-label="审核意见" rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />
            </Form.Item>
          </Form>
          {blockedBy && <Alert id="approve-blocked" style={{ marginBottom: 12 }} type="error" showIcon title={blockedBy} />}
          <Space>
            <Button type="primary" loading={busy} disabled={!!blockedBy} aria-describedby={blockedBy ? 'approve-blocked' : undefined} onClick={() => void decide('APPROVE')}>通过</Button>
            <Button danger loading={busy} onClick={() => void decide('REJECT')}>驳回</Button>
            <Button onClick={attachments.reload}>刷新附件</Button>
          </Space>
        </Card>
      )}
    </>
  );
}
