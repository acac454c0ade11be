/**
 * The ninth tuning of names and residences (issue 9, after held-out slice 8 and a third round of reading): a
 * third party of a disclosure reply, hiring verbs, a verb of sending between 地址 and its colon, members and
 * passers-by named by what they are, a byline's list of reporters, one-part Tibetan names with a nationality,
 * and where a dotted name ends. Each rule with near variants and the decoys it must leave alone.
 */
import { describe, expect, it } from '@jest/globals';
import { addresses, names } from './piiFinds.js';
import { isPost, postStartingAt } from '../../review/pii/offices.js';
import { detectPii } from '../../review/pii/index.js';

describe('a third party of a disclosure reply', () => {
  it('is a person wherever the reply names them afterwards', () => {
    const t = '因该信息涉及第三方柴秋燕的个人信息，本机关书面征求其意见，柴秋燕明确不同意公开。';
    expect(names(t)).toEqual(['柴秋燕', '柴秋燕']);
    expect(names('涉及第三方冼国栋、匡玉兰的个人隐私。')).toEqual(['冼国栋', '匡玉兰']);
  });

  it('is no one when a body or an ordinary word follows 第三方', () => {
    for (const t of ['本机关委托第三方机构开展评估。', '征求第三方意见后作出答复。', '第三方评估报告已公开。', '第三方合法权益受到损害的，不予公开。'])
      expect({ t, names: names(t) }).toEqual({ t, names: [] });
  });
});

describe('people hired, and members named by what they are', () => {
  it('reads the names after 聘用 and after a member noun', () => {
    expect(names('经村民代表会议评议，聘用庞海东、栾秀云为村保洁员。')).toEqual(['庞海东', '栾秀云']);
    expect(names('慰问组看望了老党员邝明启、退休教师詹玉珍。')).toEqual(['邝明启', '詹玉珍']);
    expect(names('乘客阙立新突发疾病，司机巩德胜立即将车开往医院。')).toEqual(['阙立新', '巩德胜']);
  });

  it('leaves the nouns with their ordinary words alone', () => {
    for (const t of ['全体党员干部参加学习。', '党员大会选举产生新一届支部委员会。', '司机师傅请系好安全带。', '游客中心于五月开放。', '妇女儿童权益保障工作。', '聘用人员实行合同管理。'])
      expect({ t, names: names(t) }).toEqual({ t, names: [] });
  });
});

describe('a verb of sending between 地址 and its colon', () => {
  it('gives the address the person wrote', () => {
    expect(addresses('本答复书按你信函中注明的地址邮寄：东河区白沙乡胜利村一组。')).toEqual(['东河区白沙乡胜利村一组']);
    expect(addresses('告知书已按你申请表填写的地址寄送：临河区团结路8号3单元502室')).toEqual(['临河区团结路8号3单元502室']);
  });

  it('not the body’s own', () => {
    expect(addresses('地址邮寄：宿松县人民路1号')).toEqual([]);
    expect(addresses('本机关地址邮寄：宿松县人民路1号')).toEqual([]);
  });
});

describe('a byline or a list of officials after a title', () => {
  it('holds staff only, however many names follow the title', () => {
    expect(names('（通讯员 康明 刘小虎）')).toEqual([]);
    expect(names('（记者 詹晓东 通讯员 邝文 柴明远）')).toEqual([]);
    expect(names('局长冼国栋、副局长匡玉明出席会议。')).toEqual([]);
  });

  it('but a person named by another noun in the enumeration stays', () => {
    expect(names('副县长冼国栋、村民匡玉明一同察看了灾情。')).toEqual(['匡玉明']);
    expect(names('慰问组看望了困难户 邝明启 詹玉珍')).toEqual(['邝明启', '詹玉珍']);
  });
});

describe('names without a Han surname', () => {
  it('a single Tibetan part with a nationality in brackets', () => {
    expect(names('优秀共产党员拟推荐对象：向秋拉姆（女，藏族）；伦珠（藏族）。')).toEqual(['向秋拉姆', '伦珠']);
  });

  it('a dotted name ends where its parts or a telling word end', () => {
    expect(names('巴特尔、其其格、阿依古丽·买买提三人被评为优秀护林员。')).toEqual(['巴特尔', '其其格', '阿依古丽·买买提']);
    expect(names('护林员艾热提·马木提被评为先进个人。')).toEqual(['艾热提·马木提']);
  });
});

describe('a table column headed by a person', () => {
  it('gives every cell under the heading, however weakly it reads as a name', () => {
    const t = ['序号\t被征收人\t房屋坐落\t面积（平方米）', '1\t南金财\t城关镇新华街12号\t96.5', '2\t柴玉梅\t城关镇新华街14号\t88.0', '3\t合计\t\t184.5'].join('\n');
    expect(names(t)).toEqual(['南金财', '柴玉梅']);
    const u = ['户主姓名 | 家庭人口 | 保障金额', '丛书文 | 3 | 860', '乔** | 2 | 600', '巴图巴亚尔 | 4 | 1200'].join('\n');
    expect(names(u)).toEqual(['丛书文', '巴图巴亚尔']);
  });

  it('leaves companies, masked names and lines that are no table head alone', () => {
    expect(names(['当事人\t违法事实\t处罚结果', '宿松县宏达建材厂\t无证经营\t罚款5000元'].join('\n'))).toEqual([]);
    expect(names(['序号 姓名 性别 金额', '1 王** 女 1500', '2 李某某 男 900'].join('\n'))).toEqual([]);
    // Three cells but no other heading: a label and its value, read as such.
    expect(names('申请人 柴玉梅 女')).toEqual(['柴玉梅']);
  });
});

describe('enumerations whose other members are names', () => {
  it('the head of a 、 list glued to the verb before it', () => {
    expect(names('经评议，确定邓平柏、曹欣为公益岗位人员。')).toEqual(['邓平柏', '曹欣']);
    // A trigger before a two-character name is not swallowed into a three-character reading.
    expect(names('此事经王芳、李秀英二人签字确认。')).toEqual(['王芳', '李秀英']);
  });

  it('the weaker members of a list set apart by spaces', () => {
    expect(names('成员：李丽 邝孝智 龚海燕 丛书文')).toEqual(['李丽', '邝孝智', '龚海燕', '丛书文']);
  });

  it('not places, offices or words listed the same way', () => {
    for (const t of ['参加单位：岳阳 常德 衡阳 邵阳', '会议地点：城关镇 河口镇 双河镇', '出席：局长 副局长 主任 副主任', '品种：黄豆 高粱 玉米 谷子', '健全制度、完善机制、强化监督。', '各乡镇、各部门、各单位要高度重视。'])
      expect({ t, names: names(t) }).toEqual({ t, names: [] });
  });
});

describe('prose structures of the third reading', () => {
  it('rare surnames, 其中X, X同学 and X老人, and what a body does to a person', () => {
    expect(names('本机关于2023年6月8日对仉立新作出行政处罚决定。')).toEqual(['仉立新']);
    expect(names('群众笪红英来电反映，楼下餐馆油烟扰民。')).toEqual(['笪红英']);
    expect(names('此次共救助困难群众23户，其中邰立春老人因病住院。')).toEqual(['邰立春']);
    expect(names('全校师生为患病的沈佳怡同学捐款。')).toEqual(['沈佳怡']);
    expect(names('据群众反映，晏立新长期占用村集体土地种植。')).toEqual(['晏立新']);
  });

  it('the members of a 、 list after a colon, whole, even when a word opens one', () => {
    expect(names('特此通报表扬：冶金龙、宓国平、仉红梅。')).toEqual(['冶金龙', '宓国平', '仉红梅']);
  });

  it('but not the ordinary words those structures also hold', () => {
    for (const t of ['高年级同学参加了升旗仪式。', '百岁老人享受高龄津贴。', '其中高度重视的是安全生产。', '表扬：王芳、财务科、城关镇。', '对违法行为作出处罚。'])
      expect({ t, names: names(t).filter((n) => n !== '王芳') }).toEqual({ t, names: [] });
  });
});

describe('a list aligned for print', () => {
  it('reads a two-character name padded with one space as the name it is', () => {
    expect(names('拟表彰人员名单\n王　芳　卢建国　刘　强　许秀英　孙红梅')).toEqual(['王　芳', '卢建国', '刘　强', '许秀英', '孙红梅']);
  });

  it('but not a padded word or a list with no name in it', () => {
    expect(names('项目：绿　化　亮化　美化')).toEqual([]);
    expect(names('学科：语　文　数学　英语')).toEqual([]);
  });
});

describe('after held-out slice 9', () => {
  it('given characters the dictionary under-rates (业, 花, 然) end names', () => {
    expect(names('经营者谭光辉外出，其妻曾金花在店内看管。')).toEqual(['谭光辉', '曾金花']);
    expect(names('纠纷一方是呼和陶勒盖嘎查的牧民阎建业。')).toEqual(['阎建业']);
    expect(names('林业站、安然度过汛期。')).toEqual([]);
  });

  it('the rows of a list with no heading each open with a name, padded or not', () => {
    const t = ['“最美巾帼奋斗者”名单（4名）', '曹桂香　县人民医院妇产科　主任', '和　萍　县供电公司营销部　班长', '钱　萍　县融媒体中心　记者', '林雨涵　石门乡敬老院　院长'].join('\n');
    expect(names(t)).toEqual(['曹桂香', '和　萍', '钱　萍', '林雨涵']);
  });

  it('a court’s officers, a spaced 负责人 and a reply’s posting clerk act in office', () => {
    expect(names('审判长　皇甫明\n审判员　邝文华\n书记员　柴晓雨')).toEqual([]);
    expect(names('負 責 人　米鑫，大隊長。')).toEqual([]);
    const letter = '付树林　2025-4-27\n    付树林您好！您反映的情况已转镇政府办理。\n柳河镇人民政府　2025/07/07\n孟广田　2025-7-18 09:44';
    expect(names(letter)).toEqual(['付树林', '付树林']);
  });

  it('an address the publisher cut with a mask is no one’s door', () => {
    expect(addresses('被告　清水河县公安局交通警察大队，住所地清水河县○○路00号。')).toEqual([]);
    expect(addresses('原告白继红，住清水河县○○路00号。')).toEqual([]);
  });
});

describe('decoys of the tenth tuning', () => {
  it('temples, a title in brackets after a name, village cadres assigned to a village', () => {
    for (const t of ['景点：白马寺 龙门石窟 关林庙 少林寺', '组　长：王建国（县长）\n副组长：李　强（副县长）', '包村干部：第一组 刘志强 王海军'])
      expect({ t, names: names(t) }).toEqual({ t, names: [] });
    // A sex or a nationality in brackets is no title.
    expect(names('获奖者：王建国（男） 李秀英（女，蒙古族）')).toEqual(['王建国', '李秀英']);
  });
});

describe('news and discipline verbs', () => {
  it('给予X, X告诉记者, 在X家中, 据X回忆, X伙同他人', () => {
    expect(names('经研究，决定给予柴立新党内警告处分，给予冼国平政务记过处分。')).toEqual(['柴立新', '冼国平']);
    expect(names('“现在日子越过越好了。”邝秀英告诉记者。')).toEqual(['邝秀英']);
    expect(names('在郜玉兰家中，工作人员仔细查看了房屋安全情况。')).toEqual(['郜玉兰']);
    expect(names('据匡德胜回忆，事发当晚他正在地里浇水。')).toEqual(['匡德胜']);
    expect(names('经查，臧立军伙同他人在河道内非法采砂。')).toEqual(['臧立军']);
  });

  it('but 在 and 给予 before anything else introduce no one', () => {
    for (const t of ['在高速公路上行驶。', '在金山区设立服务站。', '给予高度重视。', '给予金额补助。', '在王府井步行街开展宣传。'])
      expect({ t, names: names(t) }).toEqual({ t, names: [] });
  });
});

describe('Mongolian names with syllables the part list lacks', () => {
  it('after a relation noun or a trigger, a run of transliteration syllables holding a known part', () => {
    for (const n of ['恩克巴雅尔', '苏德毕力格', '其木德道尔吉', '包乌力吉']) expect(names(`牧民${n}反映，草场被占。`)).toEqual([n]);
    expect(names('纠纷双方是牧民包图雅和牧民阎建业。')).toEqual(['包图雅', '阎建业']);
  });

  it('not places made of the same syllables', () => {
    for (const t of ['经苏木党委研究，同意乌兰察布市的申请。', '对巴彦淖尔市农牧局作出通报。', '由呼和浩特市负责。', '与阿拉善盟签订协议。'])
      expect({ t, names: names(t) }).toEqual({ t, names: [] });
  });
});

describe('lists anchored on any name the document gives', () => {
  it('a first mention found only by a later one anchors its list, whose last member runs into a count', () => {
    const t = '工作队到郜祖平、胡绵羊两农户家走访。郜祖平的妻子因病丧失劳动能力。';
    expect(names(t)).toEqual(['郜祖平', '胡绵羊', '郜祖平']);
  });

  it('a count after an ordinary word makes no name of it', () => {
    expect(names('推进城乡、金融两大改革。')).toEqual([]);
  });
});

describe('residences of held-out slice 10', () => {
  it('a party who has left, in a court notice (原住…)', () => {
    expect(addresses('邝德明（男，1979年生，原住凉城县岱岳镇杨柳村河湾组）：')).toEqual(['凉城县岱岳镇杨柳村河湾组']);
    expect(addresses('被告栾秀云，女，原住滦平县红石镇兴隆村3号。')).toEqual(['滦平县红石镇兴隆村3号']);
  });

  it('but not 原住民 nor 居住 inside a word', () => {
    for (const t of ['原住民族的传统文化得到保护。', '本村原住居民外迁较多。', '还原住房原貌，县城居住环境改善。'])
      expect({ t, addresses: addresses(t) }).toEqual({ t, addresses: [] });
  });

  it('a 村组 column of a list of people gives the village and its group', () => {
    const t = ['序号 | 村组 | 姓名 | 补贴（元）', '1 | 杨柳村三社 | 匡玉明 | 90', '2 | 前进村东营组 | 詹玉珍 | 90', '3 | 前进村 | 宫德胜 | 90'].join('\n');
    expect(addresses(t)).toEqual(['杨柳村三社', '前进村东营组']);
    const tabbed = ['序号\t所在村组\t户主\t金额', '1\t兴隆村二组\t冼国栋\t300'].join('\n');
    expect(addresses(tabbed)).toEqual(['兴隆村二组']);
  });

  it('not a bare group, a 所在嘎查 column, nor a 村组 column of a list of projects', () => {
    const position = ['序号　户主　批准面积　位置', '1　匡玉明　120　一社', '2　詹玉珍　130　西营子组'].join('\n');
    expect(addresses(position)).toEqual([]);
    const herders = ['序号　当事人　所在嘎查　罚款', '1　巴图巴雅尔　呼和陶勒盖嘎查　9960'].join('\n');
    expect(addresses(herders)).toEqual([]);
    const projects = ['序号 | 村组 | 项目名称 | 投资（万元）', '1 | 杨柳村三社 | 道路硬化 | 12'].join('\n');
    expect(addresses(projects)).toEqual([]);
  });

  it('a flat named as property in a request is someone’s home', () => {
    expect(addresses('你申请公开“望江县和顺路怡景小区3号楼2单元602室的房屋买卖合同备案信息”。')).toEqual(['望江县和顺路怡景小区3号楼2单元602室']);
    expect(addresses('申请查询宿松县育才街12号5栋301室的不动产登记信息。')).toEqual(['宿松县育才街12号5栋301室']);
  });

  it('but not an office room, a flat without a place, nor a body’s seat', () => {
    for (const t of [
      '申请公开县政务服务中心3号楼2单元301室的房屋使用情况。',
      '申请公开3号楼2单元301室的房屋信息。',
      '本机关地址：望江县长青路8号，联系电话：0556-7201234。',
      '某小区5号楼1单元101室的房屋已拆除。',
    ])
      expect({ t, addresses: addresses(t) }).toEqual({ t, addresses: [] });
  });
});

