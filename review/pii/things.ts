/**
 * An enumeration that ends in 等 and a noun of things (王老吉、张小泉等老字号, A、B等品牌): its members are
 * brands, shops or products named after people, not people. Read forward from a candidate over at most a
 * few 、-joined members, so the work per candidate is bounded.
 */
import * as chars from './chars.js';

const THING_NOUNS = ['老字号', '字号', '品牌', '名牌', '商标', '企业', '商号', '名店', '老店', '产品', '名优', '特产', '厂家', '公司', '景区', '景点'];
/** Words that may stand between 等 and the noun (等知名品牌, 等本地老字号). */
const QUALIFIERS = ['知名', '著名', '本地', '当地', '中华', '国内', '全国'];
const MAX_MEMBERS = 8;
const MAX_MEMBER = 6;

export function enumeratesThings(text: string, e: number): boolean {
  let q = e;
  for (let hop = 0; hop < MAX_MEMBERS && text[q] === '、'; hop++) {
    const from = ++q;
    while (q < text.length && q - from < MAX_MEMBER && chars.isHanCode(text.charCodeAt(q)) && text[q] !== '等') q++;
    if (q === from) return false;
  }
  if (text[q] !== '等') return false;
  q++;
  for (const w of QUALIFIERS) if (text.startsWith(w, q)) q += w.length;
  return THING_NOUNS.some((w) => text.startsWith(w, q));
}
