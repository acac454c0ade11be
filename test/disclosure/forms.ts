/** Filling in the portal's public forms as a person would: read the page, answer the question, post. */
const NUMERALS: Record<string, number> = { 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

export interface FormPage {
  status: number;
  html: string;
}

/** The answer to the page's question, read as a person reads it ("七加五等于多少？"). */
export function answerOf(html: string): { token: string; answer: string } {
  const token = /name="challenge" value="([^"]+)"/.exec(html)?.[1];
  const question = /<label for="answer">(.)加(.)等于多少/.exec(html);
  if (!token || !question) throw new Error('no challenge on the page');
  return { token, answer: String(NUMERALS[question[1]] + NUMERALS[question[2]]) };
}

export async function post(url: string, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<FormPage> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: new URLSearchParams(fields).toString() });
  return { status: res.status, html: await res.text() };
}

/** GETs the form, answers its question, posts `fields` with it. */
export async function fillIn(base: string, path: string, postPath: string, fields: Record<string, string>, wrongAnswer = false): Promise<FormPage> {
  const page = await (await fetch(`${base}${path}`)).text();
  const { token, answer } = answerOf(page);
  return post(`${base}${postPath}`, { ...fields, challenge: token, answer: wrongAnswer ? String(Number(answer) + 1) : answer });
}

/** The value after a <dt> label on a page (登记号, 查询码, 办理状态 …). */
export function definition(html: string, label: string): string | null {
  const match = new RegExp(`<dt>${label}</dt><dd>([^<]*)</dd>`).exec(html);
  return match ? match[1] : null;
}
