import { describe, expect, it } from '@jest/globals';
import { detectPii, type PiiCandidate } from '../../review/pii/index.js';
import type { PiiType } from '../../review/types.js';
import { ID1, ID2, ID_X, withIdCheck, withLuhn, withoutLuhn, withWrongIdCheck } from './fixtures.js';

function found(text: string, type?: PiiType): string[] {
  return detectPii(text)
    .filter((c: PiiCandidate) => type === undefined || c.type === type)
    .map((c) => text.slice(c.start, c.end));
}

describe('id_card', () => {
  it('finds 18-digit IDs with a valid MOD 11-2 check, including X and x', () => {
    expect(found(`身份证号码：${ID1}。`, 'id_card')).toEqual([ID1]);
    expect(found(`公民身份号码${ID_X}，`, 'id_card')).toEqual([ID_X]);
    const lower = ID_X.slice(0, 17) + 'x';
    expect(found(`身份证号${lower}`, 'id_card')).toEqual([lower]);
    expect(found(`${ID2}`, 'id_card')).toEqual([ID2]);
  });

  it('rejects a wrong check digit, an unknown province, an impossible or future birth date', () => {
    expect(found(`身份证号码：${withWrongIdCheck('15080219900101123')}`)).toEqual([]);
    expect(found(`身份证号码：${withIdCheck('99080219900101123')}`)).toEqual([]);
    expect(found(`身份证号码：${withIdCheck('15080219900230123')}`)).toEqual([]);
    expect(found(`身份证号码：${withIdCheck('15080221990101123')}`)).toEqual([]);
  });

  it('finds 15-digit legacy numbers with a valid region and date', () => {
    expect(found('原身份证号150802650315123。', 'id_card')).toEqual(['150802650315123']);
    expect(found('原身份证号150802651315123。', 'id_card')).toEqual([]);
  });

  it('does not read credit codes or registration numbers as IDs', () => {
    expect(found('统一社会信用代码：91150802MA0N1234X5')).toEqual([]);
    // an all-digit code that also passes the ID check is still an organisation's code under its label
    expect(found(`统一社会信用代码：${ID1}`)).toEqual([]);
    expect(found('注册号：150802650315123')).toEqual([]);
  });

  it('does not cut an ID out of a longer run of digits or letters', () => {
    expect(found(`编号9${ID1}`, 'id_card')).toEqual([]);
    expect(found(`编号${ID1}7`, 'id_card')).toEqual([]);
    expect(found(`NO${ID1}`)).toEqual([]);
  });
});

describe('mobile', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['138-1234-5678', '138-1234-5678'],
    ['138 1234 5678', '138 1234 5678'],
    ['+86 13812345678', '+86 13812345678'],
    ['+86-138-1234-5678', '+86-138-1234-5678'],
    ['008613812345678', '008613812345678'],
    ['１３８１２３４５６７８', '１３８１２３４５６７８'],
  ])('finds %s', (input, expected) => {
    expect(found(`联系电话：${input}。`, 'mobile')).toEqual([expected]);
  });

  it('rejects numbers that only look like mobiles, and office lines', () => {
    expect(found('编号12812345678')).toEqual([]);
    expect(found('号码1381234567（缺一位）')).toEqual([]);
    expect(found('号码138123456789')).toEqual([]);
    expect(found('咨询电话：13812345678')).toEqual([]);
    expect(found('监督电话13912345678')).toEqual([]);
  });
});

describe('public numbers', () => {
  it('never flags hotlines, office phones, document numbers, postcodes, amounts or dates', () => {
    const text = [
      '政务服务便民热线12345，客服电话400-123-4567，4008001234。',
      '咨询电话：0471-1234567，办公电话：0478-8213456，传真：0478-8213457。',
      '巴政办字〔2018〕62号，邮政编码：015000。',
      '罚款人民币50000元，合计1,234,567.89元，日期20180101，2018-01-01。',
      '联系电话：0478-8521234（办公室）',
    ].join('\n');
    expect(detectPii(text)).toEqual([]);
  });
});

