/**
 * detectPii runs a detector only when the text holds a character it needs (a digit, @, a plate's
 * province, a colon for a salutation); these texts carry only the rarest form of each such character, so a
 * class table that missed one would silently drop the finding.
 */
import { describe, expect, it } from '@jest/globals';
import { detectPii } from '../../review/pii/index.js';

function found(text: string): string[] {
  return detectPii(text).map((c) => `${c.type}:${text.slice(c.start, c.end)}${c.role ? `@${c.role}` : ''}`);
}

describe('detectors skipped by character class still see their rare triggers', () => {
  it('a plate whose province is written in traditional script (滬 folds to 沪)', () => {
    expect(found('驾驶滬A35821号车辆')).toEqual(['plate:滬A35821']);
  });

  it('a mobile number in Mongolian digits only', () => {
    expect(found('联系电话：᠑᠓᠘᠑᠒᠓᠔᠕᠖᠗᠘')).toEqual(['mobile:᠑᠓᠘᠑᠒᠓᠔᠕᠖᠗᠘']);
  });

  it('a salutation closed by an ASCII colon', () => {
    expect(found('王建国:\n您好')).toEqual(['person_name:王建国']);
  });

  it('the longest role label ending in the same two characters (复议申请人, 失信被执行人)', () => {
    expect(found('复议申请人：王建国，失信被执行人：李秀英。')).toEqual(['person_name:王建国@复议申请人', 'person_name:李秀英@失信被执行人']);
  });

  it('an email in a text with no digit', () => {
    expect(found('申请人乔树梅（邮箱 qiao.shumei@example.com）')).toEqual(['person_name:乔树梅@申请人', 'email:qiao.shumei@example.com']);
  });
});
