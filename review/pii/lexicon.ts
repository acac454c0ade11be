import { PERSON_PREDICATES } from './personWords.js';

/**
 * Word lists behind name detection. Names are only looked for after a role label or on a salutation
 * line, so these lists decide *which* characters after such a label form a name, not whether a random
 * run of Han characters is one.
 */

/**
 * Surnames of the 百家姓 and of the census's first five hundred that SINGLE_SURNAMES first missed (洪, 赖 and
 * 萧 are among the first hundred and fifty; 鄂, 滑, 荀 … are rare). Characters that are mostly function words
 * (时, 和, 从, 有, 都, 能 …) stay out, as above. The name model (model/build.ts) weighs them as surnames but
 * does not learn given-name characters from the dictionary's names under them: those are mostly historical
 * or foreign (荀彧, 贝克汉), and counting them would shift every character's score.
 */
/**
 * Census surnames outside the 百家姓 that are also the first character of words (慈善, 巨大, 冒充) or a particle's
 * (或者): they weigh nothing in the model (their given characters must carry the name), and the words that end in
 * them (仁慈, 艰巨, 假冒, 参与者) are glued (model/index.ts), so 参与者王某 opens no name at 者.
 */
const CENSUS_WORD_SURNAMES = '慈巨冒綦者';
export const ADDED_SURNAMES = '洪赖萧鄂凤贝钮滑荀羿汲糜弓蓬暴韶蓟苍莘贡堵宰郤濮寿庾暨弘禄殳蔚厍融乜巢桓钦汝琴墨昌酆仰宦阴牧怀扶沃毋' + CENSUS_WORD_SURNAMES;

/**
 * Common single-character surnames (百家姓, by frequency). Characters that are far more often function
 * words right after a role label (但, 由, 都, 来, 应, 所, 可 …) are deliberately left out: 当事人应当… must
 * not yield a person called 应当. The rarest (仉, 宓, 笪, 訾 …) are at the end: rare in the country, but
 * a household list of a few hundred people has some, and the model scores them as weak surnames.
 */
export const SINGLE_SURNAMES: ReadonlySet<string> = new Set(
  ('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰卿狄计索宣晋初云容敬扈晁芮普阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇哈湛宾戎勾茅利呼居揭干尉冶斯束檀衣昝智幸奉植衡富尧闭仉宓笪訾竺郗隗眭郦逄璩蒯禚佴缑庹苌郏钭麴夔郇甯郄蹇贲邴隰谯贝扶滑洪' + ADDED_SURNAMES).split(''),
);

export const COMPOUND_SURNAMES: readonly string[] = [
  '欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '轩辕',
  '令狐', '钟离', '闻人', '赫连', '澹台', '公冶', '太史', '申屠', '端木', '独孤', '南宫', '西门', '百里', '呼延',
  '万俟', '拓跋', '第五', '左丘', '东郭', '濮阳', '单于', '乐正', '仲孙', '司空', '梁丘', '淳于', '宗政', '闾丘',
  // The rest of the 百家姓's compound surnames (its closing lines pair single surnames too: 晋楚, 岳帅, 墨哈, 言福 are
  // two each). Those that are also words or places (东门, 南门, 微生, 第五) open a name only where the given name reads
  // as one; the words around them (东门外, 第五条) are the name model's to refuse.
  '鲜于', '公羊', '太叔', '亓官', '颛孙', '巫马', '公西', '漆雕', '壤驷', '公良', '夹谷', '宰父', '羊舌',
  '司寇', '子车', '谷梁', '段干', '归海', '微生', '东门', '南门', '伯赏',
  // Compound surnames of northern peoples that families still carry (Jurchen, Xianbei, Manchu), outside the 百家姓.
  '完颜', '贺兰', '纳兰',
  // Compound surnames outside the 百家姓 that families still carry (the census surveys of compound surnames list them:
  // 东野 in Shandong, 相里 in Shanxi, 阳佟 in Liaoning, 哥舒 and 达奚 of western origin, 南荣, 呼衍, 公叔). Left out after
  // checking them against the name model: 第一 and 第二 (ordinals: 第一小学 and 第二中学 read as names in lists), 即墨 (a
  // district: 即墨一中, 即墨华山) and 东里 (a village's name: 东里小学); their families are a few hundred people.
  '东野', '哥舒', '相里', '阳佟', '达奚', '南荣', '呼衍', '公叔',
];

