/**
 * Held-out slice 20: whole documents written blind (without reading review/), of kinds slices 1–19 do not use — a
 * 人民检察院 不起诉决定书, a 社会保险 冒领 追回 公告 and a 待遇暂停发放 名单, a 农村部分计划生育家庭 奖励扶助 公示, a 优抚对象
 * 定期抚恤补助 名单, a 渔船 燃油补贴 公示, a 个体工商户 吊销营业执照 名单, a village 一事一议 筹资筹劳 公示, a 出租车驾驶员
 * 服务质量信誉考核 结果, a 乡村公益性岗位 news item and a traditional-script mirror — weighted as much towards precision as
 * recall. Its own seed and pools: common surnames mixed with rare ones none of slices 9–19 draw, several of them ordinary
 * words (官, 巨, 劳, 隆, 慈, 晋, 盖), compound ones (独孤, 闾丘, 夹谷), given names that are words (海军, 卫兵, 金榜, 八一,
 * 荷花, 玫瑰) or doubled (涛涛, 燕燕, 巧巧), Korean (朝鲜族) names where a Jilin county calls for them, and counties,
 * villages, streets and estates of its own (streets named like people: 德明路, 国华街).
 */

import { seededRandom } from '../generate.js';
import { A, I, P, PL, col, recorder, toTrad, type AddRecord } from './blind.js';
import { sliceGenerators } from './pools.js';

const COMMON = '王李张刘陈杨黄赵周吴徐孙胡朱高林何郭马罗郑梁谢宋唐许韩冯邓曹';
const RARE = '贲宦郏蹇巨劳隆慈官盖晋';
const COMPOUND = ['独孤', '闾丘', '夹谷'];
const MALE = ['海军', '卫兵', '国富', '兴国', '宝贵', '金榜', '八一', '开山', '大地', '长生', '涛涛', '鹏鹏', '豆豆', '振东', '永贵', '守义', '庆林', '玉成', '长贵', '会军', '建良', '春旺', '锴', '炜'];
const FEMALE = ['秀美', '荷花', '玫瑰', '梅花', '春晓', '燕燕', '丽丽', '萍萍', '翠翠', '巧巧', '爱琴', '秀芝', '玉荣', '桂琴', '凤莲', '翠娥', '金秀', '淑英', '美英', '玉香', '凤芝', '娴', '珺'];
const KOREAN_MEN = ['崔永哲', '姜成浩', '金明洙', '李哲范'];
const KOREAN_WOMEN = ['金顺姬', '李英淑', '崔善花', '姜贞玉'];

const CODES: Record<string, { tel: string; region: string; plate: string }> = {
  皋溪县: { tel: '0513', region: '320684', plate: '苏F' },
  澴阳县: { tel: '0712', region: '420923', plate: '鄂K' },
  礁门县: { tel: '0580', region: '330921', plate: '浙L' },
  浑岭县: { tel: '0433', region: '222425', plate: '吉H' },
};
const TOWNS = ['蛟塘镇', '埠口镇', '岗背乡', '凫洲镇', '海星镇'];
// 建丰村 and 红光村 read like given names; 郏家湾村 and 贲家庄村 carry surnames of the pool.
const VILLAGES = ['郏家湾村', '贲家庄村', '建丰村', '红光村', '柑子园村', '枫树湾村', '界牌村', '老鹳窝村'];
const GROUPS = ['二组', '四组', '六组', '十三组', '渡头组', '老屋组', '大塘组', '岗上组'];
// 德明, 国华 read like given names: they carry bodies' addresses (decoys) and some homes.
const STREETS = ['德明路', '国华街', '惠民路', '恒昌街'];
const ESTATES = ['佳和苑', '丽都小区', '红枫小区', '港湾花园', '鼎盛花园'];

