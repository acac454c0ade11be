/**
 * The name model's lookups by code unit (model/index.ts): the bit set of word openings in front of the word set,
 * and the given-name scores of single characters read from tables. Both must answer as the sets and maps do.
 */
import { describe, expect, it } from '@jest/globals';
import { PLACE_NAMES, PUBLIC_FIGURES } from '../../review/pii/lexicon.js';
import { COMMON_WORDS } from '../../review/pii/model/data.js';
import { givenScore, isCommonWord, nameScore } from '../../review/pii/model/index.js';

describe('isCommonWord behind the bit set of openings', () => {
  it('turns away no word of the lists', () => {
    const words = [...COMMON_WORDS.split(' '), ...PLACE_NAMES, ...PUBLIC_FIGURES];
    expect(words.length).toBeGreaterThan(10000);
    expect(words.filter((w) => !isCommonWord(w))).toEqual([]);
  });

  it('still answers no for a run that opens no word, and for the empty string', () => {
    for (const run of ['菅国柱', '朔永红', '恽秀兰', '的确']) expect({ run, word: isCommonWord(run) }).toEqual({ run, word: false });
    expect(isCommonWord('')).toBe(false);
  });
});

describe('givenScore and nameScore read from the code-unit tables', () => {
  it('grammar scores as never given, even where the name lists score the character (乃)', () => {
    expect(givenScore('的')).toBe(-20);
    expect(givenScore('乃')).toBe(-20);
  });

  it('a listed given character keeps its score; an unseen one and a longer string score as unseen', () => {
    expect(givenScore('伟')).toBe(6);
    expect(givenScore('欧阳')).toBe(-2);
    expect(givenScore('')).toBe(-2);
    expect(givenScore(String.fromCodePoint(0x20000))).toBe(-2);
  });

  it('a character that never ends a name (家) pulls a two-character name down; a given one (伟) does not', () => {
    expect(nameScore('王家', '王')).toBeLessThan(-10);
    expect(nameScore('王伟', '王')).toBeGreaterThan(5);
  });
});
