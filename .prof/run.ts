import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { scanConfidentiality } from '/work/wt/integ/review/confidentiality.js';
import { buildDictionary, type Dictionary, type DictionaryEntry } from '/work/wt/integ/review/dictionary.js';
import { gateMatcher } from '/work/wt/integ/review/gateMatcher.js';
import { withNormalized } from '/work/wt/integ/review/normalize.js';
import { buildWordingRules, shippedWordingRules, type RosterEntry, type WordingRules } from '/work/wt/integ/review/wording/index.js';

export interface BenchSubject {
  name: string;
  scan: (text: string) => unknown;
}

export interface Row {
  name: string;
  doc: { wall: number; cpu: number };
  items: { wall: number; cpu: number };
  p50: number;
  p99: number;
}

const MB = 1 << 20;
const FOLD = { lineBreaks: true, clauseBreaks: true } as const;
const RUNS = 7;
const LATENCY_ITERATIONS = 1000;

let seed = 20240611;
function rnd(): number {
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];

const COMMON =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严';

const SENTENCES = [
  '为进一步规范政府信息公开工作，建立健全保密审查机制，现将有关事项通知如下。',
  '涉及国家秘密、商业秘密、个人隐私的政府信息，除依法需要保密的外，应当予以公开。',
  '各单位要做到保密不上网，上网不保密，严格执行《中华人民共和国保守国家秘密法》。',
  '2024年全市完成固定资产投资1234.5亿元，同比增长6.8%，其中工业投资增长12.3%。',
  '咨询电话：0471-12345678，监督电话：12345，办公地址：新华大街1号。',
  '依据《中华人民共和国政府信息公开条例》第三十六条的规定，现答复如下。',
  '各级行政机关应当主动公开政府信息，依申请公开工作按照有关规定办理。',
  '会议听取了关于2023年度财政预算执行情况的报告（草案），并提出了修改意见。',
  'The portal publishes policy documents in Chinese and English (PDF, 2.3 MB).',
  '一、加强组织领导；二、明确工作责任；三、强化监督检查；四、做好宣传引导。',
  '市委书记林建国、市长赵明华出席会议，副市长孙丽萍主持，截至目前已完成其他各项任务。',
];

/** A synthetic roster of 40 leaders, so the wording pass does its title and name checks. */
function syntheticRoster(): RosterEntry[] {
  const fixed = [['林建国', '市委书记'], ['赵明华', '市委副书记、市长'], ['孙丽萍', '副市长']];
  const out: RosterEntry[] = fixed.map(([name, title], i) => ({ unitCode: 'demo', name, title, rank: i + 1, validFrom: '2020-01-01', validTo: null }));
  for (let i = out.length; i < 40; i++) {
    const name = `${pick(['王', '李', '张', '刘', '陈'])}${COMMON[Math.floor(rnd() * COMMON.length)]}${COMMON[Math.floor(rnd() * COMMON.length)]}`;
    out.push({ unitCode: 'demo', name, title: pick(['副市长', '秘书长', '局长', '主任']), rank: i + 1, validFrom: '2020-01-01', validTo: null });
  }
  return out;
}

function mixedText(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    let para = '';
    const sentences = 2 + Math.floor(rnd() * 5);
    for (let s = 0; s < sentences; s++) {
      if (rnd() < 0.6) {
        para += pick(SENTENCES);
      } else {
        const len = 10 + Math.floor(rnd() * 40);
        for (let i = 0; i < len; i++) para += COMMON[Math.floor(rnd() * COMMON.length)];
        para += pick(['，', '。', '；', '：', '、']);
      }
    }
    para += '\n';
    parts.push(para);
    size += Buffer.byteLength(para);
  }
  return parts.join('');
}

function shortItems(count: number): string[] {
  const items: string[] = [];
  for (let i = 0; i < count; i++) {
    let item = pick(SENTENCES);
    if (rnd() < 0.5) item += pick(SENTENCES);
    if (rnd() < 0.05) item = `（此件公开发布）${item}`;
    items.push(item);
  }
  return items;
}

function syntheticDictionary(count: number): DictionaryEntry[] {
  const seen = new Set<string>();
  const entries: DictionaryEntry[] = [];
  const severities = ['block', 'warn', 'info'] as const;
  while (entries.length < count) {
    const len = 2 + Math.floor(rnd() * 5);
    let term = '';
    for (let i = 0; i < len; i++) term += COMMON[Math.floor(rnd() * COMMON.length)];
    if (seen.has(term)) continue;
    seen.add(term);
    entries.push({ term, severity: severities[entries.length % 3] });
  }
  return entries;
}

import { scanText } from '/work/wt/integ/review/gate.js';
const entries = syntheticDictionary(20000);
const dictionary = buildDictionary(entries);
const wording = shippedWordingRules(syntheticRoster());
const items = shortItems(10000);
let n = 0;
const t0 = process.cpuUsage();
for (let r = 0; r < 15; r++) for (const t of items) n += (scanText(t, { dictionary, wording, publishedOn: '2025-06-01' }) as { findings: unknown[] }).findings.length;
const c = process.cpuUsage(t0);
const bytes = items.reduce((s, t) => s + Buffer.byteLength(t), 0) * 15;
console.log('MB/s cpu', (bytes / 1048576) / ((c.user + c.system) / 1e6), n);
