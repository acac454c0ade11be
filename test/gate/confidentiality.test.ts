import { scanConfidentiality } from '../../review/confidentiality.js';
import { buildDictionary } from '../../review/dictionary.js';
import type { Finding } from '../../review/types.js';

const MB = 1 << 20;

/** Scans and checks that every finding's offsets select exactly its text (one assertion, not one per finding). */
function scan(text: string): Finding[] {
  const { findings } = scanConfidentiality(text);
  const misplaced = findings.filter((f) => text.slice(f.start, f.end) !== f.text);
  expect(misplaced).toEqual([]);
  return findings;
}

const typed = (text: string): [string, string][] => scan(text).map((f) => [f.type, f.text]);

describe('classification marks', () => {
  it.each([
    ['a level with ★ and a term in the header', '000123\n机密★5年\n特急\nXX市人民政府文件\n', '机密★5年'],
    ['★ and a term in Chinese numerals', '秘密★一年\n正文', '秘密★一年'],
    ['★ and 长期', '绝密★长期\n正文', '绝密★长期'],
    ['★ and months', '机密★6个月\n正文', '机密★6个月'],
    ['★ without a term', '正文第一段。\n正文第二段提到机密★的文件。', '机密★'],
    ['a level alone on a line', '关于某事项的报告\n\n秘密\n\n正文。', '秘密'],
    ['a bracketed level in running text', '《工作简报》【机密】第3期，主要内容如下。', '机密'],
    ['a level in full-width parentheses', '会议纪要（秘密）\n正文', '秘密'],
    ['a level in square brackets', '[绝密] 作战方案', '绝密'],
    ['traditional script', '機密★10年\n正文', '機密★10年'],
    ['traditional 絕密', '絕密\n正文', '絕密'],
    ['stray spaces between the characters', '机　密　★　５　年\n正文', '机　密　★　５　年'],
    ['punctuation between the characters', '機·密\n正文', '機·密'],
    ['a zero-width space inside', '秘\u200b密★1年\n正文', '秘\u200b密★1年'],
    ['after the label 密级', '标题\n密级：机密\n正文', '机密'],
    ['a token in a joined header line', '000123　机密　特急\nXX市人民政府文件', '机密'],
    ['☆ typed for ★', '机密☆5年\n正文', '机密☆5年'],
    ['* typed for ★', '正文。\n附件为机密*5年的材料。', '机密*5年'],
    ['a level and a term without ★ on a line of their own', '机密 5年\n正文', '机密 5年'],
    ['a level with 级 in brackets', '报告（机密级）第2期', '机密级'],
  ])('recognises %s', (_label, text, mark) => {
    expect(typed(text)).toEqual([['classification_mark', mark]]);
  });

  it('reports every finding as a blocking confidentiality finding without replacement', () => {
    const [f] = scan('机密★5年\n正文');
    expect(f).toEqual({
      kind: 'confidentiality',
      type: 'classification_mark',
      start: 0,
      end: 5,
      text: '机密★5年',
      severity: 'block',
      replacement: null,
    });
  });

  it.each([
    '各单位要建立健全保密审查机制。',
    '严格执行《中华人民共和国保守国家秘密法》。',
    '不得泄露商业秘密。',
    '涉及个人隐私和商业秘密的信息，除依法需要保密的外，应当予以公开。',
    '做到保密不上网，上网不保密。',
    '公开前应当审查是否涉及国家秘密。',
    '他们在那里召开了一次秘密会议。',
    '秘密会议的内容被泄露。',
    '国家秘密的密级分为绝密、机密、秘密三级。',
    '国家秘密的密级分为（绝密、机密、秘密）三级。',
    '国家秘密分为：\n绝密、机密、秘密',
    '标注“秘密★1年”字样的文件不得上网。',
    "文件首页标注'机密★5年'。",
    '关于加强机密文件管理的通知\n正文',
    '关于印发《保守秘密规定》的通知\n正文',
    '有机、密切配合各部门工作。',
    '这是一个秘密。',
    '他为此保守秘密5年之久。',
    '属于机密级的事项按规定管理。',
  ])('does not block prose about secrecy: %s', (text) => {
    expect(scan(text)).toEqual([]);
  });

  it('only looks for header tokens in the first lines', () => {
    const body = Array.from({ length: 10 }, (_, i) => `第${i + 1}段正文。`).join('\n');
    expect(typed(`000123　机密　特急\n${body}`)).toEqual([['classification_mark', '机密']]);
    expect(scan(`${body}\n000123　机密　特急`)).toEqual([]);
    expect(scanConfidentiality(`标题\n000123　机密`, { headerLines: 1 }).findings).toEqual([]);
  });
});

