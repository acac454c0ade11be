/**
 * Single-character surnames families still carry that the surname tables (../lexicon.ts SINGLE_SURNAMES,
 * ../wordSurnames.ts WORD_SURNAMES) leave out because the character is mostly a word (位, 信, 承, 同) or rare (召, 弥, 嵩,
 * 寸, 渠). Source: the surname inventories of 《中华姓氏大辞典》 (袁义达、杜若甫, 1996) and 《中国姓氏大辞典》 (袁义达、
 * 邱家儒, 2010), which mark the surnames found in the population surveys behind the 2020 census's counts; hand-transcribed,
 * characters that are grammar (的, 了, 是, 在, 和, 有, 都, 也 …) left out, since after an anchor they open the clause.
 * Only where a structure says a person stands (anchoredUnlisted.ts) does a character of this table open a name, and
 * there its given part must score and the run must be no word (attestedWords.ts).
 */
export const ATTESTED_SURNAMES: string =
  '召弥嵩越位信寻寸渠幸眭承同续练矫揭户兀么门才过来回要国独勾菅开代毋母线操慕蔺泮茆邴候暨郤昌勇尉貊扬杞卯贯冶巨旷撖弭邗孛营揣楮粟薄骞稽庹钭扎那佴折顿底鹿佀植亓降蒿能浑诺铁校伞韶闪泥霜双丑普秘矢僧铎展拜镡昃姒嬴洛凃肇问侍阿帖恽保佛毓字隽丽战沙泉锁英陀旦剧皇士示由力乙奕宇羽雪玄完虎亢释芈伦令乜台占央永汇冬务池军收观欢买红运却励步里园员针告秀佐伯希谷采角况言库辛沐怀良初社君灵改纳纪青表长拓其茂范林松郁奇尚旺昂昆易典固忠咎岩凯图迪季委征所舍府净法泊泽宗定官宛实郎诗肃居屈参绍经奏春珍玲封城政草茶相威厚星昭思品秋科重复修侯衍律食风急将度音帝施养美首总炳宣宪客冠祖神祝费眉素振载起晋真栗原烈殊顾柴致党峰圆钱特乘称笑候健息翁留爱高席座部旁旅粉益烟涂海浦浩容宰朗诸扇祥展陶陪通难桑绳绵维綦羿堂常崇笪符盛第象逯麻鸿淳淡寇密隆续琦揭斯葛董敬惠景智嵇程答焦然粟谢强登蓬靖新慎福群谭嘉蔚赫僧端翟滕潭樊磨薛冀霍穆衡檀鞠藏瞿藤麴';
