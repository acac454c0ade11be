/**
 * What the blind held-out slices 9 and 10 share: their own name, place and number generators, with their own
 * seeds and pools, so the slices do not change when the earlier generators in build.ts do and are not drawn
 * from the pools the rules were tuned on. Written without reading review/ (see README.md, slices 9 and 10).
 */

import { idCheck, seededRandom, uniqueName, type LabelledRecord, type LabelType } from '../generate.js';

export type Label = LabelledRecord['pii'][number];
export type AddRecord = (source: string, text: string, pii: Label[], decoys?: string[]) => void;

export const P = (value: string): Label => ({ type: 'person_name', value });
export const A = (value: string): Label => ({ type: 'address', value });
export const M = (value: string): Label => ({ type: 'mobile', value });
export const I = (value: string): Label => ({ type: 'id_card', value });
export const PL = (value: string): Label => ({ type: 'plate', value });

// Whole given names as people are named (not random pairs of characters), plus some single characters.
const MALE = ['德顺', '振江', '国栋', '永福', '连生', '长海', '凤岐', '树林', '文彬', '建业', '立新', '卫东', '志刚', '海龙', '春来', '满囤', '喜旺', '兆丰', '庆余', '光辉', '世杰', '宏伟', '俊峰', '家豪', '子轩', '浩然', '明远', '少华', '秋生', '根宝', '二虎', '三喜', '成林', '占奎', '守仁', '玉堂', '金锁', '宝山', '新民', '援朝', '铁军', '洪涛', '向东', '焕章', '治国', '广田', '茂林', '继红', '天佑', '宇航', '梓豪', '嘉诚', '瑞祥', '鹏飞', '玉林', '双喜', '有才', '福生', '正义', '会斌', '军', '强', '杰', '斌', '鑫', '磊', '涛', '勇'];
const FEMALE = ['桂兰', '秀珍', '玉芬', '淑华', '凤英', '春燕', '晓梅', '丽娟', '海燕', '雪莲', '小红', '美玲', '翠英', '金花', '素琴', '慧敏', '雅婷', '梓涵', '欣怡', '若曦', '红梅', '彩霞', '爱莲', '巧云', '月娥', '冬梅', '秋菊', '兰英', '玉兰', '秀云', '凤霞', '艳玲', '丽萍', '文静', '佳怡', '思琪', '亚楠', '淑芬', '桂香', '腊梅', '杏花', '喜凤', '润香', '金凤', '雨涵', '紫萱', '英', '静', '娜', '敏', '芳', '丹', '萍', '霞'];
const FREQUENT = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔向汤常温康';
const RARER = '于包敖云宝鲍冉郜逯耿薄苗訾佘阎蔺祝左路时原乐米车艾卜关单井那和';
// Mongolian names as written in Chinese: whole transliterations, some with a Chinese surname (包, 白, 韩, 鲍).
const MONGOL = ['朝格图', '乌日娜', '苏日娜', '阿拉腾仓', '额尔德木图', '白音仓', '图门吉日嘎拉', '那木汗', '满都呼', '萨日朗', '敖登格日勒', '宝力道', '斯琴图', '哈森其其格', '乌力吉图', '格日乐图', '阿木古楞', '浩斯巴雅尔', '都兰', '莎仁高娃', '呼日查', '巴根那', '吉雅', '希日莫', '孟根其其格', '包图雅', '白乌云', '韩那顺', '鲍金山', '奥特根', '额日和木', '其力木格', '道尔吉', '旭日干', '乌兰图雅', '扎那', '布仁巴雅尔', '嘎日迪', '宝音德力格尔'];

export const COUNTIES = ['蓬溪县', '敖汉旗', '林西县', '涡阳县', '利辛县', '武川县', '卓资县', '商都县', '化德县', '清水河县', '沁源县', '阿鲁科尔沁旗'];
export const TOWNS = ['高台子乡', '新惠镇', '红山镇', '马集镇', '双沟镇', '河西乡', '柳河镇', '石门乡', '蓬莱镇', '大营子乡', '可镇'];
export const VILLAGES = ['王家湾村', '李家营子村', '张庄村', '刘家沟村', '赵家窑村', '前进村', '东风村', '红旗村', '杨树沟村', '小河口村', '三道沟村', '黄土梁村', '孙家店村', '北山根村'];
export const GROUPS = ['一社', '三社', '五队', '王庄组', '后街组', '二组', '四组', '六组', '西营子组'];
export const SUMU = ['巴彦花苏木', '白音查干苏木', '宝日勒岱苏木', '新民苏木', '乌兰布统苏木'];
export const GACHA = ['敖包图嘎查', '哈日努拉嘎查', '巴彦宝力格嘎查', '查干淖尔嘎查', '呼和陶勒盖嘎查', '阿日善嘎查'];
// Several streets read like given names (高明, 建国, 春风): they appear in offices' addresses as decoys.
export const STREETS = ['向阳街', '文明路', '高明路', '迎宾大道', '光华街', '振兴路', '建国路', '长青街', '安定路', '春风路'];
export const ESTATES = ['馨园小区', '龙湖家园', '锦江苑', '金地花园', '怡和小区', '新华苑'];

