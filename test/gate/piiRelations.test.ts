/**
 * The fourth tuning of names and residences (issue 9, after held-out slice 3): people introduced by a noun
 * of relation or occupation, addresses in brackets after their label, a household's land, and the body's
 * 联系人 at the foot of its own letter. Each rule with the near variants real documents use and the decoys
 * it must leave alone.
 */
import { describe, expect, it } from '@jest/globals';
import { addresses, names } from './piiFinds.js';

describe('a noun of relation or occupation introduces a person, and the name model says how long the name is', () => {
  it('finds the name whatever word follows it', () => {
    expect(names('去年秋天路被压坏了，我和邻居汪花怡找过几次村委会。')).toEqual(['汪花怡']);
    expect(names('其中牧户图门哈斯因草场证书信息有误，补助暂缓发放。')).toEqual(['图门哈斯']);
    expect(names('你与哥哥景守兵之间对补偿款分配存在争议。')).toEqual(['景守兵']);
    expect(names('我和丈夫邵建林商量后决定搬迁。')).toEqual(['邵建林']);
    expect(names('其中农户谭秀兰未按期签订合同。')).toEqual(['谭秀兰']);
    expect(names('他的妻子柯丽萍找到村委会。')).toEqual(['柯丽萍']);
    expect(names('我的同事彭飞燕看到了全过程。')).toEqual(['彭飞燕']);
    expect(names('房东严淑琴不退押金。')).toEqual(['严淑琴']);
    expect(names('其妻汪花怡在外务工。')).toEqual(['汪花怡']);
    expect(names('聘用生态护林员汪花怡、景守兵。')).toEqual(['汪花怡', '景守兵']);
  });

  it('keeps the reading a telling word ends over one only the relation noun allows', () => {
    // 汤安|财 would do after 妻子 alone; 汤安财 is followed by 位于, which says more.
    expect(names('你与妻子汤安财位于平泉市破凉镇丰收村五组的房屋因修路受损。')).toEqual(['汤安财']);
  });

  it('leaves words glued to the noun, forms of address and masked names alone', () => {
    for (const t of [
      '邻居家的狗经常跑出来。', '哥哥们都在外地打工。', '召开村民代表大会审议。', '学生宿舍楼已经完工。', '居民楼道里堆满杂物。',
      '患者安全是医院的首要任务。', '村民李大爷说路坏了。', '妻子常年在外打工。', '儿童乐园已建成。', '工人文化宫正在维修。',
      '同事关系融洽。', '学生干部培训班开班。', '牧民定居点建设', '村民王某反映', '户主签字确认', '患者满意度调查', '男女儿童福利院',
      '学生安心学习。', '走访慰问高龄老人、空巢老人和留守儿童。',
    ]) expect({ t, names: names(t) }).toEqual({ t, names: [] });
  });
});

describe('the body\'s 联系人 at the foot of its own letter is staff acting in office', () => {
  const reply = (foot: string): string =>
    ['新城区人民政府办公室', '政府信息公开申请答复书', '汤雪春：', '    本机关于2020年5月28日收到你提出的政府信息公开申请。经审查，现答复如下：', '    你申请获取的信息属于本机关公开职责范围，现随本答复书向你提供。', foot].join('\n');

  it('is not reported, whatever the rest of the foot holds', () => {
    expect(names(reply('    联系人：庞轩航　联系电话：0471-7973510'))).toEqual(['汤雪春']);
    expect(names(reply('联系人：庞轩航\n联系电话：0471-7973510\n新城区人民政府办公室\n2020年6月3日'))).toEqual(['汤雪春']);
    expect(names(reply('联 系 人：庞轩航　联系电话：0471-7973510'))).toEqual(['汤雪春']);
  });

  it('is not reported in the sentence where the body invites questions', () => {
    expect(names('如有疑问，请与本机关联系，联系人：庞轩航，联系电话：0471-7973510。')).toEqual([]);
    expect(names('公示期间如有异议，请与镇民政办联系，联系人：庞轩航，电话：0471-7973510。')).toEqual([]);
  });

  it('is reported where a private person gives it: alone, at a letter\'s head, or in a citizen\'s letter above the reply', () => {
    expect(names('联系人：孙晓梅 13904781234')).toEqual(['孙晓梅']);
    const head = ['举报信', '联系人：孙晓梅　电话：13904781234', '我要反映本村修路占用耕地的问题，村委会一直没有答复，施工方还在继续施工，希望领导尽快派人调查处理。'].join('\n');
    expect(names(head)).toEqual(['孙晓梅']);
    const letter = ['来信内容：县长您好！村里的路坏了很久。', '联系人：孙晓梅', '答复内容：您反映的问题我镇已安排专人实地查看，拟于下月初组织施工修复，施工期间请沿线群众注意安全。'].join('\n');
    expect(names(letter)).toEqual(['孙晓梅']);
  });
});

