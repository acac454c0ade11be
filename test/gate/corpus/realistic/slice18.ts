/**
 * Held-out slice 18: whole documents written blind (without reading review/), of kinds slices 1–17 do not use — a
 * 收养登记 公告 and its traditional-script mirror, a 户口注销 / 身份证 / 出生医学证明 作废 公告, a 农机购置补贴 公示, a
 * 耕地地力保护补贴 名单 by group, a 林木采伐 许可 公示, a 食品小作坊 登记 公示, a court's 开庭公告, a 烈士 纪念 news item and
 * an Inner Mongolia 嘎查 村务公开 — weighted as much towards precision as recall. Its own seed and pools: rare surnames and
 * surnames that are ordinary words or place characters (楚, 水, 门, 鹿, 才, 展, 代, 但, 初, 祖, 黑, 海), compound ones (皇甫,
 * 公孙, 端木, 百里, 第五, 公冶), given names that are words (拥军, 爱国, 兴旺, 山河, 红星, 秋雨, 稻香, 茶花, 樱桃) or doubled
 * (明明, 军军, 红红, 芳芳), Mongolian names, and counties, villages, streets and estates none of slices 9–17 use.
 */

import { idCheck, seededRandom, uniqueName } from '../generate.js';
import { A, I, M, P, col, distinctValues, recorder, toTrad, type AddRecord } from './blind.js';

const SURNAMES = '楚水门鹿才展代但初祖黑海隋郦邝佟苟靖粟鄢暴扈檀竺昝操仉苍植';
const COMPOUND = ['皇甫', '公孙', '端木', '百里', '第五', '公冶'];
const MALE = ['拥军', '爱国', '兴旺', '银河', '山河', '红星', '雷鸣', '海峰', '宝库', '学农', '凯旋', '丰登', '大雪', '冬至', '守业', '铁牛', '卫红', '明明', '军军', '东东', '壮壮', '锋', '钢', '岩'];
const FEMALE = ['秋雨', '稻香', '茶花', '水仙', '樱桃', '石榴', '香草', '春妮', '凤姑', '巧凤', '月亮', '麦穗', '小雪', '红红', '芳芳', '静静', '佳佳', '蕊', '莺'];
const MONGOL = ['苏德巴图', '达古拉', '萨仁格日勒', '宝音朝克图', '青格尔泰', '斯琴毕力格', '额尔很巴雅尔', '阿迪雅', '乌仁陶高', '特格希', '敖其尔', '照日格图', '嘎拉珠'];

const CODES: Record<string, { tel: string; region: string }> = {
  峪河县: { tel: '0391', region: '410931' },
  磐溪县: { tel: '0739', region: '430531' },
  棠阴县: { tel: '0797', region: '361131' },
  呼仁塔拉旗: { tel: '0479', region: '152531' },
};
const TOWNS = ['鹿鸣镇', '槐荫乡', '竹林铺镇', '双桥乡', '黑石乡'];
// 楚家湾村 and 才家沟村 carry surnames of the pool; 兴隆村, 永康村 and 大雪山村 read like words or given names.
const VILLAGES = ['楚家湾村', '海子沿村', '檀树坪村', '才家沟村', '兴隆村', '永康村', '大雪山村'];
const GROUPS = ['一组', '三组', '四组', '七组', '九组', '河坝组', '庙湾组'];
// 振国, 立群, 建民, 淑贤 read like given names: they carry bodies' addresses (decoys).
const NAMELIKE = ['振国街', '立群路', '建民路', '淑贤路'];
const ESTATES = ['和谐家园', '盛世华庭', '檀香苑', '农机站宿舍'];

