/**
 * Held-out slice 19: whole documents written blind (without reading review/), of kinds slices 1–18 do not use — a
 * 行政复议决定书, a 行政诉讼 应诉 公示, a 政府信息公开 年度报告's 典型案例, a 村委会换届 选民名单, a 见义勇为 表彰 公示 naming the
 * rescued, a 小学 招生 录取 公示, a 高龄老人 生日 慰问 news item, a 精准扶贫 结对帮扶 名单, a 宗教活动场所 负责人 备案 公示, a
 * 欠薪/工伤 调解 news item and a traditional-script mirror — weighted as much towards precision as recall. Its own seed and
 * pools: common surnames mixed with rare ones none of slices 9–18 draw (亓, 宓, 矫, 嵇, 汲, 厍, 束, 蓟, 逄, 桓), compound ones
 * (宗政, 拓跋), given names that are words (长征, 向阳, 劲松, 中秋, 芙蓉) or doubled (毛毛, 娇娇, 琳琳), Hui and Tibetan names
 * where a venue calls for them, and counties, villages, streets and estates of its own (streets named like people).
 */

import { idCheck, seededRandom, uniqueName } from '../generate.js';
import { A, I, M, P, recorder, toTrad, type AddRecord } from './blind.js';

const COMMON = '王李张刘陈杨黄赵周吴徐孙胡朱高林何郭马罗';
const RARE = '亓宓矫嵇汲厍束蓟逄桓';
const COMPOUND = ['宗政', '拓跋'];
const MALE = ['长征', '向阳', '劲松', '中秋', '毛毛', '振邦', '守田', '文龙', '志勇', '铁柱', '满仓', '耀祖', '锐', '骁'];
const FEMALE = ['芙蓉', '桂芝', '婉婷', '娇娇', '琳琳', '秋霜', '春妞', '小芹', '玉凤', '翠屏', '琦'];
const HUI = ['马守礼', '丁哈三', '沙尔利', '纳麦志'];
const TIBETAN = ['扎西平措', '格桑曲珍', '次仁多吉'];

const CODES: Record<string, { tel: string; region: string }> = {
  漳川县: { tel: '0716', region: '421024' },
  涢水县: { tel: '0722', region: '421323' },
  栎城县: { tel: '0937', region: '620922' },
  桐岭县: { tel: '0745', region: '431225' },
};
const TOWNS = ['蒿坪镇', '柘塘乡', '荻港镇', '石碓镇'];
// 长征村 and 向阳坪村 read like given names of the pool; 宓家台村 and 桓家冲村 carry its surnames.
const VILLAGES = ['长征村', '向阳坪村', '宓家台村', '桓家冲村', '杉树垭村', '牛角冲村', '石门坎村'];
const GROUPS = ['一组', '二组', '五组', '八组', '上湾组', '槽坊组', '新屋组'];
// 国强, 振邦, 美华 read like given names: they carry bodies' addresses (decoys) and some homes.
const STREETS = ['国强路', '振邦街', '美华路', '长征路'];
const ESTATES = ['滨河苑', '金桂园', '教育小区', '桃源居'];

const TRAD: Record<string, string> = {
  漳: '漳', 涢: '溳', 栎: '櫟', 岭: '嶺', 蒿: '蒿', 坪: '坪', 柘: '柘', 塘: '塘', 荻: '荻', 港: '港', 碓: '碓', 征: '徵', 阳: '陽', 宓: '宓', 桓: '桓',
  冲: '沖', 杉: '杉', 垭: '埡', 牛: '牛', 角: '角', 坎: '坎', 湾: '灣', 坊: '坊', 屋: '屋', 劲: '勁', 松: '松', 秋: '秋', 毛: '毛', 邦: '邦', 守: '守',
  田: '田', 龙: '龍', 志: '志', 勇: '勇', 铁: '鐵', 柱: '柱', 满: '滿', 仓: '倉', 耀: '耀', 祖: '祖', 锐: '銳', 骁: '驍', 芙: '芙', 蓉: '蓉', 桂: '桂',
  芝: '芝', 婉: '婉', 婷: '婷', 娇: '嬌', 琳: '琳', 霜: '霜', 妞: '妞', 芹: '芹', 屏: '屏', 琦: '琦', 矫: '矯', 嵇: '嵇', 汲: '汲', 厍: '厙', 束: '束',
  蓟: '薊', 逄: '逄', 宗: '宗', 政: '政', 拓: '拓', 跋: '跋', 组: '組', 号: '號', 县: '縣', 乡: '鄉', 镇: '鎮',
};
const trad = (s: string): string => toTrad([...s].map((c) => TRAD[c] ?? c).join(''));

