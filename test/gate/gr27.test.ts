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

describe('a verb of giving one\'s name makes 姓名 a field without a colon', () => {
  it('reads the name a found person or a caller gives, a transcription note after it', () => {
    expect(names('救助站接收一名老人，自称姓名司徒明（音），无法说清住址。')).toEqual(['司徒明']);
    expect(names('经询问，该女子自报姓名欧阳秀兰，称来自外省。')).toEqual(['欧阳秀兰']);
  });

  it('leaves 姓名 in prose', () => {
    expect(names('该男子自称姓名不详。')).toEqual([]);
    expect(names('本人自述姓名、住址均无法核实。')).toEqual([]);
    expect(names('依法保护公民的姓名权。')).toEqual([]);
  });
});

describe('the owner of a bank card, an identity card or a wallet is a person', () => {
  it('reads the owner in a lost-and-found notice, a police report and a penalty decision', () => {
    expect(names('民警在路边捡到王芳的身份证一张，已联系本人领回。')).toEqual(['王芳']);
    expect(names('保洁员在候车室拾得钱包一个，内有谭志远的银行卡和现金。')).toEqual(['谭志远']);
    expect(names('当事人冒用司马长风的社保卡领取待遇，违反规定。')).toEqual(['司马长风']);
  });

  it('leaves pronouns, nouns of people and things before the effect', () => {
    expect(names('请妥善保管自己的银行卡。')).toEqual([]);
    expect(names('不得出借本人的身份证。')).toEqual([]);
    expect(names('保管好老人的存折。')).toEqual([]);
    expect(names('拾到一个红色的钱包。')).toEqual([]);
  });
});

describe('who takes a post or a task over after 由 is a person', () => {
  it('reads the successor in a staffing notice, a project plan and minutes', () => {
    expect(names('原联络员调离岗位，由韩晓东接替，继续联系各农户。')).toEqual(['韩晓东']);
    expect(names('该项目改由张丽娟负责，工期不变。')).toEqual(['张丽娟']);
    expect(names('协调会由欧阳明远主持。')).toEqual(['欧阳明远']);
  });

  it('leaves bodies, posts and 由于 before the verb', () => {
    expect(names('由于负责人不在，暂缓办理。')).toEqual([]);
    expect(names('由县农业局负责，由村委会负责，由专人负责。')).toEqual([]);
    expect(names('由常务副县长负责，由乡长担任组长。')).toEqual([]);
    expect(names('由高新区负责，由施工方负责。')).toEqual([]);
  });
});

describe('a clause of the trade someone plies, ending in 的, describes a person', () => {
  it('reads the trader in a market report and a street survey', () => {
    expect(names('村口开小卖部的王建华说，生意还行。')).toEqual(['王建华']);
    expect(names('在街上摆水果摊的陈秀英告诉记者，摊位费免了。')).toEqual(['陈秀英']);
  });

  it('leaves clauses whose verb opens a word, and goods sold', () => {
    expect(names('新开展的李家村项目已验收。')).toEqual([]);
    expect(names('街上卖的周黑鸭很好吃。')).toEqual([]);
  });
});

describe('a Uyghur given name in -江 run together with the father\'s name is one name', () => {
  it('reads the whole run in a news caption and a pastoral report', () => {
    expect(names('牧民艾力江买买提说，草场好了。')).toEqual(['艾力江买买提']);
    expect(names('图为村民阿力木江库尔班在棉田里劳作。')).toEqual(['阿力木江库尔班']);
  });

  it('leaves a part before a river or a province alone', () => {
    expect(names('乌兰江边的草场。')).toEqual([]);
  });
});

describe('a household named by its head before a bracket (X户（…村…组）) reads a word-opening surname', () => {
  it('reads the head in a monitoring report and an aid list', () => {
    expect(names('收入稳定超过标准；袭翠兰户（石桥村三组）医疗费用已报销；')).toEqual(['袭翠兰']);
    expect(names('拟退出名单：\n经秀英户（柳湾村二组），人均纯收入达标。')).toEqual(['经秀英']);
  });

  it('leaves a class of household and a word before 户', () => {
    expect(names('；光明户（石桥村）已还清。')).toEqual([]);
    expect(names('；养殖户（石桥村）已还清。')).toEqual([]);
    expect(names('纳入监测户（2户），边缘户（3户）。')).toEqual([]);
  });
});
