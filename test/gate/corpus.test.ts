import { describe, expect, it } from '@jest/globals';
import { evaluate, formatTable, loadCorpus, goldSpans, type Evaluation } from './corpusEval.js';
import { withIdCheck, withLuhn } from './fixtures.js';

const STRUCTURED = ['id_card', 'mobile', 'landline', 'email', 'bank_card', 'passport', 'plate'] as const;

describe('labelled pii corpus', () => {
  const records = loadCorpus();
  let result: Evaluation;

  it('is big enough and its labels are sound', () => {
    const spans = records.flatMap((r) => goldSpans(r).map((s) => ({ ...s, value: r.text.slice(s.start, s.end) })));
    expect(spans.length).toBeGreaterThanOrEqual(300);
    for (const t of [...STRUCTURED, 'person_name', 'address'] as const) expect(spans.some((s) => s.type === t)).toBe(true);
    // Labels checked with arithmetic independent of review/: every labelled ID and card is valid.
    for (const s of spans) {
      if (s.type === 'id_card' && s.value.length === 18) expect(withIdCheck(s.value.slice(0, 17)).toUpperCase()).toBe(s.value.toUpperCase());
      if (s.type === 'bank_card') {
        const d = s.value.replace(/[^0-9]/g, '');
        expect(withLuhn(d.slice(0, -1))).toBe(d);
      }
    }
    expect(records.some((r) => r.pii.length === 0 && r.decoys.length > 0)).toBe(true);
  });

  it('meets the recall and precision targets', () => {
    result = evaluate(records);
    console.log(`pii corpus figures\n${formatTable(result)}`);
    if (result.misses.length) console.log(`misses:\n${result.misses.map((m) => `  ${m.id} ${m.type} ${m.text}`).join('\n')}`);
    if (result.falsePositives.length) console.log(`false positives:\n${result.falsePositives.map((m) => `  ${m.id} ${m.type} ${m.text}`).join('\n')}`);
    for (const s of result.perType) {
      const target = (STRUCTURED as readonly string[]).includes(s.type) ? 0.99 : 0.9;
      expect({ type: s.type, recall: s.recall >= target }).toEqual({ type: s.type, recall: true });
    }
    expect(result.overall.precision).toBeGreaterThanOrEqual(0.95);
    const held = evaluate(records.filter((r) => r.source === 'holdout'));
    console.log(`held-out slice (not used for tuning)\n${formatTable(held)}`);
    expect(held.overall.precision).toBeGreaterThanOrEqual(0.95);
    expect(held.overall.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('never flags a decoy of public information', () => {
    const e = result ?? evaluate(records);
    expect(e.decoyHits).toEqual([]);
  });
});

describe('realistic corpus (modelled on real published documents)', () => {
  const records = loadCorpus('realistic/realistic.jsonl');

  it('covers every kind of document it claims to and its labels are sound', () => {
    const sources = new Set(records.map((r) => r.source));
    for (const k of ['penalty', 'penalty-table', 'disclosure', 'mailbox', 'aid-list', 'award', 'appointment', 'mongolia', 'traditional', 'decoy', 'holdout', 'holdout2', 'holdout3', 'holdout4', 'holdout5', 'holdout6', 'holdout7', 'holdout8', 'holdout9', 'holdout10', 'holdout11', 'holdout12', 'holdout13', 'holdout14', 'holdout15', 'holdout16', 'holdout17', 'holdout18', 'holdout19']) expect(sources.has(k)).toBe(true);
    const spans = records.flatMap((r) => goldSpans(r).map((s) => ({ ...s, value: r.text.slice(s.start, s.end) })));
    expect(spans.filter((s) => s.type === 'person_name').length).toBeGreaterThanOrEqual(300);
    expect(spans.filter((s) => s.type === 'address').length).toBeGreaterThanOrEqual(50);
    // A label is the span as printed: a PDF's line wrap may cut an ID (`…0828\n06`), so its digits are checked unwrapped.
    for (const s of spans) if (s.type === 'id_card') { const digits = s.value.replace(/\s/g, ''); expect(withIdCheck(digits.slice(0, 17))).toBe(digits); }
  });

  it('finds names and residences wherever real documents put them, and nothing else', () => {
    const tuned = evaluate(records.filter((r) => !r.source.startsWith('holdout')));
    const held = evaluate(records.filter((r) => r.source === 'holdout'));
    const held2 = evaluate(records.filter((r) => r.source === 'holdout2'));
    const held3 = evaluate(records.filter((r) => r.source === 'holdout3'));
    const held4 = evaluate(records.filter((r) => r.source === 'holdout4'));
    const held5 = evaluate(records.filter((r) => r.source === 'holdout5'));
    const held6 = evaluate(records.filter((r) => r.source === 'holdout6'));
    const held7 = evaluate(records.filter((r) => r.source === 'holdout7'));
    const held8 = evaluate(records.filter((r) => r.source === 'holdout8'));
    const held9 = evaluate(records.filter((r) => r.source === 'holdout9'));
    const held10 = evaluate(records.filter((r) => r.source === 'holdout10'));
    const held11 = evaluate(records.filter((r) => r.source === 'holdout11'));
    const held12 = evaluate(records.filter((r) => r.source === 'holdout12'));
    const held13 = evaluate(records.filter((r) => r.source === 'holdout13'));
    const held14 = evaluate(records.filter((r) => r.source === 'holdout14'));
    const held17 = evaluate(records.filter((r) => r.source === 'holdout17'));
    const held15 = evaluate(records.filter((r) => r.source === 'holdout15'));
    const held16 = evaluate(records.filter((r) => r.source === 'holdout16'));
    const held18 = evaluate(records.filter((r) => r.source === 'holdout18'));
    const held19 = evaluate(records.filter((r) => r.source === 'holdout19'));
    const held20 = evaluate(records.filter((r) => r.source === 'holdout20'));
    const held21 = evaluate(records.filter((r) => r.source === 'holdout21'));
    const held22 = evaluate(records.filter((r) => r.source === 'holdout22'));
    const held23 = evaluate(records.filter((r) => r.source === 'holdout23'));
    const held24 = evaluate(records.filter((r) => r.source === 'holdout24'));
    const held25 = evaluate(records.filter((r) => r.source === 'holdout25'));
    const held26 = evaluate(records.filter((r) => r.source === 'holdout26'));
    const held27 = evaluate(records.filter((r) => r.source === 'holdout27'));
    const held28 = evaluate(records.filter((r) => r.source === 'holdout28'));
    const held29 = evaluate(records.filter((r) => r.source === 'holdout29'));
    const held30 = evaluate(records.filter((r) => r.source === 'holdout30'));
    const held31 = evaluate(records.filter((r) => r.source === 'holdout31'));
    const held32 = evaluate(records.filter((r) => r.source === 'holdout32'));
    const held33 = evaluate(records.filter((r) => r.source === 'holdout33'));
    const held34 = evaluate(records.filter((r) => r.source === 'holdout34'));
    const held35 = evaluate(records.filter((r) => r.source === 'holdout35'));
    const held36 = evaluate(records.filter((r) => r.source === 'holdout36'));
    const held37 = evaluate(records.filter((r) => r.source === 'holdout37'));
    const held38 = evaluate(records.filter((r) => r.source === 'holdout38'));
    const held39 = evaluate(records.filter((r) => r.source === 'holdout39'));
    console.log(`realistic corpus figures\n${formatTable(tuned)}`);
    console.log(`realistic held-out slice 1 (written after the first tuning)\n${formatTable(held)}`);
    console.log(`realistic held-out slice 2 (written after the second tuning; its misses were studied in the third)\n${formatTable(held2)}`);
    console.log(`realistic held-out slice 3 (whole documents; its misses were studied in the fourth tuning)\n${formatTable(held3)}`);
    console.log(`realistic held-out slice 4 (whole documents; its misses were studied in the fifth tuning)\n${formatTable(held4)}`);
    console.log(`realistic held-out slice 5 (whole documents; its misses were studied in the sixth tuning)\n${formatTable(held5)}`);
    console.log(`realistic held-out slice 6 (whole documents; its one false positive was studied in the seventh tuning)\n${formatTable(held6)}`);
    console.log(`realistic held-out slice 7 (whole documents; its misses were studied in the eighth tuning)\n${formatTable(held7)}`);
    console.log(`realistic held-out slice 8 (whole documents; its misses were studied in the ninth tuning)\n${formatTable(held8)}`);
    console.log(`realistic held-out slice 9 (whole documents written blind by an examiner who did not read the rules; its errors were studied in the tenth tuning)\n${formatTable(held9)}`);
    console.log(`realistic held-out slice 10 (written blind like slice 9, other kinds of document; measured once, studied in the eleventh tuning)\n${formatTable(held10)}`);
    console.log(`realistic held-out slice 11 (written blind, weighted towards residential addresses; measured once on the integrated rules, studied in the twelfth tuning)\n${formatTable(held11)}`);
    console.log(`realistic held-out slice 12 (written blind, as much for precision as recall; measured once on main's rules, studied in the thirteenth tuning)\n${formatTable(held12)}`);
    console.log(`realistic held-out slice 13 (written blind, other kinds of document, weighted towards decoys; measured once at 12:50 on main, studied in the fourteenth tuning)\n${formatTable(held13)}`);
    console.log(`realistic held-out slice 14 (written blind, other kinds of document, weighted towards homes; measured once at 13:10 on main, studied in the fifteenth tuning)\n${formatTable(held14)}`);
    console.log(`realistic held-out slice 15 (written blind, housing lists, 建房 公示, 失信 名单, 寻亲 and 12345 in prose; measured once at 16:19 on main, studied in the nineteenth tuning)\n${formatTable(held15)}`);
    console.log(`realistic held-out slice 16 (written blind, other kinds of document, as much for precision as recall; measured once at 16:11 on main, studied in the seventeenth tuning)\n${formatTable(held16)}`);
    console.log(`realistic held-out slice 17 (written blind, 草原补奖/管护员/易地搬迁/村务财务/分红/土地流转/推文/微博/人大建议答复, as much for precision as recall; measured once at 16:15 on main, studied in the eighteenth tuning)\n${formatTable(held17)}`);
    console.log(`realistic held-out slice 18 (written blind, 收养登记/户口注销·证件作废/农机购置补贴/耕地地力补贴/林木采伐/食品小作坊/开庭公告/烈士纪念/嘎查村务公开, as much for precision as recall; measured once at 17:10 on the merged rules, studied in the twentieth tuning)\n${formatTable(held18)}`);
    // Slice 19 was written blind while the twentieth tuning ran; the twenty-first tuning studied its errors, printed below like the others.
    console.log(`realistic held-out slice 19 (written blind, 行政复议/应诉公示/年度报告典型案例/选民名单/见义勇为/招生录取/高龄慰问/结对帮扶/宗教场所负责人/欠薪工伤调解, as much for precision as recall; measured once at names 0.933 / 0.907, its names studied in the twenty-first tuning)\n${formatTable(held19)}`);
    // Slices 20 and 21 were written blind and kept from the twenty-first tuning (measured before and after it); the twenty-second tuning studies their errors, printed below like the others.
    console.log(`realistic held-out slice 20 (written blind, 不起诉决定书/社保冒领·暂停发放/计生奖扶/优抚定期抚恤/渔船燃油补贴/吊销个体工商户/一事一议/出租车信誉考核/公益性岗位/繁體鏡像, as much for precision as recall; measured once at names 0.789 / 0.977, addresses 0.837 / 1.000, studied in the twenty-second tuning)\n${formatTable(held20)}`);
    console.log(`realistic held-out slice 21 (written blind, 门诊慢特病/大病二次报销/强制扑杀补偿/种粮大户/教师资格/遗失声明/欠费催缴/环境信访/网格员走访, as much for precision as recall; measured once at names 0.757 / 0.966, addresses 0.793 / 1.000, studied in the twenty-second tuning)\n${formatTable(held21)}`);
    console.log(`realistic held-out slice 22 (written blind by an independent examiner, 劳动仲裁裁决书/欠薪失信惩戒名单/两委换届初步人选/法律援助/水库移民直补人口/惠民殡葬补贴/事实无人抚养儿童/退耕还林兑现/火灾救人/繁體鏡像, as much for precision as recall; measured once on main's rules at names 0.773 / 0.919, addresses 0.865 / 1.000, studied in the twenty-third tuning)\n${formatTable(held22)}`);
    // Slices 22 and 23 were measured before and after the twenty-second tuning, which never saw them; the twenty-third studied them.
    // Slices 24 and 25 were written blind during it, measured once on main's rules and again on the merged tuning, then studied.
    console.log(`realistic held-out slice 23 (written blind, 退耕还林/社区矫正·安置帮教/水库移民后扶/征地青苗补偿/种植业保险理赔/雨露计划/养老保险未认证/事实无人抚养儿童/无偿献血/繁體鏡像, as much for precision as recall; measured once on main's rules at names 0.729 / 0.873, addresses 1.000 / 1.000, studied in the twenty-third tuning)\n${formatTable(held23)}`);
    // Slice 24 was written blind by an independent examiner who did not read the rules; only its figures are printed (its misses and flagged decoys are not shown), no goal is asserted.
    console.log(`realistic held-out slice 24 (written blind by an independent examiner, 撤销婚姻登记/拟任命人民陪审员/律师执业变动/退役士兵选岗/驾驶证注销/提请减刑假释/招领公告/烟草零售许可/失能老人护理补贴/繁體殘疾等級評定, as much for precision as recall; measured once on main's rules at names 0.939 / 1.000, addresses 1.000 / 0.880, unchanged by the twenty-third tuning, then studied)\n${formatTable(held24)}`);
    console.log(`realistic held-out slice 25 (written blind by an independent examiner, 教育留言办理/教师周转宿舍/精神障碍监护以奖代补/乡村医生再注册·傣族/加装电梯/网约车驾驶员证·运输证/退捕渔民安置/农技/住建留言/繁體鏡像, as much for precision as recall; measured once on main's rules at names 0.843 / 0.938, addresses 1.000 / 1.000, 2 decoys flagged; 0.876 / 0.940 after the twenty-third tuning, then studied)\n${formatTable(held25)}`);
    // Slice 26 was written blind by an independent examiner who read neither review/ nor the rules' tests; only its figures are
    // printed (never its misses nor its flagged decoys), it is kept out of heldErrors and no goal is asserted: the lead measures it once.
    console.log(`realistic held-out slice 26 (written blind by an independent examiner, 失业保险金核定/中级职称评审通过/技能大师工作室·乡村工匠/医保违规处理决定/特殊工种提前退休/一次性创业补贴/人社局长信箱/欠薪讨回/劳动模范推荐/繁體長護險失能評估, as much for precision as recall; measured once on main's rules (44840d8) at names 0.978 / 0.989, addresses 0.818 / 0.947, 1 decoy flagged, then studied in the twenty-fourth tuning)\n${formatTable(held26)}`);
    // Slice 27 was written blind by an independent examiner and is measured once by the lead: figures only, never its misses nor its flagged decoys.
    console.log(`realistic held-out slice 27 (written blind by an independent examiner, 不动产权证书作废/继承转移登记/取水许可/地质灾害避险搬迁/河湖巡查/山林权属争议/非法采砂公告送达/野猪致害补偿/违规野外用火/繁體群測群防員, as much for precision as recall; measured once on main's rules (44840d8) at names 0.975 / 1.000, addresses 0.974 / 0.950, 2 decoys flagged, then studied)\n${formatTable(held27)}`);
    // Slice 28 was written blind by an independent examiner who did not read the rules; figures only (not its misses nor its flagged decoys), no goal.
    console.log(`realistic held-out slice 28 (written blind by an independent examiner, 消防处罚决定书/有限空间事故调查报告/信访文书公告送达/见义勇为奖励金/救灾物资发放/走失人员认领/强制隔离戒毒公告送达/违规野外用火·彝族/安全生产举报奖励/繁體防汛轉移, as much for precision as recall; measured once on main's rules (44840d8) at names 0.956 / 1.000, addresses 1.000 / 1.000; 0.985 / 1.000 after the twenty-fourth tuning's first round, which never saw it; then studied)\n${formatTable(held28)}`);
    // Slice 29 was written blind by an independent examiner who read neither review/ nor the rules' tests; only its figures are printed
    // (its misses and flagged decoys are not shown), no goal is asserted, and it is not among the held-out errors below.
    console.log(`realistic held-out slice 29 (written blind by an independent examiner, 非遗传承人推荐/全民健身象棋成绩/社区物业公告/星级文明户/科技特派员/农民丰收节·维哈名字/优秀普查员/民宿等级评定/专利资助/繁體龍舟賽, as much for precision as recall; measured once on main's rules (44840d8) at names 0.938 / 0.938, addresses 0.762 / 0.941, 6 decoys flagged; 0.948 / 0.939 and 0.762 / 0.941 after the first round, which never saw it; then studied)\n${formatTable(held29)}`);
    // Slice 30 was written blind by an independent examiner who read neither review/ nor the rules' tests; figures only (never its
    // misses nor its flagged decoys), not among the held-out errors below, no goal asserted: the lead measures it once.
    console.log(`realistic held-out slice 30 (written blind by an independent examiner, 税务非正常户认定/统计处罚决定书/个体工商户经营异常标记/特种设备作业人员考试合格/校外培训处罚/师德师风通报/住户调查记账补贴/人大代表建议答复/夜市个体户/繁體稅務簡易處罰, as much for precision as recall; measured once on main's rules (44840d8) at names 0.864 / 0.966, addresses 0.850 / 1.000, 2 decoys flagged, then studied)\n${formatTable(held30)}`);
    // Slice 31 was written blind by an independent examiner who read neither review/ nor the rules' tests; figures only (never its
    // misses nor its flagged decoys), no goal, not among the held-out errors: the lead measures it once.
    console.log(`realistic held-out slice 31 (written blind by an independent examiner, 高素质农民结业/医师定期考核/防返贫监测/残疾人辅具适配/两癌救助/巾帼编织坊/青年返乡创业/强制免疫先打后补/PDF换行的土地承包仲裁裁决书/繁體民族團結進步模範推薦, as much for precision as recall; measured once on main's rules (44840d8) at names 0.797 / 0.969, addresses 0.667 / 0.941, then studied; its PDF-wrapped award cuts an ID and a mobile across lines, joined since by the pasted-wraps reading)\n${formatTable(held31)}`);
    // Slice 32 was written blind by an independent examiner who read neither review/ nor the rules' tests; figures only (never its
    // misses nor its flagged decoys), no goal, not among the held-out errors: the lead measures it once.
    console.log(`realistic held-out slice 32 (written blind by an independent examiner, weighted towards homes, 道路运输处罚公告送达/渔船注销登记/无法投递邮件/乡邮员/农村客运驾驶员培训结业/拾金不昧通报表扬/水域滩涂养殖证/快递申诉告知书/村邮站站长/繁體電魚處罰, as much for precision as recall; measured once on main's rules (69f365a) at names 0.902 / 0.922, addresses 0.903 / 0.966, 4 decoys flagged, then studied)\n${formatTable(held32)}`);
    // Slice 33 was written blind by an independent examiner who read neither review/ nor the rules' tests, weighted towards homes;
    // figures only (never its misses nor its flagged decoys), no goal, not among the held-out errors: the lead measures it once.
    console.log(`realistic held-out slice 33 (written blind by an independent examiner, 公租房资格复核/征收产权调换选房/自建房安全鉴定/维修资金使用/业委会候选人/物业纠纷调解/城中村改造签约/公积金逾期催收/共有产权房申购审核/PDF换行的征收评估报告公告送达, weighted towards homes, as much for precision as recall; measured once on main's rules (69f365a) at names 0.923 / 0.909, addresses 0.933 / 1.000, IDs and mobiles 0.500 (cut by the wraps of its PDF-pasted notice), 3 decoys flagged, then studied)\n${formatTable(held33)}`);
    // Slice 34 was written blind by an independent examiner who read neither review/ nor the rules' tests; figures only (never its
    // misses nor its flagged decoys), no goal, not among the held-out errors: the lead measures it once.
    console.log(`realistic held-out slice 34 (written blind by an independent examiner, 人民调解协议履行公示/法律援助受援人名单/社区矫正解除宣告/立功喜报送达/光荣之家悬挂名单/自主就业退役士兵经济补助/给予法律援助决定书/退役军人信箱/法律明白人名单/繁體人民調解典型案例, weighted towards homes, as much for precision as recall; measured once on main's rules (69f365a) at names 0.873 / 0.972, addresses 0.946 / 0.946, 2 decoys flagged; kept blind through the first round (names unchanged, addresses 0.973 / 0.947), then studied)\n${formatTable(held34)}`);
    // Slice 35 was written blind by an independent examiner who read neither review/ nor the rules' tests; figures only (never its
    // misses nor its flagged decoys), no goal, not among the held-out errors: the lead measures it once.
    console.log(`realistic held-out slice 35 (written blind by an independent examiner, weighted towards homes, 城市低保新增审批/急难型临时救助先行救助/高龄津贴未认证公告/分散供养特困照料服务/无障碍改造受助户/公益性公墓安葬登记/幸福院老年助餐/壮族县家庭养老床位验收/居家养老补贴信件与答复/繁體骨灰寄存期滿催告, as much for precision as recall; measured once on main's rules (69f365a) at names 0.884 / 0.968, addresses 0.956 / 0.878, 5 decoys flagged; kept blind through the first round (names unchanged, addresses 0.956 / 0.977, 2 decoys), then studied)\n${formatTable(held35)}`);
    // Slice 36 was written blind by an independent examiner who read neither review/ nor the rules' tests; figures only (never its
    // misses nor its flagged decoys), no goal, not among the held-out errors: the lead measures it once.
    console.log(`realistic held-out slice 36 (written blind by an independent examiner, weighted towards names, 欺诈骗保典型案例通报/计生特别扶助新增对象/家庭医生签约 news/院前急救 news/职业病鉴定书公告送达/医师执业注册注销/遗体器官捐献者缅怀名单/犬伤门诊信件与答复/中医确有专长考核合格/繁體造血幹細胞捐獻 news, as much for precision as recall; measured once on main's rules (4f2627e) at names 0.918 / 0.990, addresses 1.000 / 1.000, then studied in the first round)\n${formatTable(held36)}`);
    // Slice 37 was written blind by an independent examiner who read neither review/ nor the rules' tests; figures only (never its
    // misses nor its flagged decoys), no goal, not among the held-out errors: the lead measures it once.
    console.log(`realistic held-out slice 37 (written blind by an independent examiner, weighted towards names, 林长公示牌/村级管水员聘用/用水户协会换届选举/水土保持处罚决定书/古树名木认养/农产品监督抽检不合格通报/苗族县土专家田秀才拟认定/测土配方 news/小型水库三个责任人/繁體水务局长信箱, as much for precision as recall; measured once on main's rules (4f2627e) at names 0.824 / 0.875, addresses 1.000 / 1.000, 3 decoys flagged (a compound surname 哥舒 read as 舒X, a body's testers, a brand, an epithet), then studied in the first round)\n${formatTable(held37)}`);
    console.log(`realistic held-out slice 38 (written blind by an independent examiner, weighted towards names, 食品抽检不合格核查处置/12315消费纠纷调解案例/价格违法处罚决定书/商标侵权处罚结果/网络交易整治 news/重大税收违法失信主体公布/诚信经营示范户表彰/税务责令限期改正公告送达/集贸市场作弊秤 news/繁體消費投訴處理結果告知書, shops and firms named after people as decoys, as much for precision as recall; measured once on main's rules (4f2627e) at names 0.947 / 0.989, addresses 0.944 / 1.000, 1 decoy flagged; kept blind through the first round (names 0.947 / 1.000, 0 decoys), then studied in the second)\n${formatTable(held38)}`);
    // Slice 39 was written blind by an independent examiner who read neither review/ nor the rules' tests; figures only (never its
    // misses nor its flagged decoys), no goal, not among the held-out errors: the lead measures it once.
    console.log(`realistic held-out slice 39 (written blind by an independent examiner, weighted towards names, 生源地助学贷款受理/二级社会体育指导员/就业见习补贴/控辍保学劝返/村BA篮球赛/二级运动员裁判员审批/幼儿园派位录取/家政培训合格名单/广场舞信件与答复/繁體鄉賢獎學金, as much for precision as recall; measured once on main's rules (4f2627e) at names 0.929 / 1.000, addresses 1.000 / 1.000; kept blind through the first round (names 0.982 / 1.000), then studied in the second)\n${formatTable(held39)}`);
    if (tuned.misses.length) console.log(`misses:\n${tuned.misses.map((m) => `  ${m.id} ${m.type} ${m.text}`).join('\n')}`);
    const heldErrors = [held, held2, held3, held4, held5, held6, held7, held8, held9, held10, held11, held12, held13, held14, held15, held16, held17, held18, held19, held20, held21, held22, held23, held24, held25, held26, held27, held28, held29, held30, held31, held32, held33, held34, held35, held36, held37, held38, held39].flatMap((e) => [...e.misses, ...e.falsePositives]);
    if (heldErrors.length) console.log(`held-out misses / false positives:\n${heldErrors.map((m) => `  ${m.id} ${m.type} ${m.text}`).join('\n')}`);
    // The goals hold on the development corpus. The held-out slice is the fair estimate and is reported as
    // measured; its floors only catch regressions (see the corpus README for its known misses).
    const goals = (e: Evaluation, name: number, address: number, precision = 0.95, decoysFound = 0): void => {
      for (const s of e.perType) {
        if (s.gold === 0 && s.predicted === 0) continue;
        const structured = (STRUCTURED as readonly string[]).includes(s.type);
        const recallGoal = structured ? 0.99 : s.type === 'address' ? address : name;
        expect({ type: s.type, recall: s.recall >= recallGoal }).toEqual({ type: s.type, recall: true });
        expect({ type: s.type, precision: s.precision >= (structured ? 0.99 : precision) }).toEqual({ type: s.type, precision: true });
      }
      expect(e.decoyHits.length).toBeLessThanOrEqual(decoysFound);
    };
    if (held15.decoyHits.length) console.log(`slice 15 decoys flagged:\n${held15.decoyHits.map((d) => `  ${JSON.stringify(d)}`).join('\n')}`);
    if (held17.decoyHits.length) console.log(`slice 17 decoys flagged:\n${held17.decoyHits.map((d) => `  ${JSON.stringify(d)}`).join('\n')}`);
    if (held18.decoyHits.length) console.log(`slice 18 decoys flagged:\n${held18.decoyHits.map((d) => `  ${JSON.stringify(d)}`).join('\n')}`);
    if (held19.decoyHits.length) console.log(`slice 19 decoys flagged:\n${held19.decoyHits.map((d) => `  ${JSON.stringify(d)}`).join('\n')}`);
    if (held10.decoyHits.length) console.log(`slice 10 decoys flagged:\n${held10.decoyHits.map((d) => `  ${JSON.stringify(d)}`).join('\n')}`);
    if (held11.decoyHits.length) console.log(`slice 11 decoys flagged:\n${held11.decoyHits.map((d) => `  ${JSON.stringify(d)}`).join('\n')}`);
    if (held12.decoyHits.length) console.log(`slice 12 decoys flagged:\n${held12.decoyHits.map((d) => `  ${JSON.stringify(d)}`).join('\n')}`);
    if (held13.decoyHits.length) console.log(`slice 13 decoys flagged:\n${held13.decoyHits.map((d) => `  ${JSON.stringify(d)}`).join('\n')}`);
    if (held14.decoyHits.length) console.log(`slice 14 decoys flagged:\n${held14.decoyHits.map((d) => `  ${JSON.stringify(d)}`).join('\n')}`);
    if (held16.decoyHits.length) console.log(`slice 16 decoys flagged:\n${held16.decoyHits.map((d) => `  ${JSON.stringify(d)}`).join('\n')}`);
    goals(tuned, 0.9, 0.9);
    goals(held, 0.9, 0.6);
    goals(held2, 0.9, 0.9);
    // Slice 3 was first measured at names 0.895 / 0.971, addresses 0.778 / 1.000; the fourth tuning studied
    // its misses, so it is held to the goals now.
    goals(held3, 0.9, 0.9);
    // Slice 4 was first measured at names 0.923 / 0.878, addresses 0.400 / 0.857 with three decoys flagged; the
    // fifth tuning studied its misses, so it is held to the goals now.
    goals(held4, 0.9, 0.9);
    // Slice 5 was first measured at names 0.973 / 0.973, addresses 0.750 / 1.000 with one officer flagged; the
    // sixth tuning studied its misses, so it is held to the goals now.
    goals(held5, 0.9, 0.9);
    // Slice 6 was first measured at names 1.000 / 0.923, addresses 0.933 / 1.000 with one decoy flagged (a county
    // heading a body's name read as a person); the seventh tuning fixed that, so it is held to the goals now.
    goals(held6, 0.9, 0.9);
    // Slice 7 was first measured at names 0.867 / 1.000, addresses 0.556 / 1.000; the eighth tuning studied its
    // misses, so it is held to the goals now.
    goals(held7, 0.9, 0.9);
    // Slice 8 was first measured at names 0.778 / 1.000, addresses 0.875 / 1.000; the ninth tuning studied its
    // misses, so it is held to the goals now.
    goals(held8, 0.9, 0.9);
    // Slice 9 was written blind (see the corpus README) and measured once after the ninth tuning at names 0.887 /
    // 0.917, addresses 1.000 / 0.923 with two decoys flagged; the tenth tuning studied its errors, so it is held
    // to the goals now.
    goals(held9, 0.9, 0.9);
    // Slice 10 was written blind (see the corpus README) and measured once on the integrated rules at names 0.904 /
    // 0.940, addresses 0.467 / 1.000 with two decoys flagged; the eleventh tuning studied its errors, so it is
    // held to the goals now.
    goals(held10, 0.9, 0.9);
    // Slice 11 was written blind, weighted towards residential addresses, and measured once on the integrated rules at
    // names 0.938 / 0.918, addresses 0.730 / 0.964 with four decoys flagged; the twelfth tuning studied its
    // errors, so it is held to the goals now.
    goals(held11, 0.9, 0.9);
    // Slice 12 was written blind, as much for precision as recall, and measured once on main's rules at names 0.711 /
    // 0.947, addresses 0.895 / 0.773 with two decoys flagged; the thirteenth tuning studied its errors and it meets
    // the goals now (its one address false positive is …村村民X家, which the older slices label a home).
    // Slice 17 was written blind (草原补奖, 管护员, 易地搬迁, a village ledger, 分红, 土地流转, news and a 微博 post, a reply to a
    // deputy) and measured once at 16:15 on main at names 0.667 / 0.818, addresses 0.613 / 0.950 with eight decoys flagged;
    // the eighteenth tuning studied its errors and it meets the goals now.
    goals(held17, 0.9, 0.9);
    // Slice 18 was written blind (收养, 户口注销, 农机 and 耕地 subsidies, 林木采伐, 食品小作坊, 开庭公告, 烈士 news, a 嘎查's
    // accounts) and measured once at 17:10 on the merged rules at names 0.633 / 0.919, addresses 0.640 / 1.000 with five
    // decoys flagged; the twentieth tuning studied its errors and it meets the goals now.
    goals(held18, 0.9, 0.9);
    // Slice 15 was written blind (housing lists in three layouts, 建房 公示, a 失信 名单, 寻亲 and 12345 in prose) and
    // measured once at 16:19 on main at names 0.655 / 0.950, addresses 0.408 / 1.000 with two decoys flagged; the
    // nineteenth tuning studied its errors and it meets the goals now.
    goals(held15, 0.9, 0.9);
    goals(held12, 0.9, 0.9);
    // Slice 13 was written blind, weighted towards decoys, and measured once at 12:50 on main at names 0.722 / 0.878,
    // addresses 0.750 / 0.938 with eight decoys flagged; the fourteenth tuning studied its errors, so it is held to
    // the goals now.
    goals(held13, 0.9, 0.9);
    // Slice 14 was written blind (homes in record lines, penalties on individuals, signatures) and measured once at 13:10
    // on main at names 0.914 / 0.961, addresses 0.760 / 1.000 with three decoys flagged; the fifteenth tuning studied
    // its errors and it meets the goals now.
    goals(held14, 0.9, 0.9);
    // Slice 16 was written blind (征兵, 发展党员, 好人榜, 法律援助, 补贴 lists in three layouts, 欠薪, 公告送达) and measured
    // once at 16:11 on main at names 0.824 / 0.974, addresses 0.480 / 0.800 with two decoys flagged; the seventeenth
    // tuning studied its errors and it meets the goals now (its one address false positive, …罗家坝村村民, is what
    // slices 2, 5 and 6 label a home).
    goals(held16, 0.9, 0.9);
    // Slice 19 was written blind (行政复议, 应诉公示, 选民名单, 高龄慰问, 宗教场所, 欠薪 and 工伤 调解 …) and held out until the
    // twenty-first tuning; measured once at names 0.933 / 0.907, addresses 0.708 / 0.944 with ten decoys flagged. The three
    // tunings of that round studied it (names recall, addresses, people acting in office): held to the goals, its names
    // recall at the floor it reached.
    expect(held19.perType.find((s) => s.type === 'person_name')!.recall).toBeGreaterThanOrEqual(0.98);
    goals(held19, 0.9, 0.9);
    // Slices 20 and 21 were written blind and kept from the twenty-first tuning (names 0.807 / 0.978 and 0.811 / 0.968,
    // addresses 0.953 / 1.000 and 0.793 / 1.000 on main after it). The twenty-second tuning studied them in three parts —
    // names in prose (derived person nouns and predicates, later mentions), tables (person columns by their cells, homes
    // beside them, numbered lists) and homes under labels with precision — and together they meet the goals: held there.
    for (const slice of [held20, held21, held22, held23, held24, held25, held26]) goals(slice, 0.9, 0.9);
    // One decoy: `石笋镇柯家湾村村民X` — slice 27 lists a bare village before 村民 as no home, while slices 2–10 and the
    // Inner Mongolia records label that very structure a home (the issue's `…嘎查牧民`); the rule follows the majority.
    goals(held27, 0.9, 0.9, 0.95, 1);
    for (const slice of [held28, held29, held30, held31, held32, held33]) goals(slice, 0.9, 0.9);
    // Slices 34 and 35 reached names 0.899 last stop, just under the issue's 0.90; this stop's tunings (compound surnames
    // outside the 百家姓, names after a party's label with a sex frame whatever the surname, a merit's citation, a firm's
    // trade name) raised them over the goal: held there.
    // Slices 36–39 were written blind this stop, weighted towards names, and measured once on main (4f2627e): pooled names
    // 0.905 recall / 0.964 precision, addresses 0.986 / 1.000. The first round studied 36 and 37 (38 and 39 kept from it:
    // names +0.000 / +0.053 recall, one decoy fewer); the second studied 38 and 39. All four meet the goals: held there.
    for (const slice of [held34, held35, held36, held37, held38, held39]) goals(slice, 0.9, 0.9);
  });
});