// Traditional forms this slice needs beyond blind.ts's table.
const TRAD: Record<string, string> = {
  峪: '峪', 磐: '磐', 棠: '棠', 阴: '陰', 鹿: '鹿', 鸣: '鳴', 槐: '槐', 荫: '蔭', 铺: '鋪', 桥: '橋', 湾: '灣', 沿: '沿', 檀: '檀', 坪: '坪', 隆: '隆',
  康: '康', 庙: '廟', 贤: '賢', 谐: '諧', 园: '園', 华: '華', 庭: '庭', 机: '機', 站: '站', 楚: '楚', 门: '門', 郦: '酈', 邝: '鄺', 苟: '苟', 鄢: '鄢',
  扈: '扈', 苍: '蒼', 孙: '孫', 皇: '皇', 拥: '擁', 爱: '愛', 兴: '興', 旺: '旺', 银: '銀', 河: '河', 红: '紅', 星: '星', 雷: '雷', 峰: '峰',
  库: '庫', 农: '農', 凯: '凱', 旋: '旋', 丰: '豐', 登: '登', 雪: '雪', 冬: '冬', 业: '業', 铁: '鐵', 卫: '衛', 军: '軍', 东: '東', 壮: '壯',
  锋: '鋒', 钢: '鋼', 稻: '稻', 香: '香', 茶: '茶', 樱: '櫻', 桃: '桃', 榴: '榴', 妮: '妮', 凤: '鳳', 姑: '姑', 巧: '巧', 亮: '亮', 穗: '穗',
  芳: '芳', 静: '靜', 佳: '佳', 莺: '鶯', 组: '組', 号: '號', 县: '縣', 乡: '鄉', 镇: '鎮', 村: '村', 单: '單', 楼: '樓', 区: '區', 栋: '棟',
};
const trad = (s: string): string => toTrad([...s].map((c) => TRAD[c] ?? c).join(''));

