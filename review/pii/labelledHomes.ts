/**
 * Homes under labels no list names, known by the label's ending (养殖地点, 饲养地点, 用水地址, 养犬地址, 不动产坐落,
 * 户籍所在地 …): every publisher words the label a little differently, what it ends in stays. A labelled place is a
 * household's home when
 * - the address grammar (grammar.ts) reads the whole value down to a dwelling (…组12号, …栋2单元301室, …号院3排4号),
 *   under a division or a village, closing its clause;
 * - its record (the line or sentence before the label) belongs to a private person: a name the names pass found
 *   there, a person noun or a party's role (畜主, 户名, 权利人, 犬主 …), a qualifier after it that says home
 *   (（自家圈舍）, （家中）), or, for a 坐落, a dwelling's property (不动产, 房屋 …) named in the record;
 * - nothing says it is a body's or a trade's: no organisation named in the record (…养殖场（负责人：X），…,
 *   …合作社；坐落：…), no body's or event's qualifier in the label (经营地址, 办公地点, 违法地点, 免疫点地址), no body
 *   in the value or in a bracket after it (（村委会院内）, （原砖厂旧址）).
 * Work is bounded per label found: the qualifier at most MAX_QUALIFIER characters back, the value MAX_VALUE ahead,
 * the record RECORD_BACK back.
 */
import { isDigitCode, isHanCode, unitTable } from './chars.js';
import type { Span } from './email.js';
import { NOT_HOME_WORDS, ORGANISATION_SUFFIXES } from './bodies.js';
import { placeRunEndingAt } from './grammar.js';
import { BODY_QUALIFIERS, isPersonHeading } from './headings.js';
import { PERSON_NOUNS } from './lexicon.js';
import { bracketNoteAt } from './notes.js';
import { classOfWords } from './present.js';
// The label passes register the classes LABEL_ENDING_CLASS is made of (址 and 落 in address.ts, 点 in sites.ts): load them first.
import './address.js';
import { PERSONAL_ROLES } from './roles.js';

/** What a label ends in when it names a place. A bare 地址, 地点 or 住址 is left to the labelled passes (address.ts). */
const ENDINGS = ['地点', '地址', '坐落', '住址', '所在地', '住处'];
const BARE_ALLOWED = new Set(['坐落', '所在地']);
/**
 * The class of characters a text must hold for one of the endings to occur (present.ts), derived from the endings at
 * load: address.ts, imported above, has registered the classes that hold their characters (its labels' 址 and 落, and
 * through sites.ts 地点's 点), and classOfWords throws here, at load, if a change leaves one unclassed.
 */
export const LABEL_ENDING_CLASS = classOfWords(ENDINGS);

const MAX_QUALIFIER = 6;
const MAX_VALUE = 48;
const RECORD_BACK = 120;

/**
 * Qualifiers that make the place a body's, a trade's or an event's: the workplace words a home column never has
 * (headings.ts), what happens at a place rather than who lives there, and an organisation's own nouns.
 */
const EVENT_QUALIFIERS = ['违法', '发生', '事发', '案发', '事故', '作案', '检查', '抽样', '采样', '采伐', '施工', '项目', '受理', '服务', '营业', '咨询', '办事', '会议', '活动', '培训', '报名', '考试', '集合', '接种', '缴费', '交易', '投放'];
const ORGANISATION_CHARS = ORGANISATION_SUFFIXES.filter((s) => s.length === 1 && !'组室'.includes(s));
const NOT_HOME_QUALIFIERS = [...BODY_QUALIFIERS, ...EVENT_QUALIFIERS, ...ORGANISATION_CHARS, '点', '库', '铺'];
/** Organisation nouns of two characters or more (公司, 合作社, 委员会 …) and the trades' (养殖场 ends in 场, read below). */
const ORGANISATION_WORDS = [...ORGANISATION_SUFFIXES.filter((s) => s.length >= 2), '村委会', '居委会', '经营部', '门店'];
/**
 * A single-character suffix closes an organisation's name when a separator or a bracket follows it (…宠物店（, …养殖场，,
 * …兽医站，): only the suffixes that end no common word before a separator, less the words they do end (现场, 住所).
 */
