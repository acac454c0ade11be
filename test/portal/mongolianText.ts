/*
 * Synthetic traditional Mongolian for the bilingual tests, composed for them (simple sentences about a
 * made-up city's heating). U+202F (narrow no-break space) attaches case suffixes, U+180E (vowel
 * separator) stands in ᠰᠠᠷ᠎ᠠ, as writers put them.
 */
export const MN = {
  /** "The city's winter heating notice" */
  title: 'ᠬᠣᠲᠠ\u202Fᠶᠢᠨ ᠦᠪᠦᠯ\u202Fᠦᠨ ᠳᠤᠯᠠᠭᠠᠨ\u202Fᠤ ᠮᠡᠳᠡᠭᠳᠡᠯ',
  /** "The city's heating work started in month 11." */
  first: 'ᠬᠣᠲᠠ\u202Fᠶᠢᠨ ᠳᠤᠯᠠᠭᠠᠨ\u202Fᠤ ᠠᠵᠢᠯ 11 ᠰᠠᠷ\u180Eᠠ\u202Fᠳᠤ ᠡᠬᠢᠯᠡᠪᠡ᠃',
  /** "Heating reaches every citizen's home." */
  second: 'ᠢᠷᠭᠡᠨ ᠪᠦᠷᠢ\u202Fᠶᠢᠨ ᠭᠡᠷ\u202Fᠲᠦ ᠳᠤᠯᠠᠭᠠᠨ ᠬᠦᠷᠭᠡᠭᠳᠡᠨᠡ᠃',
  /** "heating" */
  heating: 'ᠳᠤᠯᠠᠭᠠᠨ',
  /** "month" with and without the vowel separator: the same word. */
  monthMvs: 'ᠰᠠᠷ\u180Eᠠ',
  /** "of heating": the genitive suffix after a narrow no-break space. */
  suffixed: 'ᠳᠤᠯᠠᠭᠠᠨ\u202Fᠤ',
  monthPlain: 'ᠰᠠᠷᠠ',
} as const;

/** Two paragraphs of the sentences above. */
export function mnBody(): string {
  return `<p>${MN.first} ${MN.second} ${MN.first}</p><p>${MN.second} ${MN.first} ${MN.second}</p>`;
}
