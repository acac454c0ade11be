/**
 * Yi names as Chinese documents write them (Liangshan, Chuxiong): a clan name of two syllables, then a given
 * name of one to three (海来拉则, 吉克阿呷, 阿苦日哈). They share no characters with Han surnames' statistics, so
 * the character model cannot score them; under a person's column heading a cell that opens with a clan name and
 * goes on for one to three more characters is a name. Prose is not read this way (海来氏砖厂 names a business).
 */
const YI_CLANS: ReadonlySet<string> = new Set(
  (
    '阿苦 阿西 阿说 阿硕 阿牛 阿尔 阿约 阿力 阿的 阿鲁 阿克 阿侯 阿合 阿什 阿木 俄底 俄木 俄其 俄的 俄比 海来 吉克 吉伍 吉木 吉史 吉俄 吉列 ' +
    '沙马 曲比 曲木 倮伍 瓦扎 勒格 马海 罗洪 果基 莫色 金古 尔古 比补 达久 日火 的日 什木 甲巴 苏呷 拉马 立克 巫其 木苦 吉地 俄洛 加拉 井叶 ' +
    '阿苏 吉色 马黑 吉吉 伍各 吉尔'
  ).split(' '),
);
/** What ends a place or a body, not a person (阿吉村, 海来氏砖厂). */
const NOT_A_NAME_END = new Set('村乡镇组县区市州寨厂店站社队所局部委办院校场氏家'.split(''));

/** True for a cell reading as a Yi clan name and a given name. */
export function yiName(cell: string): boolean {
  if (cell.length < 3 || cell.length > 5 || !YI_CLANS.has(cell.slice(0, 2))) return false;
  return ![...cell].some((c) => NOT_A_NAME_END.has(c) || c.charCodeAt(0) < 0x4e00 || c.charCodeAt(0) > 0x9fff);
}
