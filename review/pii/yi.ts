/**
 * Yi names (彝族) as 凉山 lists print them: a two-character family name (吉克, 曲比, 阿苏 …) and a two-character
 * given name, four characters with no dot (吉克阿依, 曲比拉哈). The character model reads 吉/曲 as a Han surname
 * and the rest as no given name; under a person's heading the family name alone says what the cell holds.
 */
const YI_FAMILY_NAMES = new Set([
  '吉克', '曲比', '阿苏', '马海', '罗洪', '沙马', '海来', '勒格', '吉木', '阿约', '俄底', '阿说', '吉伍', '瓦扎', '尔古', '巫其', '的日',
  '阿尔', '苏呷', '吉色', '阿侯', '马黑', '吉吉', '倮伍', '阿克', '伍各', '加拉', '俄木', '金古', '日火', '吉尔', '阿木', '拉马',
]);

/** The family name when `cell` is a four-character Yi name, else ''. */
export function yiFamilyName(cell: string): string {
  if (cell.length !== 4) return '';
  const family = cell.slice(0, 2);
  return YI_FAMILY_NAMES.has(family) ? family : '';
}