const TRAD: Record<string, string> = {
  礁: '礁', 门: '門', 县: '縣', 渔: '漁', 凫: '鳧', 洲: '洲', 镇: '鎮', 海: '海', 星: '星', 蛟: '蛟', 埠: '埠', 岗: '崗', 背: '背', 乡: '鄉',
  郏: '郟', 贲: '賁', 湾: '灣', 庄: '莊', 丰: '豐', 红: '紅', 光: '光', 柑: '柑', 园: '園', 枫: '楓', 树: '樹', 界: '界', 牌: '牌', 鹳: '鸛',
  窝: '窩', 组: '組', 渡: '渡', 屋: '屋', 塘: '塘', 号: '號', 宦: '宦', 蹇: '蹇', 巨: '巨', 劳: '勞', 隆: '隆', 慈: '慈', 官: '官', 盖: '蓋',
  晋: '晉', 独: '獨', 孤: '孤', 闾: '閭', 丘: '丘', 夹: '夾', 谷: '谷', 军: '軍', 卫: '衛', 兵: '兵', 国: '國', 富: '富', 兴: '興', 宝: '寶',
  贵: '貴', 金: '金', 榜: '榜', 开: '開', 长: '長', 涛: '濤', 鹏: '鵬', 东: '東', 义: '義', 庆: '慶', 会: '會', 锴: '鍇', 炜: '煒', 荷: '荷',
  玫: '玫', 瑰: '瑰', 晓: '曉', 燕: '燕', 丽: '麗', 萍: '萍', 翠: '翠', 巧: '巧', 爱: '愛', 琴: '琴', 芝: '芝', 荣: '榮', 莲: '蓮', 娥: '娥',
  秀: '秀', 英: '英', 香: '香', 娴: '嫻', 珺: '珺', 德: '德', 明: '明', 路: '路', 华: '華', 街: '街', 惠: '惠', 民: '民', 恒: '恆', 昌: '昌',
  佳: '佳', 和: '和', 苑: '苑', 都: '都', 区: '區', 港: '港', 鼎: '鼎', 盛: '盛', 栋: '棟', 单: '單', 室: '室', 郑: '鄭', 梁: '梁', 谢: '謝',
};
const trad = (s: string): string => toTrad([...s].map((c) => TRAD[c] ?? c).join(''));

