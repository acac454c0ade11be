/**
 * The clerk who answers a desk line, named in brackets right after its number (咨询电话：0833-3502731（X）, 举报电话：
 * 0571-88886666（X）): the body publishes its desk and who picks it up, so the name is staff, as the body's 联系人 is.
 * Whose line it is comes from its label (context.ts phoneContext): a desk's label (咨询, 举报, 值班 …) says so outright;
 * a neutral one (电话, 联系电话) only with a landline under its area code, as contactAtDesk reads a desk line. A mobile
 * or a personal label (家庭电话) leaves the name a person. Reads at most MAX_NUMBER characters back from the bracket.
 */
import { isDigitCode } from './chars.js';
import { phoneContext } from './context.js';

const MAX_NUMBER = 16;
const OPEN_BRACKET = 0xff08; // （
const LANDLINE_RE = /^0\d{2,3}[-－]\d{7,8}$/;
/** A number a phone can have: a landline with or without its area code, a mobile, a short hotline; not a ticket's. */
const PHONE_RE = /^(?:0\d{2,3}[-－]?\d{7,8}|\d{7,8}|1\d{10}|\d{5})$/;

function isNumberCode(code: number): boolean {
  return isDigitCode(code) || code === 0x2d /* - */ || code === 0xff0d; /* － */
}

/** True when the name at `s` stands alone in a bracket opened right after a desk line's number. */
export function clerkOfDeskLine(text: string, s: number): boolean {
  const open = text.charCodeAt(s - 1);
  if (open !== OPEN_BRACKET && open !== 0x28 /* ( */) return false;
  const end = s - 1;
  let q = end;
  while (q > 0 && end - q < MAX_NUMBER && isNumberCode(text.charCodeAt(q - 1))) q--;
  if (q === end || !isDigitCode(text.charCodeAt(end - 1))) return false;
  if (!PHONE_RE.test(text.slice(q, end))) return false; // 热线工单202502884471（X）: a ticket names who filed it
  const kind = phoneContext(text, q);
  return kind === 'office' || (kind === 'neutral' && LANDLINE_RE.test(text.slice(q, end)));
}