export function slice19(addRecord: AddRecord, used: Set<string>): void {
  const { pick, int, digits, pad, chance } = seededRandom(19_2026_1201);
  const add = recorder('holdout19', addRecord);
  const fresh = (make: () => string): string => uniqueName(used, make, 2000);
  const surname = (): string => (chance(0.1) ? pick(COMPOUND) : chance(0.3) ? pick([...RARE]) : pick([...COMMON]));
  const person = (sex?: '男' | '女'): string => {
    const s = sex ?? (chance(0.5) ? '男' : '女');
    return fresh(() => surname() + pick(s === '男' ? MALE : FEMALE));
  };
  const familyOf = (name: string): string => COMPOUND.find((c) => name.startsWith(c)) ?? name[0];
  const kin = (of: string, sex: '男' | '女' = '男'): string => fresh(() => familyOf(of) + pick(sex === '男' ? MALE : FEMALE));
  const landline = (c: string): string => `${CODES[c].tel}-${int(3, 8)}${digits(6)}`;
  const office = (c: string): string => `${c}${pick(STREETS)}${int(2, 199)}号`;
  const date = (): string => `2025年${int(1, 11)}月${int(1, 28)}日`;
  const homes: string[] = [];
  const distinct = (make: () => string): string => {
    for (;;) {
      const h = make();
      if (!homes.some((o) => o.includes(h) || h.includes(o))) {
        homes.push(h);
        return h;
      }
    }
  };
  const rural = (c: string, town = pick(TOWNS), village = pick(VILLAGES)): string => distinct(() => `${c}${town}${village}${pick(GROUPS)}${int(1, 96)}号`);
  const flat = (c: string): string => distinct(() => `${c}${pick(STREETS)}${pick(ESTATES)}${int(1, 22)}栋${int(1, 4)}单元${int(1, 17)}0${int(1, 4)}室`);
  const idFor = (c: string, year: number): string => {
    const body = `${CODES[c].region}${year}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}${digits(3)}`;
    return body + idCheck(body);
  };

  // 1. 行政复议决定书: `申请人：X，男，…，公民身份号码…，住…`, `委托代理人：Y，系申请人之子` (a relative: a person), a 第三人 with
  //    her home, the respondent bureau's 住所 and `法定代表人：Z，局长` as decoys; facts naming the parties glued to verbs
  //    (`申请人X不服`, `第三人Y于…`) and by surname + 某 later (decoys, the publisher's own shortening).
  {
    const c = '漳川县';
    const applicant = person('男');
    const id = idFor(c, int(1958, 1968));
    const home = rural(c);
    const son = kin(applicant, '男');
    const third = person('女');
    const thirdHome = flat(c);
    const head = person('男');
    const seat = office(c);
    const bureau = `${c}自然资源和规划局`;
    const mobile = `139${digits(8)}`;
    add(
      [
        `${c}人民政府`,
        '行政复议决定书',
        `漳政复决字〔2025〕第${int(11, 60)}号`,
        `申请人：${applicant}，男，汉族，${id.slice(6, 10)}年${Number(id.slice(10, 12))}月生，公民身份号码${id}，住${home}，联系电话${mobile}。`,
        `委托代理人：${son}，系申请人之子。`,
        `被申请人：${bureau}，住所：${seat}。`,
        `法定代表人：${head}，局长。`,
        `第三人：${third}，女，${int(1970, 1985)}年生，住${thirdHome}。`,
        `    申请人${applicant}不服被申请人于${date()}作出的不动产更正登记行为，于法定期限内向本机关申请行政复议，本机关依法受理。`,
        `    申请人称：其在本村承包的责任田与第三人${third}家宅基地相邻，被申请人未经实地勘界即将争议地块登记在第三人名下，请求撤销。`,
        `    被申请人称：登记时第三人提交了村民小组出具的证明，程序合法。第三人${third}于答辩期内提交了书面意见，称该地块系其公公生前开垦。`,
        `    经审理查明：${pick(VILLAGES)}村民委员会出具的证明未经村民小组会议讨论，现场亦无四至记载。本机关认为，被申请人认定事实不清。`,
        '    根据《中华人民共和国行政复议法》第六十四条的规定，本机关决定：撤销被申请人作出的登记行为，责令其在六十日内重新处理。',
        '    申请人、第三人如不服本决定，可以自收到本决定书之日起十五日内向人民法院提起行政诉讼。',
        `    （本决定书送达时，申请人委托其子代为签收；文中当事人此后简称为${familyOf(applicant)}某、${familyOf(third)}某。）`,
        `    ${date()}`,
      ].join('\n'),
      [P(applicant), I(id), A(home), M(mobile), P(son), P(third), A(thirdHome)],
      [head, seat, bureau, `${familyOf(applicant)}某、`, '行政复议法'],
    );
  }
}
