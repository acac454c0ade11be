/**
 * A labelled value that names where the public is served, not where anyone lives: 到户籍地石桥铺镇退役军人服务站办理,
 * 向居住地社区申请. A label of dwelling (户籍地, 居住地, 家住) is also how a notice points a person to the body of
 * their place, and the value is then a body's name (ending in 站, 中心, 所, 办事处 …, before the verb of the
 * errand), or the bare level noun of a body (社区, 街道, 村委会) with no place named at all.
 */
import { BODY_NAME_ENDS } from './bodies.js';

/** Level nouns that, opening a value, stand for the body of that level and name no place (居住地社区, 户籍地街道). */
const BARE_LEVEL_BODIES = ['社区', '街道', '乡镇', '村委', '居委', '村（居）', '村(居)', '当地'];
/** The errand after a body's name (…服务站办理, …中心申请): the value read past the body runs into it. */
const ERRAND_VERBS = ['办理', '申请', '申报', '咨询', '反映', '登记', '报到', '领取', '核实', '认证', '备案'];
/** 1301室, 三号院: a dwelling's unit after its number ends a home, though 室 and 院 also end a body's name. */
const NUMBER_BEFORE = /[0-9０-９一二三四五六七八九十百零〇号]$/;

const DOOR_DIGIT = /[0-9０-９]/;
/** Homes whose last word ends like a body's name (…中学家属院, 农机站大院). */
const HOME_COURTS = ['家属院', '大院', '宿舍院'];

/** The value is a body's name or a bare level's body, not an address. */
export function isBodyValue(value: string): boolean {
  // 社区花园5栋201室: an estate may bear a level noun in its name; a door says a place is named.
  if (BARE_LEVEL_BODIES.some((w) => value.startsWith(w)) && !DOOR_DIGIT.test(value)) return true;
  const verb = ERRAND_VERBS.find((w) => value.endsWith(w));
  const name = verb ? value.slice(0, value.length - verb.length) : value;
  if (HOME_COURTS.some((w) => name.endsWith(w))) return false;
  const end = BODY_NAME_ENDS.find((w) => name.endsWith(w));
  return end !== undefined && name.length > end.length && !NUMBER_BEFORE.test(name.slice(0, name.length - end.length));
}
