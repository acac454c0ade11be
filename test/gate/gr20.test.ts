/**
 * The twenty-third tuning's precision rules (issue 9, slices 22 and 23 studied): staff known by the shape of their
 * post (assigned counsel, a desk's assistant), things named after people or brands (a product after a brand, a
 * business after its owner, counted plants), an official's surname that is no kinship noun, and a preposition frame
 * after a glued name. Each on sentences of other kinds than the slices', with the private person beside them found.
 */
import { describe, expect, it } from '@jest/globals';
import { detectPii } from '../../review/pii/index.js';
import { addresses, names } from './piiFinds.js';

describe('counsel a legal-aid centre assigns acts for the centre; a firm\'s lawyer stays a person', () => {
  it('drops the assigned lawyer at every mention and keeps the applicant', () => {
    expect(names('受援人宁春生（男，56岁）到县法律援助中心求助，中心当天指派值班律师柏文静为其代写仲裁申请书。柏文静随后陪同他到仲裁院立案。')).toEqual(['宁春生']);
    expect(names('申请人邝桂兰向法援中心申请法律援助，中心审查后指派律师蔺家豪承办。蔺家豪调取了银行流水。')).toEqual(['邝桂兰']);
    expect(names('案件由承办律师韩雪梅跟进，韩雪梅多次到工地取证。')).toEqual([]);
    expect(names('县法律援助中心指派的律师黄文斌为其提供帮助，黄文斌多次走访。')).toEqual([]);
  });

  it('keeps a lawyer a firm employs, as the slices label one', () => {
    expect(names('中心指派湖北衡正律师事务所律师郑立群承办，郑立群律师调取了考勤记录。')).toEqual(['郑立群', '郑立群']);
  });
});

describe('a desk\'s assistant (协…员) is the body\'s staff, in prose and as a column', () => {
  it('drops the assistant and keeps the people of the rows', () => {
    expect(names('对认证有疑问的，请与村协理员覃海燕联系，覃海燕将上门服务。')).toEqual([]);
    const table = ['序号  姓名        所在组      协保员', '1     龚玉兰      一组        黎建平', '2     聂长生      三组        黎建平', '3     滕秋菊      五组        鲍春来'].join('\n');
    expect(names(table)).toEqual(['龚玉兰', '聂长生', '滕秋菊']);
  });
});

describe('the clerks of a form, by their duty (核查人, 录入员, 填表人), are the body\'s staff', () => {
  it('drops the clerks at the foot and under a column, and keeps the applicant', () => {
    expect(names('申请人：龚玉兰，住新桥村。\n核查人：黎建平　录入员：鲍春来　填表人：滕秋菊')).toEqual(['龚玉兰']);
    const table = ['序号  姓名        所在村      核查人', '1     龚玉兰      新桥村      黎建平', '2     聂长生      新桥村      黎建平', '3     滕秋菊      石门村      鲍春来'].join('\n');
    expect(names(table)).toEqual(['龚玉兰', '聂长生', '滕秋菊']);
  });

  it('keeps a household that fills its own form', () => {
    expect(names('申报人龚玉兰自行填表，村委会核实后上报。')).toEqual(['龚玉兰']);
  });
});