const ORGANISATION_END = unitTable(ORGANISATION_CHARS.filter((c) => '店厂场站馆局院校厅所'.includes(c)));
const NOT_ORGANISATION = ['现场', '当场', '在场', '住所', '场所', '处所', '厕所', '号院', '庭院'];
const NAME_CLOSERS = unitTable('（(，,：:；;、 \u3000'.split(''));
/** A qualifier in brackets after the place that says it is the household's own (（自家圈舍）, （家中）, （自建房）). */
const HOME_SAID = ['自家', '家中', '家里', '自建', '自住', '住宅', '居住', '其家', '本人'];
/** For a 坐落: the record names a dwelling's property (…遗失不动产权证书…，坐落：…). */
const PROPERTY_WORDS = ['不动产', '房屋', '房产', '住房', '住宅', '宅基地', '房权'];
const PERSON_WORDS = [...new Set([...PERSON_NOUNS, ...PERSONAL_ROLES])];
/** By code unit, as every walk below reads them: text[k] would make a string of each character walked over. */
const RECORD_ENDS = unitTable('。！？!?\n'.split(''));
const BLANKS = unitTable([' ', '\u3000', '\t']);
const COLONS = unitTable(['：', ':']);
const YU = 0x4e8e; // 于
const ZAI = 0x5728; // 在

function isPlaceCode(c: number): boolean {
  return isHanCode(c) || isDigitCode(c) || c === 0x2d || c === 0xff0d;
}

/** An organisation named in `s` (a record before the label): a noun of two characters or more, or a name closed by its suffix. */
function organisationIn(s: string): boolean {
  if (ORGANISATION_WORDS.some((w) => s.includes(w))) return true;
  for (let k = 2; k < s.length; k++) {
    if (NAME_CLOSERS[s.charCodeAt(k)] !== 1 || ORGANISATION_END[s.charCodeAt(k - 1)] !== 1 || !isHanCode(s.charCodeAt(k - 2))) continue;
    if (NOT_ORGANISATION.some((w) => s.startsWith(w, k - w.length))) continue;
    return true;
  }
  return false;
}

/** A person noun, a party's role or a two-character …主 (犬主, 畜主, 房主; not 民主, 自主) in the record. */
function personWordIn(s: string): boolean {
  if (PERSON_WORDS.some((w) => s.includes(w))) return true;
  for (let k = s.indexOf('主'); k > 0; k = s.indexOf('主', k + 1)) if (isHanCode(s.charCodeAt(k - 1)) && isPersonHeading(s.slice(k - 1, k + 1))) return true;
  return false;
}

/**
 * Homes under labels known by their ending. `people`: the private persons the names pass found (officials, staff and
 * representatives are not among them), sorted by start.
 */
export function labelledHomes(text: string, people: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const ending of ENDINGS) {
    for (let i = text.indexOf(ending); i >= 0; i = text.indexOf(ending, i + ending.length)) {
      let s = i + ending.length;
      // 养殖地点：…, 坐落于…, and a form's label set apart by blanks (养殖地点　…).
      const after = text.charCodeAt(s);
      if (COLONS[after] === 1) s++;
      else if (!(ending === '坐落' && (after === YU || after === ZAI)) && BLANKS[after] !== 1) continue;
      let q = i;
      while (q > 0 && i - q < MAX_QUALIFIER && isHanCode(text.charCodeAt(q - 1))) q--;
      const qualifier = text.slice(q, i);
      if (qualifier === '' ? !BARE_ALLOWED.has(ending) : NOT_HOME_QUALIFIERS.some((w) => qualifier.includes(w))) continue;
      while (BLANKS[text.charCodeAt(s)] === 1) s++;
      let e = s;
      while (e < text.length && e - s < MAX_VALUE && isPlaceCode(text.charCodeAt(e))) e++;
      if (e - s < 6 || isPlaceCode(text.charCodeAt(e))) continue;
      const run = placeRunEndingAt(text, e, s);
      if (!run || run.start !== s || !run.door || !(run.division || run.village)) continue;
      const value = text.slice(s, e);
      if (NOT_HOME_WORDS.some((w) => value.includes(w))) continue;
      // What a bracket right after the place says of it: the household's own, or a body's.
      let homeSaid = false;
      const note = bracketNoteAt(text, e);
      if (note !== null) {
        if (organisationIn(note + '，') || NOT_HOME_WORDS.some((w) => note.includes(w))) continue;
        homeSaid = HOME_SAID.some((w) => note.includes(w));
      }
      // The record: its line or sentence, before the label and after the place (养殖地点：…号，畜主：X，…).
      let r = q;
      while (r > 0 && q - r < RECORD_BACK && RECORD_ENDS[text.charCodeAt(r - 1)] !== 1) r--;
      let re = e;
      while (re < text.length && re - e < RECORD_BACK && RECORD_ENDS[text.charCodeAt(re)] !== 1) re++;
      const record = text.slice(r, q) + '。' + text.slice(e, re);
      if (organisationIn(record)) continue;
      const owned =
        homeSaid ||
        people.some((p) => (p.start >= r && p.end <= q) || (p.start >= e && p.end <= re)) ||
        personWordIn(record) ||
        (ending === '坐落' && PROPERTY_WORDS.some((w) => record.includes(w) || qualifier.includes(w)));
      if (owned) out.push({ start: s, end: e });
    }
  }
  return out;
}
