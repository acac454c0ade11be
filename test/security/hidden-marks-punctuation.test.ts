/**
 * Issue #9 "Hidden marks", hole (c): clause punctuation between the two characters of a classification level
 * (`机、密★`, `机（密）★`). Spaces, dots and slashes were already seen through; the enumeration comma and
 * brackets are clause breaks, so terms do not run across them — except a level, which is two characters
 * that nobody separates in prose *and* then follows with ★ or sets on a line of its own. Ordinary text
 * (`有机、密封件`, `机、电设备`) must stay clean: the corpora are scanned for new findings below.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { scanText } from '../../review/gate.js';

const CLASS = 'classification_mark';
const marks = (text: string): string[] => scanText(text).findings.filter((f) => f.kind === 'confidentiality').map((f) => `${f.type}:${f.text}`);

describe('a level split by clause punctuation', () => {
  test.each([
    ['enumeration comma', '机、密★', '机、密★'],
    ['enumeration comma and term', '绝、密★十年', '绝、密★十年'],
    ['full-width comma', '秘，密★1年', '秘，密★1年'],
    ['half-width ideographic comma', '机､密★', '机､密★'],
    ['round brackets', '机（密）★', '机（密）★'],
    ['lenticular brackets', '机【密】★5年', '机【密】★5年'],
    ['closing then opening bracket', '（机）（密）★', '机）（密）★'],
    ['quotation marks inside', '机“密”★', '机“密”★'],
    ['comma and invisible filler', '机、\u3164密★', '机、\u3164密★'],
  ])('%s: %s blocks', (_name, form, found) => {
    expect(marks(`${form}\n关于做好冬季供暖保障工作的通知`)).toEqual([`${CLASS}:${found}`]);
    // Not only in the header: a strong form anywhere.
    expect(marks(`关于做好冬季供暖保障工作的通知\n现将有关事项通知如下。\n${form}`)).toEqual([`${CLASS}:${found}`]);
  });

  test('a split level on a line of its own, and after 密级, is a mark', () => {
    expect(marks('机、密\n关于做好冬季供暖保障工作的通知')).toEqual([`${CLASS}:机、密`]);
    expect(marks('密级：绝、密\n关于做好冬季供暖保障工作的通知')).toEqual([`${CLASS}:绝、密`]);
  });

  test.each([
    '有机、密封件和紧固件由供货商负责更换。',
    '采购机、电设备一批，详见附件。',
    '农机、密植技术推广，秘、密云两县参加。',
    '绝、对不能放松，机，密切配合。',
    '推广有机（密闭）发酵技术。',
    '本款所称“秘密”，是指国家秘密。',
    '绝密、机密、秘密三个等级的文件按规定管理。',
  ])('prose passes: %s', (text) => {
    expect(marks(text)).toEqual([]);
    expect(marks(`${text}\n关于做好冬季供暖保障工作的通知`)).toEqual([]);
  });
});

/** Every text of the labelled corpora under test/gate/corpus: none may gain a split-level finding. */
function corpusTexts(): string[] {
  const dir = new URL('../gate/corpus/', import.meta.url);
  const files = [
    ...readdirSync(dir).filter((f) => f.endsWith('.jsonl')).map((f) => new URL(f, dir)),
    ...readdirSync(new URL('realistic/', dir)).filter((f) => f.endsWith('.jsonl')).map((f) => new URL(`realistic/${f}`, dir)),
  ];
  return files.flatMap((file) => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => (JSON.parse(l) as { text: string }).text));
}

test('no false positive on the corpora: no finding spans clause punctuation inside a level', () => {
  const texts = corpusTexts();
  expect(texts.length).toBeGreaterThan(400);
  const split = /^[★☆*]?[机绝秘][\s\S]*[、，,（）【】“”]/;
  const found = texts.flatMap((t) => marks(t)).filter((m) => split.test(m.slice(CLASS.length + 1)));
  expect(found).toEqual([]);
});

/**
 * Fresh attack pass: characters that are neither Default_Ignorable nor punctuation, yet draw nothing, so
 * `机<blank>密★` shows as 机 密★. Format controls outside the BMP (Egyptian hieroglyph joiners U+13430–1343F,
 * Kaithi U+110BD) draw nothing in ordinary fonts; the Braille blank, the ideographic half fill space and the
 * musical null notehead are blank glyphs.
 */
describe('characters that draw nothing, between the characters of a mark', () => {
  test.each([
    ['Braille pattern blank U+2800', '机\u2800密★'],
    ['ideographic half fill space U+303F', '机\u303F密★'],
    ['musical symbol null notehead U+1D159', '机\u{1D159}密★'],
    ['Egyptian hieroglyph vertical joiner U+13430', '机\u{13430}密★'],
    ['Egyptian hieroglyph format control U+1343F', '机\u{1343F}密★'],
    ['Kaithi number sign U+110BD', '机\u{110BD}密★'],
  ])('%s', (_name, form) => {
    expect(marks(`${form}\n关于做好冬季供暖保障工作的通知`)).toEqual([`${CLASS}:${form}`]);
  });

  test('Braille text itself is not read as a separator of anything else', () => {
    expect(marks('⠃⠗⠁⠊⠇⠇⠑ 盲文版\n关于做好冬季供暖保障工作的通知')).toEqual([]);
  });
});
