import os from 'node:os';
import { Piscina } from 'piscina';
import { gateDuration, gateFindings } from '../observe/metrics.js';
import type { StoredFinding } from '../store/contents.js';
import type { Verdict } from '../review/types.js';
import type { WordingRules } from '../review/wording/rules.js';
import { renderApproved, runGate, type Draft, type Rendered } from './gate.js';

/**
 * Inputs above this size (characters of title, summary and body) are scanned and rendered on a worker
 * thread: a megabyte article takes seconds of CPU, during which the event loop would answer no one.
 * Below it, the hop to a thread costs more than the work.
 */
export const OFFLOAD_CHARS = 100_000;

let pool: Piscina | null = null;

function workers(): Piscina {
  // One thread fewer than the cores (at least one): the event loop keeps a core of its own.
  pool ??= new Piscina({
    filename: new URL('./gateWorker.mjs', import.meta.url).href,
    minThreads: 0,
    maxThreads: Math.max(1, os.availableParallelism() - 1),
    idleTimeout: 30_000,
  });
  return pool;
}

const sizeOf = (draft: Draft): number => draft.title.length + draft.summary.length + draft.bodyHtml.length;

export async function gateOf(draft: Draft, wording?: { rules: WordingRules; publishedOn: string }): Promise<{ verdict: Verdict; findings: StoredFinding[] }> {
  const stop = gateDuration.startTimer();
  const plain: Draft = { title: draft.title, summary: draft.summary, bodyHtml: draft.bodyHtml, categoryCode: draft.categoryCode };
  // A worker gets the wording rules as the data they were built from: compiled rules do not cross threads.
  const result = sizeOf(draft) > OFFLOAD_CHARS
    ? ((await workers().run({ draft: plain, wording: wording ? { data: wording.rules.data(), publishedOn: wording.publishedOn } : null }, { name: 'gate' })) as ReturnType<typeof runGate>)
    : runGate(plain, wording);
  stop();
  for (const f of result.findings) gateFindings.inc({ kind: f.kind, type: f.type, severity: f.severity });
  return result;
}

export async function renditionOf(draft: Draft, findings: StoredFinding[], keptIds: ReadonlySet<number>): Promise<Rendered> {
  if (sizeOf(draft) <= OFFLOAD_CHARS) return renderApproved(draft, findings, keptIds);
  return (await workers().run({ draft, findings, keptIds: [...keptIds] }, { name: 'render' })) as Rendered;
}

/** Ends the worker threads (hub stop); the next large input starts them again. */
export async function closeOffload(): Promise<void> {
  const current = pool;
  pool = null;
  await current?.destroy();
}