export function slice18(addRecord: AddRecord, used: Set<string>): void {
  const { pick, int, digits, pad, chance } = seededRandom(18_2026_1201);
  const add = recorder('holdout18', addRecord);
  const fresh = (make: () => string): string => uniqueName(used, make, 2000);
  const surname = (): string => (chance(0.15) ? pick(COMPOUND) : pick([...SURNAMES]));
  const person = (sex?: '男' | '女'): string => {
    const s = sex ?? (chance(0.5) ? '男' : '女');
    return fresh(() => surname() + pick(s === '男' ? MALE : FEMALE));
  };
  const familyOf = (name: string): string => COMPOUND.find((c) => name.startsWith(c)) ?? name[0];
  const kin = (of: string, sex: '男' | '女' = '男'): string => fresh(() => familyOf(of) + pick(sex === '男' ? MALE : FEMALE));
  const mongol = (): string => fresh(() => pick(MONGOL));
  const landline = (c: string): string => `${CODES[c].tel}-${int(5, 8)}${digits(6)}`;
  const office = (c: string): string => `${c}${pick(NAMELIKE)}${int(2, 160)}号`;
  const date = (): string => `2025年${int(1, 10)}月${int(1, 28)}日`;
  // Homes of one document: no two alike and none inside another (each value is labelled once).
  const distinct = distinctValues();
  const rural = (c: string, town = pick(TOWNS), village = pick(VILLAGES)): string => distinct(() => `${c}${town}${village}${pick(GROUPS)}${int(1, 88)}号`);
  const flat = (c: string): string => distinct(() => `${c}${pick(NAMELIKE)}${pick(ESTATES)}${int(1, 18)}栋${int(1, 4)}单元${int(1, 11)}0${int(1, 4)}室`);
  const idFor = (c: string, year: number): string => {
    const body = `${CODES[c].region}${year}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}${digits(3)}`;
    return body + idCheck(body);
  };
  const masked = (c: string): string => `${CODES[c].region}********${digits(3)}${pick(['1', '6', 'X'])}`;

  // 1. 收养登记 公告 (查找生父母): `收养人X（男，…出生，住…）、Y（女，…）夫妇`, the child named by the welfare home (国 as
  //    a surname), found at a clinic's door (no one's home); a second case with the 收养人's flat and the child's
  //    birth mother named; the 婚姻收养登记处's 联系人, its address on a name-like street and the 福利院 as decoys.
  {
    const c = '峪河县';
    const father = person('男');
    const mother = person('女');
    const child = fresh(() => `国${pick(['小满月', '安宁', '欣禾', '念慈'])}`);
    const home = rural(c);
    const town = pick(TOWNS);
    const adopter2 = person('女');
    const child2 = kin(adopter2, '女');
    const flat2 = flat(c);
    const birthMother = person('女');
    const clerk = person('女');
    const seat = office(c);
    add(
      [
        `${c}民政局`,
        '收养登记公告',
        `    收养人${father}（男，${int(1980, 1988)}年${int(1, 12)}月出生，住${home}）、${mother}（女，${int(1982, 1990)}年${int(1, 12)}月出生）夫妇，向本机关申请收养${c}儿童福利院抚养的儿童${child}（女，2023年${int(1, 12)}月出生）。`,
        `    ${child}于2023年${int(1, 12)}月${int(1, 28)}日在${town}卫生院门诊楼门口被发现，发现时身穿红色棉衣，随身有写明出生日期的纸条一张。`,
        `    收养人${adopter2}（女，${int(1978, 1985)}年生，未婚，住${flat2}）申请收养其表姐${birthMother}之女${child2}（女，2019年生）。${birthMother}因患重病无力抚养，已书面同意送养。`,
        '    请被收养人的生父母或其他监护人自公告之日起60日内，持有效身份证件到本机关认领。逾期无人认领的，视为查找不到生父母的儿童，本机关将依法办理收养登记。',
        `    联系人：${clerk}（婚姻收养登记处）　电话：${landline(c)}`,
        `    地址：${seat}`,
        `    ${c}民政局　${date()}`,
      ].join('\n'),
      [P(father), P(mother), P(child), A(home), P(adopter2), P(child2), A(flat2), P(birthMother)],
      [clerk, seat, `${c}儿童福利院`, `${town}卫生院`, '婚姻收养登记处'],
    );
  }

  // 2. 户口注销 公告 with numbered lines (`1．X　男　公民身份号码：…（masked）　住址：…`), one ID printed in full by the
  //    police station, a 居民身份证 遗失 line and an 出生医学证明 作废 line naming both parents (the certificate number a
  //    decoy); the 派出所's 户籍民警 and the station's address as decoys.
  {
    const c = '磐溪县';
    const dead = [person('男'), person('女'), person('男')];
    const deadHomes = [rural(c), rural(c), flat(c)];
    const dup = person('女');
    const dupId = idFor(c, int(1960, 1975));
    const dupHome = rural(c);
    const masks = [masked(c), masked(c), masked(c)];
    const lost = person('男');
    const lostMask = masked(c);
    const baby = person('男');
    const dad = kin(baby, '男');
    const mum = person('女');
    const cert = `Q${int(4, 5)}${digits(8)}`;
    const officer = person('男');
    const station = `${c}公安局${pick(TOWNS)}派出所`;
    const seat = office(c);
    add(
      [
        `${station}`,
        '关于注销户口及相关证件作废的公告',
        '    经调查核实，下列人员已死亡或重复登记户口，根据《户口登记条例》有关规定，现予注销其户口，其居民身份证同时作废：',
        `1．${dead[0]}　男　公民身份号码：${masks[0]}　住址：${deadHomes[0]}　注销原因：死亡`,
        `2．${dead[1]}　女　公民身份号码：${masks[1]}　住址：${deadHomes[1]}　注销原因：死亡`,
        `3．${dead[2]}　男　公民身份号码：${masks[2]}　住址：${deadHomes[2]}　注销原因：死亡`,
        `4．${dup}　女　公民身份号码：${dupId}　住址：${dupHome}　注销原因：重复登记（保留${c}另一处户口）`,
        `    另：${lost}遗失居民身份证一张（号码${lostMask}），已申请补领，原证声明作废。`,
        `    ${dad}、${mum}之子${baby}的《出生医学证明》（编号${cert}）因登记信息错误已收回，原证作废，由签发机构重新签发。`,
        `    如有异议，请于公告之日起三十日内与本所户籍民警${officer}联系，电话：${landline(c)}，地址：${seat}。`,
      ].join('\n'),
      [...dead.map(P), ...deadHomes.map(A), P(dup), I(dupId), A(dupHome), P(lost), P(baby), P(dad), P(mum)],
      [...masks, lostMask, cert, officer, station, seat],
    );
  }

  // 3. 农机购置补贴 公示 as a ` | ` table: the 村组 cell (village and group: the household's place, labelled) and machine
  //    models whose brands read like words or names (东方红, 雷沃, 久保田, 五征); a co-operative named after a given-name-like
  //    word among the buyers; the 农机中心's 联系人 and its address as decoys.
  {
    const c = '棠阴县';
    const buyers = [person('男'), person('男'), person('女'), person('男'), person('男')];
    const places = buyers.map(() => distinct(() => `${pick(VILLAGES)}${pick(GROUPS)}`));
    const coop = `${c}兴旺农机专业合作社`;
    const models = ['东方红-LX1004', '雷沃欧豹M904-K', '久保田4LZ-4J', '五征2BMFS-6/12', '沃得锐龙4LZ-6.0'];
    const items = ['轮式拖拉机', '轮式拖拉机', '谷物联合收割机', '免耕播种机', '谷物联合收割机'];
    const town = pick(TOWNS);
    const rows = buyers.map((b, i) => `${i + 1} | ${town} | ${places[i]} | ${b} | ${items[i]} | ${models[i]} | 1 | ${pick(['12600', '9800', '31500', '4200', '27000'])}`);
    const contact = person('女');
    const seat = office(c);
    add(
      [
        `${c}2025年第二批农机购置与应用补贴资金兑付公示`,
        '    根据农机购置与应用补贴实施方案，现将第二批拟兑付补贴的购机者信息公示如下，公示期7天：',
        '序号 | 乡镇 | 村组 | 购机者 | 机具品目 | 机具型号 | 数量 | 补贴额（元）',
        ...rows,
        `6 | ${town} | — | ${coop} | 植保无人驾驶航空器 | 大疆T50 | 1 | 18000`,
        `    说明：第${int(2, 4)}号购机者${buyers[1]}所购拖拉机已完成牌证核验；${coop}为农民专业合作社，按组织购机标准补贴。`,
        `    监督电话：${landline(c)}（县农业机械化服务中心）　联系人：${contact}　地址：${seat}`,
      ].join('\n'),
      [...buyers.map(P), ...places.map(A)],
      [...models, coop, contact, seat, '大疆T50'],
    );
  }

  // 4. 耕地地力保护补贴 名单 of one village by group, tab-separated: `组别` bare (no address), the household head, an
  //    `备注` with `代领人：X（其子）`; the 制表人 (the village accountant) and 审核人 (the committee chair) as decoys.
  {
    const c = '峪河县';
    const village = pick(VILLAGES);
    const heads = [person('男'), person('男'), person('女'), person('男'), person('男'), person('女'), person('男')];
    const proxy = kin(heads[2], '男');
    const groups = ['一组', '一组', '三组', '三组', '七组', '七组', '七组'];
    const rows = heads.map((h, i) => `${groups[i]}\t${h}\t${int(2, 9)}.${int(0, 9)}\t${int(2, 9)}.${int(0, 9)}\t${int(200, 900)}.${pad(int(0, 99), 2)}\t${i === 2 ? `代领人：${proxy}（其子）` : ''}`);
    const accountant = person('女');
    const chair = person('男');
    add(
      [
        `${c}${pick(TOWNS)}${village}2025年耕地地力保护补贴面积及金额公示表`,
        '组别\t户主姓名\t确权面积（亩）\t补贴面积（亩）\t补贴金额（元）\t备注',
        ...rows,
        `    以上面积以二轮承包确权数据为准，已扣除占用、抛荒地块。${heads[5]}户${int(1, 2)}.${int(1, 9)}亩地块已流转给种粮大户，补贴仍发放给承包户。`,
        `制表人：${accountant}（村报账员）　审核人：${chair}（村委会主任）　公示日期：${date()}`,
      ].join('\n'),
      [...heads.map(P), P(proxy)],
      [accountant, chair, village],
    );
  }

  // 5. 林木采伐 许可 公示 in numbered sections: `采伐申请人：X（身份证号码：…masked）`, `住址：…号` (the home), the
  //    采伐地点 with a 土名 that carries a surname (`楚家老坟山`, a decoy) and the 四至 naming a neighbour (`东至Y家自留山`);
  //    a second applicant in a ` | ` table; the 林业站 and its 技术员 as decoys.
  {
    const c = '磐溪县';
    const x = person('男');
    const xMask = masked(c);
    const xHome = rural(c);
    const neighbour = person('男');
    const town = pick(TOWNS);
    const site = `${town}${pick(VILLAGES)}${pick(GROUPS)}，土名“楚家老坟山”`;
    const y = person('女');
    const yHome = rural(c);
    const z = person('男');
    const tech = person('男');
    add(
      [
        `${c}林业局林木采伐许可事前公示`,
        `    ${date()}，${c}个人林木所有者向本局提交林木采伐申请。经${town}林业站现场核实，拟同意采伐。现将有关内容公示如下：`,
        `    一、采伐申请人：${x}（身份证号码：${xMask}）`,
        `    二、申请人住址：${xHome}`,
        `    三、采伐地点：${site}；四至：东至${neighbour}家自留山，南至山脊，西至水沟，北至公路。`,
        '    四、林木权属：个人；树种：杉木；采伐类型：主伐；采伐方式：皆伐；面积：0.8公顷；蓄积：96立方米。',
        '    同批公示的其他申请人：',
        '申请人 | 住址 | 采伐地点 | 树种 | 蓄积（立方米）',
        `${y} | ${yHome} | ${town}林场旁自留山 | 马尾松 | ${int(20, 60)}`,
        `${z}（与${y}为夫妻，共同申请） | 同上 | 同上 | 马尾松 | —`,
        `    公示时间：7个工作日。有异议的，请向${town}林业站技术员${tech}或县林业局资源股反映。`,
      ].join('\n'),
      [P(x), A(xHome), P(neighbour), P(y), A(yHome), P(z)],
      [xMask, '楚家老坟山', tech, `${town}林业站`, `${town}林场`],
    );
  }

  // 6. 食品小作坊 登记 公示: ` | ` table `小作坊名称 | 经营者 | 生产地址 | 品种 | 登记证编号`, shops named after people
  //    (`老楚家豆腐坊`, `芳芳手工挂面坊`, `端木记米粉坊` — decoys), 生产地址 that is the operator's home (a village group's
  //    number or a flat, labelled) against one in a market's stall (a decoy); the bureau's 经办人 as a decoy.
  {
    const c = '棠阴县';
    const ops = [person('男'), person('女'), person('男'), person('女'), person('男')];
    const shops = ['老楚家豆腐坊', '芳芳手工挂面坊', '端木记米粉坊', '巧手红薯粉条作坊', '黑石乡麦芽糖作坊'];
    const addrs = [rural(c), rural(c), flat(c), rural(c)];
    const stall = `${c}${pick(NAMELIKE)}农贸市场${int(10, 40)}号门面`;
    const rows = ops.map((o, i) => `${i + 1} | ${shops[i]} | ${o} | ${i < 4 ? addrs[i] : stall} | ${['豆制品', '挂面', '米粉', '粉条', '糖果'][i]} | 赣食坊${pad(int(1, 999), 4)}`);
    const clerk = person('女');
    add(
      [
        `${c}市场监督管理局`,
        '2025年第三季度食品小作坊登记信息公示',
        '序号 | 小作坊名称 | 经营者 | 生产地址 | 生产品种 | 登记证编号',
        ...rows,
        `    上述小作坊中，${ops[1]}、${ops[3]}在自家住宅内分隔出独立生产间，已按要求实行生活区与生产区分离。`,
        `    经办人：${clerk}　咨询电话：${landline(c)}`,
      ].join('\n'),
      [...ops.map(P), ...addrs.map(A)],
      [...shops, stall, clerk],
    );
  }

  // 7. A court's 开庭公告 page: `本院定于…公开开庭审理原告X诉被告Y…`, a table `案号 | 案由 | 当事人 | 开庭时间 | 法庭 |
  //    审判长 | 书记员` with the parties after the case number in brackets, a company as a party; the 审判长, 书记员, 法庭
  //    (named after a place) and the court's address as decoys; an absent defendant with his former home.
  {
    const c = '峪河县';
    const p1 = person('女');
    const d1 = person('男');
    const p2 = person('男');
    const d2a = person('男');
    const d2b = kin(d2a, '女');
    const p3 = person('女');
    const firm = `${c}山河建材有限公司`;
    const judges = [person('男'), person('女')];
    const clerks = [person('女'), person('男')];
    const absentHome = rural(c);
    const n = (): number => int(300, 2400);
    const tribunal = `${pick(TOWNS)}人民法庭`;
    const seat = office(c);
    add(
      [
        `${c}人民法院开庭公告`,
        `    本院定于2025年${int(9, 11)}月${int(1, 28)}日上午9时在本院第三审判庭公开开庭审理原告${p1}诉被告${d1}离婚纠纷一案。`,
        '案号 | 案由 | 当事人 | 开庭时间 | 法庭 | 审判长 | 书记员',
        `（2025）豫0931民初${n()}号（${p2}诉${d2a}、${d2b}） | 民间借贷纠纷 | 原告${p2}；被告${d2a}、${d2b} | 10月${int(10, 20)}日14:30 | ${tribunal} | ${judges[0]} | ${clerks[0]}`,
        `（2025）豫0931民初${n()}号 | 买卖合同纠纷 | 原告${firm}；被告${p3} | 10月${int(21, 28)}日09:00 | 第一审判庭 | ${judges[1]} | ${clerks[1]}`,
        `    被告${d1}下落不明，原住${absentHome}，本院已另行公告送达起诉状副本及开庭传票。`,
        `    欢迎群众旁听，旁听人员请携带居民身份证于开庭前30分钟到本院立案信访大厅登记。法院地址：${seat}。`,
      ].join('\n'),
      [P(p1), P(d1), P(p2), P(d2a), P(d2b), P(p3), A(absentHome)],
      [firm, ...judges, ...clerks, tribunal, seat],
    );
  }

  // 8. 烈士 纪念 news: the 烈士 (a private person of the county, named with his relatives: a person — decided in the
  //    README), `烈士X的侄子Y`, `侄孙女Z`, the niece's village home; national heroes cited (董存瑞, 杨靖宇), the
  //    退役军人事务局局长, the 陵园's 管理员, the reporter and words that read like names (山河无恙) as decoys.
  {
    const c = '磐溪县';
    const martyr = person('男');
    const nephew = kin(martyr, '男');
    const grandniece = kin(martyr, '女');
    const niece = kin(martyr, '女');
    const nieceHome = rural(c);
    const director = person('男');
    const keeper = person('男');
    const reporter = person('女');
    const comrade = person('男');
    add(
      [
        `跨越七十五年的“团圆”——${c}为一位烈士找到亲人`,
        `    9月30日是烈士纪念日。当天上午，${c}烈士陵园里，${int(70, 80)}岁的${nephew}在一块墓碑前久久站立。墓碑上刻着的，是他从未见过面的大伯——烈士${martyr}。`,
        `    ${martyr}，${c}${pick(TOWNS)}人，1948年参军，1950年在剿匪战斗中牺牲，年仅22岁。由于当年的烈士证书遗失，家人多年来只知道他“牺牲在南方”。`,
        `    今年春天，县退役军人事务局局长${director}带队核查英名录时，发现陵园内一座烈士墓的籍贯与${martyr}一致。工作人员随后走访到烈士的侄女${niece}家（${nieceHome}），又联系上在外地工作的烈士侄子${nephew}。`,
        `    “小时候听奶奶说，大伯走的时候跟同村的${comrade}一起报的名。”${nephew}说。随行的侄孙女${grandniece}把家乡带来的一捧泥土撒在墓前。`,
        `    陵园管理员${keeper}说，像董存瑞、杨靖宇这样的英雄人人知道，还有许多像${familyOf(martyr)}烈士这样的普通战士，更需要后人记住。“如今山河无恙，他们可以安心了。”`,
        `    （记者　${reporter}）`,
      ].join('\n'),
      [P(martyr), P(nephew), P(grandniece), P(niece), A(nieceHome), P(comrade)],
      [director, keeper, reporter, '董存瑞', '杨靖宇', '山河无恙', `${c}烈士陵园`],
    );
  }

  // 9. 嘎查 村务公开 in Inner Mongolia: Mongolian and Han names in prose and a tabbed table (`序号	户主	人口	补奖面积	金额`),
  //    a herder's home in brackets (`住…嘎查…号`), `A的儿子B`, a mobile in the 低保 note; the 嘎查达, 嘎查党支部书记, the
  //    会计 (经手人) and the 苏木's address as decoys, plus a place named after a hero (乌力吉敖包, a decoy).
  {
    const c = '呼仁塔拉旗';
    const sumu = '希热图苏木';
    const gacha = '宝格达乌拉嘎查';
    const herders = [mongol(), mongol(), person('男'), mongol(), mongol(), person('女')];
    const son = mongol();
    const home = `${c}${sumu}${gacha}${int(10, 60)}号`;
    const phone = pick(['135', '150', '187']) + digits(8);
    const dalai = mongol();
    const secretary = person('男');
    const accountant = mongol();
    const rows = herders.map((h, i) => `${i + 1}\t${h}\t${int(2, 6)}\t${int(800, 4000)}\t${int(8000, 40000)}`);
    add(
      [
        `${c}${sumu}${gacha}2025年第三季度党务村务财务公开`,
        '一、草原生态保护补助奖励资金发放情况',
        '序号\t户主\t家庭人口\t补奖面积（亩）\t发放金额（元）',
        ...rows,
        '二、重大事项',
        `    1．经嘎查“四议两公开”程序，同意牧户${herders[0]}（住${home}）承包的草场调整为嘎查集体打草场，由嘎查每年支付补偿费。`,
        `    2．${herders[3]}的儿子${son}今年大学毕业回嘎查创业，申请使用嘎查闲置棚圈，经两委会议同意，租期三年。`,
        `    3．新增低保户1户：${herders[5]}，因丈夫病故、子女在读致困，联系电话${phone}。`,
        '三、财务收支（略，详见公开栏附表）　经手人：' + accountant + '（嘎查会计）',
        `    嘎查达：${dalai}　嘎查党支部书记：${secretary}　监督电话：${landline(c)}`,
        `    ${sumu}地址：${c}乌力吉敖包路${int(2, 30)}号`,
      ].join('\n'),
      [...herders.map(P), P(son), A(home), M(phone)],
      [dalai, secretary, accountant, `${c}乌力吉敖包路`],
    );
  }

  // 10. A traditional-script mirror of a 收养登记 公告 (case 1's layout) for a step-parent adoption: `收養人X（男，…，住…室）`,
  //     `其妻Y之子Z`, the child's late father named; the 登記處's 聯繫人 and the bureau's seat as decoys.
  {
    const c = '棠阴县';
    const x = person('男');
    const y = person('女');
    const z = kin(y, '男');
    const lateFather = kin(y, '男');
    const xHome = flat(c);
    const clerk = person('男');
    const seat = office(c);
    add(
      [
        trad(`${c}民政局`),
        '收養登記公告',
        `    收養人${trad(x)}（男，${int(1982, 1988)}年生，住${trad(xHome)}）申請收養其妻${trad(y)}之子${trad(z)}（男，2016年生）。${trad(z)}的生父${trad(lateFather)}已於2019年病故。`,
        '    對上述收養申請有異議的，請自公告之日起三十日內向本機關書面提出。',
        `    聯繫人：${trad(clerk)}　電話：${landline(c)}　地址：${trad(seat)}`,
      ].join('\n'),
      [P(trad(x)), P(trad(y)), P(trad(z)), P(trad(lateFather)), A(trad(xHome))],
      [trad(clerk), trad(seat)],
    );
  }
  // 11. 出生医学证明 补发 公示 of a maternity hospital, columns aligned with spaces: `新生儿姓名  性别  出生日期  母亲
  //     姓名  父亲姓名  家庭住址` (homes as 村+组+号 or 小区+栋+单元+室, one cell without the county), a father left blank
  //     (`—`), a masked certificate number; the hospital's 出生医学证明管理办公室 and its 经办人 as decoys.
  {
    const c = '峪河县';
    const babies = [person('女'), person('男'), person('女'), person('男')];
    const mums = [person('女'), person('女'), person('女'), person('女')];
    const dads = [kin(babies[0], '男'), kin(babies[1], '男'), '—', kin(babies[3], '男')];
    const addrs = [rural(c), flat(c), distinct(() => `${pick(TOWNS)}${pick(VILLAGES)}${pick(GROUPS)}${int(1, 88)}号`), rural(c)];
    const widths = [12, 6, 14, 12, 12];
    const line = (xs: string[], last: string): string => xs.map((x, i) => col(x, widths[i])).join('') + last;
    const clerk = person('女');
    const certMask = `R${int(4, 5)}******${digits(3)}`;
    add(
      [
        `${c}妇幼保健院`,
        '关于补发《出生医学证明》的公示',
        `    下列新生儿的《出生医学证明》因遗失申请补发，原证（如编号${certMask}）同时作废。现予公示，公示期10个工作日。`,
        line(['新生儿姓名', '性别', '出生日期', '母亲姓名', '父亲姓名'], '家庭住址'),
        ...babies.map((b, i) => line([b, i % 2 ? '男' : '女', `2024-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}`, mums[i], dads[i]], addrs[i])),
        `    其中${babies[2]}为非婚生育，父亲信息按规定空缺；${mums[1]}申请时提供了派出所出具的户籍证明。`,
        `    联系人：${clerk}（出生医学证明管理办公室）　电话：${landline(c)}`,
      ].join('\n'),
      [...babies.map(P), ...mums.map(P), P(dads[0]), P(dads[1]), P(dads[3]), ...addrs.map(A)],
      [clerk, certMask, `${c}妇幼保健院`, '出生医学证明管理办公室'],
    );
  }
}