/** 县 or 旗: what a county-level unit calls itself (全县/全旗, 副县长/副旗长). */
export const unit = (county: string): string => (county.endsWith('旗') ? '旗' : '县');

export interface Blind {
  pick: <X>(xs: readonly X[]) => X;
  int: (lo: number, hi: number) => number;
  digits: (n: number) => string;
  chance: (p: number) => boolean;
  /** `single`: a one-character given name (printed padded in some lists). */
  person: (sex?: '男' | '女', single?: boolean) => string;
  mongol: () => string;
  /** A relative sharing the surname of `of` (a son, a brother). */
  kin: (of: string, sex?: '男' | '女') => string;
  village: (county?: string) => string;
  urban: (county?: string) => string;
  mobile: () => string;
  idCard: (birthYear?: number) => string;
  plate: () => string;
  date: () => string;
  landline: () => string;
}

/** Generators on their own seed; `used` is the corpus-wide set of names, so no name is inside another. */
export function blind(seed: number, used: Set<string>): Blind {
  const { rnd, pick, int, digits, pad, chance } = seededRandom(seed);
  const fresh = (make: () => string): string => uniqueName(used, make, 2000);
  const surname = (): string => (rnd() < 0.88 ? pick([...FREQUENT]) : pick([...RARER]));
  const person = (sex?: '男' | '女', single = false): string => {
    const s = sex ?? (chance(0.5) ? '男' : '女');
    const pool = (s === '男' ? MALE : FEMALE).filter((x) => !single || x.length === 1);
    return fresh(() => surname() + pick(pool));
  };
  const village = (county = pick(COUNTIES)): string => `${county}${pick(TOWNS)}${pick(VILLAGES)}${pick(GROUPS)}`;
  return {
    pick,
    int,
    digits,
    chance,
    person,
    mongol: () => fresh(() => pick(MONGOL)),
    kin: (of, sex = '男') => fresh(() => of[0] + pick(sex === '男' ? MALE : FEMALE)),
    village,
    urban: (county = pick(COUNTIES)) => `${county}${pick(STREETS)}${pick(ESTATES)}${int(1, 24)}号楼${int(1, 5)}单元${int(1, 16)}0${int(1, 4)}室`,
    mobile: () => pick(['133', '135', '139', '150', '152', '158', '177', '186', '189', '199']) + digits(8),
    idCard: (birthYear = int(1955, 2000)) => {
      const body = pick(['150425', '150424', '341621', '341623', '150125', '150921', '152524', '152528']) + `${birthYear}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}` + digits(3);
      return body + idCheck(body);
    },
    plate: () => `${pick(['蒙', '皖', '川', '晋'])}${pick(['D', 'K', 'J', 'S', 'E'])}${pick(['', 'A', 'F'])}${digits(5)}`.slice(0, 7),
    date: () => `${int(2022, 2025)}年${int(1, 12)}月${int(1, 28)}日`,
    landline: () => `0${pick(['476', '471', '558', '825', '474'])}-${int(3, 8)}${digits(6)}`,
  };
}

