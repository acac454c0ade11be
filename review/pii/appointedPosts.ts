/**
 * A column headed by a post (站长, 网格员, 调解员) names the body's people acting in office (staffColumns.ts), unless the
 * document is the notice of those very appointments: `现将新聘任的村邮站站长名单公示如下`, `拟选聘的网格员名单`. The people
 * a 公示 of hiring or election lists are private persons put forward, as an appointment notice's are, not yet officials
 * acting for the body; a list of post holders with no word of appointing them (帮扶责任人名单, 开庭公告's 审判长) stays staff.
 */

/** Words of appointing, hiring or electing someone to a post, read before `<post>名单`. */
const APPOINTING = ['聘任', '聘用', '聘请', '选聘', '招聘', '续聘', '任命', '拟任', '选任', '录用', '推选', '选举', '当选', '选派', '受聘'];
/** How far before the list's word the appointing word may stand: one clause of a notice's opening sentence. */
const REACH = 24;
/** A clause's end: the appointing word must be in the same sentence as the list. */
const SENTENCE_END = new Set(['。', '；', '\n', '！', '？']);
/** A title is one short line. */
const MAX_TITLE = 60;
/** Each occurrence of the list's word read, at most: a document names its own list a few times. */
const MAX_MENTIONS = 8;

/**
 * True when `text` announces appointments to the post `heading`: in its title (关于聘任村邮站站长的公示) or in the sentence
 * that names the list (…聘任的<heading>名单). Reads only the title and the list's mentions.
 */
export function appointsTo(text: string, heading: string): boolean {
  if (heading.length < 2) return false;
  // 关于聘任村邮站站长的公示: a title that appoints to the post says so for every table under it.
  const titleEnd = text.indexOf('\n');
  const title = text.slice(0, titleEnd < 0 || titleEnd > MAX_TITLE ? MAX_TITLE : titleEnd);
  if (title.includes(heading) && APPOINTING.some((w) => title.includes(w))) return true;
  const word = `${heading}名单`;
  let at = text.indexOf(word);
  for (let n = 0; at >= 0 && n < MAX_MENTIONS; n++, at = text.indexOf(word, at + word.length)) {
    let from = at;
    while (from > 0 && at - from < REACH && !SENTENCE_END.has(text[from - 1])) from--;
    const clause = text.slice(from, at);
    if (APPOINTING.some((w) => clause.includes(w))) return true;
  }
  return false;
}

/** `appointsTo` remembered by heading for one document: its candidates ask about the same few headings. */
export function appointmentsOf(text: string): (heading: string) => boolean {
  const known = new Map<string, boolean>();
  return (heading) => {
    let v = known.get(heading);
    if (v === undefined) known.set(heading, (v = appointsTo(text, heading)));
    return v;
  };
}
