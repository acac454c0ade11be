/**
 * Every later mention of a recognised person is found (names.ts propagate), also when the name opens with a unit
 * the trigger walk does not list (a surname no table holds: 菅国柱): propagate then searches for that unit's places,
 * or, past a few such units, reads the whole text.
 */
import { describe, expect, it } from '@jest/globals';
import '../../review/pii/index.js';
import { isListed, NAME_START_AT } from '../../review/pii/present.js';
import { names } from './piiFinds.js';

/** A person noun before each first mention; only a comma before each later one, which introduces no one. */
function report(people: readonly string[]): string {
  return `${people.map((n) => `农民工${n}反映，工资被拖欠。`).join('')}经调查，${people.map((n) => `${n}所述属实`).join('，')}。`;
}

describe('later mentions of names opening with an unlisted unit', () => {
  const unlisted = ['菅国柱', '恽秀兰', '朔永红', '笃振华', '冮秀兰', '姒秀兰'];

  it('the surnames here are listed nowhere (else this would test the listed path)', () => {
    expect(unlisted.filter((n) => isListed(n.charCodeAt(0), NAME_START_AT))).toEqual([]);
  });

  it('finds each later mention, beside a listed surname, with a few such units', () => {
    const people = ['菅国柱', '王建国', '恽秀兰'];
    expect(names(report(people))).toEqual([...people, ...people]);
  });

  it('finds each later mention with more such units than are searched for one by one', () => {
    expect(names(report(unlisted))).toEqual([...unlisted, ...unlisted]);
  });

  it('finds a mention at the very start and the very end of the text', () => {
    expect(names('菅国柱所述属实。农民工菅国柱反映，工资被拖欠，经调查情况属实，已补发菅国柱')).toEqual(['菅国柱', '菅国柱', '菅国柱']);
  });
});
