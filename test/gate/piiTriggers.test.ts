/**
 * detectPii runs a detector only when the text holds a character it needs (a digit, @, a plate's
 * province, a colon for a salutation); these texts carry only the rarest form of each such character, so a
 * class table that missed one would silently drop the finding.
 */
import { describe, expect, it } from '@jest/globals';
import { detectPii } from '../../review/pii/index.js';

function found(text: string): string[] {
  return detectPii(text).map((c) => `${c.type}:${text.slice(c.start, c.end)}${c.role ? `@${c.role}` : ''}`);
}

describe('detectors skipped by character class still see their rare triggers', () => {
  it('a plate whose province is written in traditional script (滬 folds to 沪)', () => {
    expect(found('驾驶滬A35821号车辆')).toEqual(['plate:滬A35821']);
  });

  it('a mobile number in Mongolian digits only', () => {
    expect(found('联系电话：᠑᠓᠘᠑᠒᠓᠔᠕᠖᠗᠘')).toEqual(['mobile:᠑᠓᠘᠑᠒᠓᠔᠕᠖᠗᠘']);
  });

  it('a salutation closed by an ASCII colon', () => {
    expect(found('王建国:\n您好')).toEqual(['person_name:王建国']);
  });

  it('the longest role label ending in the same two characters (复议申请人, 失信被执行人)', () => {
    expect(found('复议申请人：王建国，失信被执行人：李秀英。')).toEqual(['person_name:王建国@复议申请人', 'person_name:李秀英@失信被执行人']);
  });

  it('an email in a text with no digit', () => {
    expect(found('申请人乔树梅（邮箱 qiao.shumei@example.com）')).toEqual(['person_name:乔树梅@申请人', 'email:qiao.shumei@example.com']);
  });

  // Address labels, resident words, table headings and courtesy titles are looked for only when the text
  // holds one of their characters; each text below holds only the rarest such character of its word.
  it('an address label whose only trigger is 口 (户口所在地) or 老 (老家在), also in traditional script', () => {
    expect(found('户口所在地：临河区新华镇光明村三组')).toEqual(['address:临河区新华镇光明村三组']);
    expect(found('戶口所在地：臨河區新華鎮光明村三組')).toEqual(['address:臨河區新華鎮光明村三組']);
    expect(found('他老家在临河区新华镇光明村三组。')).toEqual(['address:临河区新华镇光明村三组']);
  });

  it('a role label whose last character is the text\'s only role ending (户主)', () => {
    expect(found('户主：王建国')).toEqual(['person_name:王建国@户主']);
  });

  it('a table whose only address heading is 坐落', () => {
    expect(found('序号\t户主\t坐落\n1\t张建国\t临河区新华镇光明村三组\n')).toEqual(['person_name:张建国@户主', 'address:临河区新华镇光明村三组']);
  });

  it('a table whose cells are parted only by full-width bars or ideographic spaces', () => {
    expect(found('序号｜户主｜坐落\n1｜张建国｜临河区新华镇光明村三组\n')).toEqual(['person_name:张建国@户主', 'address:临河区新华镇光明村三组']);
    expect(found('序号\u3000户主\u3000坐落\n1\u3000张建国\u3000临河区新华镇光明村三组')).toEqual(['person_name:张建国@户主', 'address:临河区新华镇光明村三组']);
  });

  it('a residence ending in …屯人 and a name before 女士', () => {
    expect(found('反映人是临河区新华镇光明村屯人。')).toEqual(['address:临河区新华镇光明村屯']);
    expect(found('请王建华女士于本周五前来办理。')).toEqual(['person_name:王建华']);
  });

  it('a residence whose only resident word is 村 before 人, or 住户 (no 民 in the text)', () => {
    expect(found('我是臨河區新華鎮光明村人。')).toEqual(['address:臨河區新華鎮光明村']);
    expect(found('他是临河区新华镇光明村二组住户。')).toEqual(['address:临河区新华镇光明村二组']);
  });
  // Moves, visits, record lines and bounds are read only when a character of their words occurs (moves.ts,
  // records.ts, bounds.ts); each text holds one such character, some only in traditional script.
  it('a visit whose only verb character is 访 (訪 in traditional script)', () => {
    expect(found('工作人员走访临河区新华镇光明村五组32号，送去慰问品。')).toEqual(['address:临河区新华镇光明村五组32号']);
    expect(found('工作人員走訪臨河區新華鎮光明村五組32號，送去慰問品。')).toEqual(['address:臨河區新華鎮光明村五組32號']);
  });

  it('a move whose only verb character is 遷 (迁)', () => {
    expect(found('該戶已遷至臨河區新華鎮光明村牧民定居點130號居住。')).toEqual(['address:臨河區新華鎮光明村牧民定居點130號']);
  });

  it('a record line opened by its sex, and a bound naming a neighbour', () => {
    expect(found('申请人之一，女，汉族，光明村三组。')).toEqual(['address:光明村三组']);
    expect(found('四至：东至滕振华家承包地，西至村道。')).toEqual(['person_name:滕振华']);
  });
  // Bracketed homes, house sites and enumerated homes run only when a character of their words occurs (homes.ts,
  // sites.ts, enumerated.ts); each text holds the rarest one, an ASCII bracket, or its traditional form.
  it('a home in an ASCII bracket after 生活, and in a full-width one in traditional script', () => {
    expect(found('该户现在县城生活(临河区新华镇光明村三组55号)。')).toEqual(['address:临河区新华镇光明村三组55号']);
    expect(found('該戶現在縣城生活（臨河區新華鎮光明村三組55號）。')).toEqual(['address:臨河區新華鎮光明村三組55號']);
  });

  it('a house site labelled 建房位置, and 拟建地点 in traditional script (擬建地點)', () => {
    expect(found('建房位置：光明村三组55号')).toEqual(['address:光明村三组55号']);
    expect(found('擬建地點：何家壩村12號。')).toEqual(['address:何家壩村12號']);
  });

  it('homes enumerated after 依次是, and after 分別為 in traditional script', () => {
    expect(found('三户的家庭住址依次是：甲户，临河区新华镇光明村三组77号；乙户，临河区新华镇光明村五组48号。')).toEqual([
      'address:临河区新华镇光明村三组77号',
      'address:临河区新华镇光明村五组48号',
    ]);
    expect(found('三戶的家庭住址分別為：甲戶，臨河區新華鎮光明村三組77號；乙戶，臨河區新華鎮光明村五組48號。')).toEqual([
      'address:臨河區新華鎮光明村三組77號',
      'address:臨河區新華鎮光明村五組48號',
    ]);
  });
  it('a home after a name whose only dwelling character is 家 (的家在), also in traditional script, or 住', () => {
    expect(found('申请人王建国的家在临河区新华镇光明村三组55号。')).toEqual(['person_name:王建国@申请人', 'address:临河区新华镇光明村三组55号']);
    expect(found('申請人王建國的家在臨河區新華鎮光明村三組55號。')).toEqual(['person_name:王建國@申请人', 'address:臨河區新華鎮光明村三組55號']);
    expect(found('申请人梁欢欢住栖梧县新华镇光明村三组55号。')).toEqual(['person_name:梁欢欢@申请人', 'address:栖梧县新华镇光明村三组55号']);
  });
});