describe('landline', () => {
  it('is flagged only in personal contexts', () => {
    expect(found('家庭电话：0471-5551234', 'landline')).toEqual(['0471-5551234']);
    expect(found('住宅电话（0478）2345678，', 'landline')).toEqual(['（0478）2345678']);
    expect(found('宅电 8123456', 'landline')).toEqual(['8123456']);
    expect(found('申请人：王建国，联系电话：0471-5551234', 'landline')).toEqual(['0471-5551234']);
    expect(found('电话：0471-5551234')).toEqual([]);
    expect(found('0471-5551234')).toEqual([]);
    expect(found('申请人如对答复不服，可拨打咨询电话0471-5551234')).toEqual([]);
  });
});

describe('email', () => {
  it('finds personal mailboxes but not gov.cn ones', () => {
    expect(found('邮箱：zhang.san@163.com。', 'email')).toEqual(['zhang.san@163.com']);
    expect(found('邮箱：12345678@qq.com', 'email')).toEqual(['12345678@qq.com']);
    expect(found('邮箱：xxgk@bynr.gov.cn')).toEqual([]);
    expect(found('邮箱：zfb@nmg.gov.cn 或 ZWGK@BYNR.GOV.CN')).toEqual([]);
    expect(found('地址 a@b 与 @@@ 与 x@y.')).toEqual([]);
  });
});

describe('bank_card', () => {
  const c16 = withLuhn('622202123456789');
  const c19 = withLuhn('621700123456789012');
  it('finds Luhn-valid 16 to 19 digit numbers, spaced or not', () => {
    expect(found(`卡号：${c16}`, 'bank_card')).toEqual([c16]);
    const spaced = c19.match(/.{1,4}/g)!.join(' ');
    expect(found(`账号：${spaced}。`, 'bank_card')).toEqual([spaced]);
    const dashed = c16.match(/.{1,4}/g)!.join('-');
    expect(found(`账号：${dashed}`, 'bank_card')).toEqual([dashed]);
  });

  it('rejects non-Luhn numbers and reports a valid ID as id_card', () => {
    expect(found(`流水号：${withoutLuhn('622202123456789')}`)).toEqual([]);
    expect(detectPii(`号码${ID1}`).map((c) => c.type)).toEqual(['id_card']);
  });
});

describe('passport and plate', () => {
  it('finds passports', () => {
    expect(found('护照号码：E12345678，', 'passport')).toEqual(['E12345678']);
    expect(found('护照EA1234567', 'passport')).toEqual(['EA1234567']);
    expect(found('护照G12345678', 'passport')).toEqual(['G12345678']);
    expect(found('E1234567 与 EO1234567 与 XE12345678 与 E123456789')).toEqual([]);
  });

  it('finds plates, including new-energy plates', () => {
    expect(found('车牌蒙L12345，', 'plate')).toEqual(['蒙L12345']);
    expect(found('车牌蒙LD12345，', 'plate')).toEqual(['蒙LD12345']);
    expect(found('车牌蒙L12345D，', 'plate')).toEqual(['蒙L12345D']);
    expect(found('车牌蒙L·A5678号', 'plate')).toEqual(['蒙L·A5678']);
    expect(found('蒙A1234 与 蒙ABCDEF 与 蒙L123456')).toEqual([]);
  });
});