describe('residences in brackets and a household\'s land', () => {
  it('reads an address in brackets or quotes after its label', () => {
    expect(addresses('按你在申请表中填写的通讯地址（寿县河套大街184号东城丽景12号楼1单元1004室），本答复书以挂号信寄出。')).toEqual(['寿县河套大街184号东城丽景12号楼1单元1004室']);
    expect(addresses('你提供的邮寄地址为：“潜山市文化路18号金桂苑3栋2单元501室”。')).toEqual(['潜山市文化路18号金桂苑3栋2单元501室']);
    expect(addresses('住址:(望江县马道乡胜利村三组)')).toEqual(['望江县马道乡胜利村三组']);
    expect(addresses('通信地址（锦州市市府路68号）')).toEqual([]);
  });

  it('locates a household by its land down to the village group, not a project by the land it takes', () => {
    expect(addresses('你家位于寿县白沙乡新民村三组的承包地3亩已依法征收。')).toEqual(['寿县白沙乡新民村三组']);
    expect(addresses('该户位于滦平县青龙乡朝阳村李庄组的责任田被占用。')).toEqual(['滦平县青龙乡朝阳村李庄组']);
    expect(addresses('其承包地位于乌拉特前旗巴彦乌拉苏木巴彦塔拉嘎查，面积200亩。')).toEqual(['乌拉特前旗巴彦乌拉苏木巴彦塔拉嘎查']);
    expect(addresses('该项目位于望江县马道乡胜利村的耕地已完成征收。')).toEqual([]);
    expect(addresses('当事人占用位于寿县白沙乡新民村的耕地建房。')).toEqual([]);
  });
});

describe('rules of the fifth tuning (held-out slice 4\'s misses)', () => {
  it('reads homes in a table column headed 家庭住址, in a list of people only', () => {
    const list = ['序号\t姓名\t家庭住址\t救助原因\t救助金额（元）', '1\t梁敏慧\t永丰镇友谊村七组\t因学\t8500', '2\t官峰\t永丰镇团结村二组\t因灾\t1500'].join('\n');
    expect(addresses(list)).toEqual(['永丰镇友谊村七组', '永丰镇团结村二组']);
    const firms = ['序号 | 企业名称 | 地址 | 处罚结果', '1 | 兴旺建材有限公司 | 平泉市建设路8号 | 罚款'].join('\n');
    expect(addresses(firms)).toEqual([]);
  });

  it('reads a place in brackets after a name or a family as its home', () => {
    expect(addresses('    邢辉生家庭（青龙乡红星村）\n    罗瑶玉（双河镇新民村村民）')).toEqual(['青龙乡红星村', '双河镇新民村']);
    expect(addresses('表彰王建华（县人民医院）')).toEqual([]);
  });

  it('reads 住所 as a home unless a company stands before it', () => {
    expect(addresses('当事人：余兵升（个体工商户）\n住所：平泉市新华镇光明村后营组')).toEqual(['平泉市新华镇光明村后营组']);
    expect(addresses('当事人：兴旺建材有限公司，住所：平泉市新华镇建设路8号')).toEqual([]);
  });

  it('completes a two-character reading to the name the document gives in full', () => {
    expect(names('反映你父亲廖升生的养老保险待遇问题。经核查，廖升生于2014年参保。')).toEqual(['廖升生', '廖升生']);
    expect(names('刘明珠和丈夫阮康联系村委会。阮康、刘明珠各获奖金。')).toEqual(['刘明珠', '阮康', '阮康', '刘明珠']);
  });

  it('knows residents\' representatives, staff of an enforcement team, document numbers and 农村人居', () => {
    expect(names('座谈会上，村民代表章丽华、牧民乌兰格根先后发言。')).toEqual(['章丽华', '乌兰格根']);
    expect(names('苏木综合行政执法队队员格日勒阿拉坦、莫娜在巡查中发现问题。')).toEqual([]);
    expect(names('金寨政任〔2021〕9号')).toEqual([]);
    expect(addresses('县长主持召开农村人居环境整治座谈会。')).toEqual([]);
  });
});
