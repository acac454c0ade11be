/**
 * Where a line break in running text cannot be a soft wrap, whatever the line's length: the line ends a sentence
 * or a clause, or the next line opens a list item. Shared by the PDF reflow (workflow/pdfReflow.ts), which also
 * has the page's geometry, and the gate's reading of pasted text (review/pastedWraps.ts), which has only lengths.
 */

/** The line ends a sentence or a clause (。！？：；), closing quotes and brackets after it allowed. */
export const SENTENCE_END = /[。！？：；!?:;][”’」』）)"'〕】]*\s*$/u;

/** The line opens a list item: 一、 （一） 1． 1） ① 第X条, or a bullet. */
export const LIST_ITEM = /^\s*(?:[一二三四五六七八九十百]+[、．.]|[（(][一二三四五六七八九十百\d]+[）)]|\d+[．.、](?!\d)|\d+[)）]|[①-⑳⑴-⒇⒈-⒛]|第[一二三四五六七八九十百千零〇\d]+[条章节款项]|[-•·●○◆■□▪]\s)/u;
