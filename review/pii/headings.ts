/**
 * Column headings of a list of people, read by their head noun rather than listed one by one: a table of
 * households names its home column 现住址, 现居住地址, 住所地, 原房屋坐落, 安置房号, 配租房源, 建设地点 … and its
 * person column 申请人, 被执行人, 补助对象 …; every publisher words them a little differently, the head noun stays.
 */

/** Head nouns of a column that holds a household's place (the cell must still read as a place). */
const ADDRESS_HEAD_NOUNS = ['住址', '地址', '住所', '住所地', '坐落', '房号', '房源', '门牌', '门牌号', '门牌号码', '居住地', '所在地', '村组',
  // the same head nouns in other words: 现居地, 经常居所, 住处, 户籍地, 家庭详址
  '居地', '居所', '住处', '户籍地', '详址', '家址'];
/** 地点 is a household's only where a house is built or lived in (违法地点, 发生地点 are events' places). */
const DWELLING_SITES = ['建设地点', '建房地点', '拟建地点', '居住地点', '宅基地地点', '房屋位置', '安置房', '安置住房'];
/** A body's or a workplace's address column: not a home even in a list of people. */
export const BODY_QUALIFIERS: readonly string[] = ['单位', '公司', '企业', '经营', '注册', '办公', '工作', '学校', '机构', '办理', '发证', '联系单位',
  // a shop's, an outlet's, a works', a farm's, a project's or a grave's place (店铺地址, 网点地址, 厂址, 养殖场地址, 项目地址, 安葬地址, 墓穴地址)
  // (the trader's own home keeps its heading: 店主住址, 摊主住址, 场长住址)
  '店铺', '门店', '店址', '商店', '商铺', '网点', '门面', '摊位', '厂址', '工厂', '厂房', '厂区', '养殖场', '场址', '场所', '项目', '墓', '葬', '骨灰',
  // a station's or a service point's (站址, 站点地址, 代办点地址): a household's house holding one says so in a note
  '站址', '站点', '点地址'];
const MAX_HEADING = 8;

/** Literal words that find a heading line (the table pass then splits only those lines into cells). */
export const ADDRESS_HEADING_WORDS: readonly string[] = [...ADDRESS_HEAD_NOUNS, ...DWELLING_SITES];

/** True for a column heading under which a list of people gives each household's place. */
export function isAddressHeading(cell: string): boolean {
  if (cell.length < 2 || cell.length > MAX_HEADING) return false;
  if (BODY_QUALIFIERS.some((q) => cell.includes(q))) return false;
  return ADDRESS_HEAD_NOUNS.some((n) => cell.endsWith(n)) || DWELLING_SITES.includes(cell);
}

/**
 * Headings of the person column of such a list that no rule derives: the ones ending in 姓名 or 对象 and the short
 * …人, …主 and …户主 headings (申请人, 被执行人, 房主, 户主) are read by their head (isPersonHeading, derivedPersonHeading).
 */
const PERSON_HEADINGS: ReadonlySet<string> = new Set([
  '户名', '家庭成员', '死者', '逝者',
  // a party's role too long for a derived heading (a sentence is never one)
  '失信被执行人',
  // subsidy and licence lists head the household by what it does: a 农机 补贴's buyer, a 小作坊's or a stall's operator
  '购机者', '购买者', '经营者', '经营户', '业户', '农户', '承包户',
]);

/** Kinship headings of a household's members (夫 | 妻, 丈夫 | 妻子 | 子女). */
const KIN_HEADINGS: ReadonlySet<string> = new Set(['夫', '妻', '丈夫', '妻子', '配偶', '父亲', '母亲', '子女', '儿子', '女儿', '驾驶员', '船员']);
/**
 * The clerical duties of the body's own people on a form or a list (核查, 录入, 填表 …): the duty and 人 or 员 name the
 * clerk who did it (核查人, 录入员, 调查员), at the foot of a form or as a column. 填报 and 申报 are not among them: a
 * household fills its own form.
 */
const CLERICAL_DUTIES = ['填表', '录入', '核查', '核实', '复核', '调查', '初审', '复审', '入户调查'];
/** Headings of the body's staff who handle or sign a list (staffColumns.ts reads the names under them as staff). */
export const STAFF_ROLE_HEADINGS: readonly string[] = [
  '经办人', '承办人', '审核人', '审批人', '制表人', '记录人', '经手人',
  ...CLERICAL_DUTIES.flatMap((d) => [`${d}人`, `${d}员`]),
];
/**
 * …人 and …主 headings that are the body's people or an organisation's, not the household's: the staff of a ledger or
 * a court (经办人, 审核人, 书记员 are read by staffColumns.ts), the contact and the one in charge, a company's
 * representative (a policy question the role labels decide), and what is not a person at all (人数, 个人, 法人).
 */
