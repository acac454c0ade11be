import { Button, Card, Checkbox, Space, Typography } from 'antd';
import { useState } from 'react';
import { run, op } from '../../api';
import { FIELD, FINDING_TYPE, label } from '../../labels';
import type { Finding } from '../../types';
import { useAction } from '../../ui';

const APPLY = op<{ applyWordingCorrections: { id: string; revision: number } }, { id: string; findingIds: number[] }>(
  `mutation ApplyWording($id: ID!, $findingIds: [Int!]!) { applyWordingCorrections(id: $id, findingIds: $findingIds) { id revision } }`,
);

/**
 * 文字关 suggestions the author may take: each with its correction and why, ticked by default; 采纳 writes a new
 * revision with the ticked ones applied (the rest stay as written).
 */
export function WordingAdopt({ contentId, findings, onDone }: { contentId: string; findings: Finding[]; onDone: () => void }) {
  const suggestions = findings.filter((f) => f.kind === 'WORDING' && f.replacement);
  const [chosen, setChosen] = useState<number[]>(() => suggestions.map((f) => f.id));
  const [act, busy] = useAction();
  if (suggestions.length === 0) return null;
  const adopt = async () => {
    if (await act(() => run(APPLY, { id: contentId, findingIds: chosen }), `已采纳 ${chosen.length} 处修改建议，生成新版本`)) onDone();
  };
  return (
    <section aria-label="文字修改建议">
    <Card size="small" title="文字修改建议" style={{ marginTop: 16 }}>
      <Checkbox.Group value={chosen} onChange={(v) => setChosen(v as number[])} style={{ display: 'block' }}>
        <Space orientation="vertical">
          {suggestions.map((f) => (
            <Checkbox key={f.id} value={f.id}>
              {label(FINDING_TYPE, f.type)}（{label(FIELD, f.field)}）：<del>{f.text}</del> → <ins>{f.replacement}</ins>
              {f.note ? <Typography.Text type="secondary">（{f.note}）</Typography.Text> : null}
            </Checkbox>
          ))}
        </Space>
      </Checkbox.Group>
      <Button type="primary" style={{ marginTop: 12 }} disabled={chosen.length === 0} loading={busy} onClick={() => void adopt()}>采纳</Button>
    </Card>
    </section>
  );
}