// Traditional forms of the characters the generators above can produce (names and places), for the mirrors.
const TRAD: Record<string, string> = {
  张: '張', 刘: '劉', 陈: '陳', 杨: '楊', 黄: '黃', 赵: '趙', 吴: '吳', 孙: '孫', 马: '馬', 郑: '鄭', 罗: '羅', 谢: '謝', 许: '許', 韩: '韓', 冯: '馮', 邓: '鄧', 蒋: '蔣', 叶: '葉',
  苏: '蘇', 吕: '呂', 卢: '盧', 钟: '鍾', 谭: '譚', 陆: '陸', 贾: '賈', 邹: '鄒', 闫: '閆', 龙: '龍', 贺: '賀', 顾: '顧', 龚: '龔', 万: '萬', 钱: '錢', 严: '嚴', 汤: '湯', 温: '溫',
  宝: '寶', 鲍: '鮑', 阎: '閻', 蔺: '藺', 时: '時', 乐: '樂', 车: '車', 关: '關', 单: '單', 云: '雲', 顺: '順', 国: '國', 栋: '棟', 连: '連', 长: '長', 凤: '鳳', 树: '樹', 业: '業',
  卫: '衛', 东: '東', 刚: '剛', 满: '滿', 丰: '豐', 庆: '慶', 辉: '輝', 伟: '偉', 杰: '傑', 轩: '軒', 远: '遠', 华: '華', 锁: '鎖', 铁: '鐵', 军: '軍', 涛: '濤', 焕: '煥', 广: '廣',
  继: '繼', 红: '紅', 诚: '誠', 鹏: '鵬', 飞: '飛', 双: '雙', 义: '義', 会: '會', 强: '強', 兰: '蘭', 晓: '曉', 丽: '麗', 莲: '蓮', 爱: '愛', 艳: '艷', 静: '靜', 亚: '亞', 腊: '臘',
  润: '潤', 乌: '烏', 图: '圖', 门: '門', 尔: '爾', 仓: '倉', 萨: '薩', 奥: '奧', 额: '額', 达: '達', 县: '縣', 汉: '漢', 涡: '渦', 阳: '陽', 资: '資', 鲁: '魯', 台: '臺', 乡: '鄉',
  镇: '鎮', 莱: '萊', 营: '營', 湾: '灣', 庄: '莊', 沟: '溝', 窑: '窯', 进: '進', 风: '風', 队: '隊', 组: '組', 后: '後', 彦: '彥', 统: '統', 盖: '蓋', 宾: '賓', 兴: '興', 园: '園',
  区: '區', 锦: '錦', 号: '號', 楼: '樓', 晋: '晉', 来: '來', 腾: '騰',
};

export const toTrad = (s: string): string => [...s].map((c) => TRAD[c] ?? c).join('');

// Display width of a line printed in a fixed-width font (a Han character takes two columns).
const width = (s: string): number => [...s].reduce((n, c) => n + (c.charCodeAt(0) > 0x2000 ? 2 : 1), 0);
/** A cell of a list aligned with spaces for print, padded to `w` columns (at least two spaces). */
export const col = (s: string, w: number): string => s + ' '.repeat(Math.max(2, w - width(s)));

/**
 * Labels are exact only if every occurrence of a labelled value is that datum and no decoy overlaps one;
 * a slice that breaks this is a label error, caught here at build time rather than shown as a detector miss.
 */
export function checkLabels(id: string, text: string, pii: readonly Label[], decoys: readonly string[]): void {
  for (const l of pii) if (!text.includes(l.value)) throw new Error(`${id}: label ${l.type} ${l.value} not in text`);
  // A value labelled twice would count each of its occurrences twice.
  if (new Set(pii.map((l) => l.value)).size !== pii.length) throw new Error(`${id}: a value is labelled twice`);
  for (const d of decoys) {
    if (!text.includes(d)) throw new Error(`${id}: decoy ${d} not in text`);
    for (const l of pii) if (l.value.includes(d) || d.includes(l.value)) throw new Error(`${id}: decoy ${d} overlaps label ${l.value}`);
  }
  const names = pii.filter((l) => l.type === 'person_name').map((l) => l.value);
  for (const l of pii) {
    for (const n of names) if (l.value !== n && l.value.includes(n) && l.type !== 'person_name') throw new Error(`${id}: name ${n} inside ${l.type} ${l.value}`);
  }
}

/** One slice's `add`: every record's labels checked, then handed to build.ts under the slice's source. */
export function recorder(source: string, addRecord: AddRecord): (text: string, pii: Label[], decoys?: string[]) => void {
  let n = 0;
  return (text, pii, decoys = []) => {
    checkLabels(`${source}-${++n}`, text, pii, decoys);
    addRecord(source, text, pii, decoys);
  };
}

/**
 * Values of one document that must be told apart: each new value differs from, and is not inside, any earlier one
 * (a value is labelled once, so two homes alike or one inside another would be a label error).
 */
export function distinctValues(): (make: () => string) => string {
  const seen: string[] = [];
  return (make) => {
    for (;;) {
      const v = make();
      if (!seen.some((o) => o.includes(v) || v.includes(o))) {
        seen.push(v);
        return v;
      }
    }
  };
}

/** A county's name without 县/旗, as doc numbers and firms' names use it (化德政发, 化德顺驰物流). */
export const short = (county: string): string => county.replace(/(县|旗)$/, '');

export type { LabelType };