describe('things named after brands, owners and plants are not people', () => {
  it('reads a brand before a product as the product', () => {
    expect(names('他常帮五保户修康佳彩电，前些天又帮邻居修好了海信冰箱。')).toEqual([]);
    expect(names('邻居赵春生帮我修好了方太油烟机。')).toEqual(['赵春生']);
  });

  it('reads an owner\'s name before a business as the business', () => {
    expect(names('村民严国富说，严国富家庭农场今年流转土地200亩。')).toEqual(['严国富']);
    expect(names('扶持对象为章红旗养殖场和村民章红旗本人。')).toEqual(['章红旗']);
    expect(names('序号\t村组\t投保人\t面积\n1\t新桥村二组\t欧红梅\t6\n2\t新桥村河坝\t欧建明家庭牧场\t120')).toEqual(['欧红梅']);
  });

  it('reads an owner\'s name before goods and a shop\'s noun as the shop, and keeps the shopkeeper\'s clause', () => {
    expect(names('经营者为孟庆丰粮油店。')).toEqual([]);
    // The shop's name first, then the shopkeeper doing business: the second mention alone is the person.
    const text = '商户覃立新水果摊被取缔，商户覃立新经营水果摊多年。';
    expect(detectPii(text).filter((c) => c.type === 'person_name').map((c) => c.start)).toEqual([text.lastIndexOf('覃立新')]);
    expect(names('村民张秀英开饭馆多年。')).toEqual(['张秀英']);
  });

  it('reads a column of kinds or of things\' names as things', () => {
    const crops = ['序号\t户主\t品种\t数量', '1\t龚玉兰\t金秋梨\t20', '2\t聂长生\t红富士\t35', '3\t滕秋菊\t黄金梨\t12'].join('\n');
    expect(names(crops)).toEqual(['龚玉兰', '聂长生', '滕秋菊']);
    const accounts = ['序号\t户名\t账号', '1\t龚玉兰\t6217', '2\t聂长生\t6218'].join('\n');
    expect(names(accounts)).toEqual(['龚玉兰', '聂长生']);
  });

  it('reads a counted tree as a tree', () => {
    expect(names('户主柏文静，房屋一处，附属物：柏树80株、桂花树12棵。')).toEqual(['柏文静']);
  });
});

describe('a surname right after a title is the official\'s, no kinship noun', () => {
  it('drops the official\'s given name and keeps the villager', () => {
    expect(names('副镇长孙晓燕、村民代表郝春生参加评议。')).toEqual(['郝春生']);
    expect(names('所长孙海峰、辅警周文带领队员巡逻。')).toEqual([]);
  });
});

describe('a helper listed right after an official, with the noun of their part, serves with the official', () => {
  it('drops the helper at every mention and keeps the villagers beside them', () => {
    expect(names('副所长韦思远、调解员龙小燕到场调解，村民覃海燕表示满意。')).toEqual(['覃海燕']);
    expect(names('村主任潘立新、禁毒志愿者上官秋月与他结成帮扶对子。上官秋月说，他进步很大。')).toEqual([]);
  });

  it('keeps a party member or a villager listed after an official', () => {
    expect(names('村支书潘立新、老党员秦富贵带头捐款。')).toEqual(['秦富贵']);
    expect(names('镇长孙建国、村民江海涛、志愿者陶春燕参加了座谈。')).toEqual(['江海涛', '陶春燕']);
  });
});

describe('a verb of means or pretext after a glued name ends the name before it', () => {
  it('reads the two-character name before 以…为由', () => {
    expect(names('被处罚人韦宝以“不知情”为由拒绝签字。')).toEqual(['韦宝']);
    expect(names('经营者陆斌以“没有收到通知”为由拒不停业。')).toEqual(['陆斌']);
  });

  it('reads the two-character name before 利用, 作为, 声称', () => {
    expect(names('当事人刘建利用职务之便收受财物。')).toEqual(['刘建']);
    expect(names('被申请人高斌作为股东未出资。')).toEqual(['高斌']);
    expect(names('村民高斌声称不知情。')).toEqual(['高斌']);
  });

  it('keeps a three-character name whose last character opens another word', () => {
    expect(names('当事人张志明知道此事。')).toEqual(['张志明']);
    expect(names('当事人李明荣获得表彰。')).toEqual(['李明荣']);
    expect(names('当事人李国强调查时不在场。')).toEqual(['李国强']);
  });
});

describe('a building site is a household\'s home only when no body owns the record', () => {
  it('keeps an applicant\'s house site and drops a collective\'s or a project\'s', () => {
    expect(addresses('申请人龚玉兰，建房地点：新桥镇石门村三组18号（自家老宅）。')).toEqual(['新桥镇石门村三组18号']);
    expect(addresses('建设地点：新桥镇石门村三组18号（村集体仓库）')).toEqual([]);
    expect(addresses('拟建地点：新桥镇石门村3号（原村小学旧址）')).toEqual([]);
    expect(addresses('项目名称：村级光伏电站，建设地点：新桥镇石门村三组18号。')).toEqual([]);
  });
});
