import { ConfigError, type Config } from './config.js';
import { SYSTEM, type Actor } from '../workflow/actor.js';
import { createContent, submitContent } from '../workflow/content.js';
import type { Deps } from '../workflow/deps.js';
import { publishContent } from '../workflow/publish.js';
import { reviewContent } from '../workflow/review.js';
import { saveTranslation, type TranslationInput } from '../workflow/translations.js';
import { actorByUsername, createUser } from '../workflow/users.js';

export interface DemoUser {
  username: string;
  password: string;
  role: string;
}

export const DEMO_USERS: DemoUser[] = [
  { username: 'admin', password: 'tongfa-admin', role: 'admin' },
  { username: 'editor', password: 'tongfa-editor', role: 'editor' },
  { username: 'reviewer', password: 'tongfa-reviewer', role: 'reviewer' },
  { username: 'reviewer2', password: 'tongfa-reviewer2', role: 'reviewer' },
  { username: 'channeladmin', password: 'tongfa-channel', role: 'channel_admin' },
  { username: 'overseer', password: 'tongfa-overseer', role: 'overseer' },
];

const DEMO_ITEMS: { title: string; categoryCode: string; body: string; mongolian?: TranslationInput }[] = [
  {
    title: '关于2026年冬季供暖补贴发放工作的通知',
    categoryCode: 'tzgg',
    // The Mongolian portal's demo item (/mn/): synthetic sentences about the city's heating.
    mongolian: {
      title: '2026 ᠣᠨ\u202Fᠤ ᠦᠪᠦᠯ\u202Fᠦᠨ ᠳᠤᠯᠠᠭᠠᠨ\u202Fᠤ ᠲᠡᠳᠭᠦᠯᠭᠡ\u202Fᠶᠢᠨ ᠮᠡᠳᠡᠭᠳᠡᠯ',
      body: 'ᠬᠣᠲᠠ\u202Fᠶᠢᠨ ᠳᠤᠯᠠᠭᠠᠨ\u202Fᠤ ᠠᠵᠢᠯ 11 ᠰᠠᠷ\u180Eᠠ\u202Fᠳᠤ ᠡᠬᠢᠯᠡᠪᠡ᠃\nᠢᠷᠭᠡᠨ ᠪᠦᠷᠢ\u202Fᠶᠢᠨ ᠭᠡᠷ\u202Fᠲᠦ ᠳᠤᠯᠠᠭᠠᠨ ᠬᠦᠷᠭᠡᠭᠳᠡᠨᠡ᠃',
    },
    body: '<p>各街道办事处、各有关单位：</p><p>为做好2026年冬季供暖补贴发放工作，现将有关事项通知如下。补贴对象为辖区内符合条件的城乡低保家庭，补贴标准为每户每月200元。</p><p>咨询电话：0471-1234567。</p>',
  },
  {
    title: '行政处罚决定书（呼市监罚〔2026〕15号）',
    categoryCode: 'xzcf',
    body: '<p>当事人：王建国，身份证号码：150102198001011236，联系电话：13812345678。</p><p>经查，当事人于2026年9月在未取得许可的情况下从事食品经营活动，违反了《中华人民共和国食品安全法》第三十五条。依法决定：没收违法所得并处罚款5000元。</p>',
  },
  {
    title: '区人民政府2026年第三季度工作动态',
    categoryCode: 'gzdt',
    body: '<p>第三季度，区人民政府围绕优化营商环境、保障和改善民生开展了一系列工作。</p><ul><li>新增城镇就业岗位1200个</li><li>完成老旧小区改造15个</li></ul>',
  },
];

/** Demo users have published passwords: a production hub must never have them. */
export function assertDemoAllowed(config: Config): void {
  if (config.production) throw new ConfigError('NODE_ENV=production 时不能载入演示数据（演示用户的密码是公开的）；请用 `tongfa user create` 创建用户');
}

/**
 * Seeds a fresh database with demo users and published items, through the same workflow the API uses
 * (the gate runs, approvals are recorded, the jobs deliver). Does nothing when users already exist.
 */
export async function seedDemo(deps: Deps<Config>): Promise<boolean> {
  assertDemoAllowed(deps.config);
  if (await actorByUsername(deps.pool, 'admin')) return false;
  for (const user of DEMO_USERS) await createUser(deps.pool, SYSTEM, { ...user, displayName: user.username, email: `${user.username}@demo.tongfa.local` });
  const actor = async (username: string): Promise<Actor> => (await actorByUsername(deps.pool, username))!;
  const editor = await actor('editor');
  const reviewer = await actor('reviewer');
  for (const { mongolian, ...item } of DEMO_ITEMS) {
    const content = await createContent(deps, editor, { ...item, channels: ['PORTAL', 'APP'] });
    await submitContent(deps, editor, content.id);
    // Reviewed with the item: the approval below approves it too.
    if (mongolian) await saveTranslation(deps, editor, content.id, mongolian);
    await reviewContent(deps, reviewer, content.id, { decision: 'APPROVE', comment: '演示数据' });
    await publishContent(deps, editor, content.id);
  }
  return true;
}
