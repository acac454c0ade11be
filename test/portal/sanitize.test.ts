import { htmlToPlainText, sanitizeBody, truncateText } from '../../text/index.js';
import { byTag, parseHtml } from './dom.js';

describe('sanitizeBody', () => {
  test('drops <script> with its content, event handlers, styles, classes and ids', () => {
    const out = sanitizeBody(
      '<p id="x" class="c" style="color:red" onclick="steal()">通知<script>alert("x")</script>正文</p>' +
        '<img src="https://www.example.gov.cn/a.png" onerror="alert(1)" alt="示意图">',
    );
    expect(out).toBe('<p>通知正文</p><img src="https://www.example.gov.cn/a.png" alt="示意图" />');
    expect(out).not.toMatch(/script|alert|onerror|onclick|style|class|id=/i);
  });

  test('removes javascript: and data: URLs however they are disguised, keeping the link text', () => {
    const disguises = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' java\tscript:alert(1)',
      'java&#x73;cript:alert(1)',
      '&#106;avascript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'vbscript:msgbox(1)',
    ];
    for (const href of disguises) {
      const out = sanitizeBody(`<p><a href="${href}">点此</a></p>`);
      expect(out).toBe('<p>点此</p>');
    }
    expect(sanitizeBody('<img src="javascript:alert(1)"><img src="data:image/png;base64,AAAA">')).toBe('');
  });

  test('keeps http(s) and mailto links and marks them noopener noreferrer', () => {
    const out = sanitizeBody(
      '<p><a href="https://www.gov.cn/zhengce/" target="_blank" rel="opener" title="t">政策</a> ' +
        '<a href="mailto:xxgk@example.gov.cn">来信</a></p>',
    );
    const links = byTag(parseHtml(out), 'a');
    expect(links.map((a) => a.attribs)).toEqual([
      { href: 'https://www.gov.cn/zhengce/', rel: 'noopener noreferrer' },
      { href: 'mailto:xxgk@example.gov.cn', rel: 'noopener noreferrer' },
    ]);
  });

  test('relative and protocol-relative URLs are dropped without a base and resolved with one', () => {
    const input = '<p><a href="/articles/1">内链</a><a href="//evil.example/x">外链</a></p>';
    expect(sanitizeBody(input)).toBe('<p>内链外链</p>');
    expect(sanitizeBody(input, { baseUrl: 'https://www.example.gov.cn/' })).toContain('href="https://www.example.gov.cn/articles/1"');
  });

  test('keeps tables with colspan/rowspan and header scope, drops other table attributes', () => {
    const out = sanitizeBody(
      '<table border="1" style="width:100%"><caption>2024年预算</caption><thead><tr><th scope="col" colspan="2" bgcolor="red">项目</th></tr></thead>' +
        '<tbody><tr><td rowspan="2" onmouseover="x()">一般公共预算</td><td colspan="abc">100</td></tr></tbody></table>',
    );
    expect(out).toBe(
      '<table><caption>2024年预算</caption><thead><tr><th colspan="2" scope="col">项目</th></tr></thead>' +
        '<tbody><tr><td rowspan="2">一般公共预算</td><td>100</td></tr></tbody></table>',
    );
  });

  test('removes iframes, forms, embedded objects and styles with their content', () => {
    const out = sanitizeBody(
      '<p>前</p><iframe src="https://evil.example">后备</iframe><form action="/x"><input name="a"><button>提交</button></form>' +
        '<object data="x.swf">对象</object><style>p{color:red}</style><svg><script>alert(1)</script></svg><p>后</p>',
    );
    expect(out).toBe('<p>前</p><p>后</p>');
  });

  test('h1 becomes h2 so the page keeps a single h1; unknown wrappers unwrap without merging lines', () => {
    expect(sanitizeBody('<h1>大标题</h1><h5>小</h5>')).toBe('<h2>大标题</h2><h4>小</h4>');
    expect(sanitizeBody('<div>第一行</div><div>第二行</div>')).toBe('<p>第一行</p><p>第二行</p>');
    expect(sanitizeBody('<div class="x"><p>段一</p><p>段二</p></div>')).toBe('<p>段一</p><p>段二</p>');
    expect(sanitizeBody('<p><span style="color:red" class="k">重要</span></p>')).toBe('<p>重要</p>');
  });

  test('a discarded link does not confuse the closing tag of the next one', () => {
    // Regression: renaming inside sanitize-html's transformTags left stale state and emitted </wrong-tag>.
    const out = sanitizeBody('<p><a href="javascript:x">坏</a><a href="https://a.gov.cn/">好</a></p>');
    expect(out).toBe('<p>坏<a href="https://a.gov.cn/" rel="noopener noreferrer">好</a></p>');
  });

  test('is idempotent and escapes text', () => {
    const once = sanitizeBody('<p>1 &lt; 2 &amp; 3 &gt; 2 "引号"</p><p>x]]>y</p>');
    expect(sanitizeBody(once)).toBe(once);
    expect(once).toContain('1 &lt; 2 &amp; 3 &gt; 2');
  });

  test('image dimensions must be plain numbers', () => {
    expect(sanitizeBody('<img src="https://a.gov.cn/i.png" width="300" height="100%">')).toBe(
      '<img src="https://a.gov.cn/i.png" width="300" />',
    );
  });
});

describe('htmlToPlainText', () => {
  test('decodes entities, drops scripts, turns blocks into lines and collapses whitespace', () => {
    const text = htmlToPlainText(
      '<h2>关于 &ldquo;放管服&rdquo; 改革</h2>\n<p>  第一段&nbsp;&nbsp;内容 &amp; 说明&lt;附件&gt;</p><script>var a = "<p>x</p>";</script>' +
        '<style>p{}</style><ul><li>一</li><li>二</li></ul>甲<br>乙<table><tr><td>单元1</td><td>单元2</td></tr></table>',
    );
    expect(text).toBe('关于 “放管服” 改革\n第一段 内容 & 说明<附件>\n一\n二\n甲\n乙\n单元1 单元2');
  });

  test('a source line break between Chinese characters is not a word space', () => {
    expect(htmlToPlainText('<p>政府信息\n  公开工作</p>')).toBe('政府信息公开工作');
    expect(htmlToPlainText('<p>Open\n government</p>')).toBe('Open government');
  });

  test('maxLength cuts on code points with an ellipsis', () => {
    expect(htmlToPlainText('<p>一二三四五六</p>', { maxLength: 4 })).toBe('一二三…');
    expect(htmlToPlainText('<p>一二三</p>', { maxLength: 4 })).toBe('一二三');
    expect(truncateText('𠀀𠀁𠀂𠀃', 3)).toBe('𠀀𠀁…');
  });
});
