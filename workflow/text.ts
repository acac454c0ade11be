/**
 * Text checks shared by every edge (GraphQL, portal, CLI). PostgreSQL refuses NUL in text, and a lone
 * UTF-16 surrogate is not text at all (it cannot be encoded as UTF-8): both are refused as bad input
 * rather than discovered by the database.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isCleanText(value: string): boolean {
  return !value.includes('\u0000') && !LONE_SURROGATE.test(value);
}

export const INVALID_TEXT_MESSAGE = '输入包含无效字符（空字符或不成对的 UTF-16 代理项），请检查后重新输入';

/** HTML elements that never have content, so they never nest. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * The deepest element nesting in `html`, found by one linear scan of the tags (no parser, no recursion),
 * so a body can be refused before a parser or a recursive walker ever sees it. Unclosed tags count as
 * open, which overestimates only for markup a parser would also have to repair.
 */
export function htmlNestingDepth(html: string, stopAt = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let max = 0;
  const tag = /<(\/?)([A-Za-z][A-Za-z0-9-]*)[^>]*?(\/?)>/g;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    const [, closing, name, selfClosing] = match;
    if (VOID.has(name.toLowerCase()) || selfClosing) continue;
    if (closing) depth = Math.max(0, depth - 1);
    else if (++depth > max) {
      max = depth;
      if (max > stopAt) return max;
    }
  }
  return max;
}