describe('names of held-out slice 10', () => {
  it('满囤, a hired shepherd, 莎仁 for 萨仁, and the editors of a news page', () => {
    expect(names('我父亲詹满囤有高血压，每月都去镇上拿药。')).toEqual(['詹满囤']);
    expect(names('羊群由其雇用的羊倌匡立新看管。')).toEqual(['匡立新']);
    expect(names('牧民莎仁图雅说：草场缓过来了。')).toEqual(['莎仁图雅']);
    expect(names('（责编：冼国栋、匡玉兰）')).toEqual([]);
    expect(names('（責編：冼國棟）')).toEqual([]);
  });

  it('but not the words those characters also make', () => {
    for (const t of ['严禁商户囤积居奇，哄抬物价。', '羊倌们每天清晨把羊赶上山。', '羊倌工资由牧户承担。', '责编意见已转作者。'])
      expect({ t, names: names(t) }).toEqual({ t, names: [] });
  });
});

describe('homes of held-out slice 11 (the twelfth tuning)', () => {
  it('every address column of a list of people, under any heading that asks for a name', () => {
    const t = ['序号\t被执行人姓名\t性别\t住址\t未履行金额（元）', '1\t屈满仓\t男\t临河区狼山乡丰收村二组12号\t32000', '2\t晏丽华\t女\t临河区胜利路8号院3号楼1单元201\t18000'].join('\n');
    expect(addresses(t)).toEqual(['临河区狼山乡丰收村二组12号', '临河区胜利路8号院3号楼1单元201']);
    const u = ['序号 | 被征收人 | 房屋坐落 | 户籍地址 | 补偿金额（元）', '1 | 蒲来福 | 解放路12号院3排4号 | 同上 | 210000', '2 | 闵秀英 | 解放路9号院1排2号 | 五原县隆兴昌镇新丰村三组8号 | 180000'].join('\n');
    expect(addresses(u)).toEqual(['解放路12号院3排4号', '解放路9号院1排2号', '五原县隆兴昌镇新丰村三组8号']);
  });

  it('but not the address column of a list of bodies, nor 同上', () => {
    const t = ['序号\t单位名称\t地址\t负责人', '1\t临河区供水公司\t临河区胜利路8号\t主任', '2\t临河区热力公司\t临河区新华街12号\t经理'].join('\n');
    expect(addresses(t)).toEqual([]);
    expect(addresses(['序号 | 被征收人 | 户籍地址 | 金额', '1 | 蒲来福 | 同上 | 2100'].join('\n'))).toEqual([]);
  });

  it('现居住, 经营者住所 and a dwelling after a residence verb', () => {
    expect(addresses('户籍所在地：五原县新公中镇联丰嘎查；现居住：五原县隆兴昌镇阳光小区2号楼1单元301室。')).toEqual(['五原县新公中镇联丰嘎查', '五原县隆兴昌镇阳光小区2号楼1单元301室']);
    expect(addresses('统一社会信用代码：92150821MA0N4J8X7Q\n经营者住所：五原县胜丰镇新红村四社12号\n经营场所：五原县利民街99号')).toEqual(['五原县胜丰镇新红村四社12号']);
    expect(addresses('市民来电反映，其居住的和平路12号院3号楼2单元402，楼上住户装修破坏承重墙。')).toEqual(['和平路12号院3号楼2单元402']);
  });

  it('but not a shop’s 经营场所, a company’s 住所, nor 居住的 without a place', () => {
    expect(addresses('经营场所：五原县利民街99号')).toEqual([]);
    expect(addresses('当事人：五原县丰源商贸有限公司，统一社会信用代码：91150821MA0N4J8X7Q，住所：五原县利民街99号')).toEqual([]);
    expect(addresses('其居住的房屋已经鉴定为危房。')).toEqual([]);
  });
});

describe('officers of held-out slice 11 (the twelfth tuning)', () => {
  it('an arbitration tribunal’s officers and a 苏木达 act in office', () => {
    expect(names('仲裁员：蔺秀芝　书记员：覃立军')).toEqual([]);
    expect(names('首席仲裁员　蔺秀芝')).toEqual([]);
    expect(names('    苏木达：覃立军　　嘎查党支部书记：蔺秀芝（协助送达）')).toEqual([]);
  });

  it('but the parties before the tribunal are people', () => {
    expect(names('申请人：蔺秀芝，女，1990年3月出生。')).toEqual(['蔺秀芝']);
    expect(names('苏木兰：您好！')).toEqual(['苏木兰']);
  });
});

describe('a body’s contact under its notice (the twelfth tuning)', () => {
  it('is staff when placed in an office or reached on a desk line', () => {
    expect(names('上述被执行人履行义务的，可申请删除失信信息。联系人：覃立军，电话：0478-5512288。')).toEqual([]);
    expect(names('    公示期7天。联系人：蔺秀芝（新华镇人民政府规划建设办），电话：0478-6475696')).toEqual([]);
  });

  it('but a person’s own contact, with a mobile or a relation in brackets, is reported', () => {
    expect(names('联系人：覃立军，电话：13904781234。')).toEqual(['覃立军']);
    expect(names('联系人：蔺秀芝（申请人之女）')).toEqual(['蔺秀芝']);
  });
});

describe('an estate’s residents as a group (the twelfth tuning)', () => {
  it('家住 an estate alone before 的住户 locates no one', () => {
    expect(addresses('四、家住翠苑小区的住户反映，早晚用水高峰时段时常停水。')).toEqual([]);
    expect(addresses('家住金桂花园的业主多次来电。')).toEqual([]);
  });

  it('but a door, a division or a resident’s name after it still does', () => {
    expect(addresses('家住学府路12号院3号楼2单元的居民覃立军说')).toEqual(['学府路12号院3号楼2单元']);
    expect(addresses('家住临河区翠苑小区的住户反映')).toEqual(['临河区翠苑小区']);
    expect(addresses('市民覃立军家住翠苑小区5号楼，')).toEqual(['翠苑小区5号楼']);
  });
});

describe('names in a column headed by a person (the twelfth tuning)', () => {
  const table = (cells: string[]): string => ['序号　户主姓名　家庭住址　补助资金（元）', ...cells.map((c, k) => `${k + 1}　${c}　西岔村一组${k + 4}号　12000`)].join('\n');

  it('a cell with a common surname is a name though prose distrusts a given character (万)', () => {
    expect(names(table(['谢万山', '康少波', '袁万山']))).toEqual(['谢万山', '康少波', '袁万山']);
  });

  it('but not a total, a masked name, nor a body in the same column', () => {
    expect(names(table(['康少波', '合计', '王某某', '村委会']))).toEqual(['康少波']);
  });
});

describe('a name before a nationality clause after a role label (the twelfth tuning)', () => {
  it('is a name whatever its syllables', () => {
    expect(names('当事人：通拉嘎，蒙古族，1978年11月2日出生。')).toEqual(['通拉嘎']);
    expect(names('申请人：其其格玛，蒙古族，住五原县。')).toEqual(['其其格玛']);
  });

  it('but not a place, a body or a word before a nationality', () => {
    for (const t of ['当事人：呼和乌苏嘎查，蒙古族聚居。', '申请人：五原县民委，蒙古族事务。', '负责人：苏木达，蒙古族。'])
      expect({ t, names: names(t) }).toEqual({ t, names: [] });
  });
});

describe('given names that open with 和 and compound surnames (the thirteenth tuning)', () => {
  it('reads 和 as the first of two given characters', () => {
    expect(names('同班工友滕和平立即停机，将其送往医院。')).toEqual(['滕和平']);
    expect(names('蔺和顺，男，汉族，1971年3月出生。')).toEqual(['蔺和顺']);
  });

  it('but never as the last, nor in a word that opens with a surname', () => {
    for (const t of ['工友滕和同事一起下班。', '构建和谐社区，维护和平稳定。', '邻居家和睦相处。'])
      expect({ t, names: names(t) }).toEqual({ t, names: [] });
  });

  it('reads a compound surname with one given character, and stops before a verb after it', () => {
    expect(names('孩子的父亲欧阳峰赶到后，二人一同送医。')).toEqual(['欧阳峰']);
    expect(names('村民司徒亮家的厨房起火，“谢谢大家。”司徒亮说。')).toEqual(['司徒亮', '司徒亮']);
  });
});

describe('the holder of a property and his kin (the thirteenth tuning)', () => {
  it('在X名下 and X之父Y give both people', () => {
    expect(names('该房屋原登记在温向前之父温胜利名下。')).toEqual(['温向前', '温胜利']);
    expect(names('该宗地登记在瞿秀英名下。')).toEqual(['瞿秀英']);
  });

  it('but not a body or a place holding it', () => {
    for (const t of ['该房屋登记在房管局名下。', '该地块登记在村集体名下。', '三国之父子情深。'])
      expect({ t, names: names(t) }).toEqual({ t, names: [] });
  });
});

describe('a company’s workers, and people arriving or elected (the thirteenth tuning)', () => {
  it('安全员X, X当选为, X带着 introduce a person', () => {
    expect(names('该公司安全员柯子墨未按规定开展班前巡查。')).toEqual(['柯子墨']);
    expect(names('隔壁的邻居冼丽华带着几名妇女帮着清理。')).toEqual(['冼丽华']);
  });

  it('but the nouns with their ordinary words stay no one', () => {
    for (const t of ['安全员培训考核合格。', '电工作业须持证上岗。', '安全员岗位职责见附件。', '当选代表名单附后。'])
      expect({ t, names: names(t) }).toEqual({ t, names: [] });
  });
});

describe('a flat after a verb of location, and a firm’s address (the thirteenth tuning)', () => {
  it('the flat starts after 坐落于/位于, never at the applicant before it', () => {
    expect(addresses('申请人褚婉清申请将坐落于宜川县育才路锦绣花园5号楼4单元1401室的房屋登记面积更正。')).toEqual(['宜川县育才路锦绣花园5号楼4单元1401室']);
    expect(names('申请人褚婉清申请将坐落于宜川县育才路锦绣花园5号楼4单元1401室的房屋登记面积更正。')).toEqual(['褚婉清']);
    expect(addresses('其位于宜川县永红路明珠小区10号楼2单元902室的不动产权证书遗失。')).toEqual(['宜川县永红路明珠小区10号楼2单元902室']);
  });

  it('a law firm named after its lawyer title names no one', () => {
    expect(names('地址：太仆寺旗和顺路11号国贸中心12层（明正律师事务所）。')).toEqual([]);
    expect(names('农燕律师：\n    本机关收到你受符向前委托提出的申请。')).toEqual(['农燕']);
  });

  it('an address on an office floor or with a firm in brackets is no home', () => {
    expect(addresses('本答复书寄送至你在申请表中填写的地址：郑州市金水区文化路62号国贸中心6层（某某律师事务所）。')).toEqual([]);
    expect(addresses('寄送至你在申请表中填写的地址：洛阳市西工区中州路18号（洛阳明远商贸有限公司）。')).toEqual([]);
    expect(addresses('寄送至你在申请表中填写的地址：洛阳市西工区中州路18号3单元402室。')).toEqual(['洛阳市西工区中州路18号3单元402室']);
  });
});

describe('a contact who sits in a body’s building (the thirteenth tuning)', () => {
  it('is staff', () => {
    expect(names('迁坟补偿标准另行公布。联系人：岑海波，地址：镇安县秀山路80号交通运输局2楼。')).toEqual([]);
  });

  it('but a contact at a home address is a person', () => {
    expect(names('迁坟补偿标准另行公布。联系人：岑海波，地址：镇安县永乐镇石桥村三组12号。')).toEqual(['岑海波']);
  });
});

describe('the head of a list of names whose given name is a word (the thirteenth tuning)', () => {
  it('is read as the members after it are, and found again later', () => {
    expect(names('经差额选举，喻小龙当选为主任，屈石头、靳洁、阮金宝当选为委员。得票：屈石头631票。')).toEqual(['喻小龙', '屈石头', '靳洁', '阮金宝', '屈石头']);
    expect(names('表彰名单：全胜利、冼国栋、匡玉兰。')).toEqual(['全胜利', '冼国栋', '匡玉兰']);
  });

  it('but not a word, a place or a list of bodies heading it', () => {
    for (const t of ['会议要求，石头、靳洁、阮金宝到场。', '会议要求，高新区、靳洁、阮金宝到场。', '会议要求，教育、卫生、民政等部门配合。', '，石材厂、教育局、民政局配合。'])
      expect({ t, names: names(t).filter((n) => !['靳洁', '阮金宝'].includes(n)) }).toEqual({ t, names: [] });
  });
});

describe('a person described by what they do, or by their village, before 的 (the thirteenth tuning)', () => {
  it('在外打工的X, 外出放牧的X, …李家村的X introduce a person', () => {
    expect(names('在外打工的滕金宝通过微信群发起捐款。')).toEqual(['滕金宝']);
    expect(names('同日还劝返了外出放牧的温满仓。')).toEqual(['温满仓']);
    expect(names('隔壁李家村的冼丽华带着几名妇女帮着清理。')).toEqual(['冼丽华']);
  });

  it('but not what such a clause says of things, nor a bare 本村/全村', () => {
    for (const t of ['在外打工的人员通过微信群联系。', '外出放牧的牛羊须圈养。', '带动全村的高标准农田建设。', '李家村的金银花种植基地。', '李家村的冯家湾组。', '本村的王姓村民。'])
      expect({ t, names: names(t) }).toEqual({ t, names: [] });
  });
});

describe('a village’s residents acting together (the thirteenth tuning)', () => {
  it('locate no one', () => {
    expect(addresses('一家有难众人帮——新庄镇周营村村民接力帮扶火灾户')).toEqual([]);
    expect(addresses('当晚，永丰镇友谊村村民纷纷赶来帮忙。')).toEqual([]);
  });

  it('but one resident, or a resident introduced by 是, still has a home', () => {
    expect(addresses('当晚，永丰镇友谊村村民卢金山赶来帮忙。')).toEqual(['永丰镇友谊村']);
    expect(addresses('我是宿松县破凉镇先觉村张屋组村民，')).toEqual(['宿松县破凉镇先觉村张屋组']);
  });
});

describe('given names that are ordinary words (the fourteenth tuning)', () => {
  it('after a kinship noun, in a person column and in a list of members', () => {
    expect(names('其子邝胜利、其女邝婉清多次到医院反映。')).toEqual(['邝胜利', '邝婉清']);
    expect(names('孩子从小听爷爷阙援朝讲过去的故事。')).toEqual(['阙援朝']);
    expect(names('增补委员名单：冀石头、蔺秀芝（女）、栾松')).toEqual(['冀石头', '蔺秀芝', '栾松']);
    expect(names(['序号 | 学生姓名 | 监护人', '1 | 庞欣悦 | 庞幸福', '2 | 阙子轩 | 阙满仓'].join('\n'))).toEqual(['庞欣悦', '庞幸福', '阙子轩', '阙满仓']);
  });

  it('and reduplicated given names after a relation noun', () => {
    expect(names('村民冼甜甜在合作社做工三年。')).toEqual(['冼甜甜']);
  });

  it('but the words themselves, and the words after a surname-like character in prose, stay words', () => {
    for (const t of ['祝愿世界和平，人民幸福。', '今年全县粮食喜获丰收。', '孩子们在院里搬石头。', '村民群众盼望平安。', '继续向前进，建设美丽乡村。', '常常有人来访。'])
      expect({ t, names: names(t) }).toEqual({ t, names: [] });
  });
});

