/**
 * The thirty-third tuning (issue 9, stop 27, homes): a service point kept in someone's house, a flat bought or in
 * brackets after whoever lives there, and the places that read like homes but are a body's, a shop's, a works' or a
 * grave's. Each rule on sentences of other document kinds than the slices' (synthetic people and places), both sides.
 */
import { describe, expect, it } from '@jest/globals';
import { addresses } from './piiFinds.js';

/** [text, the homes it holds]: every one found. */
const found: readonly (readonly [string, readonly string[]])[] = [
  // a body's point in a household's house: the note says whose house it is
  ['临时投票站设在龙口村二组15号（组长家中），投票时间为上午8时。', ['龙口村二组15号']],
  ['代办点：石桥镇后湾村6组22号（代办员家中）。', ['石桥镇后湾村6组22号']],
  ['序号\t网点\t地址\t负责人\n1\t后湾村便民服务点\t后湾村西头组18号（负责人家里）\t陈玉兰\n2\t后湾村快递驿站\t后湾村村委会一楼\t罗建新', ['后湾村西头组18号']],
  ['村邮站设在柳溪村后山组63号站长谭志远家中。', ['柳溪村后山组63号']],
  ['临时投票点设于后湾村三组12号村民孙丽华家里。', ['后湾村三组12号']],
  // a flat bought, let or inherited: the property word glued to the room
  ['申请人于2024年3月购买龙城县青年路丽景园5栋2单元801室住房一套。', ['龙城县青年路丽景园5栋2单元801室']],
  ['经核查，其已购买石门县滨河大道翠湖园3幢1单元1502室商品房。', ['石门县滨河大道翠湖园3幢1单元1502室']],
  ['被继承人生前继承石门县育才路金桂园2幢3单元601室房产一处。', ['石门县育才路金桂园2幢3单元601室']],
  // a flat in brackets after whoever lives there, read whether or not the word before is known as a name
  ['邻居代表何志刚（锦绣园2栋3单元601室）参加了听证。', ['锦绣园2栋3单元601室']],
  ['经调解，楼上住户卜春来（金桂园8幢2单元502室）同意承担维修费用。', ['金桂园8幢2单元502室']],
  ['业主代表屈玉洁（家住翠湖园3栋1单元1201室）列席会议。', ['翠湖园3栋1单元1201室']],
  // a household's home column beside a body's row
  ['序号\t收件人\t收件地址\t备注\n1\t杨春梅\t龙口县建设路12号3单元402室\t拒收\n2\t龙口县城南社区卫生服务站\t龙口县桂兰街43号\t已搬迁', ['龙口县建设路12号3单元402室']],
  ['序号\t姓名\t家庭住址\t备注\n1\t孙丽华\t龙口县建设路18号院\t\n2\t王国强\t龙口县东坪村场部组5号\t', ['龙口县建设路18号院', '龙口县东坪村场部组5号']],
  // a person's own mail, a person's record and a dwelling placed by a locative verb stay homes
  ['收件人：孙丽华，收件地址：龙口县桂兰街43号。', ['龙口县桂兰街43号']],
  ['收件人：孙丽华，后湾村三队，通讯地址：龙口县后湾村三组12号。', ['龙口县后湾村三组12号']],
  ['申请人：孙丽华，后湾村三组，龙口县后湾村三组12号', ['龙口县后湾村三组12号']],
  // a postal label after a person's employer: the firm is the value of a workplace label, the mail the person's (review bug 8)
  ['申请人：李明华，工作单位：平安物流有限公司，通信地址：城关镇幸福村三组12号。', ['城关镇幸福村三组12号']],
  ['被申请人：孙丽华，就职于龙口县鑫源建材商行，送达地址：龙口县后湾村三组12号。', ['龙口县后湾村三组12号']],
  ['收件人：王国强，单位：石桥镇中心小学，邮寄地址：石桥镇后湾村五组3号', ['石桥镇后湾村五组3号']],
  ['孙丽华的住房位于石桥镇后湾村三组12号。', ['石桥镇后湾村三组12号']],
  // a note on the household closing a home cell is no part of the place; a trader's own home keeps its heading
  ['序号\t姓名\t住址\t备注\n1\t孙丽华\t龙口县后湾村三组12号（已去世）\t\n2\t王国强\t龙口县后湾村五组3号（租住）\t', ['龙口县后湾村三组12号', '龙口县后湾村五组3号']],
  ['序号\t店主\t店主住址\t备注\n1\t孙丽华\t龙口县后湾村三组12号\t\n2\t王国强\t龙口县后湾村五组3号\t', ['龙口县后湾村三组12号', '龙口县后湾村五组3号']],
];

