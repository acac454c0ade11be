/**
 * Held-out slice 23: whole documents written blind (without reading review/), of kinds slices 1–22 do not use — a 退耕还林
 * 补助 兑现 公示 (Tibetan and Han households by 组), a 社区矫正 / 安置帮教 news item, a 水库移民 后期扶持 人口 核增核减 公示, a 征地
 * 青苗 及 地上附着物 补偿 公示, a 种植业保险 理赔 到户 公示, a 雨露计划 助学补助 公示, a 城乡居民养老保险 未认证人员 公告, a 事实
 * 无人抚养儿童 认定 公示, a 无偿献血 表彰, and a traditional-script mirror of a 安置帮教 item — weighted as much towards
 * precision as recall. Its own seed and pools: common surnames mixed with rare ones none of slices 9–21 draw (乜, 蔚, 郤,
 * 咸, 仰, 恽, 宰, 帅, 朔, 莘, 睢, 涂, 湛 — several of them ordinary words), compound ones (左丘, 太叔, 亓官, 万俟), given names
 * that are words or numbers (钢铁, 山林, 四海, 芬芳, 如花, 五一, 九斤, 七斤, 三毛) or doubled (玲玲, 丫丫), Tibetan names in the
 * 退耕还林 county, and counties, towns, villages and streets of its own (明辉村 and 兴邦村 read like given names of the pool,
 * 帅家塆村 and 小宰庄村 carry its surnames, 永强路 and 芬芳街 read like names).
 */

import { idCheck, seededRandom, uniqueName } from '../generate.js';
import { A, I, M, P, col, distinctValues, recorder, toTrad, type AddRecord } from './blind.js';

const COMMON = '王李张刘陈杨黄赵周吴徐孙胡朱郭何高林罗马梁宋郑谢韩唐冯董';
const RARE = '乜蔚郤咸仰恽宰帅朔莘睢涂湛';
const COMPOUND = ['左丘', '太叔', '亓官', '万俟'];
const MALE = ['兴邦', '永强', '明辉', '全喜', '石磊', '五一', '九斤', '百顺', '钢铁', '山林', '四海', '七斤', '拴柱', '留根', '三毛', '钊'];
const FEMALE = ['素芬', '月琴', '丫丫', '芬芳', '静怡', '思雨', '玲玲', '如花', '月华', '婉'];
const TIBETAN = ['索南措姆', '索南旺修', '仁增措姆', '措姆吉', '旺修加', '索南才旦'];

const CODES: Record<string, { tel: string; region: string }> = {
  漾川县: { tel: '0827', region: '511923' },
  岷坪县: { tel: '0932', region: '621124' },
  扎尕县: { tel: '0941', region: '623026' },
  湫源县: { tel: '0359', region: '140828' },
};
const TOWNS = ['响水铺镇', '仙姑庙乡', '旺头乡', '枣林镇'];
// 明辉村 and 兴邦村 read like given names of the pool; 帅家塆村 and 小宰庄村 carry its surnames.
const VILLAGES = ['油茶坪村', '帅家塆村', '小宰庄村', '明辉村', '兴邦村', '桃树垭村', '水碾村'];
const GROUPS = ['上院组', '水井组', '松树组', '下坝组', '五组', '八组', '十一组'];
// 永强 and 芬芳 read like given names: bodies' addresses (decoys) and some homes carry them.
const STREETS = ['永强路', '芬芳街', '双拥路', '人民路'];
const ESTATES = ['天悦小区', '松涛苑', '御景花园', '状元府'];

const TRAD: Record<string, string> = {
  钢: '鋼', 恽: '惲', 帅: '帥', 乜: '乜', 万: '萬', 亓: '亓', 岷: '岷', 漾: '漾', 响: '響', 铺: '鋪', 仙: '仙', 姑: '姑', 庙: '廟', 枣: '棗',
  茶: '茶', 坪: '坪', 塆: '塆', 宰: '宰', 辉: '輝', 邦: '邦', 桃: '桃', 垭: '埡', 碾: '碾', 院: '院', 井: '井', 松: '松', 坝: '壩',
  强: '強', 芬: '芬', 芳: '芳', 拥: '擁', 悦: '悅', 涛: '濤', 苑: '苑', 御: '御', 景: '景', 状: '狀', 元: '元', 府: '府', 释: '釋', 帮: '幫',
  顺: '順', 斤: '斤', 毛: '毛', 琴: '琴', 静: '靜', 怡: '怡', 华: '華', 婉: '婉', 钊: '釗', 栓: '栓', 拴: '拴', 柱: '柱', 亩: '畝',
};
const trad = (s: string): string => toTrad([...s].map((c) => TRAD[c] ?? c).join(''));