describe('a sick child, a bearer of a craft and an apprentice (the fourteenth tuning)', () => {
  it('introduce a person', () => {
    expect(names('患儿蔺平安（9岁）输液后出现皮疹。')).toEqual(['蔺平安']);
    expect(names('代表性传承人冼一帆正在窑前查看火候，他的徒弟冼学文已成长为省级传承人。')).toEqual(['冼一帆', '冼学文']);
    expect(names('买受人庞奕辰（男，1987年生）以最高应价竞得。')).toEqual(['庞奕辰']);
  });

  it('but not the nouns before ordinary words', () => {
    for (const t of ['患儿家属情绪稳定。', '传承人名录已公布。', '徒弟们正在拉坯。', '买受人须在十日内付清价款。'])
      expect({ t, names: names(t) }).toEqual({ t, names: [] });
  });
});

describe('the four bounds of a plot (the fourteenth tuning)', () => {
  it('a neighbour’s family land names the neighbour', () => {
    const t = '四至：东至冼振华家承包地，西至村道，南至庞诗琪家林地，北至阙秋实家承包地。阙秋实无异议。';
    expect(names(t)).toEqual(['冼振华', '庞诗琪', '阙秋实', '阙秋实']);
  });

  it('but a road, a named field or a slope is no one, nor is the direction before it', () => {
    for (const t of ['四至：东至村集体林地，西至王家沟，南至詹家梁，北至乡道。', '地块名称：葛家坟，面积5.8亩；北至庞家洼。', '东至明家湾，西至高家庄。'])
      expect({ t, names: names(t) }).toEqual({ t, names: [] });
  });

  it('and the 承包方地址 is the household’s home', () => {
    expect(addresses('承包方代表（户主）：冼光明，承包方地址：上河村五组14号。')).toEqual(['上河村五组14号']);
    expect(addresses('发包方：上河村民委员会，发包方地址：上河村村委会。')).toEqual([]);
  });
});

describe('a court’s officers spaced out at the foot of a ruling (the fourteenth tuning)', () => {
  it('are staff in either script', () => {
    expect(names('裁定如下：终结本次执行程序。\n审　判　长　冼国强\n审　判　员　庞玉凤\n书　记　员　阙胜利')).toEqual([]);
    expect(names('裁定如下：終結本次執行程序。\n審　判　長　冼國強\n書　記　員　阙勝利')).toEqual([]);
  });

  it('but spaced role labels of parties still name them', () => {
    expect(names('申 请 人　冼国强\n被 申 请 人　阙胜利')).toEqual(['冼国强', '阙胜利']);
  });
});

describe('brands named after people, and one person acting for another (the fourteenth tuning)', () => {
  it('an enumeration ending in 等 and a noun of things names no one', () => {
    for (const t of ['合作社的产品与王老吉、张小泉等老字号一同参展。', '与冼记、阙老五等知名品牌合作。'])
      expect({ t, names: names(t) }).toEqual({ t, names: [] });
  });

  it('but an enumeration of people before 等 still names them', () => {
    expect(names('村民冼国强、阙秀英等人反映')).toEqual(['冼国强', '阙秀英']);
  });

  it('a dotted name ends before 代为', () => {
    expect(names('叶尔兰·努尔兰的妻子加娜尔·别克代为签字领取。')).toEqual(['叶尔兰·努尔兰', '加娜尔·别克']);
  });
});

describe('a household’s move named in prose (the fourteenth tuning)', () => {
  it('names the mover before 已 though a county follows (已 is no syllable of a place)', () => {
    expect(names('其中，冼淑军已迁至霍邱县长岭镇民主村牧民定居点146号居住。')).toEqual(['冼淑军']);
    expect(names('其中，巴彦都日格嘎查已完成登记。')).toEqual([]);
  });

  it('the place between 迁至/搬到 and 居住 is a home', () => {
    expect(addresses('该户已迁至和静县巴音布鲁克镇查汗努尔村牧民定居点130号居住。')).toEqual(['和静县巴音布鲁克镇查汗努尔村牧民定居点130号']);
    expect(addresses('该户已搬到五原县城关镇向阳小区5号楼居住。')).toEqual(['五原县城关镇向阳小区5号楼']);
  });

  it('but not a body’s move, nor a settlement read as its residents', () => {
    for (const t of ['本局已迁至临河区新华街12号办公。', '巴音布鲁克镇查汗努尔村牧民定居点建成。', '项目搬迁至临河区工业园区。'])
      expect({ t, addresses: addresses(t) }).toEqual({ t, addresses: [] });
  });
});

describe('a party named after the body’s contact lines (the fourteenth tuning)', () => {
  it('takes the block back: the home in brackets after the party is theirs', () => {
    const t = '咨询电话：0934-8657814（联系人：冼丹丹）。本院地址：苍溪县怀仁路26号。\n附：买受人阙奕辰（男，1987年生，住苍溪县碧玉镇龙王庙村五组15号）以最高应价竞得。';
    expect(addresses(t)).toEqual(['苍溪县碧玉镇龙王庙村五组15号']);
  });

  it('but the body’s own address after its contact line stays unreported', () => {
    expect(addresses('咨询电话：0934-8657814。本院地址：苍溪县怀仁路26号。')).toEqual([]);
  });
});

describe('a visit to a door in a village (the fourteenth tuning)', () => {
  it('goes to a household’s home', () => {
    expect(addresses('一行来到阜南县王家坝镇庞家河村五组32号，将喜报送到家属手中。')).toEqual(['阜南县王家坝镇庞家河村五组32号']);
  });

  it('but not to a village office, a street door or a village alone', () => {
    for (const t of ['一行来到阜南县王家坝镇庞家河村村委会，召开座谈会。', '检查组前往临河区新华街12号开展检查。', '记者走进柳树湾村，看到新修的水渠。'])
      expect({ t, addresses: addresses(t) }).toEqual({ t, addresses: [] });
  });
});

describe('a person’s record line with a village and its group (the fifteenth tuning)', () => {
  it('the village and group after the sex clause are the household’s place, the name found or not', () => {
    expect(addresses('4. 鄂先锋，男，1950年生，骆家圩村北头组\n5. 燕满堂，男，1955年生，新合村南场组')).toEqual(['骆家圩村北头组', '新合村南场组']);
    expect(addresses('2. 芮芙蓉，女，汉族，1948年出生，瓦房村七队，烈士遗属')).toEqual(['瓦房村七队']);
    expect(addresses('申请人戚立春（男，1962年生，七里井村十组）提出申请。')).toEqual(['七里井村十组']);
  });

  it('but not an origin, a bare village, a village office or a labelled place read twice', () => {
    for (const t of ['嫌疑人（男，40岁，泗县人）已被抓获。', '1. 谈向荣，男，1950年生，谈庄村', '2. 宫彩虹，女，1961年生，谈庄村村委会', '3. 桑新春，男，1958年生，东岗村村民小组长'])
      expect({ t, addresses: addresses(t) }).toEqual({ t, addresses: [] });
    expect(addresses('邰德才（男，1983年生，原住东岗村七组）：')).toEqual(['东岗村七组']);
  });
});

describe('slice 14’s names and the body’s desks (the fifteenth tuning)', () => {
  it('a 复查请求人, an accomplice and a father with a wish name are people', () => {
    expect(names('复查请求人：戚立春，男，1958年生，汉族。')).toEqual(['戚立春']);
    expect(names('同案人邰德才已于案发次日被抓获。')).toEqual(['邰德才']);
    expect(names('其中一名未成年人的父亲阙得水次日到本局反映情况。')).toEqual(['阙得水']);
  });

  it('but the desk in brackets after a hotline and the mediators who sign the agreement act in office', () => {
    expect(names('公示期5个工作日。监督电话：0552-6213852（镇民政办　颜琦）')).toEqual([]);
    expect(names('人民调解员（签名）：富春雷　刁秋月')).toEqual([]);
    // A mediator who brings two herders together still names the herders.
    expect(names('调解员伍达到现场，组织牧民乌兰格日勒与塔娜格日勒进行调解。')).toEqual(['乌兰格日勒', '塔娜格日勒']);
  });
});

describe('home columns of every layout (the seventeenth tuning)', () => {
  it('reads a 村组门牌, 门牌号, 最后住址 or 住所地 column in tables split by spaces, tabs or bars', () => {
    const spaced = ['序号  姓名      残疾类别  村组门牌              补贴类别', '1     邝秋生    肢体      柏树湾村五组12号      生活补贴', '2     隗小燕    视力      柏树湾村茶山组3号     护理补贴'].join('\n');
    expect(addresses(spaced)).toEqual(['柏树湾村五组12号', '柏树湾村茶山组3号']);
    const tabbed = ['姓名\t性别\t门牌号\t金额', '邝秋生\t男\t枫林村二组8号\t600', '隗小燕\t女\t枫林村四组21号\t600'].join('\n');
    expect(addresses(tabbed)).toEqual(['枫林村二组8号', '枫林村四组21号']);
    const barred = ['序号 | 被送达人 | 最后住址 | 文书', '1 | 邝秋生 | 湄江县柏树镇枫林村二组8号 | 认定书', '2 | 隗小燕 | 湄江县南门路水厂宿舍2栋1单元302室 | 认定书'].join('\n');
    expect(addresses(barred)).toEqual(['湄江县柏树镇枫林村二组8号', '湄江县南门路水厂宿舍2栋1单元302室']);
    // A heading with a note in brackets, and rows whose last cells are left empty.
    const noted = ['序号 | 姓名 | 住址（门牌号） | 备注', '1 | 邝秋生 | 枫林村二组8号 | ', '2 | 隗小燕 | 枫林村四组21号 | 新增'].join('\n');
    expect(addresses(noted)).toEqual(['枫林村二组8号', '枫林村四组21号']);
    const padded = ['序号  姓名      门牌号              备注', '1     邝秋生    枫林村二组8号       ', '2     隗小燕    枫林村四组21号      新增'].join('\n');
    expect(addresses(padded)).toEqual(['枫林村二组8号', '枫林村四组21号']);
  });

  it('but not a company list’s 地址 nor a bare village under 村（社区）', () => {
    const firms = ['序号 | 企业名称 | 地址 | 金额', '1 | 湄江县枫林米业有限公司 | 湄江县建新路8号 | 5000'].join('\n');
    const villages = ['序号 | 姓名 | 性别 | 村（社区） | 学历', '1 | 邝秋生 | 男 | 枫林村 | 高中', '2 | 隗小燕 | 女 | 建新社区 | 大专'].join('\n');
    for (const t of [firms, villages]) expect({ t, addresses: addresses(t) }).toEqual({ t, addresses: [] });
  });
});

describe('a home after a name and a bare 住, or in brackets after 居住 (the seventeenth tuning)', () => {
  it('reads the home right after the person', () => {
    expect(addresses('受援人邝秋生住湄江县柏树镇枫林村二组8号，丈夫去世后独自生活。')).toEqual(['湄江县柏树镇枫林村二组8号']);
    expect(addresses('独居老人隗小燕住湄江县南门路水厂宿舍2栋1单元302室，子女在外务工。')).toEqual(['湄江县南门路水厂宿舍2栋1单元302室']);
    expect(addresses('五保户邝秋生老人住在枫林村二组8号。')).toEqual(['枫林村二组8号']);
    expect(addresses('长子邝建国在县城居住（湄江县南门路水厂宿舍2栋1单元302室），次子在外务工。')).toEqual(['湄江县南门路水厂宿舍2栋1单元302室']);
    expect(addresses('其女儿现暂住（湄江县柏树镇枫林村四组21号）。')).toEqual(['湄江县柏树镇枫林村四组21号']);
    // Other verbs and home nouns: 租住在, X的家在, X的住处在, X家位于, a house's door after 房屋位于, 寄住在女儿家（…）.
    expect(addresses('村民邝秋生租住在湄江县南门路水厂宿舍2栋1单元302室。')).toEqual(['湄江县南门路水厂宿舍2栋1单元302室']);
    expect(addresses('邝秋生的家在湄江县柏树镇枫林村二组8号。')).toEqual(['湄江县柏树镇枫林村二组8号']);
    expect(addresses('村民邝秋生的住处在枫林村二组8号')).toEqual(['枫林村二组8号']);
    expect(addresses('村民邝秋生家位于湄江县柏树镇枫林村二组8号。')).toEqual(['湄江县柏树镇枫林村二组8号']);
    expect(addresses('受援人邝秋生居住的房屋位于湄江县柏树镇枫林村二组8号。')).toEqual(['湄江县柏树镇枫林村二组8号']);
    expect(addresses('邝秋生目前寄住在女儿家（湄江县南门路水厂宿舍2栋1单元302室）。')).toEqual(['湄江县南门路水厂宿舍2栋1单元302室']);
  });

  it('but not a stay in hospital, a town without a door, a body or an origin', () => {
    for (const t of [
      '村民邝秋生住院治疗期间，镇民政办上门慰问。',
      '受援人邝秋生住在县城，靠打零工为生。',
      '长子在县城居住（租房），很少回家。',
      '邝秋生住湄江县人民医院5号楼治疗。',
      '新兵邝秋生是枫林村人，大学毕业后报名参军。',
      '村民邝秋生家在县城开店。',
      '村民邝秋生的家在县城，很少回来。',
      '该公司的厂房位于湄江县工业园8号。',
      '其办公用房位于湄江县建新路8号。',
      '村民邝秋生在家（县城）休养。',
      '现为柏树镇枫林村村民委员会文书。',
    ])
      expect({ t, addresses: addresses(t) }).toEqual({ t, addresses: [] });
    // A named village introduced as someone's by its residents' word stays a home.
    expect(addresses('乌云达来是海拉苏嘎查牧民。')).toEqual(['海拉苏嘎查']);
  });
});

describe('recruits, clients of legal aid, doubled given names and neighbours by where they live (the seventeenth tuning)', () => {
  it('reads the person after 新兵, 应征青年, 候补人员 and 受援人', () => {
    expect(names('新兵邝泰山是柏树镇人，大学毕业后报名参军。')).toEqual(['邝泰山']);
    expect(names('女兵隗艳华是今年唯一的女兵。')).toEqual(['隗艳华']);
    expect(names('应征青年隗德华则在欢送仪式上发言。')).toEqual(['隗德华']);
    expect(names('由第一候补人员邝国强（男，高中，枫林村）递补。')).toEqual(['邝国强']);
    expect(names('受援人：隗园园（女，79岁）')).toEqual(['隗园园']);
    expect(names('受援人邝自强，男，1974年生。')).toEqual(['邝自强']);
  });

  it('keeps a doubled given name whole after a kin word', () => {
    expect(names('工人邝冬冬之妻隗欢欢到场领取了工资。')).toEqual(['邝冬冬', '隗欢欢']);
    expect(names('强某之妻隗英姿陪同其到县法律援助中心申请援助。')).toEqual(['隗英姿']);
    expect(names('他的母亲隗亮亮当过民办教师。')).toEqual(['隗亮亮']);
  });

  it('reads a neighbour named by where he lives', () => {
    expect(names('隔壁的聂平老人无儿无女。')).toEqual(['聂平']);
    expect(names('对门的邝国强常来帮忙。')).toEqual(['邝国强']);
  });

  it('reads Yi names and rows with empty last cells under a 姓名 column', () => {
    const t = ['序号 | 姓名 | 性别 | 学历 | 备注', '1 | 曲比拉哈 | 男 | 本科 | 应届', '2 | 吉克阿依 | 女 | 大专 | ', '3 | 邝国强 | 男 | 高中 | '].join('\n');
    expect(names(t)).toEqual(['曲比拉哈', '吉克阿依', '邝国强']);
  });

  it('but not the words those triggers also open', () => {
    for (const t of [
      '为即将奔赴军营的新兵佩戴大红花。',
      '应征青年体检合格率逐年提高。',
      '候补人员名单另行公布。',
      '受援人数比上年增加。',
      '大会现场则是一片欢腾。',
      '由其子陪同前往医院。',
      '隔壁的房子空着。',
      '楼上的邻居很热心。',
      '序号 | 单位 | 地址 | 备注\n1 | 吉克石材厂 | 城南路8号 | ',
    ])
      expect({ t, names: names(t) }).toEqual({ t, names: [] });
  });
});

