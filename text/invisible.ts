/**
 * Characters that change what a reader sees without being seen, removed from everything published.
 *
 * - Bidirectional controls (U+061C, U+200E–U+200F, U+202A–U+202E, U+2066–U+2069): an override displays
 *   "\u202E★密机" as 机密★, so a text can show something other than what was reviewed. Chinese government
 *   text has no right-to-left script that needs them.
 * - Fillers that render as blank space but are letters to software (Hangul fillers U+115F, U+1160, U+3164,
 *   U+FFA0), invisible operators and the word joiner (U+2060–U+2064), zero-width space and no-break
 *   (U+200B, U+FEFF), and tag characters (U+E0000–U+E007F).
 * Kept on purpose: zero-width joiner and non-joiner (emoji and Indic shaping), variation selectors (the
 * ideographic variation sequences that pick a rare character's glyph in a person's or place's name), and
 * the Mongolian free variation selectors and vowel separator, without which Mongolian text renders wrong.
 * The gate sees through all of these either way (review/normalize.ts); this only keeps them off the page.
 */
const HIDDEN = /[\u061C\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u115F\u1160\u3164\uFFA0\uFEFF]|\uDB40[\uDC00-\uDC7F]/g;

/** `text` without the characters above. Safe on HTML source too: none of them can be markup. */
export function stripHiddenControls(text: string): string {
  return text.replace(HIDDEN, '');
}
