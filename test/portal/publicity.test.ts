import { eventually, type TestHub } from '../helpers/hub.js';
import { STAFF } from './staff.js';
import { actorNamed, approvedContent, release, withClock } from '../oversight/fixtures.js';
import { gqlData, hubWithUsers } from '../oversight/publishing.js';
import { beijingDate } from '../../time/beijing.js';
import { findContent } from '../../store/contents.js';
import { expirePublicity, publicityDue } from '../../workflow/publicity.js';

let t: TestHub;
let tok: Record<string, string>;

beforeAll(async () => {
  ({ t, tokens: tok } = await hubWithUsers([...STAFF]));
});
afterAll(async () => t.stop());

const DAY = 24 * 3600 * 1000;

test('公示期: category default and the item own date; at expiry the hub retracts with 公示期满, audited', async () => {
  expect((await t.gql('mutation{ setCategoryPublicityDays(code: "tzgg", days: 30) }', {}, tok.ed)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  expect((await t.gql('mutation{ setCategoryPublicityDays(code: "tzgg", days: 0) }', {}, tok.adm)).errors?.[0].message).toBe('公示期须为 1 到 3650 天');
  await gqlData(t, 'mutation{ setCategoryPublicityDays(code: "tzgg", days: 30) }', {}, tok.adm);

  const start = new Date();
  let now = start;
  const deps = withClock(t.hub.deps, () => now);
  const editor = await actorNamed(deps, 'ed');
  const reviewer = await actorNamed(deps, 'rev');
  const byDefault = await approvedContent(deps, editor, reviewer, { title: '关于拟推荐先进集体的公示', channels: ['PORTAL', 'APP'] });
  const ownDate = await approvedContent(deps, editor, reviewer, { title: '关于拟录用人员名单的公示', channels: ['PORTAL', 'APP'] });
  const lastDay = beijingDate(new Date(start.getTime() + 2 * DAY));
  await gqlData(t, 'mutation($id:ID!,$d:String!){ updateInfoIndex(contentId:$id, input:{ publicityUntil: $d }){ id } }', { id: ownDate, d: lastDay }, tok.ed);
  await release(deps, editor, byDefault);
  await release(deps, editor, ownDate);
  // The hub's own worker may take a delivery before the test's direct call does: wait for the pages.
  for (const id of [byDefault, ownDate]) await eventually(async () => (await fetch(`${t.url}/articles/${id}`)).status === 200);

  const deadline = await gqlData<{ content: { infoIndex: { publicityDeadline: string } } }>(t, 'query($id:ID!){ content(id:$id){ infoIndex { publicityDeadline } } }', { id: ownDate }, tok.ed);
  // The end of the last day, Beijing time.
  expect(deadline.content.infoIndex.publicityDeadline).toBe(new Date(`${beijingDate(new Date(start.getTime() + 3 * DAY))}T00:00:00+08:00`).toISOString());

  const due = await publicityDue(deps, editor);
  expect({ overdue: due.overdue.map((c) => c.id), soon: due.expiringSoon.map((c) => c.id) }).toEqual({ overdue: [], soon: [ownDate] });

  now = new Date(start.getTime() + DAY);
  expect((await expirePublicity(deps)).retracted).toEqual([]);

  now = new Date(start.getTime() + 3 * DAY + 1000);
  expect(await expirePublicity(deps)).toEqual({ retracted: [ownDate], failed: [] });
  expect(await findContent(deps.pool, ownDate)).toMatchObject({ status: 'RETRACTED', retractReason: '公示期满' });
  // Cached pages are dropped when the database notifies the retraction: moments later, not within the call.
  const gone = await eventually(async () => {
    const res = await fetch(`${t.url}/articles/${ownDate}`);
    return res.status === 410 ? res.text() : null;
  });
  expect(gone).toContain('该信息已撤回：公示期满');
  const feed = (await (await fetch(`${t.url}/feed.json`)).json()) as { items: { id: string }[] };
  expect(feed.items.map((i) => i.id)).toEqual([byDefault]);
  const trail = await gqlData<{ auditEvents: { edges: { node: { action: string; actor: string; details: { reason?: string } } }[] } }>(t, 'query($id:ID!){ auditEvents(targetId:$id, first: 50){ edges { node { action actor details } } } }', { id: ownDate }, tok.adm);
  expect(trail.auditEvents.edges.map((e) => e.node).filter((n) => n.action === 'content.retract')).toEqual([{ action: 'content.retract', actor: 'system:publicity', details: expect.objectContaining({ reason: '公示期满' }) }]);

  now = new Date(start.getTime() + 25 * DAY);
  expect((await publicityDue(deps, editor)).expiringSoon.map((c) => c.id)).toEqual([byDefault]);
  now = new Date(start.getTime() + 30 * DAY + 60_000);
  expect((await publicityDue(deps, editor)).overdue.map((c) => c.id)).toEqual([byDefault]);
  expect((await expirePublicity(deps)).retracted).toEqual([byDefault]);
  await eventually(async () => (await fetch(`${t.url}/articles/${byDefault}`)).status === 410);
});