/**
 * Mongolian and other transliterated given-name elements (common in Inner Mongolia, where names carry no
 * Han surname: 巴特尔, 乌云其木格). A name may be several of these run together.
 */
export const TRANSLITERATED_NAME_PARTS: readonly string[] = [
  '巴特尔', '其木格', '乌云', '格日勒', '苏和', '朝鲁', '额尔敦', '那日苏', '斯琴', '图雅', '萨仁', '高娃', '宝音',
  '巴图', '孟和', '哈斯', '阿拉坦', '呼和', '布和', '吉日嘎拉', '巴雅尔', '额尔德尼', '乌兰', '托娅', '其其格',
  '萨日娜', '阿荣', '敖日格勒', '巴音', '毕力格', '达来', '特木尔', '图门', '乌力吉', '那顺', '娜仁', '旭日',
  '满都拉', '扎那', '孟根', '赛音', '阿木尔', '白音', '布仁', '宝力道', '青格勒', '额日登', '吉雅', '其乐木格',
  '苏日娜', '斯日古楞', '巴根', '阿拉腾', '敖特根', '达古拉', '德力格尔', '朝克图', '格根', '塔娜', '乌日娜',
  '买买提', '艾力', '阿不都', '热依拉', '古丽', '艾尔肯', '努尔', '阿依', '扎西', '卓玛', '次仁', '央金', '达瓦',
  '格桑', '拉姆', '多吉', '尼玛', '巴桑', '顿珠',
  // 莎仁 is 萨仁 as many registers write it (莎仁高娃).
  '莎仁',
  // More Mongolian components seen in notices from Inner Mongolia (巴图巴亚尔, 乌云达来, 哈斯其木格).
  '巴亚尔', '敖其尔', '达赖', '恩和', '吉木斯', '乌日根', '那仁', '包力高', '敖敦', '朝格图', '格日乐', '呼日勒', '木其尔', '萨如拉',
  '苏雅拉', '特古斯', '乌恩', '宝鲁', '陶格斯', '哈达', '巴拉珠尔', '仁钦', '道尔吉', '索德', '吉格木德', '查干', '伊拉', '浩斯',
  '温都苏', '额尔登', '阿古拉', '布日古德', '桑布', '扎拉嘎', '乌日图', '布赫', '莫日根', '呼斯楞', '图布信', '额尔德木图', '达古拉',
  '格根塔娜', '桑杰', '乌恩其', '宝力德', '巴雅斯古楞', '其达拉图', '满达', '额日和木', '那木拉', '索布德', '图力古尔', '阿迪雅',
  // Uyghur and Tibetan components.
  '阿依古丽', '热合曼', '吐尔逊', '艾买提', '依明', '肉孜', '麦麦提', '阿卜杜', '帕提古丽', '努尔古丽', '古丽娜尔', '旦增', '次旦',
  '平措', '益西', '洛桑', '索朗', '白玛', '德吉', '央宗', '加措', '才让', '拉毛', '卓嘎', '曲珍',
  // More Tibetan and Uyghur components seen in 两优一先 and aid notices (向秋拉姆, 伦珠, 艾山·吾斯曼).
  '伦珠', '罗布', '普布', '边巴', '旺堆', '琼达', '强巴', '阿旺', '土登', '泽仁', '泽旺', '群培', '米玛', '拉巴', '桑珠', '德庆',
  '向秋', '措姆', '美朵', '仁增', '格列', '贡觉', '艾山', '吾斯曼', '托合提', '玉素甫', '阿卜杜拉', '帕尔哈提', '迪丽', '热娜',
  '阿孜古丽', '巴哈古丽', '吐尔洪', '阿力木', '库尔班', '木拉提', '努尔兰', '卡德尔', '买合木提', '艾合买提', '吾买尔', '阿布都',
  // More Mongolian components (孟克, 敖登格日乐, 朝格巴特尔).
  '孟克', '朝格', '都仁', '敖登', '格日乐图', '苏布道', '巴根那', '额日敦', '朝鲁门', '其力格尔', '斯仁', '纳顺', '萨其拉',
  '白乙拉', '那木吉拉', '达布希拉图', '宝力尔', '乌日娜', '阿拉塔', '巴达玛', '诺敏', '乌云毕力格', '图布', '吉日木图',
  // Yi (Nuosu) names: a clan name (家支) then a given name of two syllables, written without a Han surname
  // (沙马阿果, 吉克曲日, 海来阿支). Clan names of Liangshan and their common given syllables; none with 子, which
  // would join 其子 to the name after it, and none opening with 的, 你 or 日, which would make every 的 and every date
  // a place a name may start (the scan visits each one).
  '阿苏', '阿西', '阿牛', '阿的', '阿尔', '阿约', '阿侯', '阿克', '阿说', '吉克', '吉伍', '吉吉', '吉觉', '吉木', '吉尔', '曲比', '曲木',
  '海来', '沙马', '沙玛', '马海', '俄底', '勒格', '瓦扎', '木乃', '苏呷', '尔古', '罗洪', '巴莫', '洛古', '杰觉', '加拉',
  '阿呷', '阿依', '阿果', '阿支', '阿铁', '阿甲', '阿各', '阿衣', '伍沙', '伍各', '伍哈', '拉莫', '拉则', '拉格', '拉且',
  '曲日', '曲者', '木呷', '木果', '莫色', '依呷', '石哈', '尔哈', '布哈', '友布',
];