describe('surnames the model lacked, and people named by an incident (the sixteenth tuning)', () => {
  it('洪, 赖, 萧, 鄂 and the rare ones of the 百家姓 open names wherever a structure points at them', () => {
    expect(names('经调查，洪秋实于2023年5月未经批准占用耕地建房。')).toEqual(['洪秋实']);
    expect(names('慰问组看望了赖水英、萧玉兰、荀国强等三户。')).toEqual(['赖水英', '萧玉兰', '荀国强']);
    expect(names('当事人：鄂春华，女，1975年出生，汉族。')).toEqual(['鄂春华']);
    expect(names('村民洪明反映，村道多处破损。')).toEqual(['洪明']);
    // a compound surname and a word-name before a verb (司马丰收不慎…)
    expect(names('当日，司马丰收不慎将油罐打翻。')).toEqual(['司马丰收']);
  });

  it('but their words stay words', () => {
    for (const t of ['受洪水影响，当事人停业整顿。', '市场萧条，经营者申请延期缴纳。', '弘扬正气，蔚然成风。', '牧场承包到户，暴雨后及时排查。'])
      expect({ t, names: names(t) }).toEqual({ t, names: [] });
  });

  it('a resident noun is whole: 民 and the surname make no word after it', () => {
    expect(names('村民安秀英反映，居民房海燕说，牧民权国华称')).toEqual(['安秀英', '房海燕', '权国华']);
    for (const t of ['居民安全有保障。', '村民居住条件改善。', '维护村民权益。', '男女儿童福利院'])
      expect({ t, names: names(t) }).toEqual({ t, names: [] });
  });

  it('a clause ending in 的 and a bracketed sex name the person between them', () => {
    expect(names('参与推搡的桑勤（男，22岁）被带离现场。')).toEqual(['桑勤']);
    expect(names('围观的钱进（女，40岁）、拍摄的邝明（男，35岁）被劝离。')).toEqual(['钱进', '邝明']);
    for (const t of ['受伤的孩子（女，5岁）已送医。', '新开业的王府（男装店）', '涉事的李某（男，30岁）'])
      expect({ t, names: names(t) }).toEqual({ t, names: [] });
  });

  it('the inspected venue’s person in charge is a person, the body’s own 负责人 acts in office', () => {
    expect(names('网吧现场负责人封素梅未核验上网人员身份证件。')).toEqual(['封素梅']);
    expect(names('该店实际负责人邝国华于2023年3月起经营。')).toEqual(['邝国华']);
    expect(names('经查，该网吧实际负责人为邝国华。该地块承包户为柏明轩。')).toEqual(['邝国华', '柏明轩']);
    expect(names('执法人员谌敏达（执法证号：61270380）进行检查，现场负责人封素梅未能出示登记记录。')).toEqual(['封素梅']);
    for (const t of ['坚持以村民为中心。', '以农户为单位统计。', '坚持以居民为主体。', '群众为何不满？'])
      expect({ t, names: names(t) }).toEqual({ t, names: [] });
    for (const t of ['检查组负责人封素梅带队检查。', '本机关负责人邝国华签发。', '执法现场负责人：邝国华（执法证号：15060001）'])
      expect({ t, names: names(t) }).toEqual({ t, names: [] });
  });

  it('a surname and a word are a name between a resident noun and a verb of speech, or under a name heading', () => {
    expect(names('村民全胜说，今年的补贴早就到了。')).toEqual(['全胜']);
    expect(names('牧民齐心反映，草场围栏被毁。')).toEqual(['齐心']);
    expect(names('序号\t学生姓名\t班级\n1\t宁静\t三年级一班\n2\t柏明轩\t三年级二班')).toEqual(['宁静', '柏明轩']);
    for (const t of ['村民高兴地说，路修好了。', '村民明明说过不同意。', '村民齐声说好。', '村民全部表示同意。', '村民普遍反映水压低。', '居民常说这里好。'])
      expect({ t, names: names(t) }).toEqual({ t, names: [] });
    expect(names('序号 | 姓名 | 备注\n1 | 合计 | 无\n2 | 全体 | 无\n3 | 同上 | 无')).toEqual([]);
  });
});

describe('given characters of rural and era names (the sixteenth tuning)', () => {
  it('金, 水, 长, 正, 立, 兵 … end and open names as in the dictionary’s names', () => {
    expect(names('经调查，邝水英、柴金生、冼正华于2023年5月在村内建房。')).toEqual(['邝水英', '柴金生', '冼正华']);
    expect(names('村民饶立新反映，牧民宫守仁称')).toEqual(['饶立新', '宫守仁']);
  });

  it('but the words they open after a noun stay words', () => {
    for (const t of ['村民李长期外出务工。', '村民周远离家乡。', '村民长期外出务工。', '村民收入水平较低。', '当事人连续三年未申报。', '涉案金额较大。'])
      expect({ t, names: names(t) }).toEqual({ t, names: [] });
  });
});

describe('housing lists’ home columns, read by their head noun (the nineteenth tuning)', () => {
  it('every address column of a list of people, however its heading is worded and its cells separated', () => {
    const bars = ['序号 | 承租人 | 家庭人口 | 现居住地址 | 配租房源', '1 | 庞海东 | 3 | 平川县新华路3号院2排5号 | 平川县安居苑3栋1单元502室'].join('\n');
    expect(addresses(bars)).toEqual(['平川县新华路3号院2排5号', '平川县安居苑3栋1单元502室']);
    const tabs = ['序号\t失信被执行人\t性别\t住所地\t案号', '1\t栾秀云\t女\t平川县团结路桃园小区2栋3单元401室\t（2025）执12号'].join('\n');
    expect(addresses(tabs)).toEqual(['平川县团结路桃园小区2栋3单元401室']);
    const spaces = ['序号  补助对象  原房屋坐落          安置房号', '1     邝明启    平川县前街12号      平川县和园小区3-2-501'].join('\n');
    expect(addresses(spaces)).toEqual(['平川县前街12号', '平川县和园小区3-2-501']);
    // A one-line note between two rows does not end the table.
    const noted = ['序号 | 被征收人 | 安置房号', '1 | 詹玉珍 | 平川县和园小区1-1-101', '（注：第2户与第1户系同一院落分户）', '2 | 阙立新 | 平川县和园小区2-1-202'].join('\n');
    expect(addresses(noted)).toEqual(['平川县和园小区1-1-101', '平川县和园小区2-1-202']);
  });

  it('but not a company’s row, a workplace’s column or a list of bodies', () => {
    const firm = ['序号\t被执行人\t住所地', '1\t平川县鸿达建材有限公司（法定代表人：巩德胜）\t平川县团结路56号'].join('\n');
    expect(addresses(firm)).toEqual([]);
    const work = ['序号 | 姓名 | 工作单位地址 | 办公地点', '1 | 庞海东 | 平川县团结路8号 | 平川县新华路2号'].join('\n');
    expect(addresses(work)).toEqual([]);
    const bodies = ['序号 | 单位名称 | 地址 | 房号', '1 | 平川县供销社 | 平川县团结路8号 | 3-2-501'].join('\n');
    expect(addresses(bodies)).toEqual([]);
  });
});

describe('a house’s site in a 建房 notice', () => {
  it('is the family’s home when it names a door in a village', () => {
    expect(addresses('建设地点：平川县白沙乡胜利村下湾组55号（原宅基地拆旧建新）')).toEqual(['平川县白沙乡胜利村下湾组55号']);
    expect(addresses('拟建地点　平川县白沙乡胜利村28号，用地面积120平方米')).toEqual(['平川县白沙乡胜利村28号']);
  });

  it('but not a project’s site, a bare village or a village office', () => {
    for (const t of ['建设地点：平川县白沙乡胜利村', '建设地点：平川县经济开发区工业园区8号', '拟建地点：城关镇东风村村委会1号', '违法地点：平川县白沙乡胜利村5号'])
      expect({ t, addresses: addresses(t) }).toEqual({ t, addresses: [] });
  });
});

describe('households’ members, neighbours and Yi names (the nineteenth tuning)', () => {
  it('a member with their kinship in brackets, after 家庭成员 or 共同申请人, with or without a colon', () => {
    expect(names('家庭成员：庞秋燕（妻）、庞立新（子）、庞丽（长女）')).toEqual(['庞秋燕', '庞立新', '庞丽']);
    expect(names('申请人詹德胜，家庭成员栾秀云（妻）、詹明（子），现住…')).toEqual(['詹德胜', '栾秀云', '詹明']);
    expect(names('共同申请人：邝玉兰、邝启明')).toEqual(['邝玉兰', '邝启明']);
    expect(names('申请执行人巩秀珍的借款至今未获清偿。')).toEqual(['巩秀珍']);
  });

  it('a wish name keeps its second character, and a bound names the neighbour before 家 or a holding', () => {
    expect(names('申请人：詹运来，家庭人口：3人')).toEqual(['詹运来']);
    expect(names('四至：东至庞海东家，南至村道，西至栾秀云家宅基地，北至巩德胜承包地')).toEqual(['庞海东', '栾秀云', '巩德胜']);
    expect(names('四邻 | 東：詹德勝家；西：邝玉兰家；南、北：村道')).toEqual(['詹德勝', '邝玉兰']);
  });

  it('a Yi clan name and its given name in a person column', () => {
    const t = ['序号\t户主\t家庭人口\t村组', '1\t吉克阿呷\t4\t瓦吉村三组', '2\t海来拉则\t5\t瓦吉村五组'].join('\n');
    expect(names(t)).toEqual(['吉克阿呷', '海来拉则']);
  });

  it('but not kin words, roads, a kin noun alone or a Yi clan’s business in prose', () => {
    for (const t of ['家庭成员的收入均低于标准。', '东至李家，南至王家沟', '东至王家庄，西至村道', '北至集体承包地', '合计（户）', '砖块由瓦吉村海来氏砖厂供应。'])
      expect({ t, names: names(t) }).toEqual({ t, names: [] });
  });
});

describe('rare surnames, quoted figures and a desk’s contact (the nineteenth tuning)', () => {
  it('贝, 滑, 洪 and 扶 open names after a trigger', () => {
    expect(names('被执行人扶昊名下登记的车辆已查封。村民滑爱民反映，邻居贝春生在其房后堆放垃圾。')).toEqual(['扶昊', '滑爱民', '贝春生']);
    expect(names('当事人：洪秋实，男，1980年生')).toEqual(['洪秋实']);
  });

  it('but 扶贫, 扶持 stay words, a quoted historical figure is no one, and the contact after a desk line is staff', () => {
    for (const t of ['申请人：扶贫办', '当事人扶持的企业已整改。', '正所谓“先天下之忧而忧”，范仲淹的这句话应成为座右铭。', '值班电话：0358-3710201（24小时）　联系人：詹玉珍'])
      expect({ t, names: names(t) }).toEqual({ t, names: [] });
    // A family's own contact with a mobile is still a person.
    expect(names('家属手机：13912345678　联系人：詹玉珍')).toEqual(['詹玉珍']);
  });
});

describe('Yi names and resettlement flats (the eighteenth tuning)', () => {
  it('a clan name and a given name read as one name, in a list of people and in prose', () => {
    const list = '序号\t户主姓名\t民族\t安置地址\n1\t吉伍阿呷\t彝族\t新桥安置点3栋2单元501室\n2\t勒格伍哈\t彝族\t新桥安置点5栋1单元302室';
    expect(names(list)).toEqual(['吉伍阿呷', '勒格伍哈']);
    expect(addresses(list)).toEqual(['新桥安置点3栋2单元501室', '新桥安置点5栋1单元302室']);
    const bars = '序号 | 户主 | 迁出地 | 房号\n1 | 阿苏拉且 | 普格乡 | 东山安置区A2栋303室';
    expect(names(bars)).toEqual(['阿苏拉且']);
    expect(addresses(bars)).toEqual(['东山安置区A2栋303室']);
    expect(names('其妻巴莫阿依在扶贫车间上班，邻居吉尔木呷老人常来串门。')).toEqual(['巴莫阿依', '吉尔木呷']);
    expect(names('搬迁户勒格伍哈说，孙女吉克阿依在县城读书。')).toEqual(['勒格伍哈', '吉克阿依']);
  });

  it('but not villages, bodies or sites named after a clan, a list of flats without people, or a heading beside 住址', () => {
    for (const t of ['阿西村村委会、吉克村组织活动，阿牛山景区开放，沙马乡政府，海来新村安置点综合服务中心。', '搬迁户代表发言，安置户满意度调查，移民户籍管理。'])
      expect({ t, names: names(t), addresses: addresses(t) }).toEqual({ t, names: [], addresses: [] });
    expect(addresses('序号\t安置点\t房号\t面积\n1\t城东安置点\t3栋201室\t90')).toEqual([]);
    expect(addresses('序号\t姓名\t性别\t住址\t管护区域\t户类型\n1\t扎西\t男\t曲麦村一组\t后山林地\t脱贫户')).toEqual(['曲麦村一组']);
    expect(addresses('序号\t姓名\t住址\t服务范围\n1\t尼玛\t色热村二组\t全乡')).toEqual(['色热村二组']);
  });
});

describe('a bookkeeper the accounts name at their foot (the eighteenth tuning)', () => {
  it('is staff at every mention, the payees beside them people', () => {
    const ledger = '凭证号\t日期\t摘要\t金额（元）\t领款人\t经手人\n2025-020\t9月10日\t路灯维修人工费\t575.00\t邵建设\t羊欢欢\n2025-021\t9月7日\t保洁员工资\t2506.00\t魏银花\t羊欢欢\n制表：村会计　羊欢欢';
    expect(names(ledger)).toEqual(['邵建设', '魏银花']);
    expect(names('领款人：卞德顺　　出纳：滕莹莹\n卞德顺已签收，滕莹莹复核。')).toEqual(['卞德顺', '卞德顺']);
    expect(names('审核：村务监督委员会主任　杨秋实　　制表人：柯丹丹')).toEqual([]);
  });

  it('but a villager named in a clause that also names staff stays a person, and so does a party a role label introduced', () => {
    expect(names('镇政府工作人员已与当事人苟轩见面，又到项凯家中说服教育。项凯表示今后将羊圈养。')).toEqual(['苟轩', '项凯', '项凯']);
    expect(names('申请人：滕莹莹，女，1980年生。\n经办人：滕莹莹')).toEqual(['滕莹莹', '滕莹莹']);
  });
});

describe('homes enumerated after one label (the eighteenth tuning)', () => {
  it('gives each member’s place after its name', () => {
    expect(addresses('其余出租方住址分别为：司徒丁香，望川县太平乡建设村三组77号；云家旺，望川县太平乡建设村五组48号。')).toEqual(['望川县太平乡建设村三组77号', '望川县太平乡建设村五组48号']);
    expect(addresses('三户的家庭住址依次是：卞德顺：临河区团结路8号3单元502室；滕莹莹：城关镇北街村二组')).toEqual(['临河区团结路8号3单元502室', '城关镇北街村二组']);
  });

  it('but not the seats of companies, offices, or a list of towns', () => {
    for (const t of ['两家公司住所分别为：甲公司，高新区科技路8号；乙公司，经开区工业路9号。', '各乡镇办公地址分别为：城关镇，人民路1号；东风镇，建设街2号。', '参会人员住址分别为：城关镇、东风镇。', '受理点住址分别为：张庄社区，幸福路3号；李营社区服务中心，和平街5号。'])
      expect({ t, addresses: addresses(t) }).toEqual({ t, addresses: [] });
  });
});

