/**
 * Held-out slice 9: eleven whole documents written blind (without reading review/ or the rules' tests), after a
 * second reading of published documents; see README.md beside this file for the kinds and structures.
 */

import { A, I, M, P, PL, blind, checkLabels, toTrad, unit, COUNTIES, GACHA, GROUPS, STREETS, SUMU, TOWNS, VILLAGES, type AddRecord, type Label } from './blind.js';

const SOURCE = 'holdout9';

export function slice9(addRecord: AddRecord, used: Set<string>): void {
  const g = blind(90_2026, used);
  const { pick, int, digits } = g;
  let n = 0;
  const add = (text: string, pii: Label[], decoys: string[] = []): void => {
    checkLabels(`${SOURCE}-${++n}`, text, pii, decoys);
    addRecord(SOURCE, text, pii, decoys);
  };
  const short = (county: string): string => county.replace(/(县|旗)$/, '');

  // 1. 生态环境 penalty on a person: `当事人：X。` with nothing else on the line, then ID and home on their own lines.
  {
    const county = pick(COUNTIES);
    const who = g.person('男');
    const id = g.idCard(int(1956, 1970));
    const home = g.village(county);
    const o1 = g.person();
    const o2 = g.person('男');
    const bank = `${county}${pick(STREETS)}${int(10, 199)}号`;
    const field = `${pick(TOWNS)}${pick(VILLAGES)}`;
    add(
      [
        `${county}生态环境局`,
        '行政处罚决定书',
        `${short(county)}环罚〔${int(2023, 2025)}〕${int(100, 600)}号`,
        `当事人：${who}。`,
        `公民身份号码：${id}`,
        `住址：${home}`,
        `    根据秸秆禁烧视频监控平台的报警信息，本机关执法人员${o1}、${o2}于${g.date()}到现场勘查，并对你露天焚烧秸秆的行为立案调查。经查，你于当日下午在${field}村东的机耕路旁点燃玉米秸秆，过火面积约${int(2, 9)}亩。${who}在接受调查询问时对上述事实无异议。`,
        '    以上事实有《现场勘查笔录》《调查询问笔录》、监控截图等证据为证。你的行为违反了《中华人民共和国大气污染防治法》第七十七条的规定。',
        `    依据该法第一百一十九条第一款，本机关决定对你处以罚款${int(5, 19)}00元。限你自收到本决定书之日起十五日内，将罚款缴至农村商业银行营业部（地址：${bank}）。`,
        '    如不服本决定，可在收到之日起六十日内申请行政复议，或在六个月内提起行政诉讼。',
      ].join('\n'),
      [P(who), I(id), A(home)],
      [o1, o2, bank],
    );
  }

  // 2. 市场监管 penalty on a 个体工商户 named after its keeper: 经营者, 经营场所 (a shop: not a home), the keeper's
  //    wife at the counter, and the consumer who complained with her own address in brackets.
  {
    const county = pick(COUNTIES);
    const keeper = g.person('男');
    const keeperHome = g.village(county);
    const wife = g.person('女');
    const buyer = g.person('女');
    const buyerHome = g.urban(county);
    const shop = `${county}${pick(TOWNS)}${pick(STREETS)}${int(1, 99)}号`;
    const o1 = g.person('男');
    const o2 = g.person('女');
    const bags = int(6, 30);
    add(
      [
        `${county}市场监督管理局`,
        '行政处罚决定书',
        `当事人：${short(county)}${pick(['福满多', '鑫源', '好邻居'])}副食店（个体工商户）`,
        `经营者：${keeper}　住址：${keeperHome}`,
        `统一社会信用代码：92${digits(4)}MA${digits(4)}X${digits(5)}`,
        `经营场所：${shop}`,
        `    ${g.date()}，本局接到消费者${buyer}（住${buyerHome}）投诉，称其在当事人店内购买的袋装牛肉干已过保质期。本局执法人员${o1}、${o2}当日到当事人经营场所检查，在货架上发现同批次牛肉干${bags}袋，标注的保质期均已届满。经营者${keeper}当时外出，其妻${wife}在店内看管，对检查结果签字确认。`,
        `    当事人的行为违反了《中华人民共和国食品安全法》第三十四条第（十）项。鉴于当事人货值金额较小、主动退还${buyer}货款，本局决定：没收超过保质期的牛肉干${bags}袋，并处罚款${int(5, 20)}00元。`,
      ].join('\n'),
      [P(keeper), A(keeperHome), P(wife), P(buyer), A(buyerHome)],
      [o1, o2, shop],
    );
  }

  // 3. An award list in a table without a header: name, unit, post; two-character names padded with a full-width
  //    space to line up with three-character ones; the decision names the first winner `X等十人`.
  {
    const county = pick(COUNTIES);
    const winners: string[] = [];
    for (let i = 0; i < 10; i++) winners.push(g.person('女', i === 3 || i === 7));
    const shown = winners.map((w) => (w.length === 2 ? `${w[0]}　${w[1]}` : w));
    const u = unit(county);
    const units = [`${u}人民医院妇产科`, `${pick(TOWNS)}中心小学`, `${pick(VILLAGES)}股份经济合作社`, `${u}供电公司营销部`, `${pick(TOWNS)}卫生院`, `${u}第二中学`, `${short(county)}绿源农民专业合作社`, `${u}融媒体中心`, `${pick(TOWNS)}敬老院`, `${u}税务局第一税务所`];
    const posts = ['主任', '教师', '理事长', '班长', '护士长', '教师', '理事长', '记者', '院长', '科员'];
    add(
      [
        `${county}妇女联合会关于表彰${int(2023, 2025)}年度“最美巾帼奋斗者”的决定`,
        `各乡镇妇联，${u}直机关妇委会：`,
        `    一年来，全${u}广大妇女在乡村振兴和基层治理中建功立业，涌现出一批可亲可敬的先进典型。为表彰先进、树立榜样，${u}妇联决定授予${winners[0]}等十人“最美巾帼奋斗者”荣誉称号。`,
        `    希望受表彰的同志珍惜荣誉、再接再厉，希望全${u}广大妇女以她们为榜样，为建设美丽家园贡献巾帼力量。`,
        '附件',
        '“最美巾帼奋斗者”名单（10名）',
        ...shown.map((w, i) => `${w}　${units[i]}　${posts[i]}`),
        `${county}妇女联合会`,
      ].join('\n'),
      // Every winner is a person (the category keeps them visible); the list writes the padded form, the decision
      // names the first winner plainly, and each is labelled as written.
      [...new Set([winners[0], ...shown])].map(P),
    );
  }

  // 4. A county's 见义勇为 decision: `X，男，汉族，N岁，…村村民。` opening the facts, the name in the title.
  {
    const county = pick(COUNTIES);
    const hero = g.person('男');
    const dad = g.person('男');
    const place = `${county}${pick(TOWNS)}${pick(VILLAGES)}`;
    add(
      [
        `${county}人民政府`,
        `关于授予${hero}“${county}见义勇为公民”荣誉称号的决定`,
        `${short(county)}政发〔${int(2023, 2025)}〕${int(5, 60)}号`,
        `各乡镇人民政府，${unit(county)}政府各部门：`,
        `    ${hero}，男，汉族，${int(28, 55)}岁，${place}村民。${g.date()}傍晚，${hero}在村外水库边放羊时听到呼救，发现两名少年在深水区挣扎，他来不及脱下外衣便跳入水中，先后将两人推上岸边。事后，获救少年的父亲${dad}专程到${hero}家中送上锦旗。`,
        `    为弘扬社会正气，${unit(county)}人民政府决定授予${hero}“${county}见义勇为公民”荣誉称号，给予一次性奖励一万元。希望全${unit(county)}干部群众以${hero}为榜样，崇尚英雄、争做好人。`,
      ].join('\n'),
      [P(hero), P(dad), A(place)],
    );
  }

  // 5. News of an award ceremony: `为A、B、C、D、E等5名…颁发`, then what each did with their village; the
  //    officials and the reporter and correspondent as decoys.
  {
    const county = pick(COUNTIES);
    const five = [g.person('男'), g.person('男'), g.person('女'), g.person('男'), g.person('男')];
    const homeA = `${pick(TOWNS)}${pick(VILLAGES)}`;
    const homeD = `${pick(TOWNS)}${pick(VILLAGES)}`;
    const reporter = g.person('女');
    const stringer = g.person('男');
    const chief = g.person('男');
    add(
      [
        `    本报讯（记者 ${reporter} 通讯员 ${stringer}）${g.date()}，${county}公安局举行见义勇为先进个人颁奖仪式，为${five.join('、')}等5名见义勇为先进个人颁发荣誉证书和奖励金。副${unit(county)}长、公安局局长${chief}出席并讲话。`,
        `    ${five[0]}是${homeA}村民，去年夏天在自家鱼塘边救起两名落水儿童；${five[1]}、${five[2]}夫妇在${pick(STREETS)}协助民警制服一名持刀抢劫的嫌疑人；${five[3]}家住${homeD}，深夜发现邻居家起火，破窗救出一位老人；出租车司机${five[4]}连续三年义务接送高考考生。`,
        `    近年来，全${unit(county)}共确认见义勇为人员37人，落实奖励和慰问资金80余万元。`,
      ].join('\n'),
      [...five.map(P), A(homeA), A(homeD)],
      [reporter, stringer, chief],
    );
  }

  // 6. A county mailbox letter signed at its foot (`X　2024-5-12`) with the writer's village group and mobile,
  //    neighbours named in prose; the town's reply, signed by the town and the clerk who posted it.
  {
    const county = pick(COUNTIES);
    const town = pick(TOWNS);
    const home = `${county}${town}${pick(VILLAGES)}${pick(GROUPS)}`;
    const writer = g.person('男');
    const n1 = g.person('男');
    const n2 = g.person('女');
    const tel = g.mobile();
    const clerk = g.person('男');
    const y = int(2023, 2025);
    add(
      [
        '标题：我们组至今没有通自来水',
        `    尊敬的${unit(county)}长您好！我是${home}的村民，我们组${int(20, 60)}户人家一直吃山上引下来的泉水，一到冬天管子冻住就得挑水。${town.slice(-1)}里的自来水主管道离我们组不到两公里，去年我和邻居${n1}、${n2}一起去${town.slice(-1)}里问过两次，说是要等项目。希望领导关心一下我们这些老百姓。联系电话：${tel}`,
        `${writer}　${y}-${int(3, 6)}-${int(10, 28)}`,
        `    ${writer}您好！您反映的情况经${town}人民政府调查核实：该组位于水厂供水管网末端，地势较高，需新建加压泵站。${town.slice(-1)}政府已将该组纳入${y + 1}年农村供水保障工程，计划汛期前完工。`,
        `${town}人民政府　${y}/07/0${int(1, 9)}`,
        `${clerk}　${y}-7-${int(10, 28)} 09:${int(10, 59)}`,
      ].join('\n'),
      [P(writer), P(n1), P(n2), A(home), M(tel)],
      [clerk],
    );
  }

  // 7. A weekly hotline report: owners and residents without names, one caller by name with her father and her
  //    home in brackets; the reporter in brackets at the end.
  {
    const county = pick(COUNTIES);
    const caller = g.person('女');
    const father = g.person('男');
    const home = `${county}${pick(TOWNS)}${pick(VILLAGES)}`;
    const reporter = g.person('男');
    add(
      [
        `上周12345热线受理群众诉求${int(3000, 9000)}件 供暖问题成为热点`,
        `    ${county}某小区业主反映，小区${int(2, 18)}号楼暖气温度长期不达标。供热公司回复，已对该楼供热管道进行冲洗，室温已恢复正常。`,
        `    城区一居民反映，其家门前的排水井盖破损，夜间行人易绊倒。住建局回复，井盖已于次日更换。`,
        `    市民${caller}（家住${home}）来电反映，其父亲${father}患有尿毒症，每周需透析三次，希望了解大病救助政策。${unit(county)}医保局回复，已安排工作人员上门为${father}办理门诊慢特病待遇认定。`,
        `    以上问题经回访，来电人均表示满意。（记者 ${reporter}）`,
      ].join('\n'),
      [P(caller), P(father), A(home)],
      [reporter],
    );
  }

  // 8. A traditional-script mirror of a 任前公示: `X，男，漢族，中共黨員，1981年4月生，…人，…學歷，現任…，擬任…`
  //    for four appointees, a Mongolian woman among them; 籍贯 is no address.
  {
    const who = [g.person('男'), g.mongol(), g.person('女'), g.person('男')];
    const county = pick(COUNTIES);
    const lines = ['幹部任前公示', `    經中共${toTrad(county)}委員會常委會研究，擬提拔任用以下同志，現予公示：`];
    const posts = [['鎮黨委副書記', '鄉長'], ['旗婦聯副主席', '蘇木黨委書記'], ['縣財政局副局長', '縣審計局局長'], ['鄉黨委委員', '鎮黨委副書記']];
    who.forEach((w, i) => {
      const mongolian = i === 1;
      lines.push(`    ${toTrad(w)}，${mongolian || i === 2 ? '女' : '男'}，${mongolian ? '蒙古族' : '漢族'}，中共黨員，${int(1978, 1990)}年${int(1, 12)}月生，${pick(['內蒙古赤峰', '內蒙古烏蘭察布', '安徽亳州', '四川遂寧'])}人，${pick(['大學', '研究生'])}學歷，現任${posts[i][0]}，擬任${posts[i][1]}。`);
    });
    lines.push(`    公示期間，如有情況反映，請向${toTrad(unit(county))}委組織部幹部監督室反映。舉報電話：${g.landline()}`);
    add(lines.join('\n'), who.map((w) => P(toTrad(w))));
  }

  // 9. A grassland dispute settled by a township's mediators: herders named in full with their 嘎查, the son who
  //    set it off, an earlier case with publisher-masked names (`包某某与乌某`); the 所长, the mediator and the
  //    嘎查达 act in office.
  {
    const sumu = pick(SUMU);
    const g1 = pick(GACHA);
    let g2 = pick(GACHA);
    while (g2 === g1) g2 = pick(GACHA);
    const m1 = g.mongol();
    const m2 = g.person('男');
    const son = g.kin(m2, '男');
    const head = g.person('男');
    const mediator = g.mongol();
    const chief = g.mongol();
    const home1 = `${sumu}${g1}`;
    const home2 = `${sumu}${g2}`;
    add(
      [
        `    ${g.date()}，${sumu}司法所所长${head}带领人民调解员${mediator}，来到两个嘎查交界处的草场，调解一起持续了六年的草场边界纠纷。`,
        `    纠纷双方是家住${home1}的牧民${m1}和家住${home2}的牧民${m2}。两家的草场相邻，当年承包时只用几块石头做界。${m2}的儿子${son}成家后牲畜增加，两家的羊群时常越界，双方多次在微信群里争吵。`,
        `    调解员调出${int(1997, 2003)}年的草场承包档案，请两个嘎查的老党员到现场指认界石。嘎查达${chief}也到场协助。经过三轮调解，${m1}和${m2}同意以界石连线为界，合资架设网围栏。`,
        '    今年以来，该司法所已化解草场纠纷11起，此前调处的牧民包某某与乌某之间的饮水井纠纷也已回访。',
      ].join('\n'),
      [P(m1), P(m2), P(son), A(home1), A(home2)],
      [head, mediator, chief, '包某某', '乌某'],
    );
  }

  // 10. A traditional-script court judgment with spaced labels (`原　　告　X`), the plaintiff's home on its own line,
  //     the defendant bureau with a masked seat and its head (in office), a lawyer, and the plaintiff's car.
  {
    const county = pick(COUNTIES);
    const plaintiff = g.person('男');
    const home = g.urban(county);
    const head = g.person('男');
    const lawyer = g.person('女');
    const pl = toTrad(g.plate());
    add(
      [
        `${toTrad(county)}人民法院`,
        '行政判決書',
        `（${int(2023, 2025)}）行初字第${int(10, 99)}號`,
        `原　　告　${toTrad(plaintiff)}，男，${int(1965, 1990)}年生，住${toTrad(home)}。`,
        `委託訴訟代理人　${toTrad(lawyer)}，律師。`,
        `被　　告　${toTrad(county)}公安局交通警察大隊，住所地${toTrad(county)}○○路00號。`,
        `負 責 人　${toTrad(head)}，大隊長。`,
        `    原告${toTrad(plaintiff)}不服被告作出的公安交通管理行政處罰決定，於法定期限內提起行政訴訟。經審理查明：原告駕駛其所有的${pl}號小型轎車在國道上行駛時，被測速設備記錄超速。原告稱事發時車輛已借給他人使用，但未能提供證據。`,
        '    本院認為，被告作出的處罰決定認定事實清楚，程序合法。判決如下：駁回原告的訴訟請求。',
      ].join('\n'),
      [P(toTrad(plaintiff)), A(toTrad(home)), P(toTrad(lawyer)), PL(pl)],
      [toTrad(head), '○○路00號'],
    );
  }

  // 11. A village's 低保 adjustment: names separated by full-width spaces on one line, names with a reason in
  //     brackets, and a household named with its group; the village secretary at the foot.
  {
    const village = pick(VILLAGES);
    const town = pick(TOWNS);
    const added = [g.person('男'), g.person('女'), g.person('男'), g.person('女')];
    const stopped = [g.person('男'), g.person('男')];
    const grp = pick(GROUPS);
    const secretary = g.person('男');
    add(
      [
        `${town}${village}${int(2024, 2025)}年第${pick(['一', '二', '三'])}季度低保动态调整公示`,
        '    经入户调查、村民代表民主评议，现将本季度低保调整情况公示如下：',
        `    一、拟新增低保对象${added.length}户：${added.join('　')}`,
        `    二、拟停发低保${stopped.length}户：${stopped[0]}（家庭收入超过保障标准）、${stopped[1]}（户主已去世）`,
        `    三、${added[0]}家住本村${grp}，妻子长期患病，两个孩子在读，经评议符合条件。`,
        `    公示期7天。如有异议，请向村民委员会或${town}民政办反映。`,
        `    村党支部书记：${secretary}`,
      ].join('\n'),
      [...added.map(P), ...stopped.map(P), A(`本村${grp}`)],
      [secretary],
    );
  }
}
