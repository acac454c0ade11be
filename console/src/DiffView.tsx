import { Typography } from 'antd';
import { diffText } from './diff';

/** Two texts side by side in one: deletions struck through, insertions in green (item history, corrections). */
export function DiffView({ before, after, label }: { before: string; after: string; label: string }) {
  const parts = diffText(before, after);
  return (
    <>
      <div className="article-html" style={{ whiteSpace: 'pre-wrap', background: '#fff', padding: 12, border: '1px solid #eee' }} aria-label={label}>
        {parts.map((p, i) => (p.kind === 'same' ? <span key={i}>{p.text}</span> : p.kind === 'del' ? <del key={i} className="diff-del">{p.text}</del> : <ins key={i} className="diff-ins">{p.text}</ins>))}
      </div>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>删除线为删去的文字，绿色为新增的文字。</Typography.Paragraph>
    </>
  );
}
