import { describe, expect, it } from '@jest/globals';
import { scanHtml, scanText } from '../../review/gate.js';
import { DictionaryFormatError } from '../../review/dictionary.js';
import { buildWordingRules, parseOutdated, parseRoster, parseTypos, shippedWordingRules } from '../../review/wording/index.js';
import { ROSTER } from './passages.js';

describe('wording in the gate', () => {
  it('reports a known error as a wording warn with its correction, by default (shipped dictionaries)', () => {
    const r = scanText('深入推进扫黑险恶专项斗争。', { publishedOn: '2025-06-01' });
    expect(r.verdict).toBe('warn');
    expect(r.findings).toEqual([expect.objectContaining({ kind: 'wording', type: 'typo', start: 4, end: 8, text: '扫黑险恶', severity: 'warn', replacement: '扫黑除恶' })]);
    // Wording corrections are suggestions for the author: the redacted rendition is unchanged.
    expect(r.redacted).toBe('深入推进扫黑险恶专项斗争。');
  });

  it('points into the text content of HTML and matches across markup and spacing', () => {
    const html = '<p>根据<b>国家工商行政</b>管理总局的部署，开展检查。</p>';
    const r = scanHtml(html, { publishedOn: '2025-06-01' });
    const f = r.findings.find((x) => x.type === 'outdated_term')!;
    expect(f.text).toBe('国家工商行政管理总局');
    expect(f.replacement).toBe('国家市场监督管理总局');
  });

  it('judges outdated names by the publication date', () => {
    expect(scanText('银保监会发布风险提示。', { publishedOn: '2023-05-17' }).findings).toEqual([]);
    expect(scanText('银保监会发布风险提示。', { publishedOn: '2023-05-18' }).findings.map((f) => f.type)).toEqual(['outdated_term']);
  });

  it('blocks a rostered leader with a wrong title; the roster is judged on the publication date', () => {
    const wording = shippedWordingRules(ROSTER);
    const r = scanText('副市长赵明华出席会议。', { wording, publishedOn: '2025-06-01' });
    expect(r.verdict).toBe('block');
    expect(r.findings[0]).toMatchObject({ kind: 'wording', type: 'leader_title', text: '副市长赵明华', severity: 'block', replacement: '市委副书记、市长赵明华' });
    // Before 赵明华 took office the roster says nothing about the name.
    expect(scanText('副市长赵明华出席会议。', { wording, publishedOn: '2020-06-01' }).verdict).toBe('pass');
  });

  it('flags a homophone of a rostered name after a title, not an unrelated name', () => {
    const wording = shippedWordingRules(ROSTER);
    expect(wording.scan('副市长孙立萍到社区走访。', { on: '2025-06-01' }).map((f) => [f.text, f.replacement])).toEqual([['孙立萍', '孙丽萍']]);
    expect(wording.scan('副市长孙立萍到社区走访。', { on: '2025-06-01' })[0].note).toContain('同音字');
    expect(wording.scan('市民王立萍到社区走访。', { on: '2025-06-01' })).toEqual([]);
  });

  it('orders leaders listed together even when a name starts with a separator character (和)', () => {
    const roster = [
      { unitCode: 'demo', name: '和平安', title: '市委书记', rank: 1, validFrom: '2020-01-01', validTo: null },
      { unitCode: 'demo', name: '林建国', title: '市长', rank: 2, validFrom: '2020-01-01', validTo: null },
    ];
    const wording = buildWordingRules({ typos: [], outdated: [], roster, versions: { typo: 0, outdated: 0, roster: 1 } });
    expect(wording.scan('林建国、和平安出席会议。', { on: '2025-06-01' }).map((f) => [f.text, f.replacement])).toEqual([['林建国、和平安', '和平安、林建国']]);
    expect(wording.scan('和平安、林建国出席会议。', { on: '2025-06-01' })).toEqual([]);
    // Names apart in separate sentences are not a list.
    expect(wording.scan('林建国出席会议。和平安主持。', { on: '2025-06-01' })).toEqual([]);
  });

  it('records the dictionary versions it was built from', () => {
    const rules = buildWordingRules({ typos: [], outdated: [], roster: [], versions: { typo: 3, outdated: 2, roster: 7 } });
    expect(rules.versions).toEqual({ typo: 3, outdated: 2, roster: 7 });
    expect(rules.scan('扫黑险恶', { on: '2025-06-01' })).toEqual([]);
  });

  it('an admin entry extends the shipped list, with its own severity and context rule', () => {
    const typos = [...parseTypos('秘密抽查\t双随机抽查\tblock\t\t示例'), { wrong: '登陆', correction: '登录', severity: 'warn' as const, context: 'online' as const, note: '' }];
    const rules = buildWordingRules({ typos, outdated: [], roster: [], versions: { typo: 2, outdated: 1, roster: 0 } });
    expect(rules.scan('开展秘密抽查。', { on: '2025-06-01' })[0]).toMatchObject({ severity: 'block', replacement: '双随机抽查' });
    expect(rules.scan('台风登陆。', { on: '2025-06-01' })).toEqual([]);
    expect(rules.scan('登陆系统后填报。', { on: '2025-06-01' })).toHaveLength(1);
  });

  it('rejects malformed dictionary lines, naming the line', () => {
    expect(() => parseTypos('甲\t乙\tfatal')).toThrow(DictionaryFormatError);
    expect(() => parseTypos('# c\n甲\t乙\twarn\tsomewhere')).toThrow(/:2: 未知的语境规则/);
    expect(() => parseOutdated('旧\t新\t2018-02-30')).toThrow(/停用日期必须是 YYYY-MM-DD 格式的日期/);
    expect(() => parseRoster('demo\t王某\t市长\tfirst\t2020-01-01')).toThrow(/排序必须是正整数/);
    expect(parseRoster('demo\t王某\t市长\t2\t2020-01-01\t2024-12-31')).toEqual([
      { unitCode: 'demo', name: '王某', title: '市长', rank: 2, validFrom: '2020-01-01', validTo: '2024-12-31' },
    ]);
  });
});
