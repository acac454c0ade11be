/** The bench's side of `bench/workerProbe.ts`: how to load it into a worker, ask it, and print its answer. */
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ProbeSummary } from './workerProbe.js';

export const probeArgs = (root: string): string[] => ['--import', 'tsx', '--import', pathToFileURL(path.join(root, 'bench/workerProbe.ts')).href];

/** `probe:start` opens every worker's window; `probe:stop` closes it and collects the summaries. */
export async function askProbes(children: ChildProcess[], message: 'probe:start' | 'probe:stop'): Promise<ProbeSummary[]> {
  if (message === 'probe:start') {
    for (const child of children) child.send(message);
    return [];
  }
  return Promise.all(children.map((child) => new Promise<ProbeSummary>((resolve) => {
    const onMessage = (reply: unknown): void => {
      const summary = (reply as { probe?: ProbeSummary } | null)?.probe;
      if (!summary) return;
      child.off('message', onMessage);
      resolve(summary);
    };
    child.on('message', onMessage);
    child.send(message);
  })));
}

export function probeReport(probes: ProbeSummary[]): string {
  // An event loop busy for longer than its CPU time was runnable without a core: the machine's CPU, not the pipeline.
  return probes.map((p) => `  worker ${p.pid}: event loop ${(p.elu * 100).toFixed(0)} % busy, CPU ${p.cpuMs.toFixed(0)} ms (${((100 * p.cpuMs) / Math.max(1, p.windowMs)).toFixed(0)} % of a core); `
    + `pool ${p.poolTotal.toFixed(1)} connections (${p.connectionsHeld.toFixed(1)} checked out), ${p.poolWaiting.toFixed(2)} callers queued on average, ${p.acquires} acquires `
    + `(${p.acquiresQueued} over 1 ms, ${(p.acquireMsTotal / Math.max(1, p.acquires)).toFixed(2)} ms mean); `
    + `jobs running ${p.running.toFixed(1)}, locked ${p.locked.toFixed(1)}, queued ${p.queued.toFixed(1)} (averages); `
    // Little's law: runs in flight on average × the window / runs = how long a run holds its slot (a platform's
    // latency sets it; a run that grows with more workers waits on something they share, CPU included).
    + `${p.runs} runs (${((1000 * p.runs) / Math.max(1, p.windowMs)).toFixed(1)}/s, each holding its slot ${p.runs ? ((p.running * p.windowMs) / p.runs).toFixed(0) : '–'} ms on average), claim to start p50 ${p.claimToRunP50} ms, p90 ${p.claimToRunP90} ms, max ${p.claimToRunMax} ms; `
    + `${p.claims.count} batched claims (${p.claims.empty} empty, ${p.claims.short} short), ${p.claims.got} of ${p.claims.asked} asked; `
    + `${p.claims.missed} empty claims were followed by claimable jobs (${p.claims.missedJobs} in all, oldest due ${(p.claims.missedLagMs / Math.max(1, p.claims.missed)).toFixed(0)} ms on average)`).join('\n');
}
