/**
 * Held-out slice 17: whole documents written blind (without reading review/), of kinds slices 1–14 do not use —
 * a 苏木's 草原生态保护补助奖励 公示, a Tibetan county's 生态岗位 管护员 名单, a Yi county's 易地扶贫搬迁 安置 名单, a
 * 村务财务公开 ledger, a 集体经济 分红 名单, a 土地流转 合同 公示, county WeChat 推文 (one from a Yi 安置点) and a 政务微博
 * post quoting residents, a 苏木's news item, a 人大代表建议 答复 and a traditional-script mirror — as much for precision as recall. Its own seed and
 * pools: surnames S–Z only (many ordinary words or place-name characters, and compound ones), given names that are
 * words (国庆, 红旗, 长江, solar terms such as 谷雨, 白露) or doubled, Mongolian, Tibetan and Yi names, and counties,
 * villages and streets none of slices 9–14 use.
 */

import { idCheck, seededRandom, uniqueName } from '../generate.js';
import { A, I, M, P, PL, recorder, toTrad, type AddRecord } from './blind.js';

// Surnames whose pinyin starts with S to Z; 石, 田, 温, 文, 万, 夏, 向, 宿, 阳, 叶, 云, 支, 钟, 宗, 左, 于, 余, 鱼, 羊, 燕 are words or places.
const SURNAMES = '沈施石史邵舒宋苏孙索谭汤陶田童涂万汪危卫魏温文闻翁邬伍武席夏冼向肖萧谢辛邢幸熊宿徐许宣薛晏燕羊阳杨姚叶伊易殷尹应雍游于余鱼俞虞禹郁喻袁岳云臧曾翟詹湛战章赵甄支钟仲周朱卓宗邹左';
const COMPOUND = ['司徒', '司空', '夏侯', '轩辕', '宇文', '尉迟', '诸葛', '申屠', '澹台', '闻人', '太史', '西门', '长孙', '钟离', '巫马'];
// Given names that are words (eras, wishes, rivers, solar terms), doubled ones and a few single characters.
const MALE = ['建设', '国庆', '红旗', '长江', '黄河', '跃进', '卫国', '东升', '爱民', '学工', '边疆', '海洋', '高山', '秋实', '立夏', '谷雨', '清明', '白露', '小满', '晨光', '青松', '团结', '幸福', '富贵', '吉祥', '丰年', '抗美', '振华', '志强', '文斌', '家旺', '宏图', '天宇', '一鸣', '亮亮', '强强', '洋洋', '磊磊', '冬冬', '军', '伟', '鹏'];
const FEMALE = ['春风', '海燕', '彩云', '秀英', '月季', '茉莉', '丁香', '玉珍', '桂芳', '雪梅', '晓燕', '美华', '婷婷', '丹丹', '莹莹', '欢欢', '娟娟', '金秋', '冬雪', '雨露', '朝霞', '银花', '翠竹', '书琴', '萍', '芸'];
// Whole names whose two characters make a common word (夏天, 田野, 万里): drawn as they are.
const WORDLIKE = ['夏天', '田野', '万里', '云海', '温暖', '钟声', '叶青', '岳山'];
const MONGOL = ['巴雅尔图', '乌力吉·巴特尔', '特木尔巴根', '吉日木图', '那仁满都拉', '阿拉坦其其格', '朝鲁门', '巴图孟和', '斯日古楞', '呼和巴日', '赛音吉雅', '毕力格图', '宝音·达来', '萨仁·格日勒', '伊德日', '额尔德尼', '青格勒图', '索布达', '乌云毕力格', '阿古拉', '恩和巴雅尔', '图布信', '哈斯朝鲁', '苏伊拉', '孟克', '额日登', '其木德', '特古斯', '包·那顺乌日图', '韩·巴音孟克', '嘎拉桑'];
const TIBETAN = ['扎西次仁', '次仁卓玛', '格桑旺堆', '达瓦', '尼玛', '多吉', '央金', '拉巴顿珠', '旦增平措', '索朗曲珍', '白玛央宗', '普布次仁', '边巴', '洛桑', '德吉', '嘎玛', '土登', '桑珠', '阿旺', '贡布', '仁增', '卓嘎'];
// Tibetan names borne by women (the rest by men), for the 性别 column.
const TIBETAN_WOMEN = ['次仁卓玛', '央金', '索朗曲珍', '白玛央宗', '德吉', '卓嘎'];
const YI = ['阿尔木呷', '沙马日体', '吉伍曲者', '俄底阿依', '曲比拉莫', '海来阿支', '勒格日火', '阿苦依呷', '木乃伍各', '吉吉石哈', '瓦扎阿铁', '苏呷拉格', '的日阿果', '阿西莫色', '吉觉伍哈', '马海拉则', '沙马阿果', '阿的伍沙', '吉克曲日', '阿牛木果', '尔古阿呷'];