describe('internal-use marks', () => {
  it.each([
    ['on a line of its own', '内部资料\n某某工作简报', '内部资料'],
    ['bracketed after a title', '某某工作动态（内部资料）第12期', '内部资料'],
    ['注意保密 as a line', '会议纪要正文。\n注意保密', '注意保密'],
    ['请注意保密 as a line', '会议纪要正文。\n请注意保密！', '注意保密'],
    ['a header token', '内部资料　　2024年第3期\n正文', '内部资料'],
    ['traditional script', '內部文件\n正文', '內部文件'],
    ['interleaved spaces', '内 部 资 料\n正文', '内 部 资 料'],
    ['仅供内部使用 bracketed', '附件（仅供内部使用）', '仅供内部使用'],
    ['with a deictic subject inside a sentence', '以上为会议情况，本资料仅供内部参考，谢谢。', '本资料仅供内部参考'],
    ['请勿上网 on a line', '请勿上网\n正文', '请勿上网'],
  ])('recognises %s', (_label, text, mark) => {
    expect(typed(text)).toEqual([['internal_mark', mark]]);
  });

  it('recognises several marks on one marking line', () => {
    expect(typed('正文。\n内部资料，注意保存，不得外传')).toEqual([
      ['internal_mark', '内部资料'],
      ['internal_mark', '不得外传'],
    ]);
    expect(typed('此件仅供内部使用，不得外传。')).toEqual([
      ['internal_mark', '此件仅供内部使用'],
      ['internal_mark', '不得外传'],
    ]);
  });

  it.each([
    '各单位工作人员要注意保密，不得随意谈论工作。',
    '依据《内部资料性出版物管理办法》进行审核。',
    '涉密信息一律不得上网。',
    '进一步加强内部交流与合作。',
    '清理内部文件，规范管理流程。',
    '考试试题在开考前不得外传。',
    '“内部资料”是指仅在本单位传阅的材料。',
  ])('does not block prose: %s', (text) => {
    expect(scan(text)).toEqual([]);
  });
});

describe('not-for-release marks and disclosure declarations', () => {
  it('recognises （此件不公开） and its variants', () => {
    expect(typed('正文。\n（此件不公开）')).toEqual([['not_public_mark', '此件不公开']]);
    expect(typed('正文。此件不予公开。')).toEqual([['not_public_mark', '此件不予公开']]);
    expect(typed('（此件不對外公開）')).toEqual([['not_public_mark', '此件不對外公開']]);
    expect(typed('公开属性：不予公开\n正文')).toEqual([['not_public_mark', '不予公开']]);
    expect(typed('正文\n不公开')).toEqual([['not_public_mark', '不公开']]);
  });

  it('does not block disclosure decisions written in prose', () => {
    expect(scan('经审查，你申请的信息属于内部事务信息，决定不予公开。')).toEqual([]);
    expect(scan('对不公开的政府信息，应当说明理由。')).toEqual([]);
    expect(scan('信息公开的方式包括（主动公开、依申请公开、不予公开）三类。')).toEqual([]);
  });

  it.each([
    ['（此件公开发布）', 'public'],
    ['正文。\n此件主动公开。', 'proactive'],
    ['（此件依申请公开）', 'on_request'],
    ['公开方式：主动公开', 'proactive'],
    ['（主动公开）', 'proactive'],
    ['正文\n（此件公開發布）', 'public'],
  ])('records %s as the declared disclosure without a finding', (text, declared) => {
    const r = scanConfidentiality(text);
    expect(r.findings).toEqual([]);
    expect(r.declaredDisclosure).toBe(declared);
  });

  it('does not read a declaration into prose', () => {
    expect(scanConfidentiality('各级行政机关应当主动公开政府信息。').declaredDisclosure).toBeNull();
    expect(scanConfidentiality('依申请公开工作办理流程').declaredDisclosure).toBeNull();
  });

  it('keeps the first declaration', () => {
    expect(scanConfidentiality('（此件主动公开）\n（此件公开发布）').declaredDisclosure).toBe('proactive');
  });
});