describe('住在 down to a door (the eighteenth tuning)', () => {
  it('is a home when the place ends in a room, a door or a group', () => {
    expect(addresses('城区居民王雪梅住在云溪县学文路丽景小区4栋3单元402室，其母亲在卫东村独居。')).toEqual(['云溪县学文路丽景小区4栋3单元402室']);
    expect(addresses('村民晏高山住在杨柳县石碑镇谢屯村三组85号。')).toEqual(['杨柳县石碑镇谢屯村三组85号']);
  });

  it('but not a town, a hospital, an estate alone or a guest house', () => {
    for (const t of ['他住在县城。老人住在云溪县人民医院3号楼。她住在幸福小区。', '游客住在县城宾馆8号楼的客房，记者住在县委招待所203室，患者住在县医院住院部5楼3号。'])
      expect({ t, addresses: addresses(t) }).toEqual({ t, addresses: [] });
  });
});

describe('land leased out, young people and drivers in news items (the eighteenth tuning)', () => {
  it('a lessor in a contract form or a table, a driver or a young villager going on with what they do', () => {
    expect(names('出租方（甲方）：湛高山　身份证号：511524197105011891')).toEqual(['湛高山']);
    expect(names('甲方（出租方）：柯秋实，住杨柳县石碑镇谢屯村三组。')).toEqual(['柯秋实']);
    expect(names('序号 | 出租方 | 所在组 | 面积（亩）\n1 | 晏高山 | 一组 | 9.3\n2 | 卞德顺 | 三组 | 4.2')).toEqual(['晏高山', '卞德顺']);
    expect(names('货车司机叶一鸣开着自家的货车往县城送货。')).toEqual(['叶一鸣']);
    expect(names('返乡青年夏侯芸开起了直播间，大学生滕莹莹开起了网店。')).toEqual(['夏侯芸', '滕莹莹']);
  });

  it('but not a body as lessor, nor the words 青年 and 开着 on their own', () => {
    expect(names('承租方（乙方）：望川县小满种植专业合作社　出租方：望川县城关镇人民政府')).toEqual([]);
    expect(names('青年突击队、青年志愿者、大学生村官、青年文明号开展活动，开着门，开起会来。')).toEqual([]);
  });
});

describe('a table’s head row (the eighteenth tuning)', () => {
  it('names columns, not people, while the rows under it keep theirs', () => {
    expect(names('序号\t楼栋\t房号\t服务区域\n1\t3栋\t201室\t东区')).toEqual([]);
    expect(names('编号 | 楼栋 | 户主\n1 | 5栋 | 卞德顺')).toEqual(['卞德顺']);
  });
});

describe('surnames that are ordinary words, where a structure says a person stands (the twentieth tuning)', () => {
  it('a cell under a person heading, tab, bar or space aligned, other headings than the slice’s', () => {
    expect(names('序号 | 村组 | 购买者 | 机具\n1 | 石门村二组 | 门福生 | 旋耕机\n2 | 石门村五组 | 才玉兰 | 插秧机')).toEqual(['门福生', '才玉兰']);
    expect(names('序号\t经营户\t摊位\n1\t黑建平\t12\n2\t操秀芬\t13')).toEqual(['黑建平', '操秀芬']);
    expect(names('姓名    性别    母亲姓名    父亲姓名\n言小满    女    国秀英    代立新')).toEqual(['言小满', '国秀英', '代立新']);
  });

  it('right after a role label or beside names already found', () => {
    expect(names('申请人：水建华，男，1970年生。')).toEqual(['水建华']);
    expect(names('收养人操文斌（男，1982年生）、卞德顺（女，1984年生）夫妇。')).toEqual(['操文斌', '卞德顺']);
    expect(names('代领人：门秀珍（其女）')).toEqual(['门秀珍']);
    expect(names('表扬：冶金龙、宓国平、但丽华。')).toEqual(['冶金龙', '宓国平', '但丽华']);
  });

  it('but not the words those surnames open, in a person column, after a label or in prose', () => {
    expect(names('序号 | 购机者 | 机具\n1 | 国有农场 | 旋耕机\n2 | 黑龙江 | 插秧机')).toEqual([]);
    expect(names('申请人：但是未提交材料。申请人水电费已结清。当事人国有资产管理部门')).toEqual([]);
    for (const t of ['水凯旋门下游，国安宁静的夜，但兴旺的集市。', '平安村黑石乡才能门面山河'])
      expect({ t, names: names(t) }).toEqual({ t, names: [] });
  });
});

describe('people acting in office in a table, and products named like people (the twentieth tuning)', () => {
  it('drops the names under 审判长, 书记员, 法官助理, 经办人 but keeps the parties', () => {
    const t = '案号 | 当事人 | 审判长 | 书记员\n（2025）民初1号 | 原告晏高山；被告卞德顺 | 柯秋实 | 湛高山\n（2025）民初2号 | 原告滕莹莹 | 叶一鸣 | 夏侯芸';
    expect(names(t)).toEqual(['晏高山', '卞德顺', '滕莹莹']);
    expect(names('序号\t领款人\t金额\t经办人\n1\t庞海东\t500\t栾秀云\n2\t邝明启\t300\t栾秀云')).toEqual(['庞海东', '邝明启']);
  });

  it('a tractor or drone model glued to its code is no one', () => {
    expect(names('序号 | 购机者 | 机具型号\n1 | 詹玉珍 | 东方红-LX904\n2 | 阙立新 | 常发CF704')).toEqual(['詹玉珍', '阙立新']);
  });
});

describe('homes in a buyer’s or operator’s list (the twentieth tuning)', () => {
  it('a 村组 cell and a 生产地址 at a house number are homes', () => {
    expect(addresses('序号 | 购机者 | 村组 | 补贴额（元）\n1 | 詹玉珍 | 石门村二组 | 3000')).toEqual(['石门村二组']);
    expect(addresses('序号\t经营者\t生产地址\n1\t庞海东\t云溪县石碑镇谢屯村三组8号')).toEqual(['云溪县石碑镇谢屯村三组8号']);
  });

  it('but a stall or shopfront in a market is not, nor a bare group', () => {
    expect(addresses('序号\t经营者\t生产地址\n1\t庞海东\t云溪县建设路农贸市场21号门面\n2\t栾秀云\t云溪县东街市场B区12号摊位')).toEqual([]);
    expect(addresses('序号 | 购机者 | 村组\n1 | 詹玉珍 | 二组')).toEqual([]);
  });
});

describe('names tied to a child or a sex bracket (the twentieth tuning)', () => {
  it('A、B之子C, 其表妹X之女Y, 弃婴X（男，…）, and their later mentions', () => {
    expect(names('　　卞德顺、门秀珍之子卞小满的出生医学证明作废。')).toEqual(['卞德顺', '门秀珍', '卞小满']);
    expect(names('申请收养其表妹水玉兰之女。水玉兰因病无力抚养。')).toEqual(['水玉兰', '水玉兰']);
    expect(names('福利院抚养的弃婴国平安（男，2022年3月出生）。国平安身体健康。')).toEqual(['国平安', '国平安']);
  });

  it('but not a saying, a river or a place before 之子 or a bracket', () => {
    for (const t of ['他是大山之子，也是黄河之子。', '共青团员（男、女不限）报名。', '本村儿童（女，6岁以下）接种疫苗。', '国家之子民，山河之子孙。'])
      expect({ t, names: names(t) }).toEqual({ t, names: [] });
  });
});

describe('light surnames and traditional name characters (the twenty-first tuning)', () => {
  it('a surname that opens almost no ordinary word weighs a step: a kin noun and a list carry it', () => {
    expect(names('现与长子厍长征、儿媳何琦一起生活。')).toEqual(['厍长征', '何琦']);
    expect(names('由其女栾秀英、女婿何琦代为签字。')).toEqual(['栾秀英', '何琦']);
    expect(names('儿子漆建华、儿媳罗敏一同到场。')).toEqual(['漆建华', '罗敏']);
  });

  it('but a light surname that opens words stays light, and words stay words', () => {
    for (const t of ['党员、干部参加学习。', '印发、转发文件。', '危房、危墙已拆除。', '村民反映蓟县方向道路积水。'])
      expect({ t, names: names(t) }).toEqual({ t, names: [] });
  });

  it('traditional forms of given-name characters and surnames fold as the common ones do', () => {
    expect(names('東：程鈞家；西：柏翠竹家；')).toEqual(['程鈞', '柏翠竹']);
    expect(names('鄰居閆鵬、龔曉燕到場。')).toEqual(['閆鵬', '龔曉燕']);
    expect(names('當事人譚穎，女，1985年出生。')).toEqual(['譚穎']);
  });
});

describe('the last member of a 、 list running on into its verb (the twenty-first tuning)', () => {
  it('is read as the head of such a list is, in simplified and traditional script', () => {
    expect(names('林铁柱、杨劲松划船将其救出。')).toEqual(['林铁柱', '杨劲松']);
    expect(names('林鐵柱、楊勁松划船將其救出。')).toEqual(['林鐵柱', '楊勁松']);
    expect(names('正在附近干活的村民史跃进、闻人青松听到呼救。')).toEqual(['史跃进', '闻人青松']);
    expect(names('牧民巴特尔、冼国栋赶到现场')).toEqual(['巴特尔', '冼国栋']);
  });

  it('but not an official’s list, a word, a title or a masked name', () => {
    for (const t of ['副县长王芳、李强出席会议。', '执法人员王芳、李强到现场检查。', '记者王芳、李强报道。'])
      expect({ t, names: names(t) }).toEqual({ t, names: [] });
    expect(names('村民王芳、高度重视此事。')).toEqual(['王芳']);
    expect(names('村民王芳、刘局长参加。')).toEqual(['王芳']);
    expect(names('村民王芳、李某某到场。')).toEqual(['王芳']);
  });
});

describe('a person column known by its heading’s suffix (the twenty-first tuning)', () => {
  it('…人, …主 and kin headings no list names head people, in tabs and bars', () => {
    expect(names('序号\t学生姓名\t性别\t监护人\t户籍地址\n1\t蓟锐\t男\t年红霞\t涢水县荻港镇牛角冲村新屋组41号\n2\t宓长征\t男\t宁静\t涢水县美华路9栋1单元1603室')).toEqual(['蓟锐', '年红霞', '宓长征', '宁静']);
    expect(names('序号 | 参保人 | 性别 | 补贴金额（元）\n1 | 水玉兰 | 女 | 300\n2 | 齐心 | 男 | 300')).toEqual(['水玉兰', '齐心']);
    expect(names('编号\t畜主\t畜种\t数量\n1\t但兴旺\t牛\t3\n2\t操红梅\t羊\t25')).toEqual(['但兴旺', '操红梅']);
    expect(names('序号 | 赡养人 | 被赡养人 | 备注\n1 | 黑建军 | 年秀英 | 无')).toEqual(['黑建军', '年秀英']);
  });

  it('but not a column of staff, of the one in charge, nor a word ending in 人 or 主', () => {
    for (const t of [
      '序号 | 经办人 | 金额\n1 | 宁静 | 300',
      '序号 | 负责人 | 单位 | 备注\n1 | 齐心 | 县局 | 无',
      '序号 | 填报人 | 金额\n1 | 水玉兰 | 300',
      '序号 | 民主 | 评议 | 金额\n1 | 齐心 | 合格 | 300',
    ])
      expect({ t, names: names(t) }).toEqual({ t, names: [] });
  });
});

describe('kin and owner nouns, and a household’s members in brackets (the twenty-first tuning)', () => {
  it('a birth, adoptive or step parent, a cousin, an owner, and who a party entrusts', () => {
    expect(names('仉雷鳴的生父仉銀河已於2019年病故。')).toEqual(['仉雷鳴', '仉銀河']);
    expect(names('其堂弟宓国平反映，养母眭桂英已于去年去世。')).toEqual(['宓国平', '眭桂英']);
    expect(names('船主邰德顺驾驶渔船返港。')).toEqual(['邰德顺']);
    expect(names('原告委托陈芙蓉律师出庭。')).toEqual(['陈芙蓉']);
  });

  it('but not the nouns in their ordinary words', () => {
    for (const t of ['委托第三方机构评估。', '委托书已送达。', '本机关委托律师事务所代理。', '生父母双亡。', '表哥们都来了。', '驾驶员培训。', '经营者应当亮证经营。'])
      expect({ t, names: names(t) }).toEqual({ t, names: [] });
  });

  it('（妻X、子Y）: every member a kinship word glued to a name, up to the bracket’s close', () => {
    expect(names('申请人：贝昊　家庭人口：3人（妻桂蓓蓓、子贝春耕）')).toEqual(['贝昊', '桂蓓蓓', '贝春耕']);
    expect(names('家庭人口：4人（长子栾国庆，次女栾小燕，妻龚秀兰）')).toEqual(['栾国庆', '栾小燕', '龚秀兰']);
  });

  it('but not a bracket of kinship words, a room or a company', () => {
    for (const t of ['（子女、父母）', '设有（母婴室）', '（父亲节）活动', '其（子公司）'])
      expect({ t, names: names(t) }).toEqual({ t, names: [] });
  });
});

describe('given names that are words of an era or a season (the twenty-first tuning)', () => {
  it('are names where a structure points at them', () => {
    expect(names('据村民眭长征介绍，')).toEqual(['眭长征']);
    expect(names('隋宝库、隋水仙之子隋爱国的出生医学证明作废。')).toEqual(['隋宝库', '隋水仙', '隋爱国']);
    expect(names('见义勇为先进个人：林铁柱、杨劲松。')).toEqual(['林铁柱', '杨劲松']);
  });

  it('but stay words in prose', () => {
    for (const t of ['全县掀起学习热潮，长征精神代代传。', '中秋节前夕，县领导走访慰问。', '今年小雪时节降温明显。', '知识宝库向群众开放。', '宏图大展。'])
      expect({ t, names: names(t) }).toEqual({ t, names: [] });
  });
});

