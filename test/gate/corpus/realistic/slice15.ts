/**
 * Held-out slice 15: whole documents written blind (without reading review/), of kinds slices 1–14 do not use —
 * 公租房/廉租房 配租 and 轮候 公示 in three layouts, 农村危房改造 补助对象 公示, 农村村民建房 批前公示 with 四邻, 征收
 * 安置房 分配 结果, a court's 失信被执行人/限制高消费 名单, a 民政 寻亲 启事 and an unknown deceased's 认领 公告, a 12345
 * 工单 通报 in prose and a traditional-script mirror — weighted as much towards precision as recall. Its own seed and
 * pools: surnames whose pinyin starts with A–H only (rare ones and ones that are words or places: 安, 边, 常, 丰, 甘,
 * 桂, 洪, 花, 华, 后, 房; compound 淳于, 呼延, 赫连, 东郭), given names that are words (红军, 东海, 大江, 春耕, 长城,
 * 丰年, 金秋, 秋香, 月季, 朝霞), doubled ones (亮亮, 莉莉, 婷婷, 圆圆, 蓓蓓), whole word-like names (安康, 常青, 方正,
 * 洪亮, 郝运, 贺喜, 高洁, 胡杨), Yi names for a Yi county; counties, villages, streets and estates of its own invention.
 */

import { idCheck, seededRandom, uniqueName } from '../generate.js';
import { A, M, P, PL, recorder, toTrad, type AddRecord, type Label } from './blind.js';

const SURNAMES = '安柏班贝毕边卞岑柴晁谌褚丛笪党狄刁窦鄂樊房费丰伏扶符傅甘戈葛巩勾谷管桂杭郝衡洪后花华滑霍陈程崔杜戴范方冯高郭韩何胡黄';
const COMPOUND = ['淳于', '呼延', '赫连', '东郭'];
const MALE = ['红军', '东海', '大江', '春耕', '长城', '爱民', '晨光', '丰年', '金秋', '石柱', '亮亮', '运来', '振华', '钧', '昊', '坤'];
const FEMALE = ['秋香', '月季', '翠竹', '朝霞', '晚霞', '莉莉', '婷婷', '圆圆', '新月', '春桃', '菊香', '蓓蓓', '璐', '茵', '珂'];
// Whole names whose two characters make a word (安康, 常青, 方正): drawn as they are.
const WORDLIKE = ['安康', '常青', '方正', '洪亮', '郝运', '贺喜', '高洁', '华美', '胡杨', '杜鹃', '海阔', '丁香'];
// Yi names as written in Chinese (clan name + given name), for the Yi county's lists.
const YI = ['阿苦日哈', '阿西伍沙', '俄底阿呷', '海来拉则', '比补木呷', '达久阿依', '阿说尔古', '海来阿芝', '阿牛伍各', '俄木拉格', '达久木乃', '比补阿果'];

// Counties of this slice's invention, each with its area code, plate prefix and ID region.
const CODES: Record<string, { tel: string; plate: string; region: string }> = {
  沣源县: { tel: '0917', plate: '陕C', region: '610331' },
  鹤坪县: { tel: '0916', plate: '陕F', region: '610729' },
  岚溪县: { tel: '0358', plate: '晋J', region: '141128' },
  峪川县: { tel: '0359', plate: '晋M', region: '140833' },
};
const COUNTIES = Object.keys(CODES);
const YI_COUNTY = '布洛县';
const TOWNS = ['柏树镇', '岔口乡', '桂花镇', '石碾镇', '洪水坪乡'];
// 丰年村 and 东升村 read like given names, 何家坝村, 高家寨村 and 韩家岭村 carry surnames of the pool.
const VILLAGES = ['何家坝村', '高家寨村', '丰年村', '凤鸣村', '东升村', '韩家岭村', '杏子坪村'];
const YI_VILLAGES = ['洛古村', '依达村', '阿吉村'];
const GROUPS = ['一组', '三组', '五组', '八组', '上坝组', '下湾组', '堰塘组'];
// 兴业, 长庚, 爱民, 光荣 read like given names: they carry offices' and projects' addresses (decoys).
const NAMELIKE = ['兴业路', '长庚路', '爱民巷', '光荣街', '胜天路'];
const ESTATES = ['桂馨苑', '翠柏小区', '粮站家属楼', '供销社家属院', '滨河湾小区'];