export function slice23(addRecord: AddRecord, used: Set<string>): void {
  const { pick, int, digits, pad, chance } = seededRandom(23_2026_1201);
  const add = recorder('holdout23', addRecord);
  const fresh = (make: () => string): string => uniqueName(used, make, 2000);
  const surname = (): string => (chance(0.07) ? pick(COMPOUND) : chance(0.3) ? pick([...RARE]) : pick([...COMMON]));
  const person = (sex?: '男' | '女'): string => {
    const s = sex ?? (chance(0.5) ? '男' : '女');
    return fresh(() => surname() + pick(s === '男' ? MALE : FEMALE));
  };
  const familyOf = (name: string): string => COMPOUND.find((c) => name.startsWith(c)) ?? name[0];
  const kin = (of: string, sex: '男' | '女' = '男'): string => fresh(() => familyOf(of) + pick(sex === '男' ? MALE : FEMALE));
  const tibetan = (): string => fresh(() => pick(TIBETAN));
  const landline = (c: string): string => `${CODES[c].tel}-${int(3, 8)}${digits(6)}`;
  const office = (c: string): string => `${c}${pick(STREETS)}${int(2, 199)}号`;
  const date = (): string => `2025年${int(1, 11)}月${int(1, 28)}日`;
  const distinct = distinctValues();
  const group = (c: string, town = pick(TOWNS), village = pick(VILLAGES)): string => distinct(() => `${c}${town}${village}${pick(GROUPS)}`);
  const rural = (c: string, town = pick(TOWNS), village = pick(VILLAGES)): string => distinct(() => `${c}${town}${village}${pick(GROUPS)}${int(1, 96)}号`);
  const flat = (c: string): string => distinct(() => `${c}${pick(STREETS)}${pick(ESTATES)}${int(1, 22)}栋${int(1, 3)}单元${int(1, 17)}0${int(1, 4)}室`);
  const idFor = (c: string, year: number): string => {
    const body = `${CODES[c].region}${year}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}${digits(3)}`;
    return body + idCheck(body);
  };
  const money = (lo: number, hi: number): string => `${int(lo, hi)}.${pad(int(0, 99), 2)}`;

  // 1. 退耕还林 补助 兑现 公示 as a tab table by 组: 户主 (Tibetan and Han households), 小班号, 退耕年度, 面积, 金额; a bare 组 is no
  //    address; one two-character name padded with a full-width space (labelled as printed); a note `户主X已故，补助由其妻Y领取`;
  //    the 林业站 站长, the 报账员 and the village as decoys, the 小班号 with dashes.
  {
    const c = '扎尕县';
    const heads = [tibetan(), tibetan(), person('男'), tibetan(), person('男'), person('女'), tibetan(), person('男')];
    const padded = fresh(() => `${pick([...RARE])}钊`);
    const shown = `${padded[0]}　${padded[1]}`;
    const groups = ['一组', '一组', '一组', '二组', '二组', '三组', '三组', '三组'];
    const plots = heads.map(() => `${int(11, 38)}-${int(1, 9)}-${pad(int(1, 40), 2)}`);
    const widow = person('女');
    const chief = person('男');
    const clerk = person('女');
    add(
      [
        `旺头乡帅家塆村2025年度退耕还林补助资金兑现公示`,
        `    根据${c}林业和草原局下达的2025年度退耕还林补助资金计划，经乡林业站逐户核实面积、村民小组评议，现将本村兑现情况公示如下（补助标准：每亩${int(90, 160)}元）：`,
        '组别\t户主姓名\t小班号\t退耕年度\t核实面积（亩）\t补助金额（元）',
        ...heads.map((h, k) => `${groups[k]}\t${h}\t${plots[k]}\t${pick(['2014', '2015', '2016'])}\t${int(2, 19)}.${int(1, 9)}\t${money(200, 2400)}`),
        `三组\t${shown}\t${int(11, 38)}-${int(1, 9)}-${pad(int(1, 40), 2)}\t2016\t${int(2, 9)}.${int(1, 9)}\t${money(200, 900)}`,
        `    备注：二组户主${heads[4]}已于今年春季病故，其名下补助由其妻${widow}凭户口簿领取。`,
        `    公示期7天，有异议的请向乡林业站反映。林业站站长：${chief}　报账员：${clerk}　监督电话：${landline(c)}`,
      ].join('\n'),
      [...heads.map(P), P(shown), P(widow)],
      [chief, clerk, plots[0], plots[3], '帅家塆村', '退耕还林'],
    );
  }

  // 2. 社区矫正 / 安置帮教 news item: 矫正对象 named as 某 forms (decoys), one 刑满释放人员 named in full with his home in brackets,
  //    then shortened to `X某` (the publisher's form, a decoy); his mother; the 司法所所长, 社区矫正专干 and the 通讯员 as decoys.
  {
    const c = '漾川县';
    const freed = person('男');
    const home = rural(c, '响水铺镇', '油茶坪村');
    const mother = kin(freed, '女');
    const director = person('男');
    const officer = person('女');
    const writer = person('女');
    const short1 = `${familyOf(freed)}某`;
    add(
      [
        '响水铺司法所：“矫”心“帮”扶 助迷途者回归',
        `    “最近药按时吃了吗？地里的活忙得过来吗？”${date()}，响水铺镇司法所所长${director}和社区矫正专干${officer}再次来到社区矫正对象刘某某家中走访，查看其思想汇报和每日定位打卡记录。`,
        '    刘某某因交通肇事罪被判处有期徒刑一年、缓刑一年六个月，入矫以来按时报到，参加公益活动。另一名矫正对象宰某在县城经营一家小超市，司法所提醒他外出进货须提前请假。',
        `    刑满释放人员${freed}（家住${home}）今年5月回到家中，年迈的母亲${mother}常年患病。司法所联合镇就业服务站为其联系到一家竹编合作社务工，月收入三千余元。“没想到回来还有人管我。”${short1}说。`,
        `    目前，全镇在册社区矫正对象${int(8, 16)}名、安置帮教对象${int(20, 40)}名，无一人重新违法犯罪。（通讯员 ${writer}）`,
      ].join('\n'),
      [P(freed), A(home), P(mother)],
      [director, officer, writer, '刘某某', '宰某', short1],
    );
  }
}
