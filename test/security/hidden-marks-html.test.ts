/**
 * Issue #9 "Hidden marks", fresh pass over rich text: places in HTML that a browser does not show as body text
 * (`<title>`, `<meta>`, CSS `content:`, SVG, templates, form controls, hiding attributes). For each, either the
 * gate blocks the item or what is published carries no trace of the mark — never a PASS with the mark on a
 * public page. The table is written by hand; each row names what must happen.
 */
import { renderApproved, runGate } from '../../workflow/gate.js';

const draft = (bodyHtml: string) => ({ title: '冬季供暖保障工作动态', summary: '', bodyHtml, categoryCode: 'gzdt' });

/** The published rendition of an item that passed the gate, as one string (title, summary, body). */
function published(bodyHtml: string): { verdict: string; text: string } {
  const d = draft(bodyHtml);
  const gate = runGate(d);
  const r = renderApproved(d, gate.findings, new Set());
  return { verdict: gate.verdict, text: `${r.title}\n${r.summary}\n${r.html}` };
}

describe('dropped before the gate reads the body, so never published', () => {
  test.each([
    ['<title>', '<title>机密★</title><p>正文</p>'],
    ['<meta> description', '<head><meta name="description" content="机密★"></head><p>正文</p>'],
    ['CSS content:', '<style>p::before{content:"机密★"}</style><p>正文</p>'],
    ['style attribute', '<p style="--x:\'机密★\'">正文</p>'],
    ['SVG text', '<svg><text>机密★</text></svg><p>正文</p>'],
    ['SVG title', '<svg><title>机密★</title></svg><p>正文</p>'],
    ['abbr title', '<p><abbr title="机密★">正文</abbr></p>'],
    ['table summary', '<table summary="机密★"><tr><td>正文</td></tr></table>'],
    ['input value', '<p>正文<input value="机密★"></p>'],
    ['textarea', '<p>正文</p><textarea>机密★</textarea>'],
    ['option', '<p>正文</p><select><option>机密★</option></select>'],
    ['noscript', '<noscript>机密★</noscript><p>正文</p>'],
    ['template', '<template>机密★</template><p>正文</p>'],
    ['iframe srcdoc', '<iframe srcdoc="机密★"></iframe><p>正文</p>'],
    ['object param', '<object data="x"><param name="x" value="机密★"></object><p>正文</p>'],
  ])('%s', (_name, body) => {
    const { verdict, text } = published(body);
    expect(verdict).toBe('pass');
    expect(text).not.toMatch(/[机密★]/);
  });
});

describe('hiding that the sanitizer undoes: the text shows inline, and the gate reads what shows', () => {
  test.each([
    ['hidden attribute', '<p>机<span hidden>械</span>密★</p>', '机械密★'],
    ['display:none', '<p>机<span style="display:none">械</span>密★</p>', '机械密★'],
    ['ruby annotation', '<p>机<ruby>密<rt>械</rt></ruby>★</p>', '机密械★'],
    ['bdo right to left', '<p><bdo dir="rtl">★密机</bdo></p>', '★密机'],
    ['dir attribute', '<p dir="rtl">★密机</p>', '★密机'],
  ])('%s', (_name, body, shown) => {
    const { verdict, text } = published(body);
    expect(verdict).toBe('pass');
    expect(text).toContain(`<p>${shown}</p>`);
  });

  test.each([
    ['comment between the characters', '<p>机<!-- x -->密★</p>'],
    ['wbr between the characters', '<p>机<wbr>密★</p>'],
    ['sup around a character', '<p>机<sup>密</sup>★</p>'],
    ['figcaption', '<figure><img src="https://www.example.gov.cn/a.png" alt="示意图"><figcaption>机密★</figcaption></figure>'],
    ['details', '<details><summary>正文</summary>机密★</details>'],
  ])('%s blocks', (_name, body) => {
    expect(runGate(draft(body)).verdict).toBe('block');
  });
});
