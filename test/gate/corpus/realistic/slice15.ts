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

import { seededRandom, uniqueName } from '../generate.js';
import { A, col, M, P, PL, recorder, toTrad, type AddRecord, type Label } from './blind.js';

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
  县: '縣', 乡: '鄉', 镇: '鎮', 号: '號', 宁: '寧', 刘: '劉', 贺: '賀', 郝: '郝', 汉: '漢', 宽: '寬', 间: '間', 层: '層', 砖: '磚', 积: '積', 丛: '叢', 员: '員', 会: '會', 联: '聯', 系: '繫', 话: '話', 戈: '戈', 扶: '扶', 晨: '晨', 光: '光', 郭: '郭',
};
const trad = (s: string): string => toTrad([...s].map((c) => TRAD[c] ?? c).join(''));

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
      `    为让杜甫笔下“安得广厦千万间”的期盼落到实处，经申请、街道初审、部门联审和公开摇号，确定以下5户家庭配租${project}。现将配租结果公示如下：`,
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
    add(lines.join('\n'), pii, [project, '杜甫', clerk, seat]);
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
      '    拆除重建户所需砖块由阿吉村海来氏砖厂按统一价格供应，修缮加固户可自行选购建材。',
      `    以上对象经本人申请、村民代表评议、乡人民政府审核。公示期间，由洛古村驻村第一书记${first}和依达村党支部书记${secretary}负责收集群众意见。`,
      `    监督电话：${landline('布洛县')}`,
    );
    add(lines.join('\n'), pii, [first, secretary, `${YI_COUNTY}${town}人民政府`, '海来氏砖厂']);
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

  // 6. A court's 失信被执行人 and 限制消费 名单 as a tab table: `被执行人 性别 身份证号码 住所地 案号 …`, IDs masked by the
  //    court (decoys), `住所地` a home; a company with its `法定代表人` (a person) and its seat (a decoy); then prose naming
  //    a 被执行人 in brackets after a case number (`（2025）…执…号（X）`), the applicant creditor, a car (a plate); the
  //    执行法官 and the court's seat as decoys.
  {
    const c = county();
    const region = CODES[c].region;
    const pii: Label[] = [];
    const decoys: string[] = [];
    const caseNo = (): string => `（2025）${CODES[c].plate[0]}${region.slice(2)}执${int(100, 1999)}号`;
    const lines = [`${c}人民法院`, '失信被执行人及限制消费人员名单公告', '    下列被执行人未履行生效法律文书确定的给付义务，本院依法将其纳入失信被执行人名单并限制高消费，现予公布：', '序号\t被执行人\t性别\t身份证号码\t住所地\t案号\t未履行金额（元）'];
    for (let i = 1; i <= 4; i++) {
      const sex = i === 2 ? '女' : '男';
      const who = person(sex);
      const masked = `${region}********${digits(3)}${pick(['1', '3', '6', 'X'])}`;
      const home = i === 3 ? rural(c) : flat(c);
      pii.push(P(who), A(home));
      decoys.push(masked);
      lines.push(`${i}\t${who}\t${sex}\t${masked}\t${home}\t${caseNo()}\t${int(2, 90)}${digits(3)}`);
    }
    const boss = person('男');
    const firm = `${c}${pick(['华兴', '鸿达', '丰茂'])}建材有限公司`;
    const firmSeat = office(c);
    lines.push(`5\t${firm}（法定代表人：${boss}）\t—\t91${region}MA${digits(2)}${pick(['H', 'K'])}${digits(5)}\t${firmSeat}\t${caseNo()}\t${int(20, 300)}${digits(3)}`);
    pii.push(P(boss));
    decoys.push(firm, firmSeat);
    const debtor = person('男');
    const creditor = person('女');
    const plate = `${CODES[c].plate}${digits(1)}${pick(['D', 'K', 'R'])}${digits(3)}`;
    const judge = person('男');
    const seat = office(c);
    lines.push(
      `    另查明，${caseNo()}（${debtor}）一案中，申请执行人${creditor}的借款本息至今未获清偿。被执行人${debtor}名下登记的${plate}号小型轿车已由本院查封，其本人已被限制乘坐飞机、列车软卧及高铁一等座。`,
      `    被执行人履行义务后，可向本院申请删除失信信息。执行法官：${judge}　联系电话：${landline(c)}　本院地址：${seat}`,
    );
    pii.push(P(debtor), P(creditor), PL(plate));
    add(lines.join('\n'), pii, [...decoys, judge, seat]);
  }

  // 7. 救助管理站 寻亲 启事: a rescued elder who names himself (`自述姓名：X（音）`) and his home village and group (an
  //    address), the crossing where he was found and the 派出所 that brought him as decoys; then a family's notice relayed
  //    by the 民政局 (`X，女，…年生，家住…室`, `家属联系人：其子Y，手机…` — the family's contact, personal data); the
  //    station's duty line and its staff as decoys.
  {
    const c = county();
    const elder = person('男');
    const claimed = `${pick(TOWNS)}${pick(VILLAGES)}${pick(GROUPS)}`;
    const crossing = `${c}${NAMELIKE[0]}与${NAMELIKE[1]}交叉口`;
    const lost = person('女');
    const lostHome = flat(c);
    const son = kin(lost, '男');
    const mobile = pick(['139', '153', '176', '181', '198']) + digits(8);
    const staff = person('女');
    add(
      [
        `${c}救助管理站寻亲启事`,
        `    ${date()}晚，${c}公安局城关派出所民警在${crossing}发现一名流浪老人，护送至本站救助。`,
        `    受助人员自述姓名：${elder}（音），男，约75岁，身高165厘米左右，偏瘦，头发花白，说话带方言口音，自述家住${claimed}，但说不清所在县市。发现时身穿深蓝色中山装，脚穿回力牌白色胶鞋。`,
        `    请知情者或其亲属与本站联系。值班电话：${landline(c)}（24小时）　联系人：${staff}`,
        '',
        `    另：受家属委托，${c}民政局发布寻人信息如下：${lost}，女，${int(1938, 1948)}年生，家住${lostHome}，患阿尔茨海默病，于${date()}上午独自出门后未归，走失时穿红色毛衣、灰色裤子。家属联系人：其子${son}，手机${mobile}。`,
      ].join('\n'),
      [P(elder), A(claimed), P(lost), A(lostHome), P(son), M(mobile)],
      [crossing, '城关派出所', '回力', staff],
    );
  }

  // 8. 无名遗体 认领公告 in prose: no name (无名氏), where the body was found (a river bank, no one's home), the villager
  //    who found it (a person), the case officer and the funeral home as decoys; a wrist tattoo of a word-like name read
  //    as a tattoo, not a person (`文有“忠”字`).
  {
    const c = county();
    const town = pick(TOWNS);
    const finder = person('男');
    const officer = person('男');
    const bank = `${town}${pick(VILLAGES)}东侧河道`;
    add(
      [
        `${c}民政局　${c}公安局`,
        '无名遗体认领公告',
        `    ${date()}，${bank}发现一具无名男性遗体，系该村村民${finder}在河边放羊时发现并报警。`,
        '    死者特征：年龄约50至60岁，身高约170厘米，短发，左手腕内侧文有“忠”字，上身穿黑色夹克，下身穿蓝色牛仔裤，无随身证件。经公安机关检验，排除他杀。',
        `    遗体现存放于${c}殡仪馆。请死者家属自公告之日起60日内持有效证件到${c}公安局刑侦大队（联系人：${officer}，电话：${landline(c)}）办理认领手续。逾期无人认领的，按无人认领遗体有关规定处理。`,
      ].join('\n'),
      [P(finder)],
      [bank, officer, `${c}殡仪馆`, '无名男性遗体'],
    );
  }

  // 9. 12345 热线 月度 工单 办理情况 通报 in prose: a 副县长 answering calls (decoy); citizens named in full with their homes
  //    (`市民X反映，其居住的…室`), then by surname + 某 (decoy); `X女士`, `何某某` masked by the publisher (decoys); a villager
  //    and the neighbour he complains of; a car's plate; 华润万家, 范仲淹, 黄金周, a 网格员 title alone as decoys.
  {
    const c = county();
    const deputy = person('女');
    const a = person('男');
    const aHome = flat(c);
    const aMasked = `${a[0]}某`;
    const b = person('男');
    const bHome = rural(c);
    const neighbour = person('男');
    const ladyName = `${pick([...SURNAMES])}女士`;
    const masked = `${pick([...SURNAMES])}某某`;
    const eatery = `${pick(['洪', '霍', '杭'])}记羊肉馆`;
    const carOwner = wordlike();
    const plate = `${CODES[c].plate}${pick(['5', '8'])}${pick(['A', 'M'])}${digits(3)}`;
    const clerk = person('女');
    const month = int(5, 9);
    const orderNo = (): string => `2025${pad(month, 2)}${pad(int(1, 28), 2)}${digits(4)}`;
    add(
      [
        `${c}12345政务服务便民热线`,
        `2025年${month}月工单办理情况通报`,
        `    本月热线共受理群众诉求${int(2, 4)},${digits(3)}件，按时办结率${int(96, 99)}.${digits(1)}%。${month}月${int(1, 28)}日，副县长${deputy}到热线中心现场接听群众来电，当场交办工单${int(5, 12)}件。正所谓“先天下之忧而忧”，范仲淹的这句话应成为各承办单位的座右铭。现将典型工单通报如下：`,
        `    一、工单号${orderNo()}：市民${a}反映，其居住的${aHome}楼顶防水层破损，连续雨天室内渗水。县住建局督促物业于三日内完成维修，回访时${aMasked}表示满意。`,
        `    二、工单号${orderNo()}：${ladyName}来电反映，黄金周期间城区华润万家超市门前占道经营严重。县城管局已安排执法队员每日巡查。`,
        `    三、工单号${orderNo()}：家住${bHome}的村民${b}反映，邻居${neighbour}在其房后堆放建筑垃圾堵塞排水沟。镇政府组织村“两委”和网格员上门调解，${neighbour}已于次日清运完毕。`,
        `    四、工单号${orderNo()}：市民反映车牌号为${plate}的轿车长期停放在小区消防通道。经查，车主${carOwner}已将车辆挪走，交警部门对其进行了批评教育。`,
        `    五、工单号${orderNo()}：${masked}反映“${eatery}”油烟扰民问题，因诉求人提供的地址不详，承办单位未能核实，已退回热线中心补充信息。`,
        `    对办理不力的承办单位，热线中心将予以通报。（供稿：热线中心　${clerk}）`,
      ].join('\n'),
      [P(a), A(aHome), P(b), A(bHome), P(neighbour), P(carOwner), PL(plate)],
      [deputy, aMasked, ladyName, masked, '华润万家', '范仲淹', '黄金周', '网格员', eatery, clerk],
    );
  }

  // 10. 公租房 资格审核 公示 aligned with spaces for print (`姓名 性别 家庭人口 现居住地址 保障方式`), a compound surname and a
  //     word-like name among the applicants; the 社区 and its secretary as decoys.
  {
    const c = county();
    const secretary = person('男');
    const pii: Label[] = [];
    const lines = [`${c}${pick(['东关', '南街'])}社区`, '公共租赁住房申请家庭资格审核结果公示', `${col('序号', 6)}${col('姓名', 10)}${col('性别', 6)}${col('家庭人口', 10)}${col('现居住地址', 48)}保障方式`];
    for (let i = 1; i <= 5; i++) {
      const sex = i % 2 === 0 ? '女' : '男';
      const who = i === 1 ? compound('女') : i === 4 ? wordlike() : person(sex);
      const home = i === 5 ? `${c}${pick(NAMELIKE)}${int(5, 80)}号院${int(1, 6)}排${int(1, 9)}号` : flat(c);
      pii.push(P(who), A(home));
      lines.push(`${col(String(i), 6)}${col(who, 10)}${col(i === 1 ? '女' : sex, 6)}${col(String(int(1, 5)), 10)}${col(home, 48)}${pick(['实物配租', '租赁补贴'])}`);
    }
    lines.push(`    公示期7天。社区党委书记：${secretary}　监督电话：${landline(c)}`);
    add(lines.join('\n'), pii, [secretary]);
  }

  // 11. A traditional-script mirror of a 村民建房 批前公示 listing three households as a ` | ` table with the neighbours in a
  //     `四鄰` cell (`東：X家；西：Y家`); the 鎮自然資源所 contact and the village committee as decoys.
  {
    const c = county();
    const town = pick(TOWNS);
    const village = pick(VILLAGES.filter((v) => v !== '丰年村'));
    const contact = person('女');
    const pii: Label[] = [];
    const lines = [trad(`${c}${town}人民政府`), '農村村民住宅建設批前公示', '序號 | 申請人 | 家庭人口 | 建設地點 | 佔地面積（㎡） | 四鄰'];
    for (let i = 1; i <= 3; i++) {
      const who = person('男');
      const site = `${village}${pick(GROUPS)}${int(1, 70)}号`;
      const [e, w] = [person('男'), person('女')];
      pii.push(P(trad(who)), A(trad(site)), P(trad(e)), P(trad(w)));
      lines.push(`${i} | ${trad(who)} | ${int(3, 6)} | ${trad(site)} | ${int(100, 160)} | 東：${trad(e)}家；西：${trad(w)}家；南、北：村道`);
    }
    lines.push(
      '    以上申請經村民小組會議討論、村民委員會審查，符合「一戶一宅」規定。公示期7日，如有異議請向鎮自然資源所反映。',
      `    聯繫人：${trad(contact)}　電話：${landline(c)}　${trad(`${village}村民委员会`)}`,
    );
    add(lines.join('\n'), pii, [trad(contact), trad(`${village}村民委员会`)]);
  }
}