export function slice20(addRecord: AddRecord, used: Set<string>): void {
  const random = seededRandom(20_2026_1201);
  const { pick, int, digits, pad, chance } = random;
  const add = recorder('holdout20', addRecord);
  const { fresh, person, familyOf, kin, landline, office, date, distinct, rural, flat, idFor } = sliceGenerators(random, used, {
    common: COMMON, rare: RARE, compound: COMPOUND, compoundChance: 0.08, male: MALE, female: FEMALE,
    codes: CODES, towns: TOWNS, villages: VILLAGES, groups: GROUPS, streets: STREETS, estates: ESTATES,
  });
  const korean = (sex: '男' | '女'): string => fresh(() => pick(sex === '男' ? KOREAN_MEN : KOREAN_WOMEN));

  // 1. 不起诉决定书: `被不起诉人X，男，…出生，公民身份号码…，户籍地…，住…` glued to its label as the template prints it; the
  //    辩护人 a lawyer acting for him (a person); 被害人 and a 证人 named in the facts; the publisher's `X某` later, the
  //    检察员 at the foot, the police bureau, the law firm and the procuratorate's seat as decoys.
  {
    const c = '皋溪县';
    const suspect = person('男');
    const id = idFor(c, int(1968, 1986));
    const hukou = rural(c, '埠口镇');
    const home = flat(c);
    const lawyer = person('女');
    const victim = person('男');
    const witness = person('女');
    const prosecutor = person('男');
    const firm = '江苏明衡律师事务所';
    const seat = office(c);
    const short = `${familyOf(suspect)}某`;
    add(
      [
        `${c}人民检察院`,
        '不起诉决定书',
        `皋检刑不诉〔2025〕${int(11, 80)}号`,
        `    被不起诉人${suspect}，男，${id.slice(6, 10)}年${Number(id.slice(10, 12))}月${Number(id.slice(12, 14))}日出生，公民身份号码${id}，汉族，初中文化，务农，户籍地${hukou}，住${home}。因涉嫌故意伤害罪，于${date()}被${c}公安局取保候审。`,
        `    辩护人${lawyer}，${firm}律师。`,
        `    本案由${c}公安局侦查终结，以被不起诉人${suspect}涉嫌故意伤害罪，于${date()}移送本院审查起诉。`,
        '    经本院依法审查查明：',
        `    ${date()}傍晚，被不起诉人${suspect}与同村村民${victim}因两家屋后排水沟的走向发生争吵，继而相互推搡，${suspect}挥拳击打${victim}面部，致其鼻骨骨折。经鉴定，${victim}的损伤程度为轻伤二级。案发后，${short}主动到派出所投案，如实供述，并赔偿被害人${victim}医疗费、误工费等共计人民币${int(2, 5)}万元，取得了被害人的谅解。`,
        `    上述事实，有被害人${victim}的陈述，证人${witness}的证言，鉴定意见，被不起诉人的供述和辩解等证据证实。`,
        `    本院认为，${suspect}实施了《中华人民共和国刑法》第二百三十四条第一款规定的行为，但犯罪情节轻微，具有自首情节，且已赔偿被害人损失并取得谅解，根据《中华人民共和国刑法》第三十七条的规定，不需要判处刑罚。依据《中华人民共和国刑事诉讼法》第一百七十七条第二款的规定，决定对${suspect}不起诉。`,
        `    被害人如不服本决定，可以自收到本决定书后七日以内向皋州市人民检察院申诉，请求提起公诉；也可以不经申诉，直接向${c}人民法院提起自诉。`,
        '    被不起诉人如不服本决定，可以自收到本决定书后七日以内向本院申诉。',
        `    检察员：${prosecutor}`,
        `    ${date()}`,
        `    （院址：${seat}）`,
      ].join('\n'),
      [P(suspect), I(id), A(hukou), A(home), P(lawyer), P(victim), P(witness)],
      [prosecutor, short, `${c}公安局`, firm, seat],
    );
  }

  // 2. 社会保险 冒领 追回 公告: dead retirees and the relatives who went on drawing their pensions, each with a home in prose
  //    (`生前住…`, `（住…）`, `现居住在…`), a case number with the drawer in brackets (`…号（冒领人X）`); masked earlier cases `刘某某`, the bureau's address and 联系人 as decoys.
  {
    const c = '澴阳县';
    const r1 = person('男');
    const h1 = rural(c);
    const d1 = kin(r1, '女');
    const h1b = flat(c);
    const r2 = person('女');
    const h2 = flat(c);
    const n2 = person('男');
    const r3 = person('男');
    const h3 = rural(c, '蛟塘镇');
    const sp3 = person('女');
    const earlier = person('男');
    const clerk = person('女');
    const seat = office(c);
    add(
      [
        `${c}社会保险事业管理局`,
        '关于追回冒领养老保险待遇的公告',
        '    我局在开展领取待遇人员资格核查中，通过与公安、民政、卫生健康部门的死亡信息比对，发现以下人员死亡后，其亲属未按规定申报停发，继续领取基本养老金。现予公告：',
        `    一、退休人员${r1}，男，原${c}农机修造厂职工，生前住${h1}，于2023年${int(1, 12)}月死亡。其女儿${d1}（住${h1b}）持其社会保障卡继续领取养老金${int(8, 20)}个月，共计${int(18, 40)}${digits(3)}元。`,
        `    二、退休人员${r2}，女，生前住${h2}，2022年${int(1, 12)}月病故。其侄子${n2}代为保管存折，此后按月取款，至今未申报，共计${int(20, 60)}${digits(3)}元。${n2}已退还部分款项，尚欠${int(3, 9)}${digits(3)}元。`,
        `    三、城乡居民基本养老保险待遇领取人${r3}，现居住在${h3}的配偶${sp3}在${r3}去世后未办理注销登记，冒领待遇${int(10, 30)}个月。`,
        `    请上述人员自本公告发布之日起十五日内，到县社保局待遇稽核股（地址：${seat}）退还冒领款项。逾期不退还的，本局将依法移送公安机关处理。今年以来，刘某某等${int(3, 6)}人已主动退还冒领资金；此前移送的澴社稽移〔2024〕${int(2, 9)}号（冒领人${earlier}）一案，县人民法院已作出判决。`,
        `    联系人：${clerk}，联系电话：${landline(c)}。`,
        `    ${date()}`,
      ].join('\n'),
      [P(r1), A(h1), P(d1), A(h1b), P(r2), A(h2), P(n2), P(r3), A(h3), P(sp3), P(earlier)],
      [clerk, seat, '刘某某', `${c}农机修造厂`],
    );
  }

  // 3. 养老保险待遇 暂停发放 名单 as a tab table with a `居住地址` column (rural doors and flats); `由其儿子X代为办理认证` in
  //    the note; the 经办 股室 and its contact as decoys.
  {
    const c = '皋溪县';
    const sexes = Array.from({ length: 6 }, () => (chance(0.5) ? '男' : '女') as '男' | '女');
    const names = sexes.map((x) => person(x));
    const homes = names.map((_, k) => (k % 3 === 1 ? flat(c) : rural(c)));
    const son = kin(names[2], '男');
    const contact = person('男');
    const reasons = ['未按期完成领取资格认证', '联系不上本人', '未按期完成领取资格认证', '疑似长期居住境外', '未按期完成领取资格认证', '银行账户被冻结'];
    add(
      [
        `${c}社会保险事业管理局关于暂停发放部分人员养老保险待遇的通知（第${int(2, 6)}批）`,
        '    下列人员未在规定期限内完成2025年度待遇领取资格认证，自2025年10月起暂停发放基本养老金，待完成认证后一次性补发：',
        '序号\t姓名\t性别\t出生年月\t居住地址\t暂停原因',
        ...names.map((n, k) => `${k + 1}\t${n}\t${sexes[k]}\t${int(1935, 1960)}.${pad(int(1, 12), 2)}\t${homes[k]}\t${reasons[k]}`),
        `    其中${names[2]}因卧床不能出门，已由其儿子${son}联系社区代为办理上门认证，本月起恢复发放。`,
        `    请上述人员或其家属尽快通过“皋溪人社”小程序或到所在镇劳动保障所办理认证。咨询电话：${landline(c)}（待遇审核股 ${contact}）。`,
      ].join('\n'),
      [...names.map(P), ...homes.map(A), P(son)],
      [contact, '待遇审核股', '皋溪人社'],
    );
  }

  // 4. 农村部分计划生育家庭 奖励扶助 对象 公示 as a ` | ` table: 村组 cells (village and group: labelled addresses), 夫 and 妻
  //    columns with their 出生年月, a husband `（已故）`, a widow alone (`—` in the 夫 column); the 卫健局's 联系人 as a decoy.
  {
    const c = '澴阳县';
    const town = '岗背乡';
    const husbands = Array.from({ length: 7 }, () => person('男'));
    const wives = husbands.map(() => person('女'));
    const groups = husbands.map(() => distinct(() => `${pick(VILLAGES)}${pick(GROUPS)}`));
    const widow = person('女');
    const widowGroup = distinct(() => `${pick(VILLAGES)}${pick(GROUPS)}`);
    const clerk = person('男');
    const ym = (lo: number, hi: number): string => `${int(lo, hi)}.${pad(int(1, 12), 2)}`;
    const kinds = ['独生子女', '双女', '独生子女', '独生子女', '双女', '独生子女', '双女'];
    const rows = husbands.map((h, k) => `${k + 1} | ${town} | ${groups[k]} | ${h}${k === 3 ? '（已故）' : ''} | ${ym(1958, 1965)} | ${wives[k]} | ${ym(1960, 1965)} | ${kinds[k]}`);
    add(
      [
        `${c}2026年度农村部分计划生育家庭奖励扶助对象（新增）公示`,
        '    根据个人申报、村级初审、乡级复审，现将2026年度新增奖励扶助对象名单公示如下：',
        '序号 | 乡镇 | 村组 | 夫姓名 | 出生年月 | 妻姓名 | 出生年月 | 类别',
        ...rows,
        `8 | ${town} | ${widowGroup} | — | — | ${widow} | ${ym(1962, 1965)} | 独生子女`,
        `    说明：${husbands[3]}已于2024年去世，其配偶${wives[3]}符合条件，按一人享受；${widow}系丧偶，按一人享受。`,
        `    公示期为7天。对公示对象有异议的，可向${c}卫生健康局人口监测与家庭发展股反映，联系人：${clerk}，电话：${landline(c)}。`,
      ].join('\n'),
      [...husbands.map(P), ...wives.map(P), ...groups.map(A), P(widow), A(widowGroup)],
      [clerk, '人口监测与家庭发展股'],
    );
  }

  // 5. 优抚对象 定期抚恤补助 名单 as a tab table in a Jilin county: 朝鲜族 and 汉族 veterans and survivors, a `住址` column of
  //    town + village + group + door; `由其孙子X代领` in the note; the 优抚股 经办人 and the bureau's head as decoys.
  {
    const c = '浑岭县';
    const rows: Array<{ name: string; sex: '男' | '女'; nation: string; kind: string }> = [
      { name: korean('男'), sex: '男', nation: '朝鲜族', kind: '在乡老复员军人' },
      { name: person('男'), sex: '男', nation: '汉族', kind: '带病回乡退伍军人' },
      { name: korean('女'), sex: '女', nation: '朝鲜族', kind: '烈士遗属' },
      { name: person('女'), sex: '女', nation: '汉族', kind: '病故军人遗属' },
      { name: person('男'), sex: '男', nation: '汉族', kind: '参战退役人员' },
      { name: person('男'), sex: '男', nation: '汉族', kind: '60周岁以上农村籍退役士兵' },
      { name: korean('男'), sex: '男', nation: '朝鲜族', kind: '在乡老复员军人' },
    ];
    const homes = rows.map(() => distinct(() => `${pick(TOWNS)}${pick(VILLAGES)}${pick(GROUPS)}${int(1, 70)}号`));
    const grandson = kin(rows[0].name, '男');
    const clerk = person('女');
    const head = person('男');
    add(
      [
        `${c}退役军人事务局2025年第四季度重点优抚对象定期抚恤补助发放名单`,
        '序号\t姓名\t性别\t民族\t优抚类别\t住址\t月标准（元）',
        ...rows.map((r, k) => `${k + 1}\t${r.name}\t${r.sex}\t${r.nation}\t${r.kind}\t${homes[k]}\t${pick(['1460', '1285', '2150', '960', '812'])}`),
        `    注：${rows[0].name}老人现年九十一岁，行动不便，本季度补助由其孙子${grandson}代领；${rows[2].name}系烈士之妻，按烈士遗属标准发放。八一建军节前夕，县里将为以上人员逐户送去慰问品。`,
        `    以上人员如有死亡、迁出等情况，家属应在30日内报告所在乡镇退役军人服务站。局长：${head}　经办人：${clerk}`,
      ].join('\n'),
      [...rows.map((r) => P(r.name)), ...homes.map(A), P(grandson)],
      [clerk, head, '退役军人服务站', '八一建军节'],
    );
  }

  // 6. 渔船 燃油补贴 公示 as a ` | ` table: boats `浙礁渔…` (decoys), 船主 (persons; once two partners `A、B`), a `住址` column of
  //    homes, a co-operative named after a person (`老宦海产品专业合作社`, a decoy) with its seat; a transfer in the note names
  //    the new owner and his home; the 渔业站's contact as a decoy.
  {
    const c = '礁门县';
    const owners = Array.from({ length: 5 }, () => person('男'));
    const partner = person('男');
    const homes = owners.map((_, k) => (k === 2 ? flat(c) : rural(c, pick(['海星镇', '凫洲镇']))));
    const boats = owners.map(() => `浙礁渔${int(1, 9)}${digits(4)}`);
    const coopBoat = `浙礁渔${int(1, 9)}${digits(4)}`;
    const coop = `${c}老宦海产品专业合作社`;
    const coopSeat = `${c}海星镇渔港路${int(2, 40)}号`;
    const buyer = person('男');
    const buyerHome = rural(c, '凫洲镇');
    const contact = person('女');
    const kw = (): string => `${int(44, 298)}`;
    const money = (): string => `${int(8, 96)}${digits(3)}`;
    add(
      [
        `${c}2024年度国内捕捞渔船燃油补贴（一般性补助）资金发放公示`,
        '序号 | 船名号 | 船主 | 住址 | 作业类型 | 主机功率（千瓦） | 补助金额（元）',
        ...owners.map((o, k) => `${k + 1} | ${boats[k]} | ${k === 1 ? `${o}、${partner}` : o} | ${homes[k]} | ${pick(['拖网', '刺网', '张网', '笼壶'])} | ${kw()} | ${money()}`),
        `6 | ${coopBoat} | ${coop} | ${coopSeat} | 刺网 | ${kw()} | ${money()}`,
        `    备注：${boats[3]}原船主${owners[3]}已于2024年8月将该船转让给${buyer}（住${buyerHome}），补助按持证月份分别核算；${boats[1]}为${owners[1]}、${partner}二人合伙所有，补助各领一半。`,
        `    公示期7天，如有异议请向县渔业技术推广站反映，联系人：${contact}，电话：${landline(c)}。`,
      ].join('\n'),
      [...owners.map(P), P(partner), ...homes.map(A), P(buyer), A(buyerHome)],
      [...boats, coopBoat, coop, coopSeat, contact, '渔业技术推广站'],
    );
  }

  // 7. 个体工商户 吊销营业执照 名单 as a ` | ` table: 字号 named after people (`顺姬冷面馆`, `老晋烧烤店`, `巧巧服装店`,
  //    `大地农资经营部`: decoys), 注册号 (decoys), 经营者 (persons, Korean and Han), `经营场所` (shops: decoys) and `住所`
  //    (homes: addresses); the bureau's address and 联系人 as decoys.
  {
    const c = '浑岭县';
    const ops = [korean('女'), person('男'), person('女'), person('男'), korean('男'), person('女')];
    const shops = [`${c}顺姬冷面馆`, `${c}老晋烧烤店`, `${c}巧巧服装店`, `${c}大地农资经营部`, `${c}明洙修车铺`, `${c}玫瑰花艺店`];
    const regs = ops.map(() => `${CODES[c].region}6${digits(8)}`);
    const places = ops.map(() => distinct(() => `${c}${pick(STREETS)}${int(2, 260)}号${pick(['门市', '一楼', '临街门面'])}`));
    const homes = ops.map((_, k) => (k % 2 ? rural(c) : flat(c)));
    const contact = person('男');
    const seat = office(c);
    add(
      [
        `${c}市场监督管理局关于吊销${ops.length}户个体工商户营业执照的公告`,
        '    下列个体工商户登记后无正当理由超过六个月未开业或者开业后自行停业连续六个月以上，经我局责令限期改正后仍未改正，依据《市场主体登记管理条例》等规定，决定吊销其营业执照：',
        '序号 | 名称 | 注册号 | 经营者 | 经营场所 | 住所',
        ...ops.map((o, k) => `${k + 1} | ${shops[k]} | ${regs[k]} | ${o} | ${places[k]} | ${homes[k]}`),
        `    被吊销营业执照的个体工商户应当依法办理注销登记。经营者对本决定不服的，可在六十日内申请行政复议。地址：${seat}，联系人：${contact}，电话：${landline(c)}。`,
      ].join('\n'),
      [...ops.map(P), ...homes.map(A)],
      [...shops, ...regs, ...places, seat, contact],
    );
  }

  // 8. 一事一议 筹资筹劳 公示 by 组 (one group mostly a clan of 晋), households aligned with spaces (`户主　人口　筹资　投劳`), exempt households named in
  //    prose (`五保户X`, `现役军人家庭X`); the road named after two villages, the 村委会主任 and the 理财小组组长 as decoys.
  {
    const c = '澴阳县';
    const village = '红光村';
    const g1 = Array.from({ length: 5 }, () => person(chance(0.8) ? '男' : '女'));
    // 岗上组 is mostly one clan, as village groups often are: four households share the first one's surname.
    const clan = fresh(() => `晋${pick(MALE)}`);
    const g2 = [clan, ...Array.from({ length: 3 }, () => kin(clan, chance(0.8) ? '男' : '女')), person('男')];
    const wubao = person('男');
    const soldier = person('男');
    const chair = person('男');
    const leader = person('男');
    const line = (h: string): string => {
      const n = int(2, 6);
      return `    ${col(h, 10)}${col(String(n), 6)}${col(String(n * 40), 10)}${n * 2}`;
    };
    add(
      [
        `${c}蛟塘镇${village}2025年村内道路硬化一事一议筹资筹劳公示`,
        `    经${date()}村民代表会议讨论通过，${village}至界牌村通组道路硬化项目按每人40元筹资、每人2个工日筹劳。现将各户筹资筹劳情况公示如下：`,
        '    二组',
        `    ${col('户主', 10)}${col('人口', 6)}${col('筹资（元）', 10)}投劳（工日）`,
        ...g1.map(line),
        '    岗上组',
        `    ${col('户主', 10)}${col('人口', 6)}${col('筹资（元）', 10)}投劳（工日）`,
        ...g2.map(line),
        `    减免情况：五保户${wubao}免于筹资筹劳；现役军人家庭${soldier}户免于筹劳。${g2[1]}户因病致困，经村民代表会议同意减半筹资。`,
        `    村民对公示内容有异议的，可向村民理财小组反映。村委会主任：${chair}　理财小组组长：${leader}`,
      ].join('\n'),
      [...g1.map(P), ...g2.map(P), P(wubao), P(soldier)],
      [chair, leader, `${village}至界牌村通组道路`],
    );
  }

  // 9. 出租车驾驶员 服务质量信誉考核 结果 as a tab table: drivers (persons), 从业资格证号 and plates masked by the publisher
  //    (decoys), the companies named after streets that read like names (decoys); one driver praised in prose with his
  //    full plate (labelled); the 运管 contact as a decoy.
  {
    const c = '皋溪县';
    const drivers = Array.from({ length: 8 }, () => person(chance(0.85) ? '男' : '女'));
    const firms = [`${c}惠民出租汽车有限公司`, `${c}国华客运出租有限公司`];
    const certs = drivers.map(() => `${CODES[c].region.slice(0, 4)}**********${digits(4)}`);
    const masked = drivers.map(() => `苏FT${digits(2)}**`);
    const grades = ['AAA', 'AAA', 'AA', 'AA', 'AA', 'A', 'B', 'B'];
    const plate = `苏FT${digits(4)}`;
    const contact = person('女');
    add(
      [
        `${c}2025年度巡游出租汽车驾驶员服务质量信誉考核结果公示`,
        '序号\t驾驶员\t从业资格证号\t服务单位\t车牌号\t考核等级',
        ...drivers.map((d, k) => `${k + 1}\t${d}\t${certs[k]}\t${firms[k % 2]}\t${masked[k]}\t${grades[k]}`),
        `    考核等级为B级的驾驶员${drivers[6]}、${drivers[7]}，应在公示结束后30日内参加不少于18学时的继续教育。`,
        `    驾驶员${drivers[0]}驾驶${plate}出租车期间两次将乘客遗失的财物送还失主，按规定予以加分。`,
        `    公示期为10个工作日。联系人：${contact}（县道路运输服务中心），电话：${landline(c)}。`,
      ].join('\n'),
      [...drivers.map(P), PL(plate)],
      [...firms, ...certs, ...masked, contact, '道路运输服务中心'],
    );
  }

  // 10. 乡村公益性岗位 news: a 保洁员 and a 护路员 with their homes in prose (`家住…号的保洁员X`, `和老伴Y住在…组`), a
  //     villager praising them; the reporter, correspondent, 乡人社中心主任, 村党支部书记, a form of address (`X大姐`),
  //     `焦裕禄` cited and words holding given names of the pool (`开山修路`, `金榜题名`, `八一建军节` in 5) as decoys.
  {
    const c = '澴阳县';
    const cleaner = person('女');
    const cleanerHome = distinct(() => `枫树湾村${pick(GROUPS)}${int(1, 80)}号`);
    const roadman = person('男');
    const wife = kin(roadman, '女');
    const roadHome = distinct(() => `柑子园村${pick(['大塘组', '老屋组'])}`);
    const villager = person('男');
    const reporter = person('男');
    const corr = person('女');
    const director = person('男');
    const secretary = person('男');
    add(
      [
        '小岗位撑起大民生 岗背乡乡村公益性岗位让困难群众家门口就业',
        `    本报讯（记者 ${reporter} 通讯员 ${corr}）清晨六点，家住${cleanerHome}的保洁员${cleaner}已经推着三轮车出了门。她今年五十八岁，丈夫常年患病，去年通过乡村公益性岗位上岗，每月有${int(5, 8)}00元补贴。“离家近，照顾得了家里。”${cleaner}说。`,
        `    护路员${roadman}和老伴${wife}住在${roadHome}，负责${c}岗背乡境内五公里县道的巡查。下雨天路面落石，他总是第一个赶到。同村的${villager}说，过去这段路坑坑洼洼，现在干干净净，大家都念着${roadman}的好。村里人习惯叫${cleaner}“${familyOf(cleaner)}大姐”，叫${roadman}“老护路”。`,
        `    岗背乡人力资源和社会保障服务中心主任${director}介绍，全乡今年开发保洁、护路、护林等公益性岗位${int(60, 120)}个，优先安置脱贫劳动力和大龄劳动力。今年夏天，护路员们还配合开山修路的施工队清理落石；村里三名孩子金榜题名，乡里为他们送去了助学金。`,
        `    “学习焦裕禄，就是要把群众的小事当大事。”枫树湾村党支部书记${secretary}说。`,
      ].join('\n'),
      [P(cleaner), A(cleanerHome), P(roadman), P(wife), A(roadHome), P(villager)],
      [reporter, corr, director, secretary, `${familyOf(cleaner)}大姐`, '焦裕禄', '开山修路', '金榜题名'],
    );
  }

  // 11. Traditional-script mirror of a 漁船燃油補貼 取消 notice: boat owners with `（住…）` in brackets, `其子X代為…`; the boats,
  //     the 漁政執法大隊 大隊長 and a masked owner `鄭某某` as decoys.
  {
    const c = '礁门县';
    const a = person('男');
    const aHome = rural(c, '海星镇');
    const b = person('男');
    const bHome = rural(c, '凫洲镇');
    const son = kin(b, '男');
    const captain = person('男');
    const boatA = `浙礁漁${int(1, 9)}${digits(4)}`;
    const boatB = `浙礁漁${int(1, 9)}${digits(4)}`;
    add(
      [
        `${trad(c)}海洋與漁業局關於取消部分漁船燃油補貼資格的公告`,
        `    經縣漁政執法大隊核查，船主${trad(a)}（住${trad(aHome)}）所有的${boatA}號漁船全年作業時間不足規定天數，且存在虛報作業記錄的情形；船主${trad(b)}（住${trad(bHome)}）所有的${boatB}號漁船已於2024年拆解，其子${trad(son)}代為申報了當年補貼。`,
        `    依據相關規定，取消上述漁船2024年度燃油補貼資格，已發放的資金予以追回。另有鄭某某所屬漁船因證書過期，暫緩發放。`,
        `    縣漁政執法大隊大隊長${trad(captain)}表示，將持續開展漁船作業情況核查。`,
      ].join('\n'),
      [P(trad(a)), A(trad(aHome)), P(trad(b)), A(trad(bHome)), P(trad(son))],
      [trad(captain), boatA, boatB, '鄭某某'],
    );
  }
}
