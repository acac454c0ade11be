/**
 * A labelled set of government-style passages for the wording check, written for this test: seeded
 * errors of each class and clean decoys (quotations, history, titles of old documents, look-alike
 * words). Every person is synthetic; the roster below is invented. `on` is the publication date.
 */
import type { RosterEntry, WordingType } from '../../review/wording/index.js';

export interface Passage {
  id: string;
  text: string;
  on?: string;
  /** Every wording finding the passage should produce (none for a decoy). */
  expect: { type: WordingType; text: string; replacement: string }[];
}

export const ROSTER: RosterEntry[] = [
  { unitCode: 'demo', name: '林建国', title: '市委书记', rank: 1, validFrom: '2020-01-01', validTo: null },
  { unitCode: 'demo', name: '赵明华', title: '市委副书记、市长', rank: 2, validFrom: '2021-03-01', validTo: null },
  { unitCode: 'demo', name: '钱卫东', title: '常务副市长', rank: 4, validFrom: '2020-01-01', validTo: null },
  { unitCode: 'demo', name: '孙丽萍', title: '副市长', rank: 5, validFrom: '2020-01-01', validTo: null },
  { unitCode: 'demo', name: '吴志刚', title: '副市长', rank: 6, validFrom: '2018-01-01', validTo: '2023-12-31' },
  { unitCode: 'demo', name: '郑海燕', title: '秘书长', rank: 7, validFrom: '2022-01-01', validTo: null },
  { unitCode: 'demo', name: '巴特尔', title: '副市长', rank: 6, validFrom: '2024-01-01', validTo: null },
];

const typo = (text: string, replacement: string) => ({ type: 'typo' as const, text, replacement });
const old = (text: string, replacement: string) => ({ type: 'outdated_term' as const, text, replacement });
const leader = (text: string, replacement: string) => ({ type: 'leader_title' as const, text, replacement });

