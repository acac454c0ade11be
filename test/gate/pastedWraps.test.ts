/**
 * Text pasted out of a PDF keeps the page's lines: a paragraph hard-wrapped at one width, cutting names, IDs,
 * mobiles, homes and marks. The gate reads such blocks with their wraps removed and points every finding at the
 * stored characters, break included; tables, lists, short lines and numbers on their own lines keep their lines.
 * Synthetic people, places and numbers throughout.
 */
import { describe, expect, it } from '@jest/globals';
import { scanText } from '../../review/gate.js';
import { pastedWraps } from '../../review/pastedWraps.js';
import { detectPii } from '../../review/pii/index.js';
import { wrapText } from '../helpers/pastedText.js';

const found = (text: string, type: string): string[] => detectPii(text).filter((c) => c.type === type).map((c) => text.slice(c.start, c.end));

/** The check character of a resident ID (GB 11643), computed here so the test does not lean on the detector's own. */
function withCheck(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

/** `before` then `value` then `after`, one paragraph, wrapped at `width` so that the margin cuts `value` after `cut` characters. */
function cutAt(before: string, value: string, cut: number, after: string, width = 30): string {
  const filler = '本机关于收到申请后依法进行了登记，经审查，本机关依照有关规定对该事项进行了调查核实并听取了各方意见，现将有关情况说明如下：';
  const lead = (filler + before).slice(-(width * 2 - cut));
  return wrapText(lead + value + after, { width }).text;
}

const ID = withCheck('31010119850612401');

describe('a block of wrapped lines is read as one paragraph', () => {
  it('finds a name cut by the margin, its span covering the break', () => {
    const text = cutAt('申请人', '柯明远', 2, '于2025年5月27日向本机关提出书面申请，要求公开其所在村集体土地征收补偿方案及相关会议记录。');
    expect(text).toContain('柯明\n远');
    expect(found(text, 'person_name')).toContain('柯明\n远');
  });

  it('finds a resident ID cut in two as one ID (check digit valid), and masks both halves', () => {
    const text = cutAt('当事人龚秀芝，公民身份号码', ID, 10, '，住所地为本市某区，现已依法送达行政处罚决定书，当事人未在法定期限内申请行政复议。');
    expect(text).toContain(`${ID.slice(0, 10)}\n${ID.slice(10)}`);
    expect(found(text, 'id_card')).toEqual([`${ID.slice(0, 10)}\n${ID.slice(10)}`]);
    const redacted = scanText(text).redacted;
    expect(redacted).not.toContain(ID.slice(6, 10));
    expect(redacted).not.toContain(ID.slice(10, 14));
  });

  it('finds a mobile cut before its last digit', () => {
    const text = cutAt('申请人邵立群，联系电话', '13923675026', 10, '，请于收到本告知书之日起十五个工作日内到本机关政务服务窗口领取相关材料。');
    expect(found(text, 'mobile')).toEqual(['1392367502\n6']);
  });

  it('finds a home cut inside the village group, as one address', () => {
    const text = cutAt('被申请人景德厚，男，汉族，住', '澴源县石牌坊乡闪家庄村十组83号', 12, '，其承包的耕地位于村南坡，四至清楚，双方对此均无异议，本委予以确认。');
    expect(text).toContain('澴源县石牌坊乡闪家庄村十\n组83号');
    expect(found(text, 'address').some((a) => a.includes('村十\n组83号'))).toBe(true);
  });

  it('finds a classification mark cut by the margin, and blocks', () => {
    const text = '各单位收到本通知后请按规定妥善保管所附材料，凡标注为机\n密★的文件一律不得复印，不得以任何形式对外提供或者在互\n联网上传播，违者依法追究责任。';
    const result = scanText(text);
    expect(result.verdict).toBe('block');
    expect(result.findings.filter((f) => f.kind === 'confidentiality').map((f) => f.text)).toContain('机\n密★');
  });
});

describe('what is not a wrapped paragraph keeps its lines', () => {
  it('a table of equal rows', () => {
    const table = ['姓名 | 住址 | 补助金额（元）', '柯明远 | 闪家庄村十组83号 | 18000', '龚秀芝 | 闪家庄村五组12号 | 12000', '邵立群 | 闪家庄村二组47号 | 12000'].join('\n');
    expect(pastedWraps(table)).toBeNull();
    const cells = ['序号　户主姓名　家庭住址　类别　补助资金（元）', '1　柯明远　西岔村一组47号　低保户　18000', '2　龚秀芝　后沟门村八社36号　低保户　12000', '3　邵立群　西岔村三队29号　特困户　12000'].join('\n');
    expect(pastedWraps(cells)).toBeNull();
  });

  it('a list whose items are as long as each other', () => {
    const list = ['一、申请人柯明远申请公开的征收补偿方案已于上月公布', '二、申请人龚秀芝申请公开的会议记录不属于政府信息', '三、申请人邵立群申请公开的批复文件由上级机关制作', '四、其余申请事项本机关将另行书面答复各位申请人员'].join('\n');
    expect(pastedWraps(list)).toBeNull();
  });

  it('short lines: verse and a signature block', () => {
    const verse = ['春风又绿江南岸，', '明月何时照我还', '京口瓜洲一水间', '钟山只隔数重山'].join('\n');
    expect(pastedWraps(verse)).toBeNull();
    const signatures = ['首席仲裁员　侯春风', '仲　裁　员　邓秀英', '书　记　员　秦春花'].join('\n');
    expect(pastedWraps(signatures)).toBeNull();
  });

  it('two numbers on adjacent lines of a block are not glued', () => {
    const text = ['申请人柯明远于本月向本机关提交申请，留有电话13923675026', '13812345678为其配偶龚秀芝的电话，本机关已于次日电话', '告知二人补正材料。'].join('\n');
    const unwrapped = pastedWraps(text);
    expect(unwrapped?.text).toContain('13923675026\n13812345678');
    expect(found(text, 'mobile')).toEqual(['13923675026', '13812345678']);
    expect(found(text, 'id_card')).toEqual([]);
  });

  it('paragraphs written one to a line', () => {
    const text = ['经审查，申请人柯明远申请公开的信息属于本机关公开的范围，现答复如下：', '一、征收补偿方案已于2025年3月在村务公开栏张贴。', '二、会议记录属于内部管理信息，依法不予公开。'].join('\n');
    expect(pastedWraps(text)).toBeNull();
  });
});

/** Three lines of `width` characters, the last ending with `tail`: a paragraph that fills its last line. */
function fullBlock(tail: string, width = 30): string {
  const filler = '本机关于收到申请后依法进行了登记，经审查，本机关依照有关规定对该事项进行了调查核实并听取了各方意见，现将有关情况说明如下：';
  return wrapText((filler + filler).slice(-(3 * width - tail.length)) + tail, { width }).text;
}

describe('review of wrap32: what a block must not swallow', () => {
  const registers: [string, string, string[]][] = [
    [
      'a register of people, lines of one length opening alike',
      '张建国，男，1965年3月出生，汉族，中共党员，大学学历\n李明华，女，1972年8月出生，汉族，中共党员，研究生学历\n王秀英，女，1980年1月出生，汉族，群众，本科学历专业\n赵德胜，男，1969年5月出生，汉族，中共党员，大专学历',
      ['张建国', '李明华', '王秀英', '赵德胜'],
    ],
    [
      'a register with three-character names and a colon',
      '欧阳峰：男，1966年4月出生，汉族，中共党员，大学学历\n司马兰：女，1975年9月出生，汉族，中共党员，研究生学历\n上官云：女，1983年2月出生，汉族，群众，本科学历专业\n皇甫伟：男，1970年6月出生，汉族，中共党员，大专学历',
      ['欧阳峰', '司马兰', '上官云', '皇甫伟'],
    ],
    [
      'a register whose fields close at one column',
      '张建国，城关镇幸福村三组村民，现任村民小组组长职务\n李明华，城关镇幸福村五组村民，现任村民监督委员\n王秀英，城关镇和平村二组村民，现任村妇联主席职务\n赵德胜，城关镇和平村四组村民，现任村民调解委员',
      ['张建国', '李明华', '王秀英', '赵德胜'],
    ],
    [
      'a list of items marked 1）',
      '1）申请人张建国申请公开的征收补偿方案已于上月公布\n2）申请人李明华申请公开的会议记录不属于政府信息\n3）申请人王秀英申请公开的批复文件由上级机关制作\n4）其余申请事项本机关将另行书面答复各位申请人员',
      ['张建国', '李明华', '王秀英'],
    ],
    [
      'a list of items marked 1)',
      '1)申请人张建国申请公开的征收补偿方案已于上月公布了\n2)申请人李明华申请公开的会议记录不属于政府信息了\n3)申请人王秀英申请公开的批复文件由上级机关制作了\n4)其余申请事项本机关将另行书面答复各位申请人员了',
      ['张建国', '李明华', '王秀英'],
    ],
  ];
  it.each(registers)('%s keeps its lines', (_what, text, names) => {
    expect(pastedWraps(text)).toBeNull();
    for (const name of names) expect(found(text, 'person_name')).toContain(name);
  });

  const shortAfter: [string, string, string, string][] = [
    ['a heading after a full last line', fullBlock('经办人员为申请人王芳') + '\n明年工作安排\n同意公开。', '王芳', '明年工作安排'],
    ['a heading opening with a surname', fullBlock('当事人为村民李强') + '\n国庆期间值班安排', '李强', '国庆期间值班安排'],
    ['a table header row', fullBlock('现将名单公示如下') + '\n姓名　性别　出生年月　住址', '', '姓名　性别　出生年月　住址'],
  ];
  it.each(shortAfter)('%s is not glued to the paragraph', (_what, text, name, line) => {
    expect(text).toContain(`\n${line}`);
    expect(pastedWraps(text)?.text ?? text).toContain(`\n${line}`);
    if (name !== '') expect(found(text, 'person_name')).toContain(name);
  });

  it('a sentence ending on a short last line is still the paragraph’s', () => {
    const text = fullBlock('申请人柯明') + '\n远已签收。';
    expect(found(text, 'person_name')).toContain('柯明\n远');
  });

  const twoNumbers: [string, string, string, string][] = [
    ['a mobile then a landline whose digits pass Luhn', '申请人手机号码为', '1381234567187654321', 'mobile'],
    ['a resident ID then a building number', '申请人身份证号码为', '1101051980010110001', 'id_card'],
  ];
  it.each(twoNumbers)('%s are not glued', (_what, before, digits, type) => {
    const first = digits.slice(0, type === 'mobile' ? 11 : 18);
    const text = cutAt(before, digits, first.length, '为其单位值班电话及住户楼号，本机关已电话告知申请人补正材料并说明理由。', 40);
    expect(text).toContain(`${first}\n`);
    expect(found(text, type)).toEqual([first]);
    expect(found(text, 'bank_card')).toEqual([]);
  });

  it('a Latin word cut at a CRLF wrap is joined without its CR', () => {
    const text = fullBlock('申请人的电子邮箱为zhangsan', 30).replace(/\n/g, '\r\n') + '\r\nli@example.com，本机关已经按该邮箱送达告知书。';
    expect(text).toContain('zhangsan\r\nli@');
    expect(pastedWraps(text)?.text).toContain('zhangsanli@example.com');
    expect(found(text, 'email')).toEqual(['zhangsan\r\nli@example.com']);
  });

  it('a word space before a CRLF wrap is kept as one space', () => {
    const text = fullBlock('申请人的英文名为John ', 30).replace(/\n/g, '\r\n') + '\r\nSmith，本机关已经按该名称登记并送达告知书。';
    const joined = pastedWraps(text)?.text ?? '';
    expect(joined).toContain('John Smith');
    expect(joined).not.toContain('\r');
  });
});