describe('person_name', () => {
  it('finds names after role labels', () => {
    expect(found('申请人：王建国，男', 'person_name')).toEqual(['王建国']);
    expect(found('当事人李芳，女，汉族', 'person_name')).toEqual(['李芳']);
    expect(found('举报人张红霞于2019年来信', 'person_name')).toEqual(['张红霞']);
    expect(found('患者韩鹏于2019年入院', 'person_name')).toEqual(['韩鹏']);
    expect(found('申请人姓名：欧阳娜娜', 'person_name')).toEqual(['欧阳娜娜']);
    expect(found('户主：诸葛明亮  家庭人口：3人', 'person_name')).toEqual(['诸葛明亮']);
    expect(found('申请人：王建国、李秀英', 'person_name')).toEqual(['王建国', '李秀英']);
  });

  it('finds Mongolian and transliterated names', () => {
    expect(found('申请人巴特尔于2019年申请', 'person_name')).toEqual(['巴特尔']);
    expect(found('当事人：乌云其木格，女', 'person_name')).toEqual(['乌云其木格']);
    expect(found('留言人：买买提·艾力', 'person_name')).toEqual(['买买提·艾力']);
  });

  it('finds a salutation line and later mentions of the same person', () => {
    const text = '王建国：\n    您于2018年1月2日提出的申请收悉。经查，王建国反映的问题属实。';
    expect(found(text, 'person_name')).toEqual(['王建国', '王建国']);
    expect(found('尊敬的张丽华女士：\n您好', 'person_name')).toEqual(['张丽华']);
  });

  it('leaves alone masked names, organisations, prose after a role, and labels', () => {
    expect(found('申请人王某、当事人张××、投诉人：匿名')).toEqual([]);
    expect(found('当事人应当在十五日内缴纳罚款。申请人向本机关提出申请。当事人陈述申辩。')).toEqual([]);
    expect(found('被申请人：巴彦淖尔市临河区人民政府')).toEqual([]);
    expect(found('联系人：王科长')).toEqual([]);
    expect(found('李先生：\n您好')).toEqual([]);
    expect(found('附件：\n1. 申请表')).toEqual([]);
    expect(found('全体同志、党员同志们')).toEqual([]);
  });
});

describe('address', () => {
  it('runs from the label to a sensible end', () => {
    expect(found('住址：内蒙古自治区巴彦淖尔市临河区新华街12号院3号楼2单元501室，电话', 'address')).toEqual([
      '内蒙古自治区巴彦淖尔市临河区新华街12号院3号楼2单元501室',
    ]);
    expect(found('男，汉族，住五原县隆兴昌镇民主村五组12号。', 'address')).toEqual(['五原县隆兴昌镇民主村五组12号']);
    expect(found('家庭住址：临河区金地小区5栋1202室申请人', 'address')).toEqual(['临河区金地小区5栋1202室']);
    expect(found('通讯地址：临河区胜利路8号13812345678', 'address')).toEqual(['临河区胜利路8号']);
  });

  it('ignores words that only contain 住, and offices', () => {
    expect(found('患者现住院治疗。住房保障，住建局。办公地址：临河区新华街1号。经营地址：临河区胜利路2号')).toEqual([]);
  });
});

describe('adversarial input finishes with a clear result', () => {
  const MB = 1 << 20;
  it('a megabyte of digits is one run of no valid length', () => {
    expect(detectPii('1'.repeat(MB))).toEqual([]);
    expect(detectPii('1 '.repeat(MB / 2))).toEqual([]);
    expect(detectPii('1-'.repeat(MB / 2))).toEqual([]);
  });

  it('a megabyte of 机, of ★, of @, of letters', () => {
    expect(detectPii('机'.repeat(MB))).toEqual([]);
    expect(detectPii('★'.repeat(MB))).toEqual([]);
    expect(detectPii('a@'.repeat(MB / 2))).toEqual([]);
    expect(detectPii('a'.repeat(MB) + '@')).toEqual([]);
    expect(detectPii('E'.repeat(MB))).toEqual([]);
    expect(detectPii('蒙A'.repeat(MB / 2))).toEqual([]);
  });

  it('a megabyte of labels with nothing after them', () => {
    expect(detectPii('申请人'.repeat(MB / 3))).toEqual([]);
    expect(detectPii('住址：'.repeat(MB / 3))).toEqual([]);
    expect(detectPii('家庭电话'.repeat(MB / 4))).toEqual([]);
    const lines = Math.floor(MB / 5);
    expect(detectPii('王建国：\n'.repeat(lines)).length).toBe(lines);
  });

  it('10 MB of ordinary text with personal data sprinkled in finds each item once', () => {
    const filler = '根据《中华人民共和国政府信息公开条例》规定，现将有关情况公告如下。咨询电话：0478-8213456。\n';
    const item = `申请人：王建国，身份证号码：${ID1}，联系电话：13812345678。\n`;
    const parts: string[] = [];
    let size = 0;
    let items = 0;
    while (size < 10 * MB) {
      parts.push(filler.repeat(200));
      parts.push(item);
      size += filler.length * 200 + item.length;
      items++;
    }
    const found = detectPii(parts.join(''));
    const count = (t: PiiType): number => found.filter((c) => c.type === t).length;
    expect(count('id_card')).toBe(items);
    expect(count('mobile')).toBe(items);
    expect(count('person_name')).toBe(items);
    expect(found.length).toBe(3 * items);
  });
});