export const PASSAGES: Passage[] = [
  // 错别字
  { id: 't01', text: '全市深入推进扫黑险恶专项斗争，取得阶段性成效。', expect: [typo('扫黑险恶', '扫黑除恶')] },
  { id: 't02', text: '各单位要认真贯切落实会议精神，做好其它各项工作。', expect: [typo('贯切', '贯彻'), typo('其它', '其他')] },
  { id: 't03', text: '截止2024年12月31日，全市累计办理政务服务事项12万件。', expect: [typo('截止', '截至')] },
  { id: 't04', text: '本次申报工作于6月30日截至。', expect: [typo('截至', '截止')] },
  { id: 't05', text: '申请人可登陆市政务服务网站在线提交材料。', expect: [typo('登陆', '登录')] },
  { id: 't06', text: '要发扬再接再励的精神，一如继往抓好营商环镜建设。', expect: [typo('再接再励', '再接再厉'), typo('一如继往', '一如既往'), typo('营商环镜', '营商环境')] },
  { id: 't07', text: '会议对下一阶段工作作出布署，要求按步就班推进。', expect: [typo('布署', '部署'), typo('按步就班', '按部就班')] },
  { id: 't08', text: '中华人民共合国成立以来，我市各项事业取得长足发展。', expect: [typo('中华人民共合国', '中华人民共和国')] },
  { id: 't09', text: '深入开展两学一作学习教育，坚持不忘初新、牢记使名。', expect: [typo('两学一作', '两学一做'), typo('不忘初新', '不忘初心'), typo('牢记使名', '牢记使命')] },
  { id: 't10', text: '对违规行为绝不姑息，发现一起查处一起。', expect: [typo('绝不', '决不')] },
  { id: 't11', text: '请于截止日期前完成帐号注册。', expect: [typo('帐号', '账号')] },
  { id: 't12', text: '项目座落于高新区，总投资5亿元，是全市惟一的国家级示范项目。', expect: [typo('座落', '坐落'), typo('惟一', '唯一')] },
  { id: 't13', text: '各地要因地治宜，统筹兼故，循序渐近推进乡村振新。', expect: [typo('因地治宜', '因地制宜'), typo('统筹兼故', '统筹兼顾'), typo('循序渐近', '循序渐进'), typo('乡村振新', '乡村振兴')] },
  { id: 't14', text: '市场监管部门签定责任书，做为年度考核依据。', expect: [typo('签定', '签订'), typo('做为', '作为')] },
  { id: 't15', text: '截止目前，已有86家企业完成整改。', expect: [typo('截止', '截至')] },
  // 过期提法
  { id: 'o01', text: '根据国家工商行政管理总局的部署，我局开展专项检查。', expect: [old('国家工商行政管理总局', '国家市场监督管理总局')] },
  { id: 'o02', text: '市卫生和计划生育委员会提醒广大市民做好秋冬季传染病防控。', expect: [old('卫生和计划生育委员会', '卫生健康委员会')] },
  { id: 'o03', text: '环境保护部近日通报了重点区域空气质量情况。', expect: [old('环境保护部', '生态环境部')] },
  { id: 'o04', text: '纳税人可到区地方税务局办税服务厅办理。', expect: [old('地方税务局', '税务局')] },
  { id: 'o05', text: '银保监会发布风险提示，提醒消费者理性投资。', expect: [old('银保监会', '国家金融监督管理总局')] },
  { id: 'o06', text: '农业部印发通知，部署春耕生产工作。', expect: [old('农业部', '农业农村部')] },
  { id: 'o07', text: '国土资源部门与国家旅游局联合开展检查。', expect: [old('国家旅游局', '文化和旅游部')] },
  { id: 'o08', text: '区安全生产监督管理局开展汛期安全检查。', expect: [old('安全生产监督管理局', '应急管理局')] },
  { id: 'o09', text: '银保监会发布风险提示。', on: '2022-06-01', expect: [] },
  { id: 'o10', text: '国家卫生计生委发布健康提示。', expect: [old('国家卫生计生委', '国家卫生健康委')] },
  { id: 'o11', text: '请各地于月底前向国家质检总局报送数据。', expect: [old('国家质检总局', '国家市场监管总局')] },
  { id: 'o12', text: '市国税局、市地税局联合开展纳税服务月活动。', expect: [old('国税局', '税务局'), old('地税局', '税务局')] },
  { id: 'o13', text: '中央全面深化改革领导小组会议审议通过了实施方案。', expect: [old('中央全面深化改革领导小组', '中央全面深化改革委员会')] },
  { id: 'o14', text: '春运期间，铁道部将加开临时旅客列车。', expect: [old('铁道部', '国家铁路局')] },
  // 领导姓名职务
  { id: 'l01', text: '副市长赵明华出席会议并讲话。', expect: [leader('副市长赵明华', '市委副书记、市长赵明华')] },
  { id: 'l02', text: '市长赵鸣华主持召开政府常务会议。', expect: [leader('赵鸣华', '赵明华')] },
  { id: 'l03', text: '孙丽萍、林建国、赵明华出席活动。', expect: [leader('孙丽萍、林建国、赵明华', '林建国、赵明华、孙丽萍')] },
  { id: 'l04', text: '市委书记林建国，副市长孙丽萍，常务副市长钱卫东参加调研。', expect: [leader('市委书记林建国，副市长孙丽萍，常务副市长钱卫东', '市委书记林建国，常务副市长钱卫东，副市长孙丽萍')] },
  { id: 'l05', text: '市长林建国在会上强调，要压实安全责任。', expect: [leader('市长林建国', '市委书记林建国')] },
  { id: 'l06', text: '常务副市长钱伟东带队检查安全生产工作。', expect: [leader('钱伟东', '钱卫东')] },
  { id: 'l07', text: '副市长孙立萍到社区走访慰问。', expect: [leader('孙立萍', '孙丽萍')] },
  { id: 'l08', text: '副市长吴志刚出席签约仪式。', on: '2023-06-01', expect: [] },
  { id: 'l09', text: '市委书记林建国、市长赵明华、副市长巴特尔出席开幕式。', expect: [] },
  { id: 'l10', text: '秘书长郑海燕主持会议，副市长郑海燕讲话。', expect: [leader('副市长郑海燕', '秘书长郑海燕')] },
  { id: 'l11', text: '巴特尔同志、林建国同志出席会议。', expect: [leader('巴特尔同志、林建国同志', '林建国同志、巴特尔同志')] },
  { id: 'l12', text: '市长赵明华、市委书记林建国会见客商一行。', expect: [leader('市长赵明华、市委书记林建国', '市委书记林建国、市长赵明华')] },
  { id: 'l13', text: '林建国市长出席会议。', expect: [leader('林建国市长', '林建国市委书记')] },
  { id: 'l14', text: '副市长巴特儿出席开工仪式。', expect: [leader('巴特儿', '巴特尔')] },
  { id: 'l16', text: '副市长吴志刚出席签约仪式并致辞。', expect: [leader('副市长吴志刚', '原副市长吴志刚')] },
  { id: 'l15', text: '常务副市长钱卫东、副市长巴特尔、副市长孙丽萍出席。', expect: [leader('常务副市长钱卫东、副市长巴特尔、副市长孙丽萍', '常务副市长钱卫东、副市长孙丽萍、副市长巴特尔')] },
  // 干净的诱饵
  { id: 'd01', text: '《国家工商行政管理总局关于开展消费维权活动的通知》（工商消字〔2016〕12号）继续有效。', expect: [] },
  { id: 'd02', text: '原国土资源部、原国家海洋局的职责已整合，统一由自然资源部承担。', expect: [] },
  { id: 'd03', text: '2016年，国家卫生和计划生育委员会印发了相关规划。', expect: [] },
  { id: 'd04', text: '受台风影响，沿海地区做好台风登陆前的防范准备。', expect: [] },
  { id: 'd05', text: '报名截止日期为2025年7月1日，截至目前已有300人报名。', expect: [] },
  { id: 'd06', text: '住房和城乡建设部、农业农村部、生态环境部联合发文。', expect: [] },
  { id: 'd07', text: '各级农业部门和人事部门要加强协作，做好建设部署。', expect: [] },
  { id: 'd08', text: '国家税务总局发布公告，明确个人所得税汇算清缴事项。', expect: [] },
  { id: 'd09', text: '2017年，我市质量技术监督局开展标准化工作。', expect: [] },
  { id: 'd10', text: '市委书记林建国、市长赵明华、常务副市长钱卫东、副市长孙丽萍出席会议。', expect: [] },
  { id: 'd11', text: '市长赵明华主持会议，秘书长郑海燕汇报工作。', expect: [] },
  { id: 'd12', text: '新闻发布会上，发言人引用了群众来信中的话：“其它问题也请一并解决。”', expect: [] },
  { id: 'd14', text: '该局前身为国家林业局，2018年组建国家林业和草原局。', expect: [] },
  { id: 'd15', text: '市民王明华、赵小华反映的问题已转交属地办理。', expect: [] },
  { id: 'd16', text: '市长赵明华同志和副市长孙丽萍同志出席。', expect: [] },
  { id: 'd17', text: '全市其他各项工作有序推进，截至6月底完成全年任务的55%。', expect: [] },
  { id: 'd18', text: '要坚持以人民为中心的发展思想，与时俱进、实事求是。', expect: [] },
  { id: 'd19', text: '企业文化部组织开展职工读书活动。', expect: [] },
  { id: 'd20', text: '请通过系统登录后查询，如遇台风登陆请暂停外出。', expect: [] },
  { id: 'd22', text: '《国家质量监督检验检疫总局令》第123号规定的程序继续适用。', expect: [] },
  { id: 'd23', text: '市委书记林建国在讲话中勉励大家再接再厉。', expect: [] },
  { id: 'd24', text: '2017年成立的安全生产监督管理局已于2019年更名。', expect: [] },
  { id: 'd25', text: '时任副市长吴志刚参加了2019年的签约仪式。', expect: [] },
  { id: 'd28', text: '原副市长吴志刚曾分管工业和信息化工作。', expect: [] },
  { id: 'd26', text: '王丽萍同志获评优秀志愿者。', expect: [] },
  { id: 'd27', text: '副市长孙丽萍主持，市委副书记、市长赵明华出席并讲话。', expect: [] },
];
