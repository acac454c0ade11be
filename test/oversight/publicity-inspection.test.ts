import type { Actor } from '../../workflow/actor.js';
import { createContent, submitContent } from '../../workflow/content.js';
import type { Deps } from '../../workflow/deps.js';
import { updateInfoIndex } from '../../workflow/infoIndex.js';
import { inspect, inspectionDigest, DEFAULT_INSPECTION_SETTINGS, type Finding } from '../../workflow/inspection.js';
import { expirePublicity, updateCategoryPublicityDays } from '../../workflow/publicity.js';
import { reviewContent } from '../../workflow/review.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';
import { STAFF } from '../portal/staff.js';
import { actorNamed, approvedContent, release, withClock } from './fixtures.js';

/** Beijing wall-clock time → instant. */
const bj = (local: string): Date => new Date(`${local}+08:00`);

let t: TestHub;
let d: Deps;
let now = bj('2026-06-01T10:00:00');
let editor: Actor;
let reviewer: Actor;
let admin: Actor;

beforeAll(async () => {
  t = await startTestHub({ worker: false });
  await t.users([...STAFF]);
  d = withClock(t.hub.deps, () => now);
  [editor, reviewer, admin] = await Promise.all(['ed', 'rev', 'adm'].map((u) => actorNamed(d, u)));
});
afterAll(async () => t.stop());

/** The 公示期 findings with the clock at `at`, as rule → target ids. */
async function publicityAt(at: string): Promise<Finding[]> {
  now = bj(at);
  return (await inspect(d, { ...DEFAULT_INSPECTION_SETTINGS })).filter((f) => f.rule.startsWith('publicity_'));
}
const ids = (findings: Finding[], rule: string): string[] => findings.filter((f) => f.rule === rule).map((f) => f.targetId).sort();

test('公示期 in the inspection: items past their period still up (warn) and items ending within 7 days (info)', async () => {
  await updateCategoryPublicityDays(d, admin, 'tzgg', 30);
  now = bj('2026-06-01T10:00:00');
  const byDefault = await approvedContent(d, editor, reviewer, { title: '关于拟推荐先进集体的公示' });
  // Its own 公示截止日期 is part of what the reviewer approves: set while it is a draft.
  const draft = await createContent(d, editor, { title: '关于拟录用人员名单的公示', body: '<p>现将拟录用人员名单予以公示。</p>', categoryCode: 'tzgg', channels: ['PORTAL'] });
  await updateInfoIndex(d, editor, draft.id, { publicityUntil: '2026-06-05' });
  await submitContent(d, editor, draft.id);
  await reviewContent(d, reviewer, draft.id, { decision: 'APPROVE' });
  const ownDate = draft.id;
  // A category without a default period and no date of its own: never listed, however old.
  const noPeriod = await approvedContent(d, editor, reviewer, { title: '全区冬季供暖工作推进会召开', categoryCode: 'gzdt' });
  for (const id of [byDefault, ownDate, noPeriod]) await release(d, editor, id);

  // Same day: the own date is 5 days away, the default 30.
  let found = await publicityAt('2026-06-01T12:00:00');
  expect(found.map((f) => [f.rule, f.targetId])).toEqual([['publicity_expiring', ownDate]]);
  expect(found[0]).toMatchObject({ severity: 'info', unitCode: 'bynr', targetType: 'content', details: { lastDay: '2026-06-05' } });
  expect(found[0].message).toBe('「关于拟录用人员名单的公示」公示期至 2026-06-05，5 天内届满，届满后将自动从各渠道撤回');

  // The last day itself is still inside the period; the next morning it is over and the page still up.
  expect(ids(await publicityAt('2026-06-05T23:59:00'), 'publicity_overdue')).toEqual([]);
  found = await publicityAt('2026-06-06T09:00:00');
  expect(ids(found, 'publicity_overdue')).toEqual([ownDate]);
  expect(ids(found, 'publicity_expiring')).toEqual([]);
  const overdue = found.find((f) => f.rule === 'publicity_overdue')!;
  expect(overdue.severity).toBe('warn');
  expect(overdue.message).toBe('「关于拟录用人员名单的公示」公示期已于 2026-06-05 届满，已超 1 天仍在发布，应以「公示期满」撤回（请检查自动撤回任务）');

  // Seven days before the category default runs out (30 days from 06-01 10:00), it joins the list.
  expect(ids(await publicityAt('2026-06-24T09:00:00'), 'publicity_expiring')).toEqual([]);
  found = await publicityAt('2026-06-24T11:00:00');
  expect({ soon: ids(found, 'publicity_expiring'), overdue: ids(found, 'publicity_overdue') }).toEqual({ soon: [byDefault], overdue: [ownDate] });
  const digest = inspectionDigest({ id: 'r1', runAt: now, trigger: 'schedule', requestedBy: 'system:inspection' }, found);
  expect(digest.text).toContain('公示期满仍在发布（1）');
  expect(digest.text).toContain('公示期即将届满（1）');

  // Once the expiry job has run, nothing past its period is left to report.
  expect((await expirePublicity(d)).retracted).toEqual([ownDate]);
  found = await publicityAt('2026-07-01T10:01:00');
  expect({ soon: ids(found, 'publicity_expiring'), overdue: ids(found, 'publicity_overdue') }).toEqual({ soon: [], overdue: [byDefault] });
  expect((await expirePublicity(d)).retracted).toEqual([byDefault]);
  expect(await publicityAt('2026-07-02T10:00:00')).toEqual([]);
});
