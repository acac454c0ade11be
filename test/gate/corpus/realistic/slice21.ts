/**
 * Held-out slice 21: whole documents written blind (without reading review/), of kinds slices 1–20 do not use — a 门诊慢特病
 * 待遇认定 结果 公示, a 大病 二次报销 公示, a 动物疫病 强制扑杀 补偿 公示, a 种粮大户 补贴 公示, a 教师资格 认定 合格 名单, a newspaper's
 * 遗失声明 page, a 供水 欠费 催缴 公告, an 环境 信访 举报 处理 公示, a 网格员 走访 news item and a traditional-script mirror — weighted
 * as much towards precision as recall. Its own seed and pools: common surnames mixed with rare ones none of slices 9–19
 * draw (綦, 胥, 尤, 郇, 庹, 隗, 冒, 佴), compound ones (濮阳 — also a city —, 南宫), given names that are words (国防, 粮仓,
 * 玉柱, 麦香, 稻花, 招弟) or doubled (丽丽, 亮亮, 朵朵), Hui names where the venue calls for them, and counties, villages,
 * streets and estates of its own (尤家坝村 and 胥家湾村 carry its surnames, 玉柱路 and 明德路 read like names).
 */

import { idCheck, seededRandom, uniqueName } from '../generate.js';
import { A, I, M, P, PL, col, distinctValues, recorder, toTrad, type AddRecord } from './blind.js';

const COMMON = '王李张刘陈杨黄赵周吴徐孙胡朱郭何高林罗马梁宋郑谢';
const RARE = '綦胥尤郇庹隗冒佴';
const COMPOUND = ['濮阳', '南宫'];
const MALE = ['国防', '鹏程', '粮仓', '玉柱', '四清', '援越', '跃华', '麦收', '石磙', '铁蛋', '长根', '满福', '守业', '立本', '耕田', '亮亮', '栋梁', '兴旺', '永年', '泽'];
const FEMALE = ['麦香', '稻花', '山花', '荷花', '招弟', '淑贞', '丽丽', '杏儿', '喜鹊', '春妮', '秀梅', '翠萍', '朵朵', '玉珍', '银凤', '巧凤', '小燕', '颖'];
const HUI = ['马哈吉', '者玉梅', '马乃麦', '马尔撒'];

const CODES: Record<string, { tel: string; region: string }> = {
  沅坪县: { tel: '0739', region: '430527' },
  潼桥县: { tel: '0913', region: '610528' },
  岫阳县: { tel: '0415', region: '210624' },
  沔溪县: { tel: '0916', region: '610725' },
};
const TOWNS = ['苇塘镇', '沙湾乡', '石埠镇', '野鸭塘乡'];
// 友谊村 and 山花村 read like a word and a given name of the pool; 尤家坝村 and 胥家湾村 carry its surnames.
const VILLAGES = ['柿子沟村', '杨柳湾村', '五星村', '友谊村', '尤家坝村', '胥家湾村', '山花村'];
const GROUPS = ['一组', '三组', '四组', '七组', '九组', '坝上组', '油坊组'];
// 玉柱, 明德, 顺和 read like given names: they carry bodies' addresses (decoys) and some homes.
const STREETS = ['玉柱路', '明德路', '顺和街', '望江路'];
const ESTATES = ['鑫城小区', '润泽苑', '翔宇花园', '沐晖家园'];