// Invented places. 杨柳县, 卫东村, 建设村, 跃进村 and the streets 建华街, 学文路, 东升路 read like names or words.
const HAN_COUNTIES = ['杨柳县', '望川县', '云溪县'];
const TOWNS = ['石碑镇', '桃花镇', '太平乡'];
const VILLAGES = ['谢屯村', '宋家湾村', '卫东村', '建设村', '跃进村', '于楼村'];
const GROUPS = ['一组', '三组', '五组', '前庄组', '后营组'];
const STREETS = ['建华街', '学文路', '东升路', '兴华街'];
const ESTATES = ['锦绣家园', '丽景小区', '水岸花城'];

// Traditional forms this slice's pools need beyond blind.ts's table (for the mirror, document 10).
const TRAD: Record<string, string> = {
  杨: '楊', 县: '縣', 镇: '鎮', 谢: '謝', 湾: '灣', 卫: '衛', 东: '東', 设: '設', 跃: '躍', 进: '進', 楼: '樓', 组: '組', 营: '營', 庄: '莊',
  号: '號', 汤: '湯', 万: '萬', 温: '溫', 闻: '聞', 邬: '鄔', 萧: '蕭', 许: '許', 阳: '陽', 应: '應', 鱼: '魚', 战: '戰', 赵: '趙',
  钟: '鍾', 邹: '鄒', 国: '國', 庆: '慶', 红: '紅', 长: '長', 黄: '黃', 爱: '愛', 学: '學', 边: '邊', 实: '實', 谷: '穀', 满: '滿', 团: '團',
  结: '結', 贵: '貴', 丰: '豐', 华: '華', 强: '強', 图: '圖', 鸣: '鳴', 风: '風', 云: '雲', 晓: '曉', 莹: '瑩', 欢: '歡', 银: '銀', 书: '書',
  鹏: '鵬', 军: '軍', 伟: '偉',
};
const trad = (s: string): string => toTrad([...s].map((c) => TRAD[c] ?? c).join(''));