describe('names without a role label (the character model)', () => {
  const names = (text: string): string[] => detectPii(text).filter((c) => c.type === 'person_name').map((c) => text.slice(c.start, c.end));
  const types = (text: string): string[] => detectPii(text).map((c) => `${c.type}:${text.slice(c.start, c.end)}`);

  it('finds names in running text, lists, brackets, line starts and tables', () => {
    expect(names('经查，对乔树梅未经批准占用耕地的行为立案调查。')).toEqual(['乔树梅']);
    expect(names('信件内容：我叫刘虎民，家里的承包地被占。')).toEqual(['刘虎民']);
    expect(names('授予徐杨、钱子昂、欧阳晴（女）“优秀村医”称号')).toEqual(['徐杨', '钱子昂', '欧阳晴']);
    expect(names('蒋文斌，男，汉族，1976年3月出生，现任副镇长')).toEqual(['蒋文斌']);
    expect(names('序号\t姓名\t性别\n1\t胡海林\t男\t红星村\t2100')).toEqual(['胡海林']);
    expect(names('当事人丁健华时任村委会主任')).toEqual(['丁健华']);
  });

  it('finds transliterated, dotted and traditional-script names and later mentions of a masked one', () => {
    expect(names('乌云达来是海拉苏嘎查牧民，与巴图巴亚尔共同经营草场。')).toEqual(['乌云达来', '巴图巴亚尔']);
    expect(names('授予艾力·吐尔逊（维吾尔族）荣誉称号')).toEqual(['艾力·吐尔逊']);
    expect(names('當事人陳建斌於2021年駕駛車輛')).toEqual(['陳建斌']);
    expect(names('当事人：乔**\n经查，乔树梅于2020年擅自建房。')).toEqual(['乔树梅']);
    expect(types('驾驶陜A35821号车辆')).toEqual(['plate:陜A35821']);
  });

  it('reads residences in prose', () => {
    expect(types('我是宿松县破凉镇先觉村张屋组村民，想反映道路问题。')).toEqual(['address:宿松县破凉镇先觉村张屋组']);
    expect(types('他是乌拉特前旗海拉苏镇塔拉嘎查的牧民。')).toEqual(['address:乌拉特前旗海拉苏镇塔拉嘎查']);
    expect(types('乌云达来是海拉苏嘎查牧民')).toEqual(['person_name:乌云达来', 'address:海拉苏嘎查']);
    expect(types('好公婆——清丰县阳邵镇陈庄村村民董贵田和台前县侯庙镇黄堌堆村村民姜春梅')).toEqual([
      'address:清丰县阳邵镇陈庄村', 'person_name:董贵田', 'address:台前县侯庙镇黄堌堆村', 'person_name:姜春梅',
    ]);
  });

  it('leaves words that look like names, places, officials in office and the office contact block alone', () => {
    expect(types('各单位要高度重视，于是立即张贴通知，安排资金万元，马上到王府井调研。')).toEqual([]);
    expect(types('巴彦都日格嘎查与巴彦花社区、乌兰敖都嘎查相邻。')).toEqual([]);
    expect(types('副市长沙向东带领有关部门调研。（记者 陈璐）')).toEqual([]);
    expect(types('执法人员王建设、李海军（执法证号：15020011、15020012）到现场检查。')).toEqual([]);
    expect(types('联系我们\n通信地址：锦州市市府路68号\n电子邮箱：zfxxgk@163.com')).toEqual([]);
    expect(types('联系我们\n办公时间：工作日9:00-17:00\n联系人：韩立新\n邮箱：shenqing2020@126.com')).toEqual([]);
    expect(types('信息公开邮箱见网站，来信请寄 xxgk_ls@163.com')).toEqual([]);
    expect(types('申请人：龙秀英，联系人：龙秀英，邮箱：lxy1988@163.com')).toEqual(['person_name:龙秀英', 'person_name:龙秀英', 'email:lxy1988@163.com']);
    expect(types('同向行驶的车辆，对于高度重视的事项')).toEqual([]);
  });
});
