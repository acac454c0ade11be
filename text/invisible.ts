/**
 * Characters that change what a reader sees without being seen, removed from everything published.
 *
 * - Bidirectional controls (U+061C, U+200E–U+200F, U+202A–U+202E, U+2066–U+2069): an override displays
 *   "\u202E★密机" as 机密★, so a text can show something other than what was reviewed. Chinese government
 *   text has no right-to-left script that needs them.
 * - Fillers that render as blank space but are letters to software (Hangul fillers U+115F, U+1160, U+3164,
 *   U+FFA0), invisible operators, the word joiner and the deprecated format characters (U+2060–U+206F),
 *   zero-width space and no-break (U+200B, U+FEFF), the combining grapheme joiner (U+034F), the Khmer
 *   inherent vowels (U+17B4, U+17B5), the shorthand and musical format controls (U+1BCA0–U+1BCA3,
 *   U+1D173–U+1D17A), and all of plane 14 that is not a variation selector (tags U+E0000–U+E00FF and the
 *   unassigned U+E01F0–U+E0FFF).
 * Kept on purpose: zero-width joiner and non-joiner (emoji and Indic shaping), variation selectors (the
 * ideographic variation sequences that pick a rare character's glyph in a person's or place's name), the
 * Mongolian free variation selectors and vowel separator, without which Mongolian text renders wrong, and
 * the soft hyphen (a hyphenation point in Latin text; nothing shows unless the line breaks there).
 * The gate sees through all of these either way (review/normalize.ts); this only keeps them off the page,
 * the feeds and the platforms' posts, so that what is published reads exactly as what was reviewed.
 */
const HIDDEN =
  /[\u034F\u061C\u17B4\u17B5\u200B\u200E\u200F\u202A-\u202E\u2060-\u206F\u115F\u1160\u3164\uFFA0\uFEFF]|\uDB40[\uDC00-\uDCFF\uDDF0-\uDFFF]|[\uDB41-\uDB43][\uDC00-\uDFFF]|\uD82F[\uDCA0-\uDCA3]|\uD834[\uDD73-\uDD7A]/g;

/** `text` without the characters above. Safe on HTML source too: none of them can be markup. */
export function stripHiddenControls(text: string): string {
  return text.replace(HIDDEN, '');
}