// Traditional forms this slice's pools need beyond blind.ts's table.
const TRAD: Record<string, string> = {
  沣: '灃', 鹤: '鶴', 岚: '嵐', 岔: '岔', 碾: '碾', 凤: '鳳', 鸣: '鳴', 韩: '韓', 岭: '嶺', 坝: '壩', 寨: '寨', 丰: '豐', 东: '東', 升: '升',
  组: '組', 湾: '灣', 边: '邊', 卞: '卞', 毕: '畢', 贝: '貝', 谌: '諶', 笪: '笪', 党: '黨', 窦: '竇', 樊: '樊', 费: '費', 华: '華', 杭: '杭',
  军: '軍', 长: '長', 爱: '愛', 亮: '亮', 运: '運', 来: '來', 钧: '鈞', 秋: '秋', 朝: '朝', 莉: '莉', 婷: '婷', 圆: '圓', 蓓: '蓓', 苏: '蘇',
  县: '縣', 乡: '鄉', 镇: '鎮', 号: '號', 宁: '寧', 刘: '劉', 贺: '賀', 郝: '郝', 汉: '漢', 宽: '寬', 间: '間', 层: '層', 砖: '磚', 积: '積',
};
const trad = (s: string): string => toTrad([...s].map((c) => TRAD[c] ?? c).join(''));
// Display width in a fixed-width font (a Han character takes two columns), for lists aligned with spaces.
const width = (s: string): number => [...s].reduce((n, c) => n + (c.charCodeAt(0) > 0x2000 ? 2 : 1), 0);
const col = (s: string, w: number): string => s + ' '.repeat(Math.max(2, w - width(s)));

