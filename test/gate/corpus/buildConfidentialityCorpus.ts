/**
 * Builds test/gate/corpus/confidentiality.jsonl, the labelled corpus behind confidentialityCorpus.test.ts.
 *
 *   node --import tsx test/gate/corpus/buildConfidentialityCorpus.ts > test/gate/corpus/confidentiality.jsonl
 *
 * Nothing is imported from review/: every label is a span this script inserted as a mark, with its
 * offsets computed while the text is assembled, never something the scanner reported. The output is
 * deterministic and committed, so the tests do not depend on this script at run time.
 *
 * Line format: {"id", "text", "marks": [{"type", "start", "end", "text"}], "disclosure": string|null}
 * `marks` lists every mark in `text` (anything else reported is a false positive); `start`/`end` are
 * string indices and `text` is `text.slice(start, end)`, kept for reading. `disclosure` is the
 * declaration the document makes of itself (public | proactive | on_request) or null.
 *
 * Documents are assembled GB/T 9704-style: header lines (份号, 密级, 紧急程度), a title, body paragraphs
 * and a closing (disclosure attribute, handling marks, signature). The body paragraphs are where the
 * decoys live: prose about secrecy and disclosure (保密审查机制, 保守国家秘密法, 商业秘密, 不予公开,
 * 主动公开, 注意保密 inside a sentence, the levels quoted or enumerated) that must not be reported.
 */

type MarkType = 'classification_mark' | 'internal_mark' | 'not_public_mark';
type Disclosure = 'public' | 'proactive' | 'on_request';

interface Mark {
  type: MarkType;
  text: string;
}
/** A piece of a document: plain text, a mark, or a disclosure declaration (which is text plus an attribute). */
type Part = string | Mark | { disclosure: Disclosure; text: string };

interface Record {
  id: string;
  text: string;
  marks: { type: MarkType; start: number; end: number; text: string }[];
  disclosure: Disclosure | null;
}

const C = (text: string): Mark => ({ type: 'classification_mark', text });
const I = (text: string): Mark => ({ type: 'internal_mark', text });
const N = (text: string): Mark => ({ type: 'not_public_mark', text });
const D = (disclosure: Disclosure, text: string): Part => ({ disclosure, text });

function assemble(id: string, parts: readonly Part[]): Record {
  let text = '';
  const marks: Record['marks'] = [];
  let disclosure: Disclosure | null = null;
  for (const p of parts) {
    if (typeof p === 'string') {
      text += p;
    } else if ('type' in p) {
      marks.push({ type: p.type, start: text.length, end: text.length + p.text.length, text: p.text });
      text += p.text;
    } else {
      if (disclosure === null) disclosure = p.disclosure;
      text += p.text;
    }
  }
  return { id, text, marks, disclosure };
}

// ---- document pieces ------------------------------------------------------------------------------

const HEADERS: Part[][] = [
  ['000123\n', C('机密★5年'), '\n特急\n'],
  [C('秘密★1年'), '\n'],
  [C('绝密★长期'), '\n'],
  [C('機密★10年'), '\n'],
  [C('絕密'), '\n'],
  [C('秘 密 ★ 6 个 月'), '\n'],
  ['000087　', C('机密'), '　特急\n'],
  ['密级：', C('秘密'), '\n'],
  ['【', C('机密'), '】\n'],
  [I('内部资料'), '\n'],
  [I('內部文件'), '\n'],
  [I('内部资料'), '　　2024年第3期\n'],
  [I('仅供内部使用'), '\n'],
  ['（', I('内部传阅'), '）\n'],
  [C('机　密'), '★', '\n'],
  [],
  [],
  ['000456\n特急\n'],
  ['XX市人民政府办公室文件\n'],
  [],
  ['明传电报\n'],
];
// The ★ after "机　密" in the header above is part of the mark; merge it so the label covers it.
HEADERS[14] = [C('机　密★'), '\n'];

const TITLES = [
  '关于加强机密文件管理工作的通知\n',
  '关于做好2024年度政府信息公开工作的通知\n',
  '关于印发《内部资料性出版物管理办法》实施细则的通知\n',
  '关于开展保密自查自评工作的通知\n',
  '关于召开全市安全生产工作会议的通知\n',
  '关于调整部分行政事业性收费标准的公告\n',
  '关于秘密载体管理情况的通报\n',
];

const PROSE = [
  '各县区人民政府，市直各部门：\n为进一步规范政府信息公开工作，建立健全保密审查机制，严格执行《中华人民共和国保守国家秘密法》，现将有关事项通知如下。\n',
  '一、涉及国家秘密、商业秘密、个人隐私的政府信息，除依法需要保密的外，应当予以公开。\n',
  '二、各单位要做到保密不上网，上网不保密，涉密信息一律不得上网。\n',
  '三、工作人员要注意保密，不得随意谈论工作中知悉的内部事项。\n',
  '四、对决定不予公开的政府信息，应当告知申请人并说明理由；对不公开的部分，应当区分处理。\n',
  '五、国家秘密的密级分为绝密、机密、秘密三级，标注“秘密★1年”等字样的文件严禁上网。\n',
  '六、各级行政机关应当主动公开政府信息，依申请公开工作按照有关规定办理。\n',
  '七、加强内部交流，清理内部文件，规范内部资料性出版物管理。\n',
  '本次会议还通报了一起秘密会议被偷拍的案例，要求引以为戒。\n',
  '联系人：办公室，联系电话：0471-1234567。\n',
  '信息公开的方式分为：主动公开、依申请公开、不予公开。\n',
  '考试试题、答案在启用前属于国家秘密，考务人员不得外传。\n',
  '有机、密切配合，确保各项工作落到实处。\n',
  '定密责任人应当按照“绝密★长期”“机密★20年”等格式标注。\n',
];

