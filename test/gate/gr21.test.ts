/**
 * Recall after held-out slices 24 and 25 (issue 9): Dai names as a class in tables and lists. Each rule on document
 * kinds of its own (synthetic people and places), with the decoys it must leave alone.
 */
import { describe, expect, it } from '@jest/globals';
import { names } from './piiFinds.js';

describe('Dai names (a prefix of sex and standing, then Dai syllables) stand where a structure says a person does', () => {
  it('reads them in a person column of a subsidy list (tabs), with place-like and low-scoring syllables', () => {
    const text = [
      '2026年度橡胶种植补贴发放名单',
      '序号\t姓名\t性别\t所在村寨\t补贴面积（亩）',
      '1\t岩庄\t男\t曼掌村\t12',
      '2\t玉叫\t女\t曼掌村\t8',
      '3\t周建华\t男\t曼龙村\t10',
      '4\t岩胆\t男\t曼龙村\t6',
    ].join('\n');
    expect(names(text)).toEqual(['岩庄', '玉叫', '周建华', '岩胆']);
  });

  it('reads them in an aligned table with no heading that names people, and leaves words (岩石, 玉米) alone', () => {
    const text = [
      '序号  学员        培训工种      结业成绩',
      '1     依坎        茶叶加工      优秀',
      '2     岩叫        茶叶加工      合格',
      '3     赵丽萍      电子商务      合格',
      '4     艾温        农机维修      合格',
    ].join('\n');
    expect(names(text)).toEqual(['依坎', '岩叫', '赵丽萍', '艾温']);
    const goods = ['序号  品名        数量      单价', '1     岩石        3吨       200', '2     玉米        5吨       2400', '3     依法        1批       0'].join('\n');
    expect(names(goods)).toEqual([]);
  });
});

describe('a person column reads names the word list holds and northern compound surnames', () => {
  it('reads a full name that the dictionary lists as a word (王晓东) among its neighbours', () => {
    const text = ['摊位号 | 经营者姓名 | 经营品类', 'A01 | 刘春燕 | 蔬菜', 'A02 | 王晓东 | 水产', 'A03 | 陈桂芳 | 干货'].join('\n');
    expect(names(text)).toEqual(['刘春燕', '王晓东', '陈桂芳']);
  });

  it('reads compound surnames of northern peoples (完颜, 贺兰, 纳兰) in a table and after a label, not the mountain or county', () => {
    const text = ['序号  姓名        性别  年龄', '1     完颜秀梅    女    71', '2     纳兰志强    男    66', '3     赵桂香      女    80', '4     贺兰玉珍    女    75'].join('\n');
    expect(names(text)).toEqual(['完颜秀梅', '纳兰志强', '赵桂香', '贺兰玉珍']);
    expect(names('申请人：完颜立新，男，1968年生。')).toEqual(['完颜立新']);
    expect(names('贺兰山东麓的酿酒葡萄基地位于贺兰县境内。')).toEqual([]);
  });
});

describe('prose: neighbours and growers before a name, 另有/还有 before one, a procedure or a habit after one', () => {
  it('reads a name after a neighbour word (对门, 同栋, 隔壁) or a grower word (老农, 果农), not after 部门 or 一栋', () => {
    expect(names('业主反映，楼下对门闫建伟家的空调外机噪音很大。')).toEqual(['闫建伟']);
    expect(names('同栋钱玉珍也在意见书上签了字。')).toEqual(['钱玉珍']);
    expect(names('隔壁卢德明每天早上帮忙照看。')).toEqual(['卢德明']);
    expect(names('果农吴德胜介绍，今年的脐橙收成不错。')).toEqual(['吴德胜']);
    expect(names('老农蒋根生（家住河湾村）说起往事。')).toEqual(['蒋根生']);
    expect(names('该部门大楼一栋三层已完工。')).toEqual([]);
  });

  it('reads a name after 另有/还有 before a procedure (经本人申请, 经审核), not a place or a thing', () => {
    expect(names('其中5户已签约，另有邵春明经本人申请退出安置。')).toEqual(['邵春明']);
    expect(names('还有鲁永强经审核不符合条件，不予补助。')).toEqual(['鲁永强']);
    expect(names('另有张家港经验值得推广。')).toEqual([]);
  });

  it('ends a name before a habit\'s time (逢集, 每天, 平时) rather than swallowing its first character', () => {
    expect(names('他的老伴庞淑逢集必到镇上卖菜。')).toEqual(['庞淑']);
    expect(names('其妻刘淑芬每天清晨到菜地浇水。')).toEqual(['刘淑芬']);
  });
});

describe('a numbered list under headings numbered another way is read on its own', () => {
  it('reads an unlisted surname in a list of bios whose section headings are numbered 一、二、', () => {
    const text = [
      '关于2026年第一批医师执业注册变更的公告',
      '一、首次注册（3人）',
      '1. 弭海燕，女，执业地点：东岭县人民医院',
      '2. 刘志强，男，执业地点：东岭县中医院',
      '3. 陈桂英，女，执业地点：东岭县妇幼保健院',
      '二、注销注册（1人）',
      '3. 执业地点变更，详见附件。',
    ].join('\n');
    expect(names(text)).toEqual(['弭海燕', '刘志强', '陈桂英']);
  });
});

describe('Dai names after a role label', () => {
  it('reads a Dai name after a label in an application, a relief record and a contact line, not a crop', () => {
    expect(names('申请人：岩庄，男，傣族，1972年生，住曼掌村。')).toEqual(['岩庄']);
    expect(names('户主：依坎，女，享受农村低保。')).toEqual(['依坎']);
    expect(names('品种：玉米，数量：3吨。')).toEqual([]);
  });
});