const NOT_PERSON_HEAD_ENDS = [
  ...STAFF_ROLE_HEADINGS,
  '负责人', '责任人', '联系人', '代表人', '填报人', '填表人', '签发人', '复核人',
  '监督人', '介绍人', '推荐人', '见证人', '核查人', '调查人', '检查人', '执法人', '包保人', '帮扶人', '结对人', '发布人', '审稿人', '校对人', '出题人', '阅卷人',
];
const NOT_PERSON_HEADS: ReadonlySet<string> = new Set(['个人', '法人', '工作人', '单位人', '他人', '本人', '家人', '证明人', '地主', '民主', '自主', '公主', '宗主', '物主']);
/** A heading of the body's people or an organisation's (经办人, 联系人, 负责人 …) or no person at all (个人, 法人). */
export function isNotPersonHeading(cell: string): boolean {
  cell = unspaced(cell);
  return NOT_PERSON_HEADS.has(cell) || NOT_PERSON_HEAD_ENDS.some((w) => cell.endsWith(w));
}
/** A heading cell's note in brackets (帮扶对象（户主）, 监护人(父母)) says no more than its word. */
const HEADING_NOTE = /[（(][^（()）]{1,6}[）)]$/;

/**
 * A heading no list names that still heads people: the procedure's party by its suffix (参保人, 监护人, 赡养人, 申报人 …;
 * 船主, 畜主, 车主 …; 户主 of any kind), bounded to a short cell so a sentence is never a heading.
 */
function derivedPersonHeading(cell: string): boolean {
  if (cell.length < 2 || cell.length > 5 || NOT_PERSON_HEADS.has(cell)) return false;
  if (cell.endsWith('户主')) return true;
  if (cell.endsWith('主')) return cell.length === 2;
  return cell.endsWith('人') && !NOT_PERSON_HEAD_ENDS.some((w) => cell.endsWith(w));
}

/**
 * A heading cell without its blanks: a table spaces a short heading out to its column's width (姓 名, 姓　名), and the
 * cell splitter keeps it one cell, so every heading test reads it unspaced.
 */
export function unspaced(cell: string): string {
  return /[\s\u3000]/.test(cell) ? cell.replace(/[\s\u3000]+/g, '') : cell;
}

/**
 * Head nouns of a column of named things (品名, 船名, 犬名, 店名, 地名, 药名 …) and of kinds of things (品种, 树种, 险种,
 * 品牌, 型号: 金秋梨 or 黄金梨 under 品种 reads like a name). A closed list: a heading ending in 名 is as often a
 * person's (姓名, 户主名, 学生名, 签名), so 名 alone says nothing.
 */
const THING_NAME_ENDS = ['名称', '品名', '品目', '品种', '种类', '类别', '项目', '型号', '规格', '产品', '商品', '菜品', '病种', '病名', '疾病', '诊断',
  '店名', '船名', '船号', '车型', '树种', '畜种', '险种', '作物', '品牌', '商标', '地名', '犬名', '药名', '菜名', '书名', '剧名', '路名', '村名', '校名', '厂名',
  '企业名', '公司名', '单位名', '项目名', '产品名', '商品名'];
/**
 * A column of things: a thing's own name or its kind (see THING_NAME_ENDS). 行政相对人名称 names a party, so a heading
 * holding 人 is none; a person's heading is checked by the caller first.
 */
export function namesAThing(heading: string): boolean {
  const h = unspaced(heading);
  return !h.includes('人') && THING_NAME_ENDS.some((w) => h.endsWith(w));
}

/** 被执行人姓名, 申请人姓名 …: a heading that asks for a person's name; 补助对象, 保障对象 … name people too. */
export function isPersonHeading(cell: string): boolean {
  cell = unspaced(cell);
  if (cell.endsWith('）') || cell.endsWith(')')) cell = cell.replace(HEADING_NOTE, '');
  return (
    PERSON_HEADINGS.has(cell) ||
    KIN_HEADINGS.has(cell) ||
    ((cell.endsWith('姓名') || cell.endsWith('对象')) && cell.length <= 7) ||
    derivedPersonHeading(cell)
  );
}

/** Representatives a table heads as a column of their own: names of natural persons, kept with that role for the policy. */
const REPRESENTATIVE_HEADINGS: ReadonlySet<string> = new Set(['法定代表人', '法人代表']);
const REPRESENTATIVE_ROLE = '法定代表人';
const ALTERNATIVE_SEPARATORS = /[/／、]|[（()）]/;
const MAX_ALTERNATIVE_HEADING = 16;

/**
 * The alternatives a heading offers (法定代表人（负责人）, 户主/代领人, 失信主体名称（姓名）): the words before, inside and after
 * its brackets, and those a slash or 、 joins. A short heading only; a longer cell is a sentence.
 */
export function headingAlternatives(cell: string): string[] {
  if (cell.length > MAX_ALTERNATIVE_HEADING || !ALTERNATIVE_SEPARATORS.test(cell)) return [cell];
  return cell.split(/[/／、（()）]+/).filter((w) => w.length >= 1);
}

/**
 * The role a column heading gives the people under it, or null when it heads no one: a person's heading (姓名, 户主 …),
 * or one of its alternatives is (户主/代领人 → 户主; 失信主体名称（姓名）→ 姓名), or a company's representative heads the
 * column (法定代表人（负责人）→ 法定代表人: a natural person, whose masking the policy decides by that role).
 */
export function personHeadingRole(cell: string): string | null {
  cell = unspaced(cell);
  if (cell === '') return null;
  if (isPersonHeading(cell)) return cell;
  const words = headingAlternatives(cell);
  if (words.length === 1) return REPRESENTATIVE_HEADINGS.has(cell) ? REPRESENTATIVE_ROLE : null;
  for (const w of words) if (REPRESENTATIVE_HEADINGS.has(w)) return REPRESENTATIVE_ROLE;
  for (const w of words) if (isPersonHeading(w) && !isNotPersonHeading(w)) return w;
  return null;
}