/**
 * Courtesy titles: 王先生 names nobody, 王建国先生 ends at 国. The forms of address for elders and
 * neighbours (李大爷, 张大姐) are titles too: a surname with one of them identifies no one.
 */
export const TITLES: readonly string[] = [
  '先生', '女士', '同志', '老师', '师傅', '主任', '科长', '局长', '处长', '经理', '医生', '律师', '大夫', '阿姨', '小姐',
  '大爷', '大妈', '大娘', '大叔', '大婶', '大哥', '大姐', '老汉', '老太', '奶奶', '爷爷',
];

/**
 * Nouns of relation, kinship, occupation and household that introduce a private person right after them
 * (我和邻居X找过…, 其中牧户X因…, 你与哥哥X之间…, 村民X). After one of these the name model alone decides how
 * much of the following run is a name, whatever word follows it; a word glued on (邻居家, 哥哥们, 村民代表大会,
 * 学生宿舍) is no name because the run must score as one on its characters.
 */
export const PERSON_NOUNS: readonly string[] = [
  // kinship
  '父亲', '母亲', '儿子', '女儿', '丈夫', '妻子', '爱人', '老伴', '配偶', '前夫', '前妻', '哥哥', '姐姐', '弟弟', '妹妹', '兄长', '胞兄', '胞弟',
  '胞姐', '胞妹', '长子', '次子', '长女', '次女', '儿媳', '女婿', '孙子', '孙女', '外孙', '外孙女', '侄子', '侄女', '外甥', '祖父', '祖母', '爷爷',
  '奶奶', '外公', '外婆', '公公', '婆婆', '岳父', '岳母', '叔叔', '伯父', '舅舅', '姑姑', '姨妈', '嫂子', '弟媳', '亲属', '家属', '养子', '养女',
  '之子', '之女', '之妻', '之夫', '之父', '之母', '其妻', '其夫', '其子', '其女', '其父', '其母', '其兄', '其弟', '其姐', '其妹',
  // birth, adoptive and step parents, cousins, in-laws and the younger children of adoption, 户口 and 继承 papers (生父X已于…)
  '生父', '生母', '养父', '养母', '继父', '继母', '堂兄', '堂弟', '堂姐', '堂妹', '表兄', '表哥', '表姐', '表弟', '表妹', '姐夫', '妹夫', '叔父',
  '伯母', '婶婶', '姨父', '姑父', '舅妈', '侄孙', '孙媳', '曾孙', '外甥女', '三子', '三女', '幼子', '小儿子', '大儿子', '小女儿', '大女儿', '长孙', '遗孀',
  // neighbours and acquaintances
  '邻居', '同事', '同学', '朋友', '工友', '战友', '室友', '老乡', '房东', '租户', '雇主', '雇工',
  // residents and households
  '村民', '居民', '牧民', '农民', '渔民', '市民', '群众', '牧户', '农户', '住户', '贫困户', '脱贫户', '低保户', '五保户', '养殖户', '种植户',
  '承包户', '个体户', '商户', '户主', '老人', '儿童', '孩子',
  // households moved by 易地搬迁 (搬迁户X说, 安置户X一家)
  '搬迁户', '安置户', '移民户',
  // young people a news item names by what they are (返乡青年X开起了直播间)
  '青年', '返乡青年', '大学生',
  // representatives of residents (村民代表X发言), not of a body
  '村民代表', '居民代表', '群众代表', '牧民代表', '农户代表', '职工代表', '家长代表', '学生代表', '患者代表',
  // occupations and conditions
  '职工', '员工', '工人', '农民工', '教师', '学生', '考生', '患者', '病人', '残疾人', '退役军人', '志愿者', '村医', '店主', '摊主',
  '护林员', '护草员', '管护员', '保洁员', '公益岗', '医生', '护士', '护工', '保姆', '羊倌', '牛倌', '马倌', '放牧员', '牧工',
  // owners and drivers a 事故 or 检疫 report names by what they hold (船主X, 畜主X, 车主X, 驾驶员X)
  '船主', '畜主', '车主', '驾驶员', '经营者',
  // members, workers and passers-by named in 慰问 news, 见义勇为 and award notices (老党员X, 运动员X, 乘客X)
  '党员', '老党员', '退休职工', '退休教师', '运动员', '教练员', '选手', '乘客', '游客', '顾客', '租客', '消费者', '务工人员', '快递员',
  '外卖员', '环卫工人', '司机', '妇女', '大学生', '中学生', '小学生', '幼儿',
  // a company's own workers named in accident reports (安全员X未按规定…), private persons unlike a body's staff
  '安全员', '质检员', '保管员', '仓管员', '施工员', '操作工', '装载工', '电工', '焊工',
  // the inspected business's person present at an inspection (网吧现场负责人X), not the body's 负责人
  '现场负责人', '实际负责人', '现场责任人',
  // a party to a procedure named in a disclosure reply (涉及第三方X的个人信息)
  '第三方',
  // a sick child in a 医疗纠纷 report, a bearer of 非遗 and his apprentice in news (患儿X, 代表性传承人X, 徒弟X)
  '患儿', '传承人', '徒弟', '学徒',
  // an accomplice named in a 悬赏通告 (同案人X已被抓获)
  '同案人', '同伙',
  // recruits named in 征兵 公示 and 欢送 news (新兵X是…, 应征青年X本人申请…, 第一候补人员X（男，…）递补)
  '新兵', '女兵', '老兵', '应征青年', '适龄青年', '入伍青年', '候补人员', '递补人员',
];