export function slice15(addRecord: AddRecord, used: Set<string>): void {
  const { pick, int, digits, pad, chance } = seededRandom(15_2026_1201);
  const add = recorder('holdout15', addRecord);
  const fresh = (make: () => string): string => uniqueName(used, make, 2000);
  const person = (sex?: '男' | '女'): string => {
    const s = sex ?? (chance(0.5) ? '男' : '女');
    const family = chance(0.08) ? pick(COMPOUND) : pick([...SURNAMES]);
    return fresh(() => family + pick(s === '男' ? MALE : FEMALE));
  };
  const compound = (sex: '男' | '女'): string => fresh(() => pick(COMPOUND) + pick(sex === '男' ? MALE : FEMALE));
  const wordlike = (): string => fresh(() => pick(WORDLIKE));
  const yi = (): string => fresh(() => pick(YI));
  const kin = (of: string, sex: '男' | '女' = '男'): string => {
    const family = COMPOUND.find((c) => of.startsWith(c)) ?? of[0];
    return fresh(() => family + pick(sex === '男' ? MALE : FEMALE));
  };
  const county = (): string => pick(COUNTIES);
  const rural = (c = county(), town = pick(TOWNS), village = pick(VILLAGES)): string => `${c}${town}${village}${pick(GROUPS)}${int(1, 99)}号`;
  const flat = (c = county()): string => `${c}${pick(NAMELIKE)}${pick(ESTATES)}${int(1, 18)}栋${int(1, 4)}单元${int(1, 9)}0${int(1, 4)}室`;
  const office = (c: string): string => `${c}${pick(NAMELIKE)}${int(2, 199)}号`;
  const landline = (c: string): string => `${CODES[c]?.tel ?? '0834'}-${int(3, 8)}${digits(6)}`;
  const date = (): string => `2025年${int(1, 10)}月${int(1, 28)}日`;
  // A household's co-applicants: a spouse (妻 of a man, 夫 of a woman), then children bearing the father's surname, then a mother.
  const members = (head: string, sex: '男' | '女'): { names: string[]; text: string } => {
    const spouse = person(sex === '男' ? '女' : '男');
    const father = sex === '男' ? head : spouse;
    const all: [string, string][] = [[spouse, sex === '男' ? '妻' : '夫'], [kin(father, '男'), '子'], [kin(father, '女'), '女'], [person('女'), '母']];
    const chosen = all.slice(0, int(1, 3));
    return { names: chosen.map(([m]) => m), text: chosen.map(([m, rel]) => `${m}（${rel}）`).join('、') };
  };

  // 1. 住建局 公租房 配租 公示 as a ` | ` table: `申请人 | 家庭人口 | 共同申请人 | 现住址 | 配租房源` (flats, a 平房 with
  //    `号院`, a rented room `租住…`); 配租房源 is the flat the family will live in (an address). The project's name alone in
  //    the heading, 杜甫's 广厦 line, the 经办人 and the bureau's address as decoys.
  {
    const c = county();
    const project = `${c}${pick(NAMELIKE)}保障性住房`;
    const clerk = person('女');
    const seat = office(c);
    const pii: Label[] = [];
    const lines = [
      `${c}住房和城乡建设局`,
      `关于2025年第${int(1, 3)}批公共租赁住房配租结果的公示`,
      `    为让困难家庭“安得广厦千万间”的期盼落到实处，经申请、街道初审、部门联审和公开摇号，确定${int(5, 9)}户家庭配租${project}。现将配租结果公示如下：`,
      '序号 | 申请人 | 家庭人口 | 共同申请人 | 现住址 | 配租房源',
    ];
    for (let i = 1; i <= 5; i++) {
      const sex = i === 3 || chance(0.6) ? '男' : '女';
      const head = i === 3 ? compound('男') : person(sex);
      const fam = members(head, sex);
      const now = i === 2 ? `${c}${pick(TOWNS)}${pick(VILLAGES)}${pick(GROUPS)}租住${int(2, 60)}号` : i === 4 ? `${c}${pick(NAMELIKE)}${int(3, 90)}号院${int(1, 9)}号平房` : flat(c);
      const unit = `${c}${pick(NAMELIKE)}${pick(['丰禾园', '安居苑'])}${int(1, 6)}栋${int(1, 3)}单元${int(1, 17)}0${int(1, 4)}室`;
      pii.push(P(head), ...fam.names.map(P), A(now), A(unit));
      lines.push(`${i} | ${head} | ${fam.names.length + 1} | ${fam.text.replace(/（.）/g, '')} | ${now} | ${unit}`);
    }
    lines.push(
      `    公示期为${date()}至7个工作日后。对公示结果有异议的，请实名向本局住房保障股反映。`,
      `    经办人：${clerk}　电话：${landline(c)}　地址：${seat}`,
    );
    add(lines.join('\n'), pii, [project, '安得广厦千万间', clerk, seat]);
  }

  // 2. 廉租房 轮候 名单 as numbered lines: `1. 申请人：X，家庭成员：Y（妻）、Z（子），现住…` and a line with the label glued
  //    (`申请人X，现住…`); one family's `现住址同上`; the 轮候 order number and the 街道 contact as decoys.
  {
    const c = county();
    const contact = person('男');
    const pii: Label[] = [];
    const lines = [`${c}城关街道办事处`, '2025年度廉租住房实物配租轮候对象名单公示', '    经审核，下列家庭符合廉租住房实物配租条件，按轮候顺序公示如下：'];
    for (let i = 1; i <= 5; i++) {
      const sex = i === 4 ? '女' : '男';
      const head = i === 5 ? wordlike() : person(sex);
      const fam = members(head, sex);
      const home = flat(c);
      pii.push(P(head), ...fam.names.map(P), A(home));
      lines.push(i === 3 ? `${i}. 申请人${head}，家庭成员${fam.text}，现住${home}，轮候号LZ2025${pad(i * 7, 3)}。` : `${i}. 申请人：${head}，家庭成员：${fam.text}，现住址：${home}，轮候号：LZ2025${pad(i * 7, 3)}。`);
    }
    lines.push(`    如有异议，请于公示期内向街道住房保障办反映。联系人：${contact}，电话：${landline(c)}。`);
    add(lines.join('\n'), pii, [contact, 'LZ2025007']);
  }

  // 3. 农村危房改造 补助对象 公示 in a Yi county as a tab table: `户主 家庭人口 村 组 门牌号 …` with the village and group
  //    in one cell and the door number in the next (the `村组` cell labelled as the household's place), Yi names beside Han
  //    ones; the 驻村第一书记 and 村党支部书记 named in office and the 乡 as decoys.
  {
    const town = '拉达乡';
    const secretary = yi();
    const first = person('男');
    const pii: Label[] = [];
    const lines = [`${YI_COUNTY}${town}人民政府`, '2025年农村危房改造补助对象公示', '序号\t户主\t家庭人口\t村组\t门牌号\t危房等级\t改造方式\t补助金额（元）'];
    const seen = new Set<string>();
    for (let i = 1; i <= 6; i++) {
      const head = i % 3 === 0 ? person() : yi();
      let place = `${pick(YI_VILLAGES)}${pick(GROUPS)}`;
      while (seen.has(place)) place = `${pick(YI_VILLAGES)}${pick(GROUPS)}`;
      seen.add(place);
      pii.push(P(head), A(place));
      lines.push(`${i}\t${head}\t${int(2, 7)}\t${place}\t${int(1, 60)}号\t${pick(['C级', 'D级'])}\t${pick(['拆除重建', '修缮加固'])}\t${pick(['35000', '20000', '15000'])}`);
    }
    lines.push(
      `    以上对象经本人申请、村民代表评议、乡人民政府审核。公示期间，由洛古村驻村第一书记${first}和依达村党支部书记${secretary}负责收集群众意见。`,
      `    监督电话：${landline('布洛县')}`,
    );
    add(lines.join('\n'), pii, [first, secretary, `${YI_COUNTY}${town}人民政府`]);
  }

  // 4. 农村村民建房 批前公示 in a form of label lines: `申请人：` with family members, `建设地点：` (the plot where the
  //    family will live, an address), `四至：东至X家，南至村道，西至Y家宅基地，北至Z承包地` (neighbours named), the
  //    自然资源所 contact and the village committee's office as decoys; the word-like 丰年村 as the place.
  {
    const c = county();
    const town = pick(TOWNS);
    const village = '丰年村';
    const applicant = person('男');
    const wife = person('女');
    const son = kin(applicant, '男');
    const site = `${c}${town}${village}${pick(GROUPS)}${int(10, 80)}号`;
    const [e, w, n] = [person('男'), person('女'), person('男')];
    const officer = person('男');
    add(
      [
        `${c}${town}人民政府`,
        '农村村民住宅建设批前公示',
        `申请人：${applicant}　家庭人口：3人（妻${wife}、子${son}）`,
        `建设地点：${site}（原宅基地拆旧建新）`,
        `用地面积：${int(120, 180)}平方米　建筑面积：${int(180, 260)}平方米　层数：二层　结构：砖混`,
        `四至：东至${e}家，南至村道，西至${w}家宅基地，北至${n}承包地`,
        `    经${village}村民小组会议讨论、村民委员会审查，申请人${applicant}的建房申请符合“一户一宅”规定，拟报镇政府审批。公示期7日，相关权利人对建房位置、面积有异议的，请向镇自然资源所反映。`,
        `    联系人：${officer}（镇自然资源所）　电话：${landline(c)}　${village}村民委员会　${date()}`,
      ].join('\n'),
      [P(applicant), P(wife), P(son), A(site), P(e), P(w), P(n)],
      [officer, `${village}村民委员会`, '一户一宅'],
    );
  }

  // 5. 征收 安置房 分配 结果 公示 as a ` | ` table: `被征收人 | 原房屋坐落 | 安置房号 | …`, a couple `A、B（夫妻）`, a
  //    `同上` row, 安置房号 written `…小区3-2-501` as the pages print it (an address); the 公证员, 纪委 监督员 and the
  //    指挥部's office as decoys.
  {
    const c = county();
    const notary = person('女');
    const monitor = person('男');
    const seat = office(c);
    const estate = `${c}和园安置小区`;
    const pii: Label[] = [];
    const lines = [
      `${c}${pick(['北关', '河滨'])}片区房屋征收指挥部`,
      '关于安置房分配结果的公示',
      `    ${date()}，在${c}公证处公证员${notary}现场公证、县纪委监委派驻监督员${monitor}全程监督下，片区被征收人通过公开摇号选定安置房。现将分配结果公示如下：`,
      '序号 | 被征收人 | 原房屋坐落 | 安置房号 | 安置面积（㎡）',
    ];
    let prev = '';
    for (let i = 1; i <= 6; i++) {
      const owner = i === 2 ? `${person('男')}、${person('女')}（夫妻）` : person();
      const names = owner.replace('（夫妻）', '').split('、');
      const old = i === 5 ? '同上' : `${c}${pick(['北关', '河滨'])}${pick(['前街', '后巷', '东巷'])}${int(1, 80)}号`;
      const unit = `${estate}${int(1, 12)}-${int(1, 3)}-${int(1, 17)}0${int(1, 4)}`;
      pii.push(...names.map(P), A(unit));
      if (old !== '同上') pii.push(A(old));
      else lines.push(`（注：第${i}户与第${i - 1}户${prev}系同一院落分户）`);
      prev = names[0];
      lines.push(`${i} | ${owner} | ${old} | ${unit} | ${int(60, 130)}.${int(10, 99)}`);
    }
    lines.push(`    公示期5天。联系地址：${seat}（征收指挥部综合组），电话：${landline(c)}。`);
    add(lines.join('\n'), pii, [notary, monitor, seat]);
  }
}