/** [text, a place that is no one's home]: not found. */
const notFound: readonly (readonly [string, string])[] = [
  // a body in a list of people: its place is its seat
  ['序号\t收件人\t收件地址\t备注\n1\t杨春梅\t龙口县建设路12号3单元402室\t拒收\n2\t龙口县城南社区卫生服务站\t龙口县桂兰街43号\t已搬迁', '龙口县桂兰街43号'],
  ['序号\t申请人\t地址\t事项\n1\t石桥镇农业综合服务站\t石桥镇淑芬路8号\t补贴\n2\t王立新\t石桥镇后湾村三组12号\t补贴', '石桥镇淑芬路8号'],
  ['序号\t领取人\t通信地址\t金额\n1\t龙口县东关派出所\t龙口县东关路7号\t300\n2\t许德胜\t龙口县东关路9号2单元301室\t200', '龙口县东关路7号'],
  // a body's, a label's or a lodging's room in brackets, and a point with no one's house named
  ['桂香园小区物业服务中心（桂香园1栋1单元101室）负责受理。', '桂香园1栋1单元101室'],
  ['社区警务室（翠苑小区5栋1单元102室）即日起对外服务。', '翠苑小区5栋1单元102室'],
  ['报名地点（锦绣园2栋3单元601室）', '锦绣园2栋3单元601室'],
  ['村卫生室站址：石桥镇后湾村三组18号，负责人：孙丽华。', '石桥镇后湾村三组18号'],
  ['村民议事点设在后湾村三组18号（原村小学旧址），负责人：孙丽华。', '后湾村三组18号'],
  ['孙丽华把货物存放在龙口县建设路18号丽华超市家中。', '龙口县建设路18号'],
  ['卫生室设在后湾村三组12号村委会家中。', '后湾村三组12号'],
  // graves: a block, a row and a number
  ['序号\t死者\t安葬地址\t家属\n1\t赵大明\t青山公墓A区3排12号\t赵小红\n2\t钱秀英\t青山公墓B区5排8号\t钱志远', '青山公墓A区3排12号'],
  ['序号\t购墓人\t墓穴地址\t联系电话\n1\t赵大明\t福寿园3区5排8号\t13912345678\n2\t钱秀英\t福寿园3区6排2号\t13812345678', '福寿园3区5排8号'],
  // shops, outlets, works and projects in a list of people
  ['序号\t姓名\t地址\t经营项目\n1\t孙丽华\t龙口县建设路18号丽华超市\t日用百货\n2\t王国强\t龙口县秀英街21号国强五金店\t五金', '龙口县秀英街21号国强五金店'],
  ['序号\t姓名\t店铺地址\t类别\n1\t孙丽华\t龙口县建设路18号\t餐饮\n2\t王国强\t龙口县秀英街21号\t烟酒', '龙口县建设路18号'],
  ['序号\t姓名\t网点地址\t类别\n1\t孙丽华\t龙口县建设路18号\t快递\n2\t王国强\t龙口县秀英街21号\t快递', '龙口县秀英街21号'],
  ['序号\t姓名\t养殖场地址\t规模\n1\t孙丽华\t后湾村三组12号\t200头\n2\t王国强\t后湾村五组3号\t150头', '后湾村三组12号'],
  ['1.孙丽华，丽华超市，龙口县建设路18号；\n2.王国强，国强五金店，龙口县秀英街21号。', '龙口县秀英街21号'],
  ['孙丽华的小卖部位于石桥镇后湾村三组12号。', '石桥镇后湾村三组12号'],
  ['孙丽华的养猪场建在石桥镇后湾村三组12号，距居民区不足50米。', '石桥镇后湾村三组12号'],
  ['序号\t姓名\t住址\t备注\n1\t孙丽华\t龙口县后湾村三组12号（村委会旁）\t\n2\t王国强\t龙口县后湾村五组3号\t', '龙口县后湾村三组12号'],
  ['序号\t姓名\t服务站点\t站点地址\n1\t孙丽华\t后湾村服务点\t后湾村三组12号\n2\t王国强\t前进村服务点\t前进村五组3号', '后湾村三组12号'],
  // a body's or a business's own mail
  ['收件人：龙口县城南社区卫生服务站，收件地址：龙口县桂兰街43号。', '龙口县桂兰街43号'],
  ['送达对象：龙口县鑫源建材商行，送达地址：龙口县桂兰街43号。', '龙口县桂兰街43号'],
];

describe('homes told by their structure, and places that only look like homes', () => {
  it.each(found)('finds the homes in %s', (text, homes) => {
    const got = addresses(text);
    for (const h of homes) expect(got).toContain(h);
  });

  it.each(notFound)('finds no home in %s at %s', (text, place) => {
    expect(addresses(text)).not.toContain(place);
  });
});