export function slice17(addRecord: AddRecord, used: Set<string>): void {
  const { pick, int, digits, pad, chance } = seededRandom(17_2026_1201);
  const add = recorder('holdout17', addRecord);
  const fresh = (make: () => string): string => uniqueName(used, make, 4000);
  const person = (sex?: '男' | '女', compound = false): string => {
    const s = sex ?? (chance(0.5) ? '男' : '女');
    return fresh(() => (compound ? pick(COMPOUND) : pick([...SURNAMES])) + pick(s === '男' ? MALE : FEMALE));
  };
  const surnameOf = (of: string): string => COMPOUND.find((c) => of.startsWith(c)) ?? of[0];
  const kin = (of: string, sex: '男' | '女' = '男'): string => fresh(() => surnameOf(of) + pick(sex === '男' ? MALE : FEMALE));
  const wordlike = (): string => fresh(() => pick(WORDLIKE));
  const mongol = (): string => fresh(() => pick(MONGOL));
  const tibetan = (): string => fresh(() => pick(TIBETAN));
  const yi = (): string => fresh(() => pick(YI));
  const date = (): string => `2025年${int(1, 10)}月${int(1, 28)}日`;
  const landline = (area: string): string => `${area}-${int(3, 8)}${digits(6)}`;

  // 1. 苏木 草原生态保护补助奖励 资金 发放 公示: a ` | ` table by 嘎查 (a bare 嘎查 is a unit, not a home), herders with two-
  //    and three-part names (dotted ones too), a Han herder with a word-like given name; notes giving two households'
  //    牧户点 as homes (`家住…嘎查…牧业点N号`, `（住…嘎查…浩特）`); the 苏木达, 嘎查达, 草原站站长 and the contact, the 苏木's
  //    seat and 乌兰敖包 (a hill) as decoys.
  {
    const banner = '查干温都旗';
    const sumu = '宝力根苏木';
    const gachas = ['希拉穆嘎查', '巴润呼都格嘎查', '陶森嘎查'];
    const herders = [mongol(), mongol(), mongol(), mongol(), person('男'), mongol(), mongol(), person('女')];
    const rows = herders.map((h, k) => `${k + 1} | ${gachas[k % 3]} | ${h} | ${int(2, 6)} | ${int(800, 4200)} | ${int(9, 60)}${digits(3)}.${digits(2)}`);
    const homeA = `${gachas[0]}东营盘牧业点${int(3, 30)}号`;
    const homeB = `${banner}${sumu}${gachas[1]}第${pick(['二', '三', '四'])}浩特`;
    const late = herders[1];
    const son = mongol();
    const sumuda = mongol();
    const gachada = mongol();
    const station = person('男');
    const contact = person('女');
    const seat = `${banner}${sumu}政府所在地乌力吉街${int(2, 40)}号`;
    add(
      [
        `${sumu}2025年度草原生态保护补助奖励资金发放公示`,
        `    根据${banner}农牧局、财政局关于下达2025年度草原生态保护补助奖励资金的通知，经嘎查村民代表会议评议、苏木审核，现将本苏木禁牧补助和草畜平衡奖励资金发放情况公示如下：`,
        '序号 | 嘎查 | 户主姓名 | 家庭人口 | 补奖面积（亩） | 补奖金额（元）',
        ...rows,
        '说明：',
        `    1. ${herders[0]}家住${homeA}，其草场与旗林场相邻，已按确权面积核减林地部分。`,
        `    2. 户主${late}已于今年3月去世，补奖资金由其子${son}（住${homeB}）代领。`,
        `    3. ${herders[4]}系外嘎查迁入牧户，草场承包经营权证已变更至本人名下；乌兰敖包周边禁牧区不计入补奖面积。`,
        `    公示期为7天。如有异议，请向苏木农牧业综合服务站反映。苏木达${sumuda}、${gachas[0]}嘎查达${gachada}、草原站站长${station}参加了评议。`,
        `联系人：${contact}　电话：${landline('0479')}　地址：${seat}`,
        `${sumu}人民政府　${date()}`,
      ].join('\n'),
      [...herders.map(P), A(homeA), A(homeB), P(son)],
      [sumuda, gachada, station, contact, seat, '乌兰敖包', '外嘎查迁入牧户'],
    );
  }

  // 2. Tibetan county 生态岗位 管护员 名单: a tab table with `住址` (村 + 组, the household's place) beside `管护区域` (a
  //    patrol area: no one's home); Tibetan names only; the 乡长 and the 林草局's contact, 格萨尔 and the mountain as decoys.
  {
    const county = '宗堆县';
    const towns = ['曲登乡', '雄卡乡'];
    const villages = ['曲麦村', '色热村', '加木村', '拉郎村'];
    const guards = Array.from({ length: 8 }, () => tibetan());
    const homes = guards.map((_, k) => `${villages[k % 4]}${pick(['一组', '二组', '三组', '四组'])}`);
    // The same village and group twice would label one value twice: keep them distinct.
    const seen = new Set<string>();
    const distinct = homes.map((h, k) => {
      let v = h;
      for (let t = 1; seen.has(v); t++) v = `${villages[k % 4]}${['五组', '六组', '七组', '八组'][t % 4]}`;
      seen.add(v);
      return v;
    });
    const areas = ['加木沟左岸草场', '拉郎山北坡林地', '曲麦河谷湿地', '色热神山周边草地'];
    const rows = guards.map((g, k) => `${k + 1}\t${towns[k % 2]}\t${g}\t${TIBETAN_WOMEN.includes(g) ? '女' : '男'}\t${distinct[k]}\t${areas[k % 4]}\t${k % 4 === 0 ? '脱贫户' : '监测户'}`);
    const head = tibetan();
    const contact = tibetan();
    add(
      [
        `${county}2025年度生态保护岗位（草原管护员）聘用人员名单公示`,
        `    按照“精准、自愿、公开、公平”的原则，经村级评议、乡级审核、县林业和草原局复核，拟聘用以下8人为草原管护员，聘期一年，每人每月补助800元。`,
        '序号\t乡镇\t姓名\t性别\t住址\t管护区域\t户类型',
        ...rows,
        `    曲登乡乡长${head}表示，管护员须每月巡护不少于20天，配合做好格萨尔文化遗址和色热神山周边的防火工作。`,
        `    公示期5个工作日。监督电话：${landline('0891')}（县林草局　联系人：${contact}）`,
      ].join('\n'),
      [...guards.map(P), ...distinct.map(A)],
      [head, contact, '格萨尔', '色热神山周边的防火', '加木沟左岸草场'],
    );
  }

  // 3. Yi county 易地扶贫搬迁 安置 名单: ` | ` table whose 安置房号 column is the new home (安置点 + 栋 + 单元 + 室), the
  //    old village a bare unit; Yi names and one Han household; a 驻点干部 named with her title, the 安置点's service centre
  //    and the 乡村振兴局 contact as decoys; `海来` is both a clan name and part of a 安置点's name.
  {
    const county = '依洛县';
    const sites = ['城东安置点', '海来新村安置点'];
    const heads = [yi(), yi(), yi(), yi(), person('男'), yi(), yi(), yi()];
    const rooms = heads.map((_, k) => `${sites[k % 2]}${k + 1}栋${int(1, 3)}单元${int(1, 6)}0${int(1, 4)}室`);
    const from = ['洛觉乡洛木村', '特布乡吉史村', '洛觉乡觉莫村'];
    const rows = heads.map((h, k) => `${k + 1} | ${h} | ${k === 4 ? '汉族' : '彝族'} | ${int(3, 8)} | ${from[k % 3]} | ${rooms[k]}`);
    const daughter = yi();
    const cadre = person('女');
    const contact = person('男');
    add(
      [
        `${county}2025年易地扶贫搬迁集中安置房分配结果公示`,
        `    经搬迁户现场抽签、乡镇审核，现将第二批集中安置户分房结果公示如下：`,
        '序号 | 户主 | 民族 | 家庭人口 | 迁出地 | 安置房号',
        ...rows,
        `    其中${heads[2]}户因户主长期在外务工，由其女儿${daughter}代为抽签并签字确认。`,
        `    搬迁户办理入住手续请到海来新村安置点综合服务中心，驻点干部、县乡村振兴局副局长${cadre}现场办公。`,
        `    联系人：${contact}　电话：${landline('0834')}`,
      ].join('\n'),
      [...heads.map(P), ...rooms.map(A), P(daughter)],
      [cadre, contact, '海来新村安置点综合服务中心', ...from],
    );
  }

  // 4. 村务财务公开 ledger: a tab table `凭证号 日期 摘要 金额 领款人 经手人` where 领款人 are villagers paid for work or aid
  //    (people) and 经手人 the 村会计 acting in office (decoy, many times); shops named after people, the 监委会主任 and the
  //    村党支部书记 at the foot, and 武松 in a 摘要 (an opera troupe's play) as decoys.
  {
    const village = '谢屯村';
    const clerk = person('女');
    const payees = [person('男'), person('女'), person('男', true), person('男'), person('女')];
    const shop = `${pick([...SURNAMES])}记五金店`;
    const farm = `${pick([...SURNAMES])}家旺农资店`;
    const items = [
      ['村道路灯维修人工费', payees[0]],
      ['保洁员9月工资', payees[1]],
      ['防汛值守误工补贴', payees[2]],
      [`购${shop}水管配件`, payees[3]],
      ['临时困难救助金', payees[4]],
      [`付${farm}除草剂款（公益林）`, payees[0]],
      ['春节文艺演出《武松打虎》劳务费', payees[3]],
    ];
    const rows = items.map(([what, who], k) => `2025-${pad(k + 20, 3)}\t9月${int(1, 30)}日\t${what}\t${int(120, 2800)}.00\t${who}\t${clerk}`);
    const supervisor = person('男');
    const secretary = person('男', true);
    add(
      [
        `石碑镇${village}2025年第三季度财务收支公开`,
        `    本季度收入合计${int(5, 20)}${digits(4)}.00元，支出合计${int(3, 9)}${digits(4)}.00元。支出明细如下：`,
        '凭证号\t日期\t摘要\t金额（元）\t领款人\t经手人',
        ...rows,
        `    以上支出均经村“两委”联席会议研究，村务监督委员会审核。村民对账目有疑问的，可到村便民服务室查阅凭证。`,
        `审核：村务监督委员会主任　${supervisor}　　批准：村党支部书记　${secretary}　　制表：村会计　${clerk}`,
      ].join('\n'),
      payees.map(P),
      [clerk, supervisor, secretary, shop, farm, '武松'],
    );
  }

  // 5. 集体经济 分红 名单: tabs with `所在组` (a bare group: no one's home), `户主` and `签领人`, a doubled given name, a
  //    whole-word name, a household whose son signs (`之子`); the 股份经济合作社 理事长, the homestay 夏家大院 and 夏收 in prose
  //    as decoys.
  {
    const village = '宋家湾村';
    const heads = [person('男'), person('女'), wordlike(), person('男', true), person('女'), person('男')];
    const son = kin(heads[3], '男');
    const rows = heads.map((h, k) => `${k + 1}\t${pick(GROUPS)}\t${h}\t${int(2, 7)}\t${int(2, 7)}\t${int(3, 9)}00\t${k === 3 ? son : '本人'}`);
    const chair = person('男');
    add(
      [
        `桃花镇${village}股份经济合作社2024年度收益分红公示`,
        `    2024年，村集体通过出租冷库、经营“夏家大院”民宿和光伏电站收益，实现经营性收入${int(40, 90)}.${digits(1)}万元。经成员代表大会讨论通过，每股分红${int(80, 150)}元，赶在夏收前发放到户。部分户分红名单如下：`,
        '序号\t所在组\t户主\t家庭人口\t持股数\t分红金额（元）\t签领人',
        ...rows,
        `    ${heads[3]}因病住院，分红款由其子${son}签领。`,
        `${village}股份经济合作社理事长：${chair}　${date()}`,
      ].join('\n'),
      [...heads.map(P), P(son)],
      [chair, '夏家大院', '夏收前发放'],
    );
  }

  // 6. 土地流转 合同 公示: households as 出租方 in a table and one in full with ID, 住址 and mobile; plots named after
  //    families (`汪家坟`, `谢家洼`), the 承租方 co-operatives named after people or villages, its 理事长 (legal
  //    representative: a person), the 农经站 经办人 and the 村委会 as decoys.
  {
    const county = '望川县';
    const town = '太平乡';
    const lessors = [person('男'), person('女', true), person('男'), person('女')];
    const homes = lessors.map((_, k) => `${county}${town}建设村${GROUPS[k]}${int(2, 80)}号`);
    const plots = ['汪家坟', '谢家洼', '后营大塘', '跃进渠东'];
    const rows = lessors.map((l, k) => `${k + 1} | ${l} | ${GROUPS[k]} | ${int(2, 12)}.${digits(1)} | ${plots[k]}`);
    const coop = `${county}小满种植专业合作社`;
    const chair = person('男', true);
    const id = (() => {
      const body = `511${pick(['523', '524', '528'])}${int(1962, 1978)}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}${digits(3)}`;
      return body + idCheck(body);
    })();
    const mobile = pick(['139', '158', '187']) + digits(8);
    const clerk = person('女');
    add(
      [
        `${town}建设村土地经营权流转合同公示`,
        `    经村民代表会议同意，本村${lessors.length}户农户将承包地经营权出租给${coop}，用于高标准蔬菜种植，流转期限5年，租金每亩每年${int(6, 9)}00元。现将流转情况公示如下：`,
        '序号 | 出租方 | 所在组 | 面积（亩） | 地块名称',
        ...rows,
        '合同主要条款（以第1户为例）：',
        `出租方（甲方）：${lessors[0]}　身份证号：${id}`,
        `住址：${homes[0]}　联系电话：${mobile}`,
        `承租方（乙方）：${coop}　法定代表人：${chair}`,
        `    其余出租方住址分别为：${lessors[1]}，${homes[1]}；${lessors[2]}，${homes[2]}；${lessors[3]}，${homes[3]}。`,
        `    鉴证单位：${town}农村经营管理站　经办人：${clerk}`,
      ].join('\n'),
      [...lessors.map(P), ...homes.map(A), I(id), M(mobile), P(chair)],
      [coop, clerk, ...plots, `${town}建设村土地经营权流转`],
    );
  }

  // 7. County WeChat 推文 of local news quoting residents: `村民X说`, `X老人家住…村…组…号`, `其老伴X`, a compound
  //    surname, a plate on a villager's lorry; the 县委书记 in office, 陶渊明, the brand 雪花啤酒, the bylines `（记者 X
  //    通讯员 Y）` and `编辑：X　审核：Y` as decoys.
  {
    const county = '杨柳县';
    const a = person('男');
    const elder = person('女');
    const elderHome = `${county}石碑镇跃进村前庄组${int(3, 60)}号`;
    const spouse = person('男');
    const c = person('女', true);
    const driver = person('男');
    const plate = `川Z${pick(['A', 'B', 'F'])}${digits(4)}`;
    const secretary = person('男');
    const reporter = person('女');
    const correspondent = person('男');
    const editor = person('女');
    const checker = person('男');
    add(
      [
        '杨柳发布',
        `【乡村振兴】跃进村的“桃花经济”火了`,
        `    （记者 ${reporter} 通讯员 ${correspondent}）春分刚过，石碑镇跃进村的千亩桃林迎来盛花期。“陶渊明写的桃花源，我看就是我们这里。”村民${a}说，他家的农家乐一个周末就接待游客两百多人，雪花啤酒一箱一箱往回拉。`,
        `    今年78岁的${elder}老人家住${elderHome}，和老伴${spouse}在自家门口摆起了小摊，卖手工桃花糕。${elder}告诉记者，以前桃子熟了愁卖，如今游客上门来买，“日子越过越有盼头”。`,
        `    村里的返乡青年${c}开起了直播间，每天带着网友“云赏花”。货车司机${driver}开着自家的货车（${plate}）专门帮乡亲们往县城运送桃花酥和土鸡蛋。`,
        `    周末车多，驻村第一书记带着村干部在村口疏导车辆，路边的石磨豆腐和云片糕摊前排起了长队。3月22日，县委书记${secretary}到跃进村调研乡村旅游，要求做好交通疏导和食品安全保障。`,
        `编辑：${editor}　审核：${checker}`,
      ].join('\n'),
      [P(a), P(elder), A(elderHome), P(spouse), P(c), P(driver), PL(plate)],
      [reporter, correspondent, secretary, editor, checker, '陶渊明', '雪花啤酒', '春分刚过', '石碑镇跃进村的千亩桃林', '驻村第一书记', '石磨豆腐', '云片糕'],
    );
  }

  // 8. 政务微博 post: `#话题#【…】`, a rescued child's mother and grandfather, the two rescuers (`村民A、B`), a
  //    `@` of the county's media centre, the 派出所 民警 by title and the 长江 as a river (no name) as decoys.
  {
    const mother = person('女');
    const grandpa = person('男');
    const r1 = person('男');
    const r2 = person('男', true);
    const officer = person('男');
    add(
      [
        `#云溪身边好人#【两村民跳进冰冷河水救起落水儿童】`,
        `    2月15日下午，云溪县于楼村一名6岁男孩在河边玩耍时不慎落水。正在附近干活的村民${r1}、${r2}听到呼救，先后跳入河中将孩子托上岸。孩子的母亲${mother}哽咽着说：“没有他们，后果不敢想。”孩子的爷爷${grandpa}第二天提着鸡蛋上门道谢，被两人婉拒。`,
        `    石碑派出所民警${officer}提醒：春季河水冰冷，家长要看护好孩子，不到长江支流和坑塘边玩耍。@云溪县融媒体中心 @云溪公安`,
      ].join('\n'),
      [P(mother), P(grandpa), P(r1), P(r2)],
      [officer, '@云溪县融媒体中心', '@云溪公安', '长江支流'],
    );
  }

  // 9. 人大代表建议 办理答复: the deputy addressed and named (acting in office: a decoy), citizens the 建议 names with their
  //    homes (`…村…组村民X`, `X家住…`), a masked complainant (`宋某某`), the 局长 signing and the contact as decoys.
  {
    const county = '云溪县';
    const deputy = person('女');
    const x = person('男');
    const xHome = `${county}桃花镇卫东村${pick(['三组', '五组'])}${int(5, 70)}号`;
    const y = person('女', true);
    const yHome = `${county}${pick(STREETS)}${pick(ESTATES)}${int(1, 15)}栋${int(1, 3)}单元${int(2, 18)}0${int(1, 4)}室`;
    const director = person('男');
    const contact = person('女');
    const masked = `${pick([...SURNAMES])}某某`;
    const again = `${x[0]}某`;
    const caller = person('男');
    const order = `2025${pad(int(1, 9), 2)}${digits(6)}`;
    add(
      [
        `${county}交通运输局`,
        `关于县十八届人大三次会议第${int(20, 90)}号建议的答复`,
        `${deputy}代表：`,
        `    您提出的《关于改善卫东村至县城公交出行条件的建议》收悉。感谢您对交通运输工作的关心和支持，现答复如下：`,
        `    您在建议中反映，卫东村村民${x}（家住${xHome}）每周需送孙女到县城上学，往返要转乘两次；城区居民${y}住在${yHome}，其母亲在卫东村独居，探望不便。我局高度重视，会同桃花镇实地调研后，已于9月1日起将12路公交延伸至卫东村，早晚高峰加密至20分钟一班。`,
        `    经回访，${again}对调整后的班次表示满意。此前12345热线工单${order}（${caller}）和${masked}等群众反映的站点遮阳问题，一并纳入候车亭改造计划。`,
        `    对以上答复，请您填写《代表建议办理情况征询意见表》反馈。`,
        `局长：${director}　　联系人：${contact}　　联系电话：${landline('0817')}`,
        `${county}交通运输局　${date()}`,
      ].join('\n'),
      [P(x), A(xHome), P(y), A(yHome), P(caller)],
      [deputy, director, contact, masked, again, '卫东村至县城公交'],
    );
  }

  // 10. A traditional-script mirror of a 土地流转 公示: 出租方 households with `住…` (村 + 组 + 號), the co-operative
  //     named after a family (`禹家莊`) and the 經辦人 as decoys.
  {
    const lessors = [person('男'), person('女'), person('男')];
    const homes = lessors.map((_, k) => `楊柳縣桃花鎮謝屯村${trad(GROUPS[k + 1])}${int(3, 90)}號`);
    const coop = '楊柳縣禹家莊果蔬種植專業合作社';
    const clerk = person('男');
    add(
      [
        '楊柳縣桃花鎮謝屯村土地經營權流轉公示',
        `    經村民代表會議討論，本村${lessors.length}戶農戶自願將承包地經營權出租給${coop}，期限八年，租金每畝每年七百元。`,
        ...lessors.map((l, k) => `${k + 1}．出租方：${trad(l)}，住${homes[k]}，流轉面積${int(2, 9)}.${digits(1)}畝。`),
        `    公示期七天。如有異議，請向鎮農村經營管理站反映。經辦人：${trad(clerk)}`,
      ].join('\n'),
      [...lessors.map((l) => P(trad(l))), ...homes.map(A)],
      [coop, trad(clerk)],
    );
  }

  // 12. A Yi county's WeChat 推文 from a 安置点 at the 火把节: `搬迁户X一家…现住…栋…单元…室`, `X说`, `X的妻子Y`, a
  //     neighbour `X老人家住…室`, a grandson named by the clan name; the 安置点's 党支部书记 in office, a title-only
  //     `楼栋长`, 支格阿鲁 (the Yi epic's hero), a shop named after its owner's surname, 彝家苦荞 (a brand) and the
  //     通讯员 as decoys.
  {
    const mover = yi();
    const wife = yi();
    const elder = yi();
    const grandson = yi();
    const b = int(9, 16);
    const home = `依洛县城东安置点${b}栋${int(1, 3)}单元${int(2, 6)}0${int(1, 4)}室`;
    const elderHome = `依洛县城东安置点${b + 3}栋${int(1, 3)}单元${int(1, 6)}0${int(1, 4)}室`;
    const secretary = person('男');
    const correspondent = yi();
    const shop = `${pick([...SURNAMES])}记小卖部`;
    add(
      [
        '依洛发布',
        '【新家过节】城东安置点的火把节',
        `    （通讯员　${correspondent}）7月29日晚，依洛县城东安置点的广场上燃起了火把。搬迁户${mover}一家从洛觉乡洛木村搬来已经两年，现住${home}。“以前背一袋化肥上山要走三个小时，现在下楼就是扶贫车间。”${mover}说。`,
        `    ${mover}的妻子${wife}在车间里做彝绣，每月能挣两千多元。邻居${elder}老人家住${elderHome}，晚饭后总爱坐在楼下给孩子们讲支格阿鲁射日的故事，她的孙子${grandson}今年考上了县一中。`,
        `    安置点党支部书记${secretary}介绍，安置点配了楼栋长，广场边的${shop}和“彝家苦荞”直营店都雇了搬迁户当店员。`,
      ].join('\n'),
      [P(mover), A(home), P(wife), P(elder), A(elderHome), P(grandson)],
      [correspondent, secretary, shop, '支格阿鲁', '彝家苦荞', '楼栋长', '洛觉乡洛木村'],
    );
  }

  // 11. A 苏木's news item on grassland patrols in prose: `…嘎查牧民X说`, `X的妻子Y`, a 3-part dotted name, a herder's
  //     home (`家住…嘎查…号`); the 旗长 in office, 成吉思汗, the brand 蒙牛 and the reporter as decoys.
  {
    const herder = mongol();
    const wife = mongol();
    const other = mongol();
    const home = `查干温都旗宝力根苏木陶森嘎查${int(2, 40)}号`;
    const head = person('男');
    const reporter = mongol();
    add(
      [
        `宝力根苏木：牧民管护员守护春季草原`,
        `    眼下正值春季休牧期，宝力根苏木的草原管护员每天骑着摩托车在草场巡护。陶森嘎查牧民${herder}说：“草场是我们的饭碗，少放几只羊，草长起来了，羊也肥了。”${herder}的妻子${wife}在家里开起了奶食作坊，产品卖给了不少外地游客，价格比卖给蒙牛奶站还好。`,
        `    家住${home}的管护员${other}，二十年前就在草场上立起了“成吉思汗拴马桩”的保护牌。4月10日，副旗长${head}来到陶森嘎查，看望慰问一线管护员。`,
        `    （记者　${reporter}）`,
      ].join('\n'),
      [P(herder), P(wife), P(other), A(home)],
      [head, reporter, '成吉思汗', '蒙牛'],
    );
  }
}
