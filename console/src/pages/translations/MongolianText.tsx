import type { CSSProperties } from 'react';
import { safeHtml } from '../../html';

const VERTICAL: CSSProperties = { writingMode: 'vertical-lr', maxHeight: 420, overflowX: 'auto', fontFamily: '"Noto Sans Mongolian", "Mongolian Baiti", "Menk Qagan Tig", sans-serif', lineHeight: 1.9 };

/**
 * Mongolian text as it will read on the portal: vertical lines, columns left to right, in its language
 * (screen readers switch voice; the browser picks a Mongolian font).
 */
export function MongolianText({ title, body, label }: { title: string; body: string; label: string }) {
  return (
    <section lang="mn-Mong" aria-label={label} style={VERTICAL}>
      <h3>{title}</h3>
      <div dangerouslySetInnerHTML={{ __html: safeHtml(body) }} />
    </section>
  );
}