const TRAD: Record<string, string> = {
  沅: '沅', 坪: '坪', 潼: '潼', 桥: '橋', 岫: '岫', 沔: '沔', 苇: '葦', 塘: '塘', 沙: '沙', 湾: '灣', 埠: '埠', 鸭: '鴨', 柿: '柿', 杨: '楊', 柳: '柳',
  谊: '誼', 坝: '壩', 胥: '胥', 尤: '尤', 郇: '郇', 庹: '庹', 隗: '隗', 冒: '冒', 佴: '佴', 綦: '綦', 濮: '濮', 宫: '宮', 防: '防', 鹏: '鵬', 程: '程',
  粮: '糧', 仓: '倉', 柱: '柱', 清: '清', 援: '援', 越: '越', 跃: '躍', 收: '收', 磙: '磙', 蛋: '蛋', 根: '根', 满: '滿', 福: '福', 守: '守', 业: '業',
  立: '立', 本: '本', 耕: '耕', 亮: '亮', 栋: '棟', 梁: '梁', 兴: '興', 旺: '旺', 永: '永', 年: '年', 泽: '澤', 麦: '麥', 香: '香', 稻: '稻', 荷: '荷',
  招: '招', 弟: '弟', 贞: '貞', 丽: '麗', 杏: '杏', 鹊: '鵲', 妮: '妮', 梅: '梅', 翠: '翠', 萍: '萍', 朵: '朵', 珍: '珍', 银: '銀', 巧: '巧', 燕: '燕',
  颖: '穎', 组: '組', 坊: '坊', 号: '號', 县: '縣', 乡: '鄉', 镇: '鎮', 鑫: '鑫', 润: '潤', 苑: '苑', 翔: '翔', 宇: '宇', 园: '園', 沐: '沐', 晖: '暉',
  顺: '順', 和: '和', 街: '街', 望: '望', 江: '江', 德: '德', 门: '門', 单: '單'
};
const trad = (s: string): string => toTrad([...s].map((c) => TRAD[c] ?? c).join(''));

