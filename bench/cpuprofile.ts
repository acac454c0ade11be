/**
 * Self time of a V8 CPU profile (`--cpu-prof`, inspector `Profiler.stop`) grouped by where the code lives: a
 * package under node_modules, Node's own internals, our top-level folders, GC, idle. `node --import tsx
 * bench/cpuprofile.ts file.cpuprofile…` prints the groups and the heaviest functions.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  startTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a function lives: `pg`, `pino`, `node:net`, `ours: channels`, `(garbage collector)` … */
export function moduleOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.startsWith('node:')) return url.replace(/^node:(internal\/)?/, 'node:').split('/').slice(0, 2).join('/');
  const ours = /\/(channels|jobs|workflow|store|audit|observe|server|test|bench|text|time|review|schema)\//.exec(url);
  return ours ? `ours: ${ours[1]}` : url;
}

/**
 * A time window in CLOCK_MONOTONIC microseconds (`process.hrtime.bigint() / 1000n` in any process of the machine:
 * V8 stamps its samples on the same clock), so that a worker's start-up stays out of the figures.
 */
export interface Window {
  fromUs: number;
  toUs: number;
}

/** Self milliseconds per module and per function (name and place), of the samples inside `window`. */
export function selfTimes(profile: Profile, window?: Window): { modules: Map<string, number>; functions: Map<string, number>; totalMs: number } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const modules = new Map<string, number>();
  const functions = new Map<string, number>();
  let totalMs = 0;
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (window && (at < window.fromUs || at > window.toUs)) return;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const frame = byId.get(id)!.callFrame;
    const mod = moduleOf(frame.url, frame.functionName);
    totalMs += ms;
    modules.set(mod, (modules.get(mod) ?? 0) + ms);
    const fn = `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(?=[a-z]+\/)/, '')}:${frame.lineNumber + 1}`;
    functions.set(fn, (functions.get(fn) ?? 0) + ms);
  });
  return { modules, functions, totalMs };
}

const top = (m: Map<string, number>, n: number): [string, number][] => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);

export function summarise(files: string[], window?: Window, topFunctions = 25): string {
  const modules = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const file of files) {
    const t = selfTimes(JSON.parse(fs.readFileSync(file, 'utf8')) as Profile, window);
    for (const [k, v] of t.modules) modules.set(k, (modules.get(k) ?? 0) + v);
    for (const [k, v] of t.functions) functions.set(k, (functions.get(k) ?? 0) + v);
  }
  const busy = [...modules].filter(([k]) => k !== '(idle)').reduce((s, [, v]) => s + v, 0);
  const line = ([k, v]: [string, number]): string => `${(v).toFixed(0).padStart(7)} ms ${((100 * v) / busy).toFixed(1).padStart(5)} %  ${k}`;
  return [`busy ${busy.toFixed(0)} ms (idle excluded)`, '-- by module', ...top(modules, 30).map(line), '-- by function', ...top(functions, topFunctions).map(line)].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) console.log(summarise(process.argv.slice(2)));