const BODY_WITH_MARKS: Part[][] = [
  ['以上情况，', I('本资料仅供内部参考'), '。\n'],
  ['会议材料（', C('秘密'), '）已于会后全部收回。\n'],
  ['附件：工作方案（', I('仅供内部使用'), '）\n'],
  ['会上传达了上级文件（', I('内部明电'), '）精神。\n'],
];

const CLOSINGS: Part[][] = [
  [D('public', '（此件公开发布）'), '\n'],
  ['（', N('此件不公开'), '）\n'],
  [D('proactive', '此件主动公开。'), '\n'],
  [D('on_request', '（此件依申请公开）'), '\n'],
  [D('proactive', '公开方式：主动公开'), '\n'],
  ['公开属性：', N('不予公开'), '\n'],
  [I('内部资料'), '，注意保存，', I('不得外传'), '\n'],
  ['请', I('注意保密'), '\n'],
  ['（', N('此件不對外公開'), '）\n'],
  [I('请勿上网'), '\n'],
  [],
  ['XX市人民政府\n2024年3月1日\n'],
  [D('public', '（此件公開發布）'), '\n'],
  [N('不公开'), '\n'],
];

// ---- hand-written records: near misses and forms the templates do not produce ----------------------

const HAND: Part[][] = [
  ['各单位要建立健全保密审查机制。'],
  ['严格执行《中华人民共和国保守国家秘密法》和《中华人民共和国政府信息公开条例》。'],
  ['行政机关不得公开涉及商业秘密、个人隐私的政府信息。'],
  ['这是一个关于秘密的故事。'],
  ['国家秘密分为：\n绝密、机密、秘密\n三个等级。'],
  ['国家秘密的密级分为（绝密、机密、秘密）三级。'],
  ["文件首页应标注'机密★5年'。"],
  ['经审查，你申请的信息属于内部事务信息，根据条例第十六条，决定不予公开。'],
  ['依申请公开工作办理流程图'],
  ['主动公开目录'],
  ['“内部资料”是指仅在本系统内部传阅的材料。'],
  ['进一步加强内部交流与合作，提升工作效率。'],
  ['考试试题在开考前不得外传。'],
  ['清理内部文件，规范管理流程。'],
  ['保密工作要做到保密不上网，上网不保密。'],
  ['会议强调，要严守秘密，注意保密，确保万无一失。'],
  ['秘密会议的内容被泄露。'],
  ['某某工作动态（', I('内部资料'), '）第12期\n本期要目'],
  [C('秘\u200b密★1年'), '\n关于某事项的请示'],
  [C('機·密'), '\n正文内容'],
  ['标题\n', '密级：', C('机密'), '\n正文'],
  ['《工作简报》【', C('机密'), '】第3期，主要内容如下。'],
  ['[', C('绝密'), '] 应急处置方案'],
  ['正文第一段。\n正文第二段提到', C('机密★'), '的文件已移交。'],
  [C('机密☆5年'), '\n正文'],
  [C('秘密★一年'), '\n正文'],
  [C('机密★6个月'), '\n正文'],
  ['正文。', N('此件不予公开'), '。'],
  ['（', N('本件不公开'), '）'],
  [I('此件仅供内部使用'), '，', I('不得外传'), '。'],
  [I('內部資料'), '\n工作簡報'],
  [I('内 部 资 料'), '\n正文'],
  ['会议纪要正文。\n', I('注意保密')],
  [I('不得外传'), '\n正文'],
  ['正文\n', D('on_request', '（此件依申请公开）')],
  ['正文\n', D('proactive', '（主动公开）')],
  [D('public', '（此件公开发布）'), '\n', D('proactive', '（此件主动公开）')],
  ['000321　', C('秘密'), '　加急\n关于某事项的报告'],
  ['某某情况通报\n\n', C('秘密'), '\n\n正文。'],
  ['会议纪要（', C('秘密'), '）\n正文'],
  ['关于印发《保守秘密规定》的通知\n正文'],
  ['他们在那里召开了一次秘密会议。'],
  ['全文共三页（此件共三页）。'],
  ['此件已于会后收回，请各单位核对。'],
  ['', D('public', '此件公开发布'), '\n'],
  ['请各单位于3月1日前报送，', I('此件请勿上网'), '。'],
  ['附件（', N('不予公开'), '）'],
];

// ---- assembly ---------------------------------------------------------------------------------------

const records: Record[] = [];
for (let i = 0; i < 126; i++) {
  const parts: Part[] = [];
  parts.push(...HEADERS[i % HEADERS.length]);
  parts.push(TITLES[(i * 3) % TITLES.length]);
  for (let k = 0; k < 3; k++) parts.push(PROSE[(i * 5 + k * 7) % PROSE.length]);
  if (i % 4 === 1) parts.push(...BODY_WITH_MARKS[(i >> 2) % BODY_WITH_MARKS.length]);
  parts.push(PROSE[(i * 11 + 3) % PROSE.length]);
  parts.push(...CLOSINGS[(i * 5) % CLOSINGS.length]);
  records.push(assemble(`doc-${i + 1}`, parts));
}
HAND.forEach((parts, i) => records.push(assemble(`hand-${i + 1}`, parts)));

for (const r of records) {
  for (const m of r.marks) {
    if (r.text.slice(m.start, m.end) !== m.text) throw new Error(`bad offsets in ${r.id}`);
  }
  process.stdout.write(`${JSON.stringify(r)}\n`);
}