/**
 * Clauses ending in 的 that describe a person by what they do for a living or where they are (在外打工的X,
 * 外出放牧的X, 在镇上经商的X): like a noun of relation, they introduce the name after them, which must read as a
 * name on its characters alone.
 */
export const PERSON_CLAUSES: readonly string[] = [
  '打工的', '务工的', '放牧的', '放羊的', '放牛的', '种地的', '务农的', '经商的', '开店的', '做生意的', '上学的', '读书的', '在家的', '留守的', '独居的',
  // neighbours by where they live (隔壁的X老人, 对门的X, 楼上的X)
  '隔壁的', '对门的', '楼上的', '楼下的', '邻家的',
];

/**
 * Characters that may directly follow a name in running text (申请人王建国于…, 王芳女士). When a label
 * is followed by a colon or space, any of these ends the name.
 */
export const AFTER_NAME_CHARS: ReadonlySet<string> = new Set(
  '于在的因向对称就与和及等为是提反诉申要已通系现住身男女先同来自所从将被由不也还均经到说请并曾以一二两三夫妻之户家父母子儿老师先小阿等及'.split(''),
);

/**
 * The stricter set for a name glued to its label with no separator (申请人王建国于…). 在 and 的 are
 * not here: 当事人应当在… would otherwise read as a person named 应当.
 */
