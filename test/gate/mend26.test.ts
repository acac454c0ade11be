/**
 * The mends of integ4's review (stop 26): long lines read once, quotations bounded, public desks and business
 * premises no homes, own-house notes read without 住 or 家, numbers after a contact label kept mobiles, job slots
 * and staff at work no people.
 */
import { describe, expect, it } from '@jest/globals';
import type { Span } from '../../review/pii/email.js';
import { householdTableAddresses } from '../../review/pii/householdTables.js';
import { teachingAfter } from '../../review/pii/teachings.js';
import { detectPii } from '../../review/pii/index.js';
import { addresses, names } from './piiFinds.js';

const mobiles = (text: string): string[] => detectPii(text).filter((c) => c.type === 'mobile').map((c) => text.slice(c.start, c.end));

/** The fastest of a few runs: the least disturbed by other work on the machine. */
function fastest(run: () => void): number {
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const longLine = (chars: number): string => {
  const unit = '本项目产品名称为优质大米，规格 五公斤装，';
  return unit.repeat(Math.ceil(chars / unit.length));
};

describe('a household table\'s heading is looked for once a line', () => {
  it('reads a long single line in time growing with its length, not its square', () => {
    const small = longLine(10_000);
    const large = longLine(80_000);
    const out: Span[] = [];
    const smallTime = fastest(() => householdTableAddresses(small, out));
    const largeTime = fastest(() => householdTableAddresses(large, out));
    expect(out).toEqual([]);
    // Eight times the text: about eight times the work when linear, sixty-four when each 名称 splits the whole line.
    expect(largeTime / Math.max(smallTime, 0.05)).toBeLessThan(24);
  });

  it('still reads a household table under its heading', () => {
    const table = ['序号  种植户名称  家庭住址              面积', '1     王建国      青山镇石桥村三组12号  5', '2     青山农业有限公司  青山镇石桥村四组3号  8'].join('\n');
    expect(addresses(table)).toEqual(['青山镇石桥村三组12号']);
  });
});

describe('a quotation after a title is looked for within a saying\'s length', () => {
  it('reads an unclosed quotation in time independent of the text after it', () => {
    const short = `王建国同志“${'好'.repeat(1_000)}`;
    const long = `王建国同志“${'好'.repeat(1_000_000)}`;
    const calls = (text: string) => () => {
      for (let k = 0; k < 1_000; k++) teachingAfter(text, 3);
    };
    const shortTime = fastest(calls(short));
    const longTime = fastest(calls(long));
    expect(teachingAfter(long, 3)).toBe(false);
    // A thousand times the text after the mark: the same work when bounded, a thousandfold when read to the end.
    expect(longTime / Math.max(shortTime, 1)).toBeLessThan(10);
  });

  it('still reads a saying quoted in the frame', () => {
    const text = '陶行知先生“爱满天下”的教诲';
    expect(teachingAfter(text, 3)).toBe(true);
  });
});

describe('a public desk\'s or a move-in label is no home label', () => {
  it('finds no address after a body, a desk or 入住 holding a dwelling word', () => {
    for (const text of [
      '县住建局地址：青山县幸福路12号。',
      '户籍大厅地址：青山县幸福路12号。',
      '身份证办理点地址：青山县幸福路12号。',
      '居民服务站地址：青山县幸福路12号。',
      '户口迁移受理地址：青山县幸福路12号。',
      '集中入住地址：青山县幸福路12号。',
    ]) expect(addresses(text)).toEqual([]);
  });

  it('still reads a household\'s or an ID card\'s address label', () => {
    expect(addresses('申请人：王建国，户籍地址：青山县幸福路12号。')).toEqual(['青山县幸福路12号']);
    expect(addresses('申请人：王建国，身份证地址：青山县幸福路12号。')).toEqual(['青山县幸福路12号']);
  });
});

describe('a note of the own house is read without 住 or 家, and never on business premises', () => {
  it('finds the home noted 自有房屋 in a text holding neither 住 nor 家', () => {
    expect(addresses('商户名单：王某某，青山镇石桥村三组12号（自有房屋）。')).toEqual(['青山镇石桥村三组12号']);
  });

  it('finds no home at a business\'s or a body\'s premises', () => {
    expect(addresses('经营场所：青山镇石桥村三组12号（自有房屋），法定代表人住所另附。')).toEqual([]);
    expect(addresses('石桥村卫生室设在石桥村三组12号（自有住房）。')).toEqual([]);
  });
});

describe('a contact\'s, a user\'s or a member\'s number may be a mobile', () => {
  it('keeps the mobile after 联系编号, 会员编号 and 用户编号', () => {
    expect(mobiles('联系人：王某，联系编号：13912345678')).toEqual(['13912345678']);
    expect(mobiles('会员编号：13800138000（手机号）')).toEqual(['13800138000']);
    expect(mobiles('用户编号：13912345678，联系电话同号')).toEqual(['13912345678']);
  });

  it('keeps a phone word right after a certificate number a mobile', () => {
    expect(mobiles('档案编号：13912345678（手机）')).toEqual(['13912345678']);
  });

  it('still reads a certificate\'s number as no mobile', () => {
    expect(mobiles('执法证号：13912345678')).toEqual([]);
    expect(mobiles('证书编号：13912345678')).toEqual([]);
  });
});

describe('a job slot before a sex in brackets is no name', () => {
  it('finds no name in a list of posts', () => {
    expect(names('招聘岗位：营业员（女）、收银岗（女）')).toEqual([]);
    expect(names('岗位：清洁岗（女）')).toEqual([]);
  });
});

describe('a private hero held up without a quotation stays a person', () => {
  it('keeps the name before 同志的精神 and 老师的教诲', () => {
    expect(names('号召全县群众学习王建国同志的精神，弘扬正气。')).toEqual(['王建国']);
    expect(teachingAfter('王建国老师的教诲', 3)).toBe(false);
  });

  it('still reads a figure quoted for his teaching as no person', () => {
    expect(names('教师们要牢记陶行知先生“爱满天下”的教诲。')).toEqual([]);
  });
});

describe('staff starting work or taking over a round are staff, not appointees', () => {
  it('finds no person in staff at work', () => {
    expect(names('网格员王建国上岗巡查时发现该户漏水。')).toEqual([]);
    expect(names('检查员李明接替张强负责该片区检查。')).toEqual([]);
  });
});