describe('with a dictionary', () => {
  const dictionary = buildDictionary([
    { term: '涉密', severity: 'warn' },
    { term: '内部讲话', severity: 'info' },
    { term: '内部资料', severity: 'warn' },
  ]);

  it('adds sensitive_word findings in order, each with its own severity', () => {
    const text = '机密★1年\n领导的内部讲话涉及涉密事项。';
    const r = scanConfidentiality(text, { dictionary });
    expect(r.findings.map((f) => [f.type, f.text, f.severity])).toEqual([
      ['classification_mark', '机密★1年', 'block'],
      ['sensitive_word', '内部讲话', 'info'],
      ['sensitive_word', '涉密', 'warn'],
    ]);
    for (const f of r.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('does not repeat a mark as a dictionary hit on the same span', () => {
    const r = scanConfidentiality('内部资料\n正文提到内部资料。', { dictionary });
    expect(r.findings.map((f) => [f.type, f.text])).toEqual([
      ['internal_mark', '内部资料'],
      ['sensitive_word', '内部资料'],
    ]);
  });
});

describe('bad and adversarial input', () => {
  it('handles empty and whitespace-only input', () => {
    expect(scanConfidentiality('')).toEqual({ findings: [], declaredDisclosure: null });
    expect(scanConfidentiality('\n\n \t\r\n')).toEqual({ findings: [], declaredDisclosure: null });
  });

  it('handles binary junk and lone surrogates', () => {
    let junk = '';
    for (let i = 0; i < 4096; i++) junk += String.fromCharCode((i * 7919) & 0xffff);
    const text = `${junk}\ud800\n机密★1年\n\udfff`;
    expect(scan(text).map((f) => f.text)).toContain('机密★1年');
  });

  it('a megabyte of 机, of ★, of digits, of spaces finds nothing', () => {
    expect(scan('机'.repeat(MB))).toEqual([]);
    expect(scan('★'.repeat(MB))).toEqual([]);
    expect(scan('7'.repeat(MB))).toEqual([]);
    expect(scan(' '.repeat(MB))).toEqual([]);
    expect(scan('（'.repeat(MB))).toEqual([]);
  });

  it('a megabyte of repeated levels on one line is an enumeration, not a mark', () => {
    expect(scan('机密'.repeat(MB / 2))).toEqual([]);
    expect(scan('机 密，'.repeat(MB / 4))).toEqual([]);
  });

  it('a megabyte of starred marks reports each of them', () => {
    const found = scan('机密★'.repeat(Math.floor(MB / 3)));
    expect(found).toHaveLength(Math.floor(MB / 3));
    expect(found[1]).toMatchObject({ start: 3, end: 6, text: '机密★' });
  });

  it('a megabyte of marking lines reports each line', () => {
    const found = scan('此件不公开\n'.repeat(MB / 8));
    expect(found).toHaveLength(MB / 8);
  });

  it('a mark at the end of a megabyte of open brackets or spaces is still found', () => {
    expect(typed('（'.repeat(MB) + '机密）')).toEqual([['classification_mark', '机密']]);
    expect(typed(' '.repeat(MB) + '此件不公开' + ' '.repeat(MB))).toEqual([['not_public_mark', '此件不公开']]);
    expect(typed('“'.repeat(MB) + '机密★')).toEqual([['classification_mark', '机密★']]);
  });
});