export const STRONG_AFTER_NAME: readonly string[] = [
  '于', '男', '女', '先生', '同志', '系', '因', '向', '对', '称', '诉称', '反映', '来信', '来电', '通过', '提出', '等', '与', '及', '和', '之', '户', '家', '夫妇', '父', '母', '已', '为', '就', '现', '住', '身份',
  '持', '驾驶', '名下', '户籍', '本人', '签', '现年', '年龄', '出生', '在', '的', '多缴', '欠缴', '拒', '未', '所', '曾', '将', '被', '从', '到', '自', '领取',
  '诉', '受', '涉嫌', '违反', '擅自', '酒后', '无证', '超速', '非法', '私自', '死亡', '经', '时任',
  // what a person does or undergoes, derived for prose and labels alike (personWords.ts: 遗失, 免于, 下落不明 …)
  ...PERSON_PREDICATES,
];

/**
 * A second given-name character that is far more often the word after a two-character name (患者韩鹏于…):
 * when the shorter reading works, it wins.
 */
export const LIKELY_FOLLOWERS: ReadonlySet<string> = new Set('于的在因向对称等与及系已为就将被把从是诉反来通提持驾未拒曾自到多欠领'.split(''));

/** Words that start with a surname character but are ordinary vocabulary right after a role label. */
export const NOT_A_NAME_PREFIXES: readonly string[] = [
  // 扶 heads a rare surname and a family of words (扶贫办, 当事人扶持的…).
  '扶贫', '扶持', '扶助', '扶养', '扶植', '扶残', '扶老', '扶危', '扶手',
  // 隽 heads a rare surname and the literary word 隽永 (meaningful, lasting), which the word table lacks.
  '隽永',
  '陈述', '申辩', '申请', '向本', '向你', '向贵', '向其', '向该', '向市', '向区', '向县', '向旗', '向我', '向人', '向法', '向有', '向上',
  '于本', '于某', '于是', '于次', '于当', '于同', '于收', '于法', '经查', '经营', '经过', '明确', '明知', '安排', '成立', '高度', '房屋',
  '严重', '关于', '尚未', '尚有', '齐全', '全部', '全体', '方面', '方式', '曾经', '单位', '盖章', '宁可', '常住', '常年', '居住', '强制',
  '司法', '车辆', '金额', '利用', '管理', '海关', '卫生', '计划', '索取', '宣传', '初步', '容易', '鲁莽', '华人', '谈话', '查询', '查阅',
  '查看', '查处', '查明', '提供', '承担', '包括', '危害', '区别', '区域', '解释', '解决', '利害', '权利', '权益', '权属',
  '时间', '干预', '沙地', '戴口', '索要', '商户', '巴彦', '乌拉', '乌海', '包头', '呼和浩特', '鄂尔', '阿拉善', '赤峰', '通辽', '满洲',
  '党员', '全体', '干部', '司机', '房东', '车主', '师生', '居民', '兴安', '锡林', '临河', '杭锦', '磴口', '五原', '乌审', '石嘴', '宁夏', '甘肃', '陕西', '山西', '河北', '黑龙', '吉林', '辽宁',
];

