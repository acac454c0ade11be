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
const BODY_QUALIFIERS = ['单位', '公司', '企业', '经营', '注册', '办公', '工作', '学校', '机构', '办理', '发证', '联系单位'];
const MAX_HEADING = 8;

/** Literal words that find a heading line (the table pass then splits only those lines into cells). */
export const ADDRESS_HEADING_WORDS: readonly string[] = [...ADDRESS_HEAD_NOUNS, ...DWELLING_SITES];

/** True for a column heading under which a list of people gives each household's place. */
export function isAddressHeading(cell: string): boolean {
  if (cell.length < 2 || cell.length > MAX_HEADING) return false;
  if (BODY_QUALIFIERS.some((q) => cell.includes(q))) return false;
  return ADDRESS_HEAD_NOUNS.some((n) => cell.endsWith(n)) || DWELLING_SITES.includes(cell);
}

/** Headings of the person column of such a list, beyond the ones ending in 姓名. */
export const PERSON_HEADINGS: ReadonlySet<string> = new Set([
  '姓名', '户主', '户主姓名', '申请人', '救助对象', '被处罚人', '当事人', '户名', '家庭成员', '被征收人', '产权人', '权利人', '被拆迁人',
  // housing, enforcement and aid lists
  '被执行人', '失信被执行人', '共同申请人', '承租人', '购房人', '受助人', '被安置人', '安置人', '房主', '业主', '被补偿人', '死者', '逝者',
  // 公告送达 and 补贴 lists head their people by the procedure's role.
  '被送达人', '受送达人', '受援人', '申领人', '领取人',
  // subsidy and licence lists head the household by what it does: a 农机 补贴's buyer, a 小作坊's or a stall's operator
  '购机者', '购机人', '购买者', '购买人', '经营者', '经营户', '业户', '农户', '承包户', '代领人', '收养人',
]);

/** 被执行人姓名, 申请人姓名 …: a heading that asks for a person's name; 补助对象, 保障对象 … name people too. */
export function isPersonHeading(cell: string): boolean {
  return PERSON_HEADINGS.has(cell) || ((cell.endsWith('姓名') || cell.endsWith('对象')) && cell.length <= 7);
}
