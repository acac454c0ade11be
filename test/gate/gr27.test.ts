/**
 * The twenty-seventh tuning (issue 9, round 2, names recall): surnames of the 百家姓 and the census that open ordinary
 * words (经, 须, 光, 京, 习, 通 …), carried by a structure that says a person stands there, and refused where the
 * run is a word. Each rule on sentences of other document kinds than the slices' (synthetic people and places).
 */
import { describe, expect, it } from '@jest/globals';
import { names } from './piiFinds.js';

describe('a word-opening surname reads as one where a kin noun or a person noun stands before it', () => {
  it('reads it in an aid list, a household survey and a mediation record', () => {
    expect(names('受助对象其妻光秀兰在家务农。')).toEqual(['光秀兰']);
    expect(names('其丈夫京海涛在外地打工。')).toEqual(['京海涛']);
    expect(names('母亲习桂英在家照顾孙子。')).toEqual(['习桂英']);
    expect(names('儿子通文斌，男，12岁。')).toEqual(['通文斌']);
  });

  it('keeps reading it after a role label with a colon', () => {
    expect(names('当事人：经建华，男，1975年3月出生，住所地某县。')).toEqual(['经建华']);
    expect(names('申请人：须丽娟，女，汉族。')).toEqual(['须丽娟']);
  });

  it('leaves the words these surnames open', () => {
    expect(names('当事人：经过调查核实，违法事实清楚。')).toEqual([]);
    expect(names('申请人须知：请携带身份证。')).toEqual([]);
    expect(names('其妻光明正大地说明了情况。')).toEqual([]);
    expect(names('被申请人介绍了情况。')).toEqual([]);
    expect(names('其丈夫习惯在夜间外出。')).toEqual([]);
  });
});