describe('people acting in office, in every order real pages print them (the twenty-first tuning)', () => {
  it('derives posts by their suffix, so a title no slice used still reads as one, with the private exceptions', () => {
    for (const p of ['副县长', '股长', '庭长', '馆长', '河长', '村级河长', '驻村第一书记', '村委会主任', '纪检委员', '包村干部', '书记员', '法官', '审判长', '人民陪审员', '法官助理', '苏木达'])
      expect({ p, post: isPost(p) }).toEqual({ p, post: true });
    for (const p of ['家长', '班长', '董事长', '理事长', '社长', '厂长', '退休干部', '保洁员', '护林员', '管护员', '学员', '会员', '队员', '村民', '成长'])
      expect({ p, post: isPost(p) }).toEqual({ p, post: false });
    expect(postStartingAt('綦明远副县长出庭', 3)).toBe(3);
    expect(postStartingAt('冯华主任医师', 2)).toBe(0);
  });

  it('a post after the name, in brackets, after a comma or a colon makes the name an official at every mention', () => {
    for (const t of [
      '申请人：柴秀兰\n    綦明远副县长出庭应诉。綦明远表示尊重判决。',
      '申请人：柴秀兰\n    綦明远（副县长）出庭应诉。綦明远表示尊重判决。',
      '申请人：柴秀兰\n    綦明远，副县长，出庭应诉。綦明远表示尊重判决。',
      '申请人：柴秀兰\n    局长：綦明远\n    綦明远表示尊重判决。',
      '申請人：柴秀蘭\n    綦明遠副縣長出庭應訴。綦明遠表示尊重判決。',
      '申请人：柴秀兰\n    村级河长綦明远当天组织清理。綦明远说。',
    ])
      expect({ t, names: names(t) }).toEqual({ t, names: [t.includes('柴秀兰') ? '柴秀兰' : '柴秀蘭'] });
  });

  it('a public body in brackets, the body’s own contact, a warrant or badge number: staff at every mention', () => {
    expect(names('原告 | 被告 | 委托代理人\n柴秀兰 | 县人民政府 | 滕立军（县司法局）\n    滕立军当庭发言。')).toEqual(['柴秀兰']);
    expect(names('原告 | 被告 | 委托代理人\n柴秀兰 | 县民政局 | 滕立军\n    联系人：滕立军，电话：0722-6305366。')).toEqual(['柴秀兰']);
    expect(names('派出所民警苗志刚（警号：012345）到场。苗志刚表示将依法处理，村民柴秀兰说。')).toEqual(['柴秀兰']);
    expect(names('执法人员苗志刚（执法证号：12345678）到场检查。苗志刚发现，村民柴秀兰在禁牧区放牧。')).toEqual(['柴秀兰']);
  });

  it('an agent’s column beside a party’s keeps its own heading: the party column’s label never lends its role (holdout19-2)', () => {
    const case19 =
      '序号 | 案号 | 原告 | 被告 | 案由 | 出庭负责人 | 委托代理人\n2 | （2025）鄂0923行初58号 | 宗政春妞 | 涢水县住房和城乡建设局 | 限期拆除决定 | 局长拓跋向阳 | 柴秀兰\n联系人：柴秀兰，电话：0722-6305366。';
    expect(names(case19)).toEqual(['宗政春妞']);
    // another party column, the agent before the one in charge, tabs between the cells
    expect(names('序号 | 上诉人 | 被上诉人 | 第三人 | 委托代理人\n1 | 宗政春妞 | 县自然资源局 | 糜国栋 | 柴秀兰\n联系人：柴秀兰，电话：0722-6305366。')).toEqual(['宗政春妞', '糜国栋']);
    expect(names('序号\t原告\t被告\t委托代理人\t出庭负责人\n1\t宗政春妞\t县人力资源和社会保障局\t柴秀兰\t副局长拓跋向阳\n联系人：柴秀兰，电话：0722-6305366。')).toEqual(['宗政春妞']);
  });

  it('a column headed by a post or a cadre’s role, but not the households they help', () => {
    expect(names('帮扶干部 | 单位 | 职务 | 帮扶对象\n苗志刚 | 县民政局 | 股长 | 柴秀兰\n卜秋菊 | 县财政局 | 科员 | 戚海波')).toEqual(['柴秀兰', '戚海波']);
    expect(names('河流名称\t河长\t职务\n清水河\t苗志刚\t副县长\n柳溪\t卜秋菊\t镇长')).toEqual([]);
    expect(names('帮扶责任人　单位　帮扶户\n苗志刚　县民政局　柴秀兰\n卜秋菊　县财政局　戚海波')).toEqual(['柴秀兰', '戚海波']);
  });

  it('a working group’s members with their posts in brackets, county leaders, a duty roster', () => {
    expect(names('组　长：贲立群（副县长）\n副组长：糜国栋（县民政局局长）、蔺秀清（县财政局副局长）\n成　员：阚志明（县审计局副局长）\n糜国栋兼任办公室主任。')).toEqual([]);
    expect(names('县领导贲立群、糜国栋出席会议。村民柴秀兰发言。')).toEqual(['柴秀兰']);
    expect(names('日期 | 值班领导 | 值班人员 | 电话\n5月1日 | 贲立群 | 糜国栋 | 0553-5231100\n5月2日 | 蔺秀清 | 阚志明 | 0553-5231100')).toEqual([]);
    expect(names('來信人：柴秀蘭\n    縣長信箱回覆：經鎮長糜國棟核實，糜國棟已安排處理。')).toEqual(['柴秀蘭']);
  });

  it('but a private person stays one: a party named beside a post, an appointee, the inspected business’s person present', () => {
    expect(names('免去柴秀兰同志县民政局副局长职务。')).toEqual(['柴秀兰']);
    expect(names('任命柴秀兰为县民政局副局长。')).toEqual(['柴秀兰']);
    expect(names('当事人：柴秀兰，系该村村委会主任。柴秀兰主任未到场。')).toEqual(['柴秀兰', '柴秀兰']);
    expect(names('网吧现场负责人封素梅在笔录上签字。封素梅表示配合。')).toEqual(['封素梅', '封素梅']);
    expect(names('村民柴秀兰反映，县林业局护林员苗志刚反映。')).toEqual(['柴秀兰', '苗志刚']);
    expect(names('序号 | 合作社名称 | 理事长\n1 | 县秀兰养殖专业合作社 | 柴秀兰\n2 | 县国栋种植专业合作社 | 糜国栋')).toEqual(['柴秀兰', '糜国栋']);
  });
});

describe('name-like words that are no persons (the twenty-first tuning)', () => {
  it('a column of named things and a quoted slogan joined by a dot', () => {
    expect(names('序号 | 场所名称 | 负责人\n1 | 柳溪 | 柴秀兰\n2 | 金桂 | 戚海波')).toEqual(['柴秀兰', '戚海波']);
    expect(names('本村开展“学雷锋·树新风”活动，《雷锋·精神》展映。村民柴秀兰说。')).toEqual(['柴秀兰']);
    expect(names('志愿者“阿依古丽·买买提”参加了活动。')).toEqual(['阿依古丽·买买提']);
  });

  it('exemplars before 同志 and screen names in quotes after 网友 or 昵称', () => {
    expect(names('学习杨善洲、焦裕禄、孔繁森同志的先进事迹。村民柴秀兰说。')).toEqual(['柴秀兰']);
    expect(names('號召學習孔繁森同志。村民柴秀蘭說。')).toEqual(['柴秀蘭']);
    expect(names('网友“云中鹤”留言：路灯坏了。昵称“张晓峰”的用户回复。村民柴秀兰说。')).toEqual(['柴秀兰']);
    expect(names('村民“柴秀兰”说。')).toEqual(['柴秀兰']);
  });

  it('shops, brands, streets, the famous, masked and slogan words beside a person', () => {
    for (const t of [
      '低保户柴秀兰在王记包子铺打工，老李家面馆、张家豆腐坊都请过她。',
      '村民柴秀兰驾驶东方红拖拉机，喝着王老吉，穿着回力鞋。',
      '家住国强路的村民柴秀兰在长征村务农。',
      '村民柴秀兰说，要学习雷锋精神，李白和杜甫的诗她都会背。',
      '经查，王某、李某某、张**、赵××均在场。村民柴秀兰说。',
      '村里红旗招展，富强、和平、胜利的标语随处可见。村民柴秀兰说。',
    ])
      expect({ t, names: names(t) }).toEqual({ t, names: ['柴秀兰'] });
  });
});

describe('homes by the address grammar, decided by context (the twenty-first tuning)', () => {
  it('a run down to a group or a door in the sentence of a private person, whatever verb or bracket carries it', () => {
    // a visit to a group (the person later in the sentence), a door in brackets after 家中, a rented door with 之,
    // a flat in full-width digits, a move to a compact flat number, and the same in traditional script
    expect(addresses('工作队走进翠屏县龙溪镇白鹤村十一组，为独居老人秦玉珍送去棉被。')).toEqual(['翠屏县龙溪镇白鹤村十一组']);
    expect(addresses('民警在祁春生家中（翠屏县龙溪镇白鹤村四组十二号）找到了他。')).toEqual(['翠屏县龙溪镇白鹤村四组十二号']);
    expect(addresses('调解在其女儿家中（翠屏县城关镇新华路16号3单元201室）进行。')).toEqual(['翠屏县城关镇新华路16号3单元201室']);
    expect(addresses('祁春生一家租住翠屏县城关镇和平路33号之5。')).toEqual(['翠屏县城关镇和平路33号之5']);
    expect(addresses('殷德顺的家（翠屏县龙溪镇白鹤村三组８号）年久失修。')).toEqual(['翠屏县龙溪镇白鹤村三组８号']);
    expect(addresses('村民祁春生一家已于去年搬到翠屏县城关镇丽景苑12-3-1202居住。')).toEqual(['翠屏县城关镇丽景苑12-3-1202']);
    expect(addresses('鍾國強在翠屏縣城關鎮丽景苑3號樓2單元501室居住。')).toEqual(['翠屏縣城關鎮丽景苑3號樓2單元501室']);
    expect(addresses('慰問組來到翠屏縣龍溪鄉白鶴村五組，看望了老黨員鍾國強。')).toEqual(['翠屏縣龍溪鄉白鶴村五組']);
  });

  it('but not a body’s place, a trade’s, a plot, a grave, a felling site, a village alone, or one with no person', () => {
    for (const t of [
      '法定代表人：龚振华，翠屏县绿源家庭农场有限公司位于翠屏县龙溪镇白鹤村三组。',
      '龚振华经营的翠屏县龙溪镇兴旺养殖场，位于白鹤村三组18号。',
      '龚振华之父的墓穴位于翠屏县龙溪镇白鹤村后山三组。',
      '经查，苗春来擅自在翠屏县龙溪镇白鹤村四组12号地块建房。',
      '苗春来到翠屏县龙溪镇人民政府（翠屏县龙溪镇新街8号）反映问题。',
      '苗春来在翠屏县城关镇和平路18号门面经营五金。',
      '苗春来于2024年3月在翠屏县龙溪镇白鹤村三组采伐杉木12株。',
      '苗春来向翠屏县城关镇和平路18号的翠屏县信访局递交了材料。',
      '苗春来的摊位在翠屏县城关镇农贸市场12号。',
      '联系我们\n地址：翠屏县城关镇和平路18号　联系人：苗春来',
      '工作队走进翠屏县龙溪镇白鹤村十一组，开展防汛检查。',
      '龚振华反映白鹤村的路灯不亮。',
    ]) expect({ t, homes: addresses(t) }).toEqual({ t, homes: [] });
  });

  it('a table’s cell is its column’s: a body’s place column beside a name stays nothing', () => {
    expect(addresses('业户名称\t业主姓名\t经营地点\n翠屏王二面馆\t贺兰芳\t翠屏县城关镇和平路8号')).toEqual([]);
    expect(addresses('场所名称\t负责人\t场所地址\n翠屏县龙溪镇观音庙\t贺兰芳\t翠屏县龙溪镇白鹤村七组5号')).toEqual([]);
  });
});

describe('home columns read by their head noun, and a widened last column (the twenty-first tuning)', () => {
  it('现居地, 住处, 家庭详细住址, 用水地址 head a home column, in tabs, bars or aligned spaces', () => {
    expect(addresses('姓名\t现居地\t备注\n贺兰芳\t翠屏县龙溪镇白鹤村七组5号\t\n龚振华\t翠屏縣城關鎮和平路8號3棟201室\t')).toEqual(['翠屏县龙溪镇白鹤村七组5号', '翠屏縣城關鎮和平路8號3棟201室']);
    expect(addresses('户主姓名  住处  人口\n贺兰芳  翠屏县龙溪镇白鹤村七组5号  3')).toEqual(['翠屏县龙溪镇白鹤村七组5号']);
    expect(addresses('序号 | 申请人 | 家庭详细住址 | 金额\n1 | 贺兰芳 | 翠屏县龙溪镇白鹤村七组5号 | 800')).toEqual(['翠屏县龙溪镇白鹤村七组5号']);
    expect(addresses('户名\t用水地址\t欠费\n贺兰芳\t翠屏县龙溪镇东关街8号院2排5号\t96.00')).toEqual(['翠屏县龙溪镇东关街8号院2排5号']);
  });

  it('a last column of several members keeps the home column before it', () => {
    expect(addresses('户主      门牌                本户选民\n贺兰芳    白鹤村七组5号       贺兰芳　龚振华　贺小雨\n苗春来    白鹤村新屋组12号    苗春来 苗德顺')).toEqual(['白鹤村七组5号', '白鹤村新屋组12号']);
  });

  it('but not a workplace’s column, a company’s row or a stall', () => {
    expect(addresses('姓名\t工作单位所在地\n贺兰芳\t翠屏县城关镇和平路8号')).toEqual([]);
    expect(addresses('户名\t用水地址\t欠费\n翠屏县宏发商贸有限公司\t翠屏县城关镇东关街21号\t1250.00\n贺兰芳\t翠屏县城关镇农贸市场14号摊位\t96.00')).toEqual([]);
  });
});

describe('a body of the residents is no home (the twenty-first tuning)', () => {
  it('…村村民选举委员会, …村村民监督委员会 at a notice’s foot name the village’s body', () => {
    expect(addresses('柘塘乡白鹤村村民选举委员会　2025年10月10日')).toEqual([]);
    expect(addresses('翠屏县龙溪镇白鹤村村民监督委员会对账目进行了审核。')).toEqual([]);
  });

  it('while …村村民 before a name stays the household’s place', () => {
    expect(addresses('翠屏县龙溪镇白鹤村村民龚振华反映，')).toEqual(['翠屏县龙溪镇白鹤村']);
  });
});

describe('a bare 地址 in a private person’s record (the twenty-first tuning)', () => {
  it('申请人：X，…，地址：…, 联系地址：… and the traditional form are the person’s', () => {
    expect(addresses('被申请人：张德旺，男，1970年生，地址：云岭县鹤鸣镇石桥村三组17号。')).toEqual(['云岭县鹤鸣镇石桥村三组17号']);
    expect(addresses('申请人：张德旺，联系地址：云岭县鹤鸣镇石桥村三组17号，电话：13812345678。')).toEqual(['云岭县鹤鸣镇石桥村三组17号']);
    expect(addresses('被申請人：張德旺，男，地址：雲嶺縣鶴鳴鎮石橋村三組17號。')).toEqual(['雲嶺縣鶴鳴鎮石橋村三組17號']);
  });

  it('but not a lawyer’s firm, a company’s, a contact’s or a unit’s address', () => {
    for (const t of [
      '委托代理人：李春华，云岭县正平律师事务所律师，地址：云岭县城关镇和平路18号。',
      '联系人：李春华，地址：云岭县城关镇和平路18号。',
      '当事人：张德旺，云岭县宏达建材有限公司经理，地址：云岭县城关镇和平路18号。',
      '申请人张德旺，单位地址：云岭县城关镇和平路18号。',
      '法定代表人：张德旺，地址：云岭县城关镇和平路18号。',
    ]) expect({ t, homes: addresses(t) }).toEqual({ t, homes: [] });
  });
});

describe('more place parts of the grammar (the twenty-first tuning)', () => {
  it('第N村民小组, a state farm’s branch and team, a 庄 before its door', () => {
    expect(addresses('工作组走进翠屏县龙溪镇白鹤村第三村民小组，看望了独居老人秦玉珍。')).toEqual(['翠屏县龙溪镇白鹤村第三村民小组']);
    expect(addresses('民警在秦玉珍家中（翠屏县红星农场五分场三队12号）找到了他。')).toEqual(['翠屏县红星农场五分场三队12号']);
    expect(addresses('秦玉珍的家（翠屏县龙溪镇王庄5号）已经修缮。')).toEqual(['翠屏县龙溪镇王庄5号']);
  });

  it('but a 村民小组 meeting or a farm’s office is no one’s home', () => {
    for (const t of ['秦玉珍在翠屏县龙溪镇白鹤村第三村民小组会议上发言。', '秦玉珍到翠屏县红星农场办公室（翠屏县红星农场场部1号）办理手续。'])
      expect({ t, homes: addresses(t) }).toEqual({ t, homes: [] });
  });
});

describe('an event placed at a group is no home (the twenty-first tuning)', () => {
  it('在…村三组，X… places what happened; 走进…组 to visit X, or a door, places a home', () => {
    expect(addresses('2024年5月，在翠屏县龙溪镇白鹤村三组，秦玉珍非法采砂。')).toEqual([]);
    expect(addresses('2024年5月，在翠屏县龙溪镇白鹤村三组12号，秦玉珍的房屋起火。')).toEqual(['翠屏县龙溪镇白鹤村三组12号']);
  });
});

