/**
 * Held-out slice 10: eleven whole documents written blind, of kinds and layouts slice 9 does not use; for the lead
 * to measure (see README.md beside this file for the kinds and structures).
 */

import { A, I, M, P, PL, blind, recorder, short, toTrad, unit, COUNTIES, ESTATES, GACHA, GROUPS, STREETS, SUMU, TOWNS, VILLAGES, type AddRecord, type Label } from './blind.js';

export function slice10(addRecord: AddRecord, used: Set<string>): void {
  const g = blind(10_2026_12, used);
  const { pick, int, digits } = g;
  const add = recorder('holdout10', addRecord);

  // 1. A 苏木's quarterly publication of grazing-ban penalties: a table `序号　当事人　所在嘎查　…` (a bare 嘎查 is no
  //    address, as a bare 所在村), a herder's hired shepherd in prose, officers with their 执法证号 at the foot.
  {
    const sumu = pick(SUMU);
    const parties = [g.mongol(), g.person('男'), g.mongol(), g.mongol(), g.person('男'), g.mongol()];
    const shepherd = g.person('男');
    const o1 = g.mongol();
    const o2 = g.person('男');
    const rows = parties.map((p, i) => {
      const units = int(20, 160);
      return `${i + 1}　${p}　${pick(GACHA)}　${units}　${units * 120}`;
    });
    add(
      [
        `${sumu}${int(2024, 2025)}年第二季度休牧期违规放牧行政处罚案件公示`,
        `    依据《内蒙古自治区草畜平衡和禁牧休牧条例》第三十五条，本${sumu.endsWith('苏木') ? '苏木' : '镇'}对休牧期间在草原上放牧的行为立案${parties.length}件，按每个违法放牧羊单位120元予以处罚，现将结果公示如下：`,
        '序号　当事人　所在嘎查　违法放牧羊单位　罚款金额（元）',
        ...rows,
        `    其中，${parties[2]}的羊群由其雇用的羊倌${shepherd}看管，罚款由${parties[2]}承担；${parties[4]}已于公示前缴清罚款。`,
        `    执法人员：${o1}（执法证号 ${digits(8)}）、${o2}（执法证号 ${digits(8)}）`,
      ].join('\n'),
      [...parties.map(P), P(shepherd)],
      [o1, o2],
    );
  }

  // 2. A 信访 reply on a mother's pension, in the template `关于X信访事项的答复意见`: the mother's 户籍地 (an
  //    address), the family's current home, a brother in prose, the clerk at the foot.
  {
    const county = pick(COUNTIES);
    const who = g.person('女');
    const mother = g.person('女');
    const brother = g.kin(who, '男');
    const origin = g.village(county);
    const home = g.urban(county);
    const clerk = g.person();
    add(
      [
        `关于${who}信访事项的答复意见`,
        `${short(county)}人社信复〔${int(2024, 2025)}〕${int(3, 40)}号`,
        `${who}：`,
        `    你于${g.date()}来信反映你母亲${mother}城乡居民养老保险待遇未足额发放的问题，本机关已依法受理。现答复如下：`,
        `    经调查核实，${mother}，${int(1948, 1958)}年生，户籍地为${origin}，于${int(2011, 2014)}年参加城乡居民养老保险。其待遇自年满六十周岁次月起按月发放，此前少发的部分系你与弟弟${brother}办理补缴时选择的缴费档次较低所致，计发标准无误。`,
        `    你家现住${home}，因搬家后社保卡预留的手机号码未更新，短信通知未能送达。本机关已为${mother}更新联系方式。`,
        `    如对本答复意见不服，可自收到之日起30日内向${county}人民政府申请复查。`,
        `    承办人：${clerk}　联系电话：${g.landline()}`,
        `${county}人力资源和社会保障局`,
      ].join('\n'),
      [P(who), P(mother), P(brother), A(origin), A(home)],
      [clerk],
    );
  }

  // 3. A court's page of notices by publication: two defendants addressed together (`A、B：`), a defendant with
  //    `（男，…年生，原住…）`, the plaintiff of a divorce named, a company plaintiff.
  {
    const court = `${pick(COUNTIES)}人民法院`;
    const d1 = g.person('男');
    const d2 = g.person('女');
    const d3 = g.person('男');
    const wife = g.person('女');
    const old = g.village();
    add(
      [
        `${court}公告`,
        `${d1}、${d2}：`,
        `    本院受理原告${pick(['恒通', '丰泽', '兴源'])}农资有限公司诉你们买卖合同纠纷一案，因你们下落不明，依照《中华人民共和国民事诉讼法》第九十五条的规定，向你们公告送达起诉状副本、应诉通知书、举证通知书及开庭传票。自公告之日起经过三十日即视为送达。本案定于公告期满后第三日上午九时在本院第二法庭公开开庭审理，逾期将依法缺席判决。`,
        `${d3}（男，${int(1980, 1992)}年生，原住${old}）：`,
        `    本院受理原告${wife}诉你离婚纠纷一案，现依法向你公告送达起诉状副本及开庭传票。${wife}请求判决准予离婚，婚生子由其抚养。你应在公告期满后十五日内提出答辩状。`,
        court,
      ].join('\n'),
      [P(d1), P(d2), P(d3), P(wife), A(old)],
    );
  }

  // 4. A tabbed list of civil servants to be hired: `序号	招录机关	职位	姓名	性别	准考证号	毕业院校`; the candidates
  //    are persons (the category keeps them), the exam numbers are no personal data of a listed type.
  {
    const county = pick(COUNTIES);
    const u = unit(county);
    const bodies = [`${county}人民法院`, `${county}财政局`, `${pick(TOWNS)}人民政府`, `${county}市场监督管理局`, `${pick(SUMU)}人民政府`, `${county}自然资源局`, `${county}审计局`];
    const lines = [`${county}${int(2024, 2025)}年考试录用公务员拟录用人员公示`, `    根据公务员录用有关规定，经笔试、面试、体检和考察，确定以下${bodies.length}名同志为拟录用人员，现予公示。`, '序号\t招录机关\t职位\t姓名\t性别\t准考证号\t毕业院校'];
    const people: string[] = [];
    bodies.forEach((b, i) => {
      const sex = g.chance(0.5) ? '男' : '女';
      const who = i === 4 ? g.mongol() : g.person(sex);
      people.push(who);
      lines.push(`${i + 1}\t${b}\t${pick(['综合管理', '财务会计', '乡村振兴', '执法一线'])}\t${who}\t${sex}\t1150${digits(8)}\t${pick(['内蒙古大学', '安徽大学', '内蒙古农业大学', '山西大学', '四川农业大学'])}`);
    });
    lines.push(`    公示期为5个工作日。对公示对象如有异议，请向中共${county}委组织部公务员管理科反映，电话：${g.landline()}。全${u}公务员主管部门不受理匿名反映。`);
    add(lines.join('\n'), people.map(P));
  }

  // 5. News of a grazing-ban patrol: a herder whose sheep were found, a herder quoted with his 苏木 and 嘎查 glued
  //    before the name, the station head; two reporters glued together in brackets at the end.
  {
    const sumu = pick(SUMU);
    const gacha = pick(GACHA);
    const town = pick(TOWNS);
    const herder = g.mongol();
    const other = g.person('男');
    const quoted = g.mongol();
    const head = g.person('男');
    const r1 = g.person('男');
    const r2 = g.person('女');
    const quotedHome = `${sumu}${gacha}`;
    add(
      [
        `    近日，${town}草原工作站会同${sumu}综合行政执法队开展禁牧区巡查。巡查人员在${gacha}东侧的禁牧区内发现牧民${herder}家的${int(40, 120)}只羊，随即联系${herder}将羊群赶回圈舍，依法处以罚款。同日还劝返了外出放牧的${other}。`,
        `    据工作站站长${head}介绍，今年以来共巡查${int(20, 60)}次，查处偷牧行为${int(3, 12)}起。${quotedHome}牧民${quoted}说：“禁牧是为了草场能缓过来，我们都支持，舍饲的草料政府也给了补贴。”`,
        `    （${r1}${r2}）`,
      ].join('\n'),
      [P(herder), P(other), P(quoted), A(quotedHome)],
      [head, r1, r2],
    );
  }

  // 6. A traditional-script mirror of a people's-daily style item on a 留言板 letter: `我是…村村民`, the village
  //    doctor who retired, the writer's father; the reporter in brackets, the editors at the foot.
  {
    const county = pick(COUNTIES);
    const home = `${county}${pick(TOWNS)}${pick(VILLAGES)}`;
    const doctor = g.person('男');
    const father = g.person('男');
    const reporter = g.person('男');
    const e1 = g.person('女');
    const e2 = g.person('男');
    add(
      [
        `辦實事丨村民看病要跑三十里 ${toTrad(county)}：村衛生室恢復坐診`,
        `    人民網呼和浩特${int(3, 11)}月${int(1, 28)}日電（記者${toTrad(reporter)}）日前，網友在“領導留言板”給${toTrad(county)}委書記留言：“尊敬的書記您好，我是${toTrad(home)}村民，我們村衛生室的醫生${toTrad(doctor)}去年退休後一直沒人接替，老人看病、拿藥都得跑到三十里外的鎮上。我父親${toTrad(father)}有高血壓，每個月都得去一趟，很不方便。”`,
        '    收到留言後，當地衛生健康部門立即安排鎮衛生院的全科醫生每週二、週五到村衛生室坐診，並為村裡的慢性病患者建立了隨訪檔案。',
        `    （責編：${toTrad(e1)}、${toTrad(e2)}）`,
      ].join('\n'),
      [A(toTrad(home)), P(toTrad(doctor)), P(toTrad(father))],
      [toTrad(reporter), toTrad(e1), toTrad(e2)],
    );
  }

  // 7. A disability-allowance list as a ` | ` table whose first column is the village and group of each person.
  {
    const town = pick(TOWNS);
    const v1 = pick(VILLAGES);
    let v2 = pick(VILLAGES);
    while (v2 === v1) v2 = pick(VILLAGES);
    const pii: Label[] = [];
    const lines = [`${town}${int(2024, 2025)}年${int(1, 12)}月困难残疾人生活补贴和重度残疾人护理补贴发放名单`, '序号 | 村组 | 姓名 | 残疾类别 | 等级 | 生活补贴（元） | 护理补贴（元）'];
    for (let i = 1; i <= 6; i++) {
      const where = `${i <= 3 ? v1 : v2}${pick(GROUPS)}`;
      const who = g.person();
      const severe = g.chance(0.5);
      if (!pii.some((l) => l.value === where)) pii.push(A(where));
      pii.push(P(who));
      lines.push(`${i} | ${where} | ${who} | ${pick(['肢体', '视力', '智力', '听力', '精神'])} | ${severe ? pick(['一级', '二级']) : pick(['三级', '四级'])} | ${severe ? 90 : 0} | ${severe ? 90 : 0}`);
    }
    lines.push(`    公示期7天，监督电话：${g.landline()}。`);
    add(lines.join('\n'), pii);
  }

  // 8. A road-transport penalty on an overloading driver: his ID and home on label lines, the lorry's plate, the
  //    owning company with its 法定代表人 (a person, per this corpus) and seat (a decoy), officers in prose.
  {
    const county = pick(COUNTIES);
    const driver = g.person('男');
    const id = g.idCard(int(1972, 1995));
    const home = g.village(county);
    const pl = g.plate();
    const boss = g.person();
    const seat = `${county}${pick(STREETS)}${int(1, 300)}号`;
    const o1 = g.person('男');
    const o2 = g.person('男');
    const over = int(3, 25);
    add(
      [
        `${county}交通运输综合行政执法大队`,
        '行政处罚决定书',
        `当事人：${driver}　性别：男　身份证号：${id}`,
        `住址：${home}`,
        `车辆号牌：${pl}　车辆所有人：${short(county)}${pick(['通达', '顺驰', '远航'])}物流有限公司（法定代表人：${boss}，住所：${seat}）`,
        `    ${g.date()}，本大队执法人员${o1}、${o2}在${pick(['G110', 'S105', 'G331'])}线治超检测站检测发现，当事人驾驶的${pl}号重型半挂牵引车车货总质量${49 + over}吨，超过限定标准${over}吨。当事人对检测结果无异议。`,
        `    依据《公路安全保护条例》第六十六条，本大队决定对当事人处以罚款${int(5, 30)}00元。`,
      ].join('\n'),
      [P(driver), I(id), A(home), PL(pl), P(boss)],
      [o1, o2, seat],
    );
  }

  // 9. A village's homestead approvals with IDs masked by the village itself (decoys: nothing left to find), the
  //    position as a bare group (no address), the village head at the foot.
  {
    const village = pick(VILLAGES);
    const head = g.person('男');
    const masked: string[] = [];
    const people: string[] = [];
    const lines = [`${pick(TOWNS)}${village}${int(2024, 2025)}年农村宅基地审批结果公开`, '序号　户主　身份证号　家庭人口　批准面积（㎡）　位置　类型'];
    for (let i = 1; i <= 4; i++) {
      const who = g.person();
      const m = `${pick(['150425', '150424', '341621'])}********${digits(3)}${pick(['1', '6', 'X'])}`;
      people.push(who);
      masked.push(m);
      lines.push(`${i}　${who}　${m}　${int(2, 6)}　${int(100, 160)}　${pick(GROUPS)}　${pick(['原址翻建', '新建'])}`);
    }
    lines.push(`    以上审批结果经村民代表会议通过并报镇人民政府批准。村委会主任：${head}`);
    add(lines.join('\n'), people.map(P), [...masked, head]);
  }

  // 10. A 不予公开告知书 where the requested record is a third party's flat (an address) and the third party is
  //     masked by the body; the applicant's mailing address and mobile; the contact in brackets at the foot.
  {
    const county = pick(COUNTIES);
    const who = g.person('男');
    const flat = `${county}${pick(STREETS)}${pick(ESTATES)}${int(1, 20)}号楼${int(1, 4)}单元${int(2, 18)}0${int(1, 2)}室`;
    const mail = g.urban(county);
    const tel = g.mobile();
    const clerk = g.person('女');
    add(
      [
        `${county}住房和城乡建设局`,
        '政府信息不予公开告知书',
        `${short(county)}住建信告〔${int(2024, 2025)}〕${int(2, 30)}号`,
        `${who}：`,
        `    本机关于${g.date()}收到你提交的《政府信息公开申请表》，你申请公开“${flat}的房屋买卖合同备案信息”。经审查，该信息涉及第三方黄某某的个人隐私，本机关已书面征求其意见，其明确表示不同意公开。根据《中华人民共和国政府信息公开条例》第三十二条，本机关决定不予公开。`,
        `    本告知书以挂号信方式寄往你在申请表中填写的通讯地址：${mail}，并已通过你预留的手机号码${tel}短信告知。`,
        `    （联系人：${clerk}，电话：${g.landline()}）`,
      ].join('\n'),
      [P(who), A(flat), A(mail), M(tel)],
      ['黄某某', clerk],
    );
  }

  // 11. A court's notice seeking a missing person: the applicant (his wife), the missing man with birth date,
  //     nationality and home, the judge as the contact.
  {
    const court = `${pick(COUNTIES)}人民法院`;
    const wife = g.person('女');
    const husband = g.person('男');
    const home = g.village();
    const judge = g.person('男');
    add(
      [
        `${court}公告`,
        `    申请人${wife}申请宣告${husband}失踪一案，本院于${g.date()}立案。经查，${husband}，男，${int(1970, 1988)}年${int(1, 12)}月${int(1, 28)}日出生，汉族，住${home}，${int(2016, 2020)}年外出务工后与家人失去联系，至今下落不明。`,
        `    现发出寻找${husband}的公告，公告期为三个月。希望${husband}本人或知其下落的有关人员在公告期间内与本院联系。公告期满，本院将依法作出判决。`,
        `    联系人：${judge}（审判员）　联系电话：${g.landline()}`,
      ].join('\n'),
      [P(wife), P(husband), A(home)],
      [judge],
    );
  }
}
