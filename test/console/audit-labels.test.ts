import fs from 'node:fs';
import path from 'node:path';
import { AUDIT_ACTION, actionLabel, actorLabel } from '../../console/src/pages/oversight/labels.js';

/*
 * Every audit action the hub appends has a Chinese name on the 审计 screen. The actions are read from the
 * code that appends them: literal action strings, and the few built from a template, expanded from the
 * literals that feed them (the account moves, the application and message steps, the wording toggles).
 */
const ROOTS = ['workflow', 'audit', 'jobs', 'server', 'store', 'channels'];

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sources(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

const text = (file: string) => fs.readFileSync(file, 'utf8');
const all = (re: RegExp, s: string) => [...s.matchAll(re)].map((m) => m[1]);

function emittedActions(): Set<string> {
  const actions = new Set<string>();
  for (const file of ROOTS.flatMap(sources)) {
    for (const line of text(file).split('\n')) {
      if (!/\baction\b|audited\(|_ACTION\s*=/.test(line)) continue;
      for (const a of all(/'([a-z_]{3,}(?:\.[a-z_]+)+)'/g, line)) if (!a.endsWith('.js') && !a.endsWith('.ts')) actions.add(a);
    }
  }
  const moves = /type Move = ([^;]+);/.exec(text('workflow/accountLifecycle.ts'))![1];
  for (const m of all(/'([a-z_]+)'/g, moves)) actions.add(`account.${m}`);
  for (const m of all(/\bstep\(deps, actor, id, '([a-z_]+)'/g, text('workflow/disclosure/applications.ts'))) actions.add(`application.${m}`);
  for (const m of all(/messageStep\(deps, actor, id, '([a-z_]+)'/g, text('workflow/disclosure/messages.ts'))) actions.add(`message.${m}`);
  for (const d of ['typo', 'outdated', 'roster']) for (const v of ['enable', 'disable']) actions.add(`wording.${d}.${v}`);
  return actions;
}

test('every action the hub audits has its own Chinese name', () => {
  const actions = emittedActions();
  // The scan must see the code: these are appended on the busiest paths.
  for (const known of ['content.approve', 'publication.published', 'account.suspend', 'application.reply', 'message.reply', 'audit.checkpoint']) expect(actions).toContain(known);
  const missing = [...actions].filter((a) => !(a in AUDIT_ACTION)).sort();
  expect(missing).toEqual([]);
  for (const name of Object.values(AUDIT_ACTION)) expect(name).toMatch(/^[\u4e00-\u9fff（），]+$/);
});

test('an action added later still reads as Chinese: its area, then 其他操作', () => {
  expect(actionLabel('content.something_new')).toBe('内容（其他操作）');
  expect(actionLabel('unknown.thing')).toBe('其他（其他操作）');
});

test('the hub’s own processes are named by what they do, not by their job name', () => {
  const code = ROOTS.flatMap(sources).map(text).join('\n');
  const jobs = new Set([...all(/systemActor\(([A-Z_]+|'[^']+')\)/g, code), ...all(/'(system:[a-z.-]+)'/g, code)]);
  expect(jobs.size).toBeGreaterThanOrEqual(5);
  const constants = Object.fromEntries(all(/export const ([A-Z_]+_JOB = '[^']+')/g, code).map((d) => d.split(" = '")).map(([k, v]) => [k, v.slice(0, -1)]));
  for (const job of jobs) {
    const name = job.startsWith('system:') ? job : `system:${job.startsWith("'") ? job.slice(1, -1) : constants[job]}`;
    expect([name, actorLabel(name)]).toEqual([name, expect.stringMatching(/^(系统（[\u4e00-\u9fff]+）|命令行)$/)]);
  }
  expect(actorLabel('zhangsan')).toBe('zhangsan');
});