describe('homes under labels known by their ending (the twenty-second tuning)', () => {
  it('a private person’s labelled place down to a door: 养殖地点, 饲养地点, 用电地址, 不动产坐落, in other orders and scripts', () => {
    expect(addresses('1.畜主蒲永昌，养殖地点：青崖县石门镇柳湾村三组8号（自家圈舍），扑杀生猪9头。')).toEqual(['青崖县石门镇柳湾村三组8号']);
    expect(addresses('犬主：蒲永昌；饲养地点:青崖县石门镇柳湾村河坎组21号。')).toEqual(['青崖县石门镇柳湾村河坎组21号']);
    expect(addresses('户名：蒲永昌　用电地址：青崖县城关镇望江苑3栋2单元502室　欠费86元')).toEqual(['青崖县城关镇望江苑3栋2单元502室']);
    expect(addresses('蒲永昌不慎遗失不动产权证书，不动产坐落：青崖县石门镇柳湾村三组8号，声明作废。')).toEqual(['青崖县石门镇柳湾村三组8号']);
    expect(addresses('2.畜主蒲永昌，養殖地點：青崖縣石門鎮柳灣村三組8號（自家圈舍）。')).toEqual(['青崖縣石門鎮柳灣村三組8號']);
    // the owner after the place in the same record, and a form's label set apart by a blank
    expect(addresses('养殖地点：青崖县石门镇柳湾村三组8号，畜主：蒲永昌，存栏9头。')).toEqual(['青崖县石门镇柳湾村三组8号']);
    expect(addresses('畜主蒲永昌　养殖地点　青崖县石门镇柳湾村三组8号　存栏9头')).toEqual(['青崖县石门镇柳湾村三组8号']);
    // a qualifier that says home is enough when the owner is named by no rule
    expect(addresses('养殖地点：青崖县石门镇柳湾村三组8号（自家屋后）')).toEqual(['青崖县石门镇柳湾村三组8号']);
  });

  it('but not a registered farm’s, a shop’s, a village body’s, a co-operative’s, an event’s or a service point’s place', () => {
    for (const t of [
      '青崖县兴旺生猪养殖场（负责人：蒲永昌），养殖地点：青崖县石门镇柳湾村三组40号，存栏300头。',
      '青崖县宠乐宠物店，饲养地点：青崖县城关镇望江路36号。',
      '青崖县石门镇柳湾村村民委员会，坐落：青崖县石门镇柳湾村一组1号，办公用房。',
      '权利人：青崖县柳湾种植专业合作社；坐落：青崖县石门镇柳湾村三组40号；用途：仓储。',
      '当事人蒲永昌，违法地点：青崖县石门镇柳湾村三组8号。',
      '免疫点地址：青崖县石门镇望江路8号（镇兽医站）。',
      '畜主蒲永昌，看护犬饲养地点：青崖县石门镇柳湾村一组1号（村委会院内）。',
      '畜主蒲永昌，养殖地点：青崖县石门镇柳湾村东坡（原砖厂旧址）。',
      '畜主蒲永昌，养殖地点：青崖县石门镇柳湾村三组8号门前空地。',
      '养殖地点：青崖县石门镇柳湾村三组8号，存栏生猪12头。',
      '养殖地点：青崖县石门镇柳湾村三组40号，青崖县兴旺生猪养殖场，存栏300头。',
      '蒲永昌　经营地址　青崖县城关镇望江路36号　餐饮',
    ]) expect({ t, homes: addresses(t) }).toEqual({ t, homes: [] });
  });

  it('生前住 is a label, and a bracket’s verb of dwelling stays out of the home', () => {
    expect(addresses('退休人员蒲永昌，男，生前住青崖县城关镇望江苑3栋2单元502室，于2024年3月死亡。')).toEqual(['青崖县城关镇望江苑3栋2单元502室']);
    expect(addresses('独居老人蒲秀英（住青崖县石门镇柳湾村八组9号）长期无人照料。')).toEqual(['青崖县石门镇柳湾村八组9号']);
    expect(addresses('其女儿蒲秀英（家住青崖县城关镇望江苑3栋2单元502室）代领。')).toEqual(['青崖县城关镇望江苑3栋2单元502室']);
    // a label glued to the place with no colon is no part of it
    expect(addresses('蒲永昌（男，1970年3月出生，户籍地青崖县石门镇柳湾村三组8号）')).toEqual(['青崖县石门镇柳湾村三组8号']);
  });
});

describe('precision: a body’s people and numbers (the twenty-second tuning)', () => {
  it('a procuratorate’s, a mediator’s and a grid’s officers, a service desk and a contact in an objections sentence act in office', () => {
    for (const t of [
      '被不起诉人如不服本决定，可以向本院申诉。\n    检察员：蒲立新\n    2025年9月6日',
      '缴费地点：本公司营业厅（青崖县望江路52号）。客服：蒲丽丽，电话：0739-4095596。',
      '如对复核结果有异议，请于公告之日起5日内向县教育局基础教育股反映（地址：青崖县城关镇府前街5号，联系人：蒲建平）。',
      '公告期15个工作日。异议受理地址：青崖县城关镇府前街9号，联系人：蒲伟民。',
      '對公示結果有疑問的，請與鎮民政辦聯繫（聯繫人：蒲偉民）。',
      '人民调解员蒲立新主持调解。',
      '网格长蒲翠英带领网格员入户走访。',
      '驻村工作队员蒲德胜参加了会议。',
      '县农业农村局（负责人：蒲建国）牵头处置。',
    ]) expect({ t, names: names(t) }).toEqual({ t, names: [] });
  });

  it('while a business’s own 负责人 and a person a noun introduces after a staff label stay persons', () => {
    expect(names('青崖县兴旺生猪养殖场（负责人：蒲建军），养殖地点：青崖县石门镇柳湾村东坡。')).toEqual(['蒲建军']);
    expect(names('清算组负责人：蒲满仓。')).toEqual(['蒲满仓']);
    expect(names('青崖縣寵樂寵物店（負責人：蒲金鳳），飼養地點：青崖縣望江路36號。')).toEqual(['蒲金鳳']);
    expect(names('网格员入户走访了独居老人蒲秀兰。')).toEqual(['蒲秀兰']);
    expect(names('经办人：蒲秀兰')).toEqual([]);
  });

  it('a 15-digit number under a registration column is no ID; under an ID column it is', () => {
    const reg = '序号 | 名称 | 注册号 | 经营者\n1 | 青崖县明洙修车铺 | 222425630102436 | 蒲成浩';
    expect(detectPii(reg).filter((c) => c.type === 'id_card')).toEqual([]);
    const tab = '序号\t字号\t营业执照注册号\t经营者\n1\t青崖县老蒲烧烤店\t222425630102436\t蒲成浩';
    expect(detectPii(tab).filter((c) => c.type === 'id_card')).toEqual([]);
    const id = '序号 | 姓名 | 身份证号 | 住址\n1 | 蒲成浩 | 222425630102436 | 青崖县城关镇望江苑3栋2单元502室';
    expect(detectPii(id).filter((c) => c.type === 'id_card').map((c) => id.slice(c.start, c.end))).toEqual(['222425630102436']);
  });

  it('a registration column is read as one however long the list (the heading is far above the low rows)', () => {
    const rows = Array.from({ length: 120 }, (_, i) => `${i + 1} | 青崖县老蒲烧烤${i + 1}店 | 2224256301024${(i * 3) % 10}${(i * 7) % 10} | 蒲成浩`);
    const list = ['序号 | 字号 | 营业执照注册号 | 经营者', ...rows].join('\n');
    expect(detectPii(list).filter((c) => c.type === 'id_card')).toEqual([]);
    const ids = ['序号 | 姓名 | 身份证号 | 住址', ...rows.map((r) => r.replace('蒲成浩', '城关镇'))].join('\n');
    expect(detectPii(ids).filter((c) => c.type === 'id_card').length).toBe(120);
  });

  it('免于, 免除, 免交 after a name are what is granted, not a given name', () => {
    expect(names('减免情况：五保户蒲锴免于筹资筹劳。')).toEqual(['蒲锴']);
    expect(names('低保户蒲海免除本年度筹劳。')).toEqual(['蒲海']);
  });
});

describe('a brand quoted whole is no person (the twenty-second tuning)', () => {
  it('beside a word for a brand, or one of a row of quoted items', () => {
    for (const t of ['该店曾代销“老干妈”“王老吉”等品牌商品。', '店内销售“王老吉”等饮料。', '货架上摆着“张小泉”牌剪刀。', '商标“李宁”已注册。'])
      expect({ t, names: names(t) }).toEqual({ t, names: [] });
  });

  it('while a person beside them, a nickname in quotes and a quoted name before 同志 are read as before', () => {
    expect(names('消费者饶宝林反映，“王老吉”等品牌饮料过期。')).toEqual(['饶宝林']);
    expect(names('获奖者“饶宝林”同志。')).toEqual(['饶宝林']);
  });
});

describe('a body’s contact on a desk line in other wordings (the twenty-second tuning)', () => {
  it('a landline right after the name, and 联系人及电话 as one label, make the contact the desk’s', () => {
    for (const t of ['对公示名单有不同意见的，可实名向县人社局反映。联系人：饶志强　0739-4095596', '联系人及电话：饶志强　0739-4095596', '联系人和联系方式：饶志强，0739-4095596'])
      expect({ t, names: names(t) }).toEqual({ t, names: [] });
  });

  it('while a contact with a mobile or a kinship note stays a person', () => {
    expect(names('联系人：饶志强　13912345678')).toEqual(['饶志强']);
    expect(names('联系人：饶志强（申请人之女）　0739-4095596')).toEqual(['饶志强']);
  });
});

describe('a table’s person column known by its cells (the twenty-second tuning)', () => {
  it('under a heading no rule knows, in tabs, with a rare surname, a note in brackets, two members and a later mention', () => {
    const t = [
      '名次\t参赛者\t代表村\t奖金（元）',
      '1\t茆永康\t泉河村\t800',
      '2\t晁秀英\t柳湾村\t600',
      '3\t檀国富（已故）\t泉河村\t400',
      '4\t禚春生、禚秋生\t柳湾村\t400',
      '    说明：檀国富已于赛后病故，奖金由其女代领。',
    ].join('\n');
    expect(names(t)).toEqual(['茆永康', '晁秀英', '檀国富', '禚春生', '禚秋生', '檀国富']);
  });

  it('with no head row, in bars; under a group line and an aligned head; in traditional script with full-width spaces', () => {
    expect(names('1 | 邰建国 | 男 | 68\n2 | 眷丽丽 | 女 | 71\n3 | 晁德旺 | 男 | 80')).toEqual(['邰建国', '眷丽丽', '晁德旺']);
    const aligned = ['    一组', '    骑手      工日  折款（元）', '    茆铁柱    4     320', '    晁秀兰    3     240', '    二组', '    剡兴国    5     400', '    禚玉梅    2     160', '    合计            1120'].join('\n');
    expect(names(aligned)).toEqual(['茆铁柱', '晁秀兰', '剡兴国', '禚玉梅']);
    const traditional = ['序號　參賽者　村別　獎金（元）', '1　　茆永康　泉河村　800', '2　　晁秀英　柳灣村　600', '3　　檀國富　泉河村　400'].join('\n');
    expect(names(traditional)).toEqual(['茆永康', '晁秀英', '檀國富']);
  });

  it('leaves columns of things, bodies, places and posts, a staff column and spaced officers alone', () => {
    expect(names('序号 | 商户 | 品种 | 抽检结果\n1 | 泉河镇永康超市 | 红富士 | 合格\n2 | 泉河镇兴旺粮油店 | 高粱米 | 合格\n3 | 泉河镇德胜商行 | 金丝枣 | 合格')).toEqual([]);
    expect(names('序号\t学校\t病种\t职务\t所在村\n1\t泉河镇中心小学\t高血压\t校长\t王家村\n2\t泉河镇中学\t糖尿病\t教师\t李庄村\n3\t柳湾小学\t冠心病\t副校长\t张湾村')).toEqual([]);
    expect(names('序号 | 姓名 | 补助（元） | 审核人\n1 | 茆永康 | 500 | 晁德明\n2 | 晁秀英 | 500 | 晁德明\n3 | 檀建军 | 500 | 晁德明')).toEqual(['茆永康', '晁秀英', '檀建军']);
    expect(names('審　判　長　晁德明\n審　判　員　檀秀英\n書　記　員　禚國慶')).toEqual([]);
    expect(names('序号 | 船名号 | 船主\n1 | 浙泉渔10231 | 泉河镇渔业合作社\n2 | 浙泉渔10232 | 泉河镇水产公司\n3 | 浙泉渔10233 | 泉河镇渔业合作社')).toEqual([]);
  });
});

describe('homes beside a person in a table (the twenty-second tuning)', () => {
  it('a dwelling-level cell beside a person column known by its cells, whatever its heading, or with none', () => {
    const t = [
      '序号 | 受益户 | 现住 | 经营地点 | 补助（元）',
      '1 | 茆永康 | 泉河镇柳湾村三组15号 | 泉河镇农贸市场8号摊位 | 500',
      '2 | 晁秀英 | 泉河镇泉河村二组7号 | 泉河镇正街21号 | 500',
      '3 | 泉河镇兴旺养殖专业合作社 | 泉河镇泉河村六组3号 | 泉河镇泉河村六组3号 | 2000',
      '4 | 檀建军 | 泉河镇学府路6号院2排5号 | — | 500',
    ].join('\n');
    expect(addresses(t)).toEqual(['泉河镇柳湾村三组15号', '泉河镇泉河村二组7号', '泉河镇学府路6号院2排5号']);
    expect(addresses('1 | 邰建国 | 男 | 泉河镇柳湾村三组\n2 | 眷丽丽 | 女 | 泉河镇柳湾村五组12号\n3 | 晁德旺 | 男 | 泉河镇泉河村二组7号')).toEqual(['泉河镇柳湾村五组12号', '泉河镇泉河村二组7号']);
  });

  it('not a plot, a business’s place or a company’s row', () => {
    const t = ['托管户\t面积（亩）\t地块\t服务组织', '茆永康\t12\t柳湾村三组东洼\t泉河镇丰禾农机专业合作社', '晁秀英\t8\t泉河村二组后岭\t泉河镇丰禾农机专业合作社', '檀建军\t9\t泉河村五组\t泉河镇绿野农业服务有限公司'].join('\n');
    expect(addresses(t)).toEqual([]);
    expect(names(t)).toEqual(['茆永康', '晁秀英', '檀建军']);
  });
});

describe('a numbered list read as a column (the twenty-second tuning)', () => {
  it('the name ending each line’s first clause after the noun the lines share, in every style of numbering', () => {
    const t = ['（1）领款人晁德旺，男，住泉河镇柳湾村三组15号，领取补助1200元。', '（2）领款人茆永康，男，住泉河镇泉河村二组7号，领取补助800元。', '（3）领款人檀秀英，女，住泉河镇泉河村五组3号。'].join('\n');
    expect(names(t)).toEqual(['晁德旺', '茆永康', '檀秀英']);
    expect(addresses(t)).toEqual(['泉河镇柳湾村三组15号', '泉河镇泉河村二组7号', '泉河镇泉河村五组3号']);
    expect(names('一、特困人员晁德旺，男，1948年生。\n    本人无子女，由村委会照料。\n二、特困人员眷丽丽，女，1952年生。\n三、特困人员邰建国，男，1950年生。')).toEqual(['晁德旺', '眷丽丽', '邰建国']);
    expect(names('1.犬主晁德旺，登记证号：QH2025001。\n2.犬主剡兴国，登记证号：QH2025002。\n3.犬主泉河镇兴旺养殖专业合作社，登记证号：QH2025003。')).toEqual(['晁德旺', '剡兴国']);
  });

  it('but not officials by their posts, a document’s headings, duties or villages', () => {
    expect(names('1.县长晁德旺，负责全面工作；\n2.副县长檀建军，负责农业农村工作；\n3.副县长邰建国，负责教育卫生工作。')).toEqual([]);
    expect(names('一、基本情况\n二、存在问题\n三、整改措施\n四、下一步工作')).toEqual([]);
    expect(names('1.高度重视，加强领导。\n2.明确责任，狠抓落实。\n3.强化监督，严肃问责。')).toEqual([]);
    expect(names('（一）王家村，完成改厕86户；\n（二）李庄村，完成改厕54户；\n（三）张湾村，完成改厕40户。')).toEqual([]);
    // The lines share 畜主 but one line's given name holds a character no name has: it stays unread, not cut short.
    expect(names('1.畜主晁德旺，存栏12头。\n2.畜主邰者梅，存栏8头。\n3.畜主檀建军，存栏5头。')).toEqual(['晁德旺', '檀建军']);
  });
});