export function slice21(addRecord: AddRecord, used: Set<string>): void {
  const { pick, int, digits, pad, chance } = seededRandom(21_2026_1201);
  const add = recorder('holdout21', addRecord);
  const fresh = (make: () => string): string => uniqueName(used, make, 2000);
  const surname = (): string => (chance(0.08) ? pick(COMPOUND) : chance(0.3) ? pick([...RARE]) : pick([...COMMON]));
  const person = (sex?: '男' | '女'): string => {
    const s = sex ?? (chance(0.5) ? '男' : '女');
    return fresh(() => surname() + pick(s === '男' ? MALE : FEMALE));
  };
  const familyOf = (name: string): string => COMPOUND.find((c) => name.startsWith(c)) ?? name[0];
  const kin = (of: string, sex: '男' | '女' = '男'): string => fresh(() => familyOf(of) + pick(sex === '男' ? MALE : FEMALE));
  const hui = (): string => fresh(() => pick(HUI));
  const landline = (c: string): string => `${CODES[c].tel}-${int(3, 8)}${digits(6)}`;
  const office = (c: string): string => `${c}${pick(STREETS)}${int(2, 199)}号`;
  const date = (): string => `2025年${int(1, 11)}月${int(1, 28)}日`;
  const distinct = distinctValues();
  const group = (c: string, town = pick(TOWNS), village = pick(VILLAGES)): string => distinct(() => `${c}${town}${village}${pick(GROUPS)}`);
  const rural = (c: string, town = pick(TOWNS), village = pick(VILLAGES)): string => distinct(() => `${c}${town}${village}${pick(GROUPS)}${int(1, 88)}号`);
  const flat = (c: string): string => distinct(() => `${c}${pick(STREETS)}${pick(ESTATES)}${int(1, 26)}栋${int(1, 4)}单元${int(1, 18)}0${int(1, 4)}室`);
  const idFor = (c: string, year: number): string => {
    const body = `${CODES[c].region}${year}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}${digits(3)}`;
    return body + idCheck(body);
  };
  const money = (lo: number, hi: number): string => `${int(lo, hi)}.${pad(int(0, 99), 2)}`;

  // 1. 门诊慢特病 待遇认定 结果 公示 as a tab table: 参保人 (persons) with sex, a masked ID (the bureau's own mask: a decoy), a
  //    bare 村/社区 column (no address), 病种 (never an address), the 认定结论; the 医保局's 联系人 and 地址 as decoys, 明德社区
  //    reading like a name, and a 专家组 led by a named doctor acting in office (a decoy).
  {
    const c = '沅坪县';
    const sexes = Array.from({ length: 8 }, () => (chance(0.5) ? '男' : '女') as '男' | '女');
    const insured = sexes.map((s) => person(s));
    const places = ['苇塘镇柿子沟村', '苇塘镇明德社区', '沙湾乡五星村', '石埠镇友谊村', '沙湾乡杨柳湾村', '苇塘镇明德社区', '野鸭塘乡山花村', '石埠镇尤家坝村'];
    const diseases = ['高血压（Ⅲ级）', '2型糖尿病', '慢性阻塞性肺疾病', '恶性肿瘤门诊放化疗', '慢性肾功能衰竭（透析）', '类风湿性关节炎', '精神分裂症', '冠心病'];
    const masked = insured.map(() => `${CODES[c].region}********${digits(3)}${pick(['1', '2', 'X'])}`);
    const expert = person('男');
    const contact = person('女');
    const seat = office(c);
    add(
      [
        `${c}医疗保障局关于2025年第三批城乡居民门诊慢特病待遇认定结果的公示`,
        `    根据《${c}城乡居民基本医疗保险门诊慢特病管理办法》，经定点医疗机构初审、县门诊慢特病鉴定专家组（组长：主任医师${expert}）集中评审，现将第三批认定结果公示如下：`,
        '序号\t姓名\t性别\t身份证号\t所属乡镇（村/社区）\t申报病种\t认定结论',
        ...insured.map((n, k) => `${k + 1}\t${n}\t${sexes[k]}\t${masked[k]}\t${places[k]}\t${diseases[k]}\t${k === 5 ? '不予认定（资料不全）' : '认定'}`),
        `    公示期为2025年9月${int(1, 9)}日至9月${int(15, 19)}日。对公示结果有异议的，可向县医疗保障局待遇保障股反映，联系人：${contact}，电话：${landline(c)}，地址：${seat}。`,
        `    ${c}医疗保障局`,
        `    ${date()}`,
      ].join('\n'),
      insured.map(P),
      [expert, contact, seat, masked[0], masked[3], '明德社区', '高血压（Ⅲ级）', '恶性肿瘤门诊放化疗'],
    );
  }

  // 2. 大病 医疗 二次报销 公示 as a ` | ` table: 患者 and 户主 (the same person in both cells when the patient heads the household),
  //    `…乡…村…组` (the household's village group, labelled a home), 与户主关系; a note naming a patient who died (`患者X已于…去世，
  //    由其子Y代领`); the 医保中心 and the bank as decoys, and `王某某` the bureau's masked example.
  {
    const c = '潼桥县';
    const heads = Array.from({ length: 6 }, () => person('男'));
    const rel = ['本人', '配偶', '之子', '本人', '之母', '之女'];
    const patients = heads.map((h, k) => (rel[k] === '本人' ? h : rel[k] === '之子' ? kin(h, '男') : rel[k] === '之女' ? kin(h, '女') : person('女')));
    const homes = heads.map(() => group(c));
    const heir = kin(heads[4], '男');
    const clerk = person('女');
    add(
      [
        `${c}2025年度城乡居民大病医疗二次报销对象公示`,
        `    为减轻大病患者家庭负担，经${c}医疗保障事务中心审核，以下${heads.length}名患者符合二次报销条件，现予公示：`,
        '序号 | 患者姓名 | 户主姓名 | 与户主关系 | 家庭住址 | 政策范围内个人自付（元） | 二次报销金额（元）',
        ...heads.map((h, k) => `${k + 1} | ${patients[k]} | ${h} | ${rel[k]} | ${homes[k]} | ${money(21000, 68000)} | ${money(3000, 12000)}`),
        `    备注：患者${patients[4]}已于${date()}去世，报销款由户主${heads[4]}之孙${heir}凭户口簿代领；报销金额通过农村商业银行“一卡通”发放。`,
        `    公示期内如有异议，请向县医疗保障事务中心反映（经办人：${clerk}，电话：${landline(c)}）。对弄虚作假骗取报销的，一经查实，追回资金并依法处理（如王某某冒用他人医保卡一案）。`,
      ].join('\n'),
      [...heads.map(P), ...patients.filter((p) => !heads.includes(p)).map(P), ...homes.map(A), P(heir)],
      [clerk, '王某某', `${c}医疗保障事务中心`, '农村商业银行'],
    );
  }

  // 3. 动物疫病 强制扑杀 补偿 公示: numbered lines `畜主X，养殖地点…`; small holders keep their pigs at home (`…组…号（自家圈舍）`,
  //    labelled an address), a registered 养殖场 named after a nickname has its site (a decoy) and its 负责人 (a natural
  //    person, labelled like a 法定代表人); Hui herders; the 动物卫生监督所's officers with 执法证号 and the 站长 as decoys.
  {
    const c = '沔溪县';
    const small = [hui(), hui(), person('男'), person('女')];
    const homes = small.map(() => rural(c, '沙湾乡'));
    const farmHead = person('男');
    const farm = '沔溪县庹老三生猪养殖场';
    const farmSite = `${c}沙湾乡杨柳湾村东坡（原砖厂旧址）`;
    const officers = [person('男'), person('男')];
    const chief = person('女');
    const son = kin(small[2], '男');
    add(
      [
        `${c}农业农村局关于非洲猪瘟疫点强制扑杀补偿情况的公示`,
        `    ${date()}，沙湾乡杨柳湾村发生一起非洲猪瘟疫情。按照疫情处置规定，县动物卫生监督所对疫点及受威胁区内生猪实施强制扑杀和无害化处理，执法人员${officers[0]}（执法证号：${digits(8)}）、${officers[1]}（执法证号：${digits(8)}）全程监督。现将补偿情况公示如下：`,
        ...small.map((s, k) => `${k + 1}.畜主${s}，养殖地点：${homes[k]}（自家圈舍），扑杀生猪${int(3, 19)}头，补偿金额${int(2, 19) * 800}元。`),
        `5.${farm}（负责人：${farmHead}），养殖地点：${farmSite}，扑杀生猪${int(120, 400)}头，补偿金额${int(100, 320) * 800}元。`,
        `    其中，畜主${small[2]}因年老行动不便，补偿款由其子${son}代为签收。补偿资金由县财政直接拨付至畜主“一卡通”账户。`,
        `    公示期7天。监督电话：${landline(c)}（县畜牧兽医站站长${chief}）。`,
      ].join('\n'),
      [...small.map(P), ...homes.map(A), P(farmHead), P(son)],
      [farm, farmSite, officers[0], officers[1], chief, '县动物卫生监督所'],
    );
  }

  // 4. 种粮大户 补贴 公示 as numbered lines, 经营主体 mixing persons (a village group in brackets after the name: a home) and
  //    家庭农场 / 合作社 named after people (decoys, their owners not named); `耕田` and `粮仓` as words in running prose.
  {
    const c = '岫阳县';
    const growers = [person('男'), person('女'), person('男')];
    const homes = growers.map(() => group(c, '石埠镇'));
    // The farms' eponyms are reserved corpus-wide so no labelled person shares them.
    const farmA = `${c}${fresh(() => `郇${pick(MALE)}`)}家庭农场`;
    const farmB = `${c}${fresh(() => `冒${pick(MALE)}`)}家庭农场`;
    const coop = `${c}石埠镇綦氏粮食种植专业合作社`;
    const clerk = person('男');
    const director = person('男');
    add(
      [
        `石埠镇2025年种粮大户补贴拟发放名单公示`,
        '    根据县农业农村局《关于做好2025年种粮大户补贴工作的通知》，经村级申报、镇级核实，实际种植粮食作物面积在50亩以上的经营主体共6户（个），名单如下：',
        `1、${growers[0]}（${homes[0]}），玉米，核实面积86.5亩，补贴${int(40, 90) * 50}元；`,
        `2、${farmA}，水稻，核实面积312亩，补贴${int(200, 400) * 50}元；`,
        `3、${growers[1]}（${homes[1]}），大豆玉米带状复合种植，核实面积64亩，补贴${int(40, 90) * 50}元；`,
        `4、${coop}，小麦，核实面积540亩，补贴${int(400, 600) * 50}元；`,
        `5、${farmB}，玉米，核实面积128亩，补贴${int(100, 200) * 50}元；`,
        `6、${growers[2]}（${homes[2]}），水稻，核实面积57亩，补贴${int(40, 90) * 50}元。`,
        '    种粮大户多年耕田不辍，是全镇粮仓的“压舱石”。公示期间，对名单有异议的，可向镇农业综合服务中心实名反映。',
        `    联系人：${clerk}　电话：${landline(c)}　镇长：${director}`,
      ].join('\n'),
      [...growers.map(P), ...homes.map(A)],
      [farmA, farmB, coop, clerk, director, '多年耕田不辍', '全镇粮仓'],
    );
  }

  // 5. 教师资格 认定 合格 名单 aligned with spaces: 姓名, 性别, 资格种类, 任教学科, 工作单位或毕业学校 (schools as decoys, one named
  //    after 陶行知, one after a village that reads like a name); the 教育局's 认定办 contact as a decoy.
  {
    const c = '潼桥县';
    const sexes = Array.from({ length: 10 }, () => (chance(0.6) ? '女' : '男') as '男' | '女');
    const teachers = sexes.map((s) => person(s));
    const kinds = ['幼儿园', '小学', '小学', '初级中学', '高级中学', '小学', '初级中学', '幼儿园', '中职专业课', '小学'];
    const subjects = ['幼儿园', '语文', '数学', '英语', '物理', '道德与法治', '历史', '幼儿园', '汽车运用与维修', '音乐'];
    const schools = [`${c}第二幼儿园`, `${c}陶行知实验学校`, '渭南师范学院', `${c}五星村小学`, '陕西师范大学', `${c}陶行知实验学校`, `${c}明德路中学`, '宝鸡文理学院', `${c}职业教育中心`, `${c}五星村小学`];
    const contact = person('女');
    add(
      [
        `${c}2025年秋季中小学教师资格认定合格人员名单`,
        `    经资格审查、体检和专家组面试，以下${teachers.length}人符合教师资格认定条件，现予公布。`,
        `${col('序号', 6)}${col('姓名', 10)}${col('性别', 6)}${col('资格种类', 14)}${col('任教学科', 18)}工作单位或毕业学校`,
        ...teachers.map((t, k) => `${col(String(k + 1), 6)}${col(t, 10)}${col(sexes[k], 6)}${col(kinds[k], 14)}${col(subjects[k], 18)}${schools[k]}`),
        `    证书领取时间另行通知。咨询电话：${landline(c)}（县教育局教师资格认定办公室，联系人${contact}）。`,
      ].join('\n'),
      teachers.map(P),
      [contact, `${c}陶行知实验学校`, `${c}五星村小学`, `${c}明德路中学`, '渭南师范学院'],
    );
  }

  // 6. A newspaper's 遗失声明 and 公告 page: a person lost a 房产证 for a flat (`…室`), another a 不动产权证 for a village home,
  //    parents lost a child's 出生医学证明 (the child and both parents are persons, the certificate number is not personal
  //    data of a kind here), a man lost his 身份证 (the number printed in full: an ID); companies' lost seals and a shop's
  //    licence as decoys (the shop named after its owner's nickname), a company's 注销公告 whose 清算组负责人 is a person.
  {
    const c = '岫阳县';
    const p1 = person('女');
    const flat1 = flat(c);
    const p2 = person('男');
    const home2 = rural(c, '野鸭塘乡');
    const child = person('女');
    const father = kin(child, '男');
    const mother = person('女');
    const p4 = person('男');
    const id4 = idFor(c, int(1975, 1992));
    const liquidator = person('男');
    const firm = `${c}顺和商贸有限公司`;
    const shop = `${c}尤记粮油店`;
    const coSeal = `${c}翔宇建筑劳务有限公司`;
    const hotline = person('女');
    add(
      [
        '遗失声明',
        `    ${p1}不慎遗失坐落于${flat1}的房屋所有权证，证号：岫房权证字第${digits(7)}号，声明作废。`,
        `    ${p2}遗失不动产权证书一本，不动产权证号：辽（2021）${c}不动产权第${digits(7)}号，坐落：${home2}，声明作废。`,
        `    ${father}、${mother}之女${child}的出生医学证明（编号：R${digits(9)}）不慎遗失，声明作废。`,
        `    ${p4}遗失居民身份证，证号：${id4}，声明作废。`,
        `    ${coSeal}遗失公章、财务专用章各一枚，声明作废。`,
        `    ${shop}遗失营业执照正本，统一社会信用代码：92210624MA${digits(7)}，声明作废。`,
        '注销公告',
        `    ${firm}经股东会决议拟注销本公司，请债权人自本公告见报之日起四十五日内向本公司清算组申报债权。清算组负责人：${liquidator}。`,
        `（本版刊登热线：${landline(c)}，联系人：${hotline}）`,
      ].join('\n'),
      [P(p1), A(flat1), P(p2), A(home2), P(child), P(father), P(mother), P(p4), I(id4), P(liquidator)],
      [firm, shop, coSeal, hotline],
    );
  }

  // 7. 供水 欠费 催缴 公告 as a ` | ` table `户号 | 户名 | 用水地址 | 欠费期间 | 欠费金额`: households (a home address each, a
  //    village home and flats); a deceased 户名 paid by a son; a shop and a company row with their premises (decoys); the
  //    water company's 营业厅 on a name-like street and its 客服 as decoys; one household's mobile printed in the note.
  {
    const c = '沅坪县';
    const hh = [person('男'), person('女'), person('男'), person('女'), person('男')];
    const addr = hh.map((_, k) => (k % 2 ? rural(c, '苇塘镇') : flat(c)));
    const shop = '沅坪县胥记面馆';
    const shopSite = `${c}望江路${int(10, 99)}号门面`;
    const company = `${c}润泽物业服务有限公司`;
    const companySite = `${c}顺和街${int(100, 199)}号润泽苑物业用房`;
    const son = kin(hh[2], '男');
    const mobile = `15${pick(['0', '2', '8'])}${digits(8)}`;
    const hall = `${c}玉柱路${int(2, 99)}号`;
    const service = person('女');
    const no = (): string => `0${digits(7)}`;
    add(
      [
        `${c}自来水有限责任公司关于催缴欠费水费的公告`,
        '    截至2025年10月31日，下列用户累计欠缴水费超过三个月，经多次上门催缴仍未缴清。现予公告，请于公告之日起15日内缴清，逾期将依照《城市供水条例》和供用水合同暂停供水。',
        '户号 | 户名 | 用水地址 | 欠费期间 | 欠费金额（元）',
        ...hh.map((h, k) => `${no()} | ${h} | ${addr[k]} | 2024年${int(3, 12)}月至2025年10月 | ${money(180, 1600)}`),
        `${no()} | ${shop} | ${shopSite} | 2025年2月至2025年10月 | ${money(900, 3000)}`,
        `${no()} | ${company} | ${companySite} | 2024年11月至2025年10月 | ${money(5000, 12000)}`,
        `    注：户名${hh[2]}已故，其子${son}（电话${mobile}）表示将办理过户并补缴。`,
        `    缴费地点：本公司营业厅（${hall}），或通过“沅坪水务”微信公众号缴纳。客服：${service}，电话：${landline(c)}。`,
      ].join('\n'),
      [...hh.map(P), ...addr.map(A), P(son), M(mobile)],
      [shop, shopSite, company, companySite, hall, service, '城市供水条例'],
    );
  }

  // 8. 环境 信访 举报 处理 情况 公示 as a ` | ` table: 举报人 masked by the publisher (`胥**`, `匿名`, `郑某`: decoys), 被举报对象 a
  //    person whose workshop or farm is at home (the home labelled), a registered company (a decoy) and a case number with the
  //    person in brackets in the prose; a lorry's plate; 执法人员 with 执法证号 and the 生态环境分局 as decoys; `其妻X`.
  {
    const c = '沔溪县';
    const accused = [person('男'), person('女'), person('男')];
    const sites = [rural(c, '石埠镇'), rural(c, '野鸭塘乡'), flat(c)];
    const wife = person('女');
    const plate = `陕F${pick(['', 'D'])}${digits(5)}`.slice(0, 7);
    const company = `${c}鑫城石材加工有限公司`;
    const officers = [person('男'), person('女')];
    const head = person('男');
    const n = [int(101, 130), int(131, 160), int(161, 190), int(191, 220)];
    add(
      [
        `汉中市生态环境局${c}分局2025年10月环境信访举报办理情况公示`,
        '编号 | 举报人 | 被举报对象 | 举报内容 | 办理情况',
        `XF2025-${n[0]} | 胥** | ${accused[0]}（${sites[0]}） | 在自家院内从事废旧塑料熔融造粒，夜间排放刺鼻气体 | 属实。已责令停止生产，设备查封`,
        `XF2025-${n[1]} | 匿名 | ${company} | 石材切割废水直排河道 | 部分属实。已立案调查`,
        `XF2025-${n[2]} | 郑某 | ${accused[1]}（${sites[1]}） | 自家屋后养猪，粪污流入邻家水井 | 属实。已指导建设化粪池`,
        `XF2025-${n[3]} | 匿名 | ${accused[2]}（${sites[2]}） | 在住宅内开设烧烤加工作坊，油烟扰民 | 属实。已责令搬离住宅`,
        `    其中，XF2025-${n[0]}号（被举报人${accused[0]}）一案，执法人员${officers[0]}（执法证号：${digits(8)}）、${officers[1]}（执法证号：${digits(8)}）现场检查时，${accused[0]}的妻子${wife}正驾驶一辆车牌号为${plate}的货车运出成品，车辆已暂扣。`,
        `    举报人信息依法保密。分局局长${head}表示，将对整改情况开展“回头看”。`,
      ].join('\n'),
      [...accused.map(P), ...sites.map(A), P(wife), PL(plate)],
      ['胥**', '郑某', company, officers[0], officers[1], head, `${c}分局`],
    );
  }

  // 9. 社区 网格员 走访 news: the 网格员 and the reporter (staff) as decoys, residents named with their flats (`家住…室的独居老人X`),
  //    a daughter in another city, a neighbour who reports a leak; forms of address (`尤奶奶`), brands (格力, 海尔) and the
  //    社区党委书记 as decoys; the resident named first in full, then `尤奶奶` and `老人`.
  {
    const c = '岫阳县';
    const elder = person('女');
    const elderHome = flat(c);
    const daughter = kin(elder, '女');
    const neighbour = person('男');
    const neighbourHome = flat(c);
    const vet = person('男');
    const vetHome = flat(c);
    const grid = [person('女'), person('男')];
    const secretary = person('女');
    const reporter = person('男');
    const granny = `${familyOf(elder)}奶奶`;
    add(
      [
        '网格员“敲门”送温暖 寒冬时节暖人心',
        `    本报讯（记者 ${reporter}）入冬以来，岫阳县明德社区网格员${grid[0]}、${grid[1]}每天轮流敲开辖区独居老人的家门。`,
        `    ${date()}上午，两人来到家住${elderHome}的独居老人${elder}家中。${elder}今年83岁，女儿${daughter}在大连工作。${grid[0]}帮老人检查了燃气灶和格力空调的线路，又给她的手机设置了一键呼叫。“${granny}，有事就按这个键。”`,
        `    走访中，住在${neighbourHome}的居民${neighbour}反映楼道水管漏水，网格员当场拍照上报，当天下午物业即派人修好。`,
        `    退役军人${vet}（家住${vetHome}）的海尔冰箱坏了，网格员联系志愿者上门维修。社区党委书记${secretary}介绍，社区已为${int(40, 90)}户独居老人建立“一户一档”。`,
      ].join('\n'),
      [P(elder), A(elderHome), P(daughter), P(neighbour), A(neighbourHome), P(vet), A(vetHome)],
      [...grid, secretary, reporter, granny, '格力空调', '海尔冰箱', '明德社区'],
    );
  }

  // 10. A traditional-script mirror of a 大病 救助 notice in prose: `患者X（戶主Y），住…鄉…村…組`, `X之妻Z`, a flat in town, the
  //     patient later `X某` (the publisher's shortening, a decoy); the 醫保局's 經辦人 and 地址 as decoys.
  {
    const c = '沅坪县';
    const p1 = person('男');
    const head1 = kin(p1, '男');
    const home1 = rural(c, '野鸭塘乡');
    const p2 = person('女');
    const home2 = flat(c);
    const wife = person('女');
    const p3 = person('男');
    const home3 = group(c, '石埠镇');
    const clerk = person('男');
    const seat = office(c);
    const short1 = `${familyOf(p1)}某`;
    add(
      trad(
        [
          `${c}醫療保障局關於大病醫療救助對象的公示`,
          `    一、患者${p1}（戶主${head1}），住${home1}，因尿毒症長期透析，年內個人自付${money(30000, 60000)}元，擬救助${int(5, 9)}000元。${short1}家中另有兩名學生，列為重點救助。`,
          `    二、患者${p2}，住${home2}，乳腺癌術後化療，擬救助${int(3, 6)}000元。`,
          `    三、患者${p3}，住${home3}，${p3}之妻${wife}長期陪護，無固定收入，擬救助${int(4, 8)}000元。`,
          `    公示期五個工作日。經辦人：${clerk}，地址：${seat}。`,
        ].join('\n'),
      ),
      [P(trad(p1)), P(trad(head1)), A(trad(home1)), P(trad(p2)), A(trad(home2)), P(trad(p3)), A(trad(home3)), P(trad(wife))],
      [trad(clerk), trad(seat), `${trad(short1)}家中`],
    );
  }
}