/**
 * What stands after a role label but is no one's name: placeholders, collective nouns, and text that is
 * already de-identified (王某, 张××).
 */
export const NOT_A_NAME_WORDS: ReadonlySet<string> = new Set([
  '匿名', '本人', '不详', '未知', '暂无', '个人', '自然人', '法人', '单位', '群众', '网民', '网友', '市民', '村民', '居民', '住户',
  '农户', '业主', '家属', '本单位', '贵单位', '你单位', '见附件', '详见', '同上', '同前', '其他', '另附', '签名', '签字', '盖章',
]);

/**
 * Cities and towns of prefecture rank and the seats of Inner Mongolia's leagues, as documents write them
 * bare (岳阳 常德 衡阳, 锡林浩特): a list of them reads like a list of names (岳阳 scores as one), so the name
 * model counts them as ordinary words.
 */
export const PLACE_NAMES: readonly string[] = (
  '保定 邢台 邯郸 衡水 沧州 廊坊 承德 唐山 太原 大同 阳泉 长治 晋城 朔州 晋中 运城 忻州 临汾 吕梁 包头 乌海 赤峰 通辽 沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 朝阳 长春 吉林 四平 辽源 通化 白山 松原 白城 延吉 鸡西 鹤岗 大庆 伊春 黑河 绥化 南京 无锡 徐州 常州 苏州 南通 淮安 盐城 扬州 镇江 泰州 宿迁 杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水 合肥 芜湖 蚌埠 淮南 淮北 铜陵 安庆 黄山 滁州 阜阳 宿州 六安 亳州 池州 宣城 福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德 南昌 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶 济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽 郑州 开封 洛阳 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 南阳 商丘 信阳 周口 武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 益阳 郴州 永州 怀化 娄底 广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 揭阳 云浮 南宁 柳州 桂林 梧州 北海 钦州 贵港 玉林 百色 贺州 河池 来宾 崇左 海口 三亚 儋州 成都 自贡 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳 贵阳 遵义 安顺 毕节 铜仁 昆明 曲靖 玉溪 保山 昭通 丽江 普洱 临沧 拉萨 昌都 林芝 山南 那曲 西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 安康 商洛 兰州 金昌 白银 天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南 西宁 海东 银川 吴忠 固原 中卫 哈密 喀什 和田 阿勒泰 塔城 博乐 库尔勒 阿克苏 石河子 张家口 秦皇岛 石家庄 葫芦岛 连云港 马鞍山 景德镇 平顶山 三门峡 驻马店 张家界 防城港 攀枝花 六盘水 嘉峪关 石嘴山 吐鲁番 日喀则 锡林浩特 乌兰浩特 二连浩特 满洲里 牙克石 扎兰屯 霍林郭勒 丰镇 临河 集宁 东胜 海拉尔'
).split(' ');

/**
 * Historical and exemplary figures that documents quote by name (正所谓…，范仲淹的这句话; 学习焦裕禄精神): no
 * private person. The dictionary holds the most famous (杜甫, 李白, 鲁迅); these are the ones it lacks, counted
 * as ordinary words by the name model.
 */
export const PUBLIC_FIGURES: readonly string[] = (
  '范仲淹 苏轼 白居易 辛弃疾 司马光 欧阳修 柳宗元 韩愈 司马迁 文天祥 于谦 林则徐 顾炎武 郑板桥 包拯 张载 王阳明 曾国藩 陶渊明 王勃 ' +
  '刘禹锡 杜牧 李商隐 李清照 苏辙 苏洵 曾巩 陆九渊 班超 张骞 华佗 张仲景 祖冲之 毕昇 蔡伦 李冰 魏征 管仲 商鞅 贾谊 晁错 荀子 韩非子 ' +
  '雷锋 焦裕禄 孔繁森 杨善洲 谷文昌 钱学森 袁隆平 黄大年 邓稼先 贺龙 任弼时 方志敏 刘胡兰 董存瑞 黄继光 邱少云 王进喜 时传祥 吴运铎 张思德 白求恩'
).split(' ');