describe('cells of a table holding more than one name, or a padded one (the twenty-second tuning)', () => {
  it('members joined by 、 each with a note in brackets, and names padded by one full-width space in an aligned list', () => {
    expect(names('户主 | 家庭成员 | 人口\n晁德旺 | 李秀兰（妻）、晁小军（子） | 3\n茆永康 | 刘玉梅（妻） | 2\n檀建军 | — | 1')).toEqual(['晁德旺', '李秀兰', '晁小军', '茆永康', '刘玉梅', '檀建军']);
    expect(names('序号　姓名　性别　单位\n1　晁德旺　男　泉河镇农技站\n2　柯　芳　女　泉河镇卫生院\n3　檀建军　男　泉河镇中心小学\n4　邰　军　男　泉河镇财政所')).toEqual(['晁德旺', '柯　芳', '檀建军', '邰　军']);
  });
});

describe('a column of transliterated names (the twenty-second tuning)', () => {
  it('Mongolian names make the column a person column, and a weaker Han name in it counts', () => {
    const t = ['序号\t牧户\t嘎查\t禁牧面积（亩）', '1\t巴图巴雅尔\t宝力格嘎查\t1200', '2\t乌云其其格\t宝力格嘎查\t860', '3\t剡兴国\t乌兰嘎查\t1500'].join('\n');
    expect(names(t)).toEqual(['巴图巴雅尔', '乌云其其格', '剡兴国']);
    expect(names('序号\t旗县\t苏木\t面积\n1\t阿拉善左旗\t巴彦浩特\t1200\n2\t巴林右旗\t大板镇\t860\n3\t达茂旗\t百灵庙\t1500')).toEqual([]);
  });
});

describe('a table set apart by single spaces (the twenty-second tuning)', () => {
  it('short rows of words split by one space are rows too; a byline block and an English sentence are not', () => {
    expect(names('序号 参赛者 代表村 奖金\n1 茆永康 泉河村 800\n2 晁秀英 柳湾村 600\n3 剡兴国 泉河村 400')).toEqual(['茆永康', '晁秀英', '剡兴国']);
    expect(names('记者 晁德明 通讯员 檀秀英\n编辑 邰建国 校对 茆永康\n责编 晁秀英 审核 剡兴国')).toEqual([]);
    expect(names('The portal publishes policy documents in Chinese and English (PDF, 2.3 MB).\nSee the annex for details.\nContact the office.')).toEqual([]);
  });
});

describe('person nouns derived from their head (the twenty-second tuning)', () => {
  it('…人, …人员, …户, …主, …者, …工 and a household’s standing introduce the name after them, no table naming them', () => {
    for (const [t, want] of [
      ['離休人員詹國棟，男，1931年出生。', ['詹國棟']],
      ['拾得人阙春生当即将钱包交到派出所。', ['阙春生']],
      ['货主冼秋菊称，货物已损坏。', ['冼秋菊']],
      ['肇事者巩明亮驾车逃逸。', ['巩明亮']],
      ['搬运工栾大勇说，工钱已结清。', ['栾大勇']],
      ['見證人屈麥收說，界樁早已埋好。', ['屈麥收']],
      ['烈属家庭郦宝珠户免于筹劳。', ['郦宝珠']],
      ['低保家庭邝德胜户享受优待。', ['邝德胜']],
      ['参与者王建国获奖。', ['王建国']],
    ] as const)
      expect({ t, names: names(t) }).toEqual({ t, names: want });
  });

  it('kinship after a kin prefix (之孙, 其外孙) introduces a person, and the later mention follows', () => {
    expect(names('户主郦长顺之孙郦小虎代领了补贴，郦小虎已签字。')).toEqual(['郦长顺', '郦小虎', '郦小虎']);
    expect(names('其外孙匡浩浩今年9岁。')).toEqual(['匡浩浩']);
  });

  it('but the words with those heads that name nobody open no name', () => {
    for (const t of [
      '账户余额不足。', '实行民主协商。', '施工方案已审定。', '日子过得越来越好。', '房子周边环境整治。', '用户名不得为空。', '全村三户人家参加。',
      '自主申报纳税。', '以种植为主导产业。', '业主委员会成立。', '该家庭王某户已退出。', '每个家庭成员都要签字。', '困难家庭成员参加培训。',
    ])
      expect({ t, names: names(t) }).toEqual({ t, names: [] });
  });

  it('a staff noun stays the body’s: …员 is not derived, the staff’s 人员 stay in office', () => {
    for (const t of ['苏木司法所调解员白怡到现场，组织双方调解。', '陵园管理员公冶锋说，烈士的事迹要传下去。', '值班人员巩长河说，当晚无人来访。', '工作人员詹秀梅介绍，补贴已发放。'])
      expect({ t, names: names(t) }).toEqual({ t, names: [] });
  });

  it('…人员 after a duty is the body’s staff at work, …人员 of a standing stays a person', () => {
    for (const t of ['稽查人员邝德胜到场检查。', '执勤人员巩长河当场制止。', '巡查人员栾大勇发现该户违规建房。', '管理人员詹秀梅表示，车位已满。', '县疾控中心监测人员冼秋菊采集了样本。'])
      expect({ t, names: names(t) }).toEqual({ t, names: [] });
    expect(names('外出务工人员郦小虎反映，工钱至今未结清。')).toEqual(['郦小虎']);
    expect(names('失业人员冼秋菊于本月领取了失业保险金。')).toEqual(['冼秋菊']);
  });

  it('a person noun right before the name speaks for it over officers earlier in the clause', () => {
    expect(names('执法人员邝德胜（执法证号：12345678）、詹秀梅（执法证号：23456789）现场检查时，当事人的妻子冼秋菊正在搬运货物。')).toEqual(['冼秋菊']);
    expect(names('民警巩长河、栾大勇到场处置时，当事人之子郦小虎表示愿意赔偿。')).toEqual(['郦小虎']);
  });

  it('同村的, 同组的, 邻村的 introduce a neighbour; a village or its residents after them do not', () => {
    expect(names('同村的郦宝珠说，路修好了。')).toEqual(['郦宝珠']);
    expect(names('同组的巩长河反映，水渠堵了。')).toEqual(['巩长河']);
    expect(names('邻村的冼秋菊说，她也受益了。')).toEqual(['冼秋菊']);
    for (const t of ['同村的村民都来帮忙。', '同村的王家沟组也通了路。']) expect({ t, names: names(t) }).toEqual({ t, names: [] });
  });
});

describe('what a person does after the name, and the boundary it decides (the twenty-second tuning)', () => {
  it('遗失, 丢失, 免于, 凭, 正在, 住在 end a name', () => {
    for (const [t, want] of [
      ['    郦宝珠遗失残疾人证一本，声明作废。', ['郦宝珠']],
      ['另：巩长河丢失机动车驾驶证，特此声明。', ['巩长河']],
      ['特困供养人员栾大勇免于缴纳医保个人部分。', ['栾大勇']],
      ['牧民邝德胜凭土地承包合同领取补贴。', ['邝德胜']],
      ['村民詹秀梅正在地里收玉米。', ['詹秀梅']],
      ['城区居民司徒雪梅住在云溪县学文路。', ['司徒雪梅']],
    ] as const)
      expect({ t, names: names(t) }).toEqual({ t, names: want });
  });

  it('what a person perceives, how and where they act, end a name at a clause’s start', () => {
    for (const v of ['听说', '得知', '觉得', '希望', '连忙', '每天', '至今', '独自', '躺在', '搬进', '来到', '拨打', '老两口'])
      expect({ v, names: names(`经走访，邬志平${v}此事。`) }).toEqual({ v, names: ['邬志平'] });
  });

  it('a verb whose object is a person introduces the name, a telling word ending it', () => {
    expect(names('村委会通知邬志平到场领取。')).toEqual(['邬志平']);
    expect(names('社区帮助邬志平申请了低保。')).toEqual(['邬志平']);
    expect(names('醫生告訴邬志平，病情穩定。')).toEqual(['邬志平']);
    for (const t of ['联系方式：0731-1234567。', '提醒广大群众注意安全。', '邀请专家论证。', '帮助困难群众。', '通知书已送达。', '询问笔录附后。', '照顾老人。'])
      expect({ t, names: names(t) }).toEqual({ t, names: [] });
  });

  it('but the words and places before those predicates are no one', () => {
    for (const t of ['文件要求，各单位按时报送。', '据悉，高温天气仍然持续。', '今年，春节来到时。', '入夜，万家灯火依然明亮。', '会上，常委会要求整改。', '城里，胡同至今保存完好。', '城里，钟楼至今保存完好。', '今天，江水仍然上涨。'])
      expect({ t, names: names(t) }).toEqual({ t, names: [] });
  });

  it('the three-character reading a telling word ends beats a two-character one only the person noun allows', () => {
    expect(names('居民葛禾收说，水管坏了。')).toEqual(['葛禾收']);
    expect(names('居民葛禾收表示理解。')).toEqual(['葛禾收']);
    expect(names('五保户吴锴免于筹资。')).toEqual(['吴锴']);
    // 收到 is the verb: no telling word ends 葛禾收 there, so the two-character reading stands
    expect(names('居民葛禾收到通知后说，水管坏了。')).toEqual(['葛禾']);
  });
});

describe('the name model’s census surnames and word-like given names (the twenty-second tuning)', () => {
  it('慈, 巨, 冒, 綦, 者 are surnames where a person noun or a predicate points at the name', () => {
    for (const [t, want] of [
      ['村民慈福生说，路修好了。', ['慈福生']],
      ['牧户巨春燕反映，草场被占。', ['巨春燕']],
      ['其妻冒翠兰代为签字。', ['冒翠兰']],
      ['房东綦玉林表示同意。', ['綦玉林']],
      ['邻居者秋萍说，他一直独居。', ['者秋萍']],
    ] as const)
      expect({ t, names: names(t) }).toEqual({ t, names: want });
  });

  it('but not the words they open or end', () => {
    for (const t of ['村民冒雨抢收玉米。', '居民慈善捐款五万元。', '牧民巨额损失得到赔偿。', '学者认为，应当加强保护。', '感冒药价格上涨。', '或者申请复议。', '其子冒充他人领取补贴。'])
      expect({ t, names: names(t) }).toEqual({ t, names: [] });
  });

  it('given names that are a holiday’s number or a harvest word, after a trigger; the words alone are no one', () => {
    expect(names('其孙金八一代领补贴。')).toEqual(['金八一']);
    expect(names('村民孙五一、赵十一参加了培训。')).toEqual(['孙五一', '赵十一']);
    expect(names('低保户罗石磙说，房子修好了。')).toEqual(['罗石磙']);
    for (const t of ['庆祝八一建军节。', '金榜题名时。', '今年麦收已经结束。']) expect({ t, names: names(t) }).toEqual({ t, names: [] });
  });
});

describe('residents and trades by their head, and a predicate after a label (the twenty-second tuning)', () => {
  it('…民 and a trade in …夫 introduce a person; 被告X下落不明 ends the name as prose does', () => {
    expect(names('选民万悦婷反映，路灯坏了。')).toEqual(['万悦婷']);
    expect(names('灾民郦宝珠说，帐篷已经搭好。')).toEqual(['郦宝珠']);
    expect(names('将落水的伙夫笪金锁救上岸。')).toEqual(['笪金锁']);
    expect(names('被告但兴旺下落不明。')).toEqual(['但兴旺']);
  });

  it('a hand at a trade (…手), the one a measure is for (…对象), and an age or illness before 的 introduce a person', () => {
    expect(names('这是种粮能手卞守仁第三年获奖。')).toEqual(['卞守仁']);
    expect(names('农机手蔺满堂开着收割机下地。')).toEqual(['蔺满堂']);
    expect(names('帮扶对象庞建明家里养了10头牛。')).toEqual(['庞建明']);
    expect(names('患病的易小童在医院接受治疗。')).toEqual(['易小童']);
    expect(names('刚满18岁的韦晓岚考上了大学。')).toEqual(['韦晓岚']);
    for (const t of ['他亲手交给王府井的商户。', '携手共建美好家园。', '反对形象工程。', '损伤的程度较轻。', '年满60岁的农村居民。', '分手后各自生活。'])
      expect({ t, names: names(t) }).toEqual({ t, names: [] });
  });

  it('a ranger of a public-welfare post (护…员) is a villager, and 取名 names a child', () => {
    expect(names('护林员郦宝珠说，山上没有火情。')).toEqual(['郦宝珠']);
    expect(names('护堤员牛德厚发现堤脚渗水后，立即示警。')).toEqual(['牛德厚']);
    expect(names('收養一名男嬰，取名雷念祖，現年27歲。')).toEqual(['雷念祖']);
    for (const t of ['爱护员工的合法权益。', '保护人员安全。', '取名要符合规范。']) expect({ t, names: names(t) }).toEqual({ t, names: [] });
  });

  it('but the people at large and what is done for them are no one', () => {
    for (const t of ['人民法院判决如下。', '全民健身活动。', '军民融合发展。', '为民服务。', '便民服务中心。', '惠民政策落实。', '工夫不负有心人。'])
      expect({ t, names: names(t) }).toEqual({ t, names: [] });
  });
});

describe('a later mention is the person unless the string there is something longer (the twenty-second tuning)', () => {
  it('every other mention of a found name is the person, in prose, after a comma or before a verb', () => {
    expect(names('申请人：高峰，男。经查，高峰于2024年起占用该地。高峰说，他不知情。')).toEqual(['高峰', '高峰', '高峰']);
    expect(names('当事人：李明，男。李明村委会出具了证明，李明对此无异议。')).toEqual(['李明', '李明']);
  });

  it('but not a body or a place named after the same string, nor the ordinary word where nothing speaks of a person', () => {
    expect(names('申请人：华夏，男。华夏银行出具了证明。')).toEqual(['华夏']);
    expect(names('申请人：李明，男。李明村委会出具证明。')).toEqual(['李明']);
    expect(names('申请人：高峰，男。用电高峰期间停电。')).toEqual(['高峰']);
    expect(names('申請人：金華，男。金華市場已關閉。')).toEqual(['金華']);
  });
});

describe('words of kinship are never names', () => {
  it('in a relation column beside the people, and in prose after a person noun', () => {
    const t = ['序号\t儿童姓名\t监护人\t与儿童关系\t所在村', '1\t郦小雨\t冼秋菊\t祖母\t柳湾村', '2\t栾丫丫\t詹长河\t祖父\t柳湾村', '3\t巩丁丁\t邝德胜\t外公\t泉河村'].join('\n');
    expect(names(t)).toEqual(['郦小雨', '冼秋菊', '栾丫丫', '詹长河', '巩丁丁', '邝德胜']);
    const u = ['序号 | 户主 | 成员 | 与户主关系', '1 | 冼秋菊 | 郦小雨 | 孙女', '2 | 詹长河 | 栾丫丫 | 孙子', '3 | 邝德胜 | 巩丁丁 | 外孙女'].join('\n');
    expect(names(u)).toEqual(['冼秋菊', '郦小雨', '詹长河', '栾丫丫', '邝德胜', '巩丁丁']);
  });
});
