/**
 * Toneless pinyin of characters common in Chinese personal names, for homophone near-misses of
 * rostered leaders' names. Pinyin input methods ignore tones, so a toneless syllable is exactly the set
 * of characters one wrong pick in the candidate list produces (杜家毫 → 杜家豪). Compiled by hand,
 * offline, from standard readings; characters with several readings list their name reading. Nothing
 * is fetched at run time. Syllables of transliterated Mongolian names (巴特尔, 苏日娜, 图门) are included:
 * the hub serves Inner Mongolia.
 */
const SYLLABLES = `
an 安 岸 按 案 暗
ba 巴 八 拔 霸 芭
er 尔 儿 二 洱 耳
gen 根 跟 亘
la 拉 啦 腊 喇
mu 木 穆 牧 慕 沐 目
ri 日
su 苏 素 肃 速 粟
te 特 忒
tu 图 土 吐 涂 途
bai 白 百 柏 佰 拜
bao 宝 保 葆 宝 报 豹 鲍
bin 斌 彬 宾 滨 缤
bo 波 博 柏 勃 伯 泊 渤
chang 昌 长 常 畅 倡 唱 场 菖
chao 超 朝 潮 巢 晁
chen 辰 晨 陈 臣 琛 忱 沉 宸
cheng 成 诚 城 承 程 澄 橙 呈 乘 铖
chun 春 纯 淳 醇 椿
dong 东 冬 栋 董 洞 懂
fang 方 芳 放 房 坊 舫 防 仿
fei 飞 菲 斐 非 妃 霏
feng 风 峰 锋 丰 凤 枫 封 冯 奉 烽
gang 刚 钢 岗 纲 港
guo 国 果 郭 帼 过
hai 海 亥 孩 害
hao 浩 豪 好 昊 皓 号 毫 郝 灏
he 和 河 荷 合 贺 何 禾 赫 鹤
hong 红 宏 洪 鸿 虹 弘 泓 竑
hua 华 花 化 桦 骅 画 话
hui 辉 慧 惠 晖 会 汇 徽 卉 蕙 挥
jia 佳 家 嘉 加 甲 贾 价 稼 迦
jian 建 剑 健 坚 俭 鉴 键 舰 见 简
jie 杰 洁 捷 节 婕 杰 介 界 解 颉
jin 金 锦 瑾 晋 进 津 劲 今 近 谨 瑾
jing 晶 静 京 敬 景 靖 菁 竞 婧 镜 境
jun 军 君 俊 峻 骏 钧 均 郡 珺
kai 凯 开 楷 恺 铠
lan 兰 岚 蓝 澜 栏 览
li 丽 利 立 力 莉 黎 理 礼 李 励 历 厉 俐 琍
liang 良 亮 梁 粮 量 凉 靓
lin 林 琳 霖 麟 临 淋 邻 彬
ling 玲 灵 岭 凌 龄 零 铃 羚 令 翎
long 龙 隆 珑 泷 陇
mei 梅 美 媚 玫 眉 妹 楣
min 民 敏 珉 闽 旻 岷 玟
ming 明 鸣 铭 名 茗 命 冥
na 娜 纳 那 钠
ning 宁 凝 柠 泞
peng 鹏 朋 彭 蓬 澎 捧
ping 平 萍 评 屏 坪 苹 凭
qiang 强 蔷 墙 羌 枪
qing 青 清 庆 晴 卿 擎 倾 情 轻 请
qiu 秋 邱 丘 求 球 裘
rong 荣 蓉 容 融 榕 溶 戎 嵘
rui 瑞 锐 睿 芮 蕊
shan 山 珊 善 杉 衫 闪 陕 单
sheng 生 胜 升 圣 盛 声 晟 笙 省 绳
shu 书 淑 舒 树 述 殊 叔 曙 姝
song 松 宋 颂 嵩 送 诵
tao 涛 桃 陶 韬 滔 焘
ting 婷 庭 亭 廷 霆 听 挺 停
wei 伟 卫 维 微 威 玮 炜 薇 巍 韦 为 蔚 魏 唯 惟
wen 文 温 雯 闻 稳 问 纹 汶
xia 霞 夏 侠 峡 厦 下 遐
xiang 祥 翔 香 湘 向 相 详 享 襄
xiao 晓 小 笑 孝 肖 萧 筱 啸 骁
xin 新 欣 心 鑫 信 馨 昕 芯 辛 忻
xing 兴 星 杏 幸 行 邢 醒 型 形
xiu 秀 修 绣 岫 袖
xu 旭 许 徐 栩 绪 序 煦 续 须
xue 雪 学 薛 血 穴
yan 燕 艳 岩 彦 颜 言 妍 晏 严 延 雁 焱 研
yang 阳 扬 杨 洋 羊 旸 仰 养 样
yi 一 义 亿 艺 怡 宜 毅 益 忆 奕 逸 谊 仪 易 依 伊 翼 颐
ying 英 颖 莹 鹰 瑛 迎 影 营 应 盈 赢 樱
yong 永 勇 涌 咏 泳 庸 拥
yu 玉 宇 雨 宇 语 誉 裕 瑜 余 于 渔 宇 煜 钰 育 遇 域 愈
yuan 元 园 圆 源 远 苑 媛 渊 缘 原 袁 援
yun 云 运 芸 韵 允 蕴 昀 耘 筠 匀
zhen 珍 真 振 镇 震 臻 贞 甄 祯 桢
zheng 正 政 峥 征 铮 郑 证 争 整 筝
zhi 志 智 芝 之 知 治 致 直 枝 植 执 质 至 止
zhong 中 忠 钟 仲 众 终 重 种
zhu 朱 珠 竹 柱 祝 铸 主 住 注 助
`;

/** char → its syllables (a character in two lines has two). */
const READINGS: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const line of SYLLABLES.split('\n')) {
    const [syllable, ...chars] = line.trim().split(/\s+/);
    if (!syllable) continue;
    for (const c of chars) {
      const list = map.get(c) ?? [];
      if (!list.includes(syllable)) list.push(syllable);
      map.set(c, list);
    }
  }
  return map;
})();

/** True when `a` and `b` differ but share a toneless reading (both must be in the table). */
export function isHomophone(a: string, b: string): boolean {
  if (a === b) return false;
  const ra = READINGS.get(a);
  const rb = READINGS.get(b);
  return !!ra && !!rb && ra.some((s) => rb.includes(s));
}
