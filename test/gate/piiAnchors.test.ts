/**
 * The sixth tuning of names and residences (issue 9, after held-out slice 5): a bare 地址 a person gave, a home
 * glued before the next name, officers and heads of public bodies acting in office, and a body's seat; after
 * held-out slice 7, the homes of a 房屋坐落 column or label and the 被侵害人 of a police decision. Each
 * rule with the near variants real documents use and the decoys it must leave alone.
 */
import { describe, expect, it } from '@jest/globals';
import { detectPii } from '../../review/pii/index.js';
import { addresses, names } from './piiFinds.js';

describe('a bare 地址 is a home when a person gave it', () => {
  it('reads the address a person left, gave or owns', () => {
    expect(addresses('本告知书邮寄至你在申请表中留下的地址：望江县胜利路12号阳光小区3号楼2单元501室。')).toEqual(['望江县胜利路12号阳光小区3号楼2单元501室']);
    expect(addresses('材料已寄往您提供的联系地址：寿县城关镇人民路8号。')).toEqual(['寿县城关镇人民路8号']);
    expect(addresses('请将补正材料寄到你留的地址，即平泉市柳树镇丰收村五组。')).toEqual([]);
    expect(addresses('经核实，申请人地址为潜山市双河镇友谊村七组。')).toEqual(['潜山市双河镇友谊村七组']);
    expect(addresses('你的地址：凉城县永丰镇富民村三组')).toEqual(['凉城县永丰镇富民村三组']);
  });

  it('leaves the body’s own 地址 alone', () => {
    for (const t of [
      '地址：宿松县人民路1号', '办公地址：临河区新华街2号', '其他地址：宿松县人民路1号', '本机关地址：寿县城关镇人民路8号',
      '本机关提供的地址：寿县城关镇人民路8号', '机构地址：玉溪市通海县秀山街道桑园社区晴岚路4号。',
    ]) expect({ t, addresses: addresses(t) }).toEqual({ t, addresses: [] });
  });
});

describe('a home glued before a name', () => {
  it('gives both the home and the person', () => {
    const t = '经民主评议，拟将五原县复兴镇永安村二组施升耀家庭纳入农村最低生活保障范围。';
    expect(addresses(t)).toEqual(['五原县复兴镇永安村二组']);
    expect(names(t)).toEqual(['施升耀']);
    const u = '我是桐城市双河镇幸福村三组柯丽萍，想反映一件事。';
    expect(addresses(u)).toEqual(['桐城市双河镇幸福村三组']);
    expect(names(u)).toEqual(['柯丽萍']);
    expect(addresses('赵福提原籍滦平县长安镇木厂村；')).toEqual(['滦平县长安镇木厂村']);
    const v = '反映人是复兴镇团结村的景守兵，多次来电。';
    expect(addresses(v)).toEqual(['复兴镇团结村']);
    expect(names(v)).toEqual(['景守兵']);
    // The verb that opens the clause is not part of the place.
    expect(addresses('现将临河区新华镇光明村村民邢辉生等3户的情况公示如下。')).toEqual(['临河区新华镇光明村']);
    expect(addresses('二人现居住在寿县城关镇建设路12号院3号楼。')).toEqual(['寿县城关镇建设路12号院3号楼']);
  });

  it('leaves bodies, working groups and places without a division alone', () => {
    for (const t of [
      '旗综合执法大队王建国带队检查。', '宿松县复兴镇幸福村卫生室王建国医生', '县工作组王建国带队入户。', '本村王大爷家的房屋', '先觉村张屋组',
      '各乡镇农村居民人均可支配收入', '一组林地被占用', '宿松县破凉镇先觉村的高度重视', '全县农村的高度重视',
    ]) expect({ t, found: detectPii(t).map((c) => t.slice(c.start, c.end)) }).toEqual({ t, found: [] });
  });
});

describe('officers and heads of public bodies act in office', () => {
  it('does not report an officer named as such', () => {
    for (const t of [
      '执勤民警：王建国（警号：123456）', '办案民警：刘志军、陈海涛', '执勤交警：刘志军', '值班民警刘志军接警后赶到现场。', '出警民警张海涛（警号：023456）',
      '被申请人：通海县自然资源局。法定代表人：张俊波，局长。', '法定代表人：胡志权，该区人民政府区长。', '华龙区孟轲乡宣传干事张洁。',
    ]) expect({ t, names: names(t) }).toEqual({ t, names: [] });
  });

  it('still reports the private people around them', () => {
    expect(names('被处罚人：王秀英　执勤民警：刘建军')).toEqual(['王秀英']);
    expect(names('社区民警王秀英走访了独居老人李秀兰。')).toEqual(['李秀兰']);
    expect(names('法定代表人：汪燕民，该公司董事长。')).toEqual(['汪燕民']);
    expect(names('我去问主治医生柏晨，他说是系统生成的。')).toEqual(['柏晨']);
  });

  it('reads a county heading a body’s name as a place, not a person', () => {
    expect(names('被申请人：霍邱县自然资源局。机构地址：霍邱县河套大街92号。')).toEqual([]);
    expect(names('当事人：金寨县某某商贸有限公司')).toEqual([]);
    expect(names('被申请人：霍邱县自然资源局。申请人：霍建华。')).toEqual(['霍建华']);
  });

  it('reads a public body’s 住所地 as its seat', () => {
    expect(addresses('再审申请人：陕州区人民政府，住所地河南省三门峡市陕州大道18号。')).toEqual([]);
    expect(addresses('被告：某县自然资源局，住所地某县人民路1号。')).toEqual([]);
    expect(addresses('委托诉讼代理人：张耿，男，汉族，住河南省陕县城区，系该区司法局工作人员。')).toEqual(['河南省陕县城区']);
  });
});

describe('homes where a house is located, and the injured party (eighth tuning, after held-out slice 7)', () => {
  it('reads a 房屋坐落 column of a list of people and the 房屋坐落 label', () => {
    const t = ['编号 | 被征收人 | 房屋坐落 | 建筑面积（㎡）', '001 | 邢辉生 | 临河区胜利路18号 | 90.5', '002 | 景守兵 | 临河区建设路7号 | 76.0'].join('\n');
    expect(addresses(t)).toEqual(['临河区胜利路18号', '临河区建设路7号']);
    expect(addresses('被征收人：柯丽萍，房屋坐落：望江县人民路12号。')).toEqual(['望江县人民路12号']);
  });

  it('leaves a list of bodies and a company’s building alone', () => {
    expect(addresses(['序号 | 单位名称 | 房屋坐落 | 面积', '1 | 县粮食局 | 宿松县人民路1号 | 300'].join('\n'))).toEqual([]);
    expect(addresses('宏达商贸有限公司房屋坐落：宿松县人民路12号')).toEqual([]);
  });

  it('reads the injured party after 被侵害人', () => {
    expect(names('有违法行为人的陈述、被侵害人汪花怡的陈述及视频资料等证据证实。')).toEqual(['汪花怡']);
  });
});

describe('a withheld city does not hide the door', () => {
  it('reports a street door under 某市某区, not a template placeholder', () => {
    expect(addresses('申请人王某，住址：某市某区幸福路12号3单元401室，联系电话见附件。')).toEqual(['某市某区幸福路12号3单元401室']);
    expect(addresses('住址：某某市某某区某某路')).toEqual([]);
    expect(addresses('住址：××市××区××街道')).toEqual([]);
    expect(addresses('住址：某县某镇某村三组')).toEqual([]);
  });
});
