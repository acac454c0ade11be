// Worker-thread entry for workflow/offload.ts: the gate and the rendition are pure functions of their
// input, so large ones run here, off the event loop. Plain JS because a worker starts without the main
// thread's TypeScript loader; it registers tsx itself.
import { register } from 'tsx/esm/api';

register();
const { runGate, renderApproved } = await import('./gate.ts');
const { buildWordingRules } = await import('../review/wording/rules.ts');

/** Wording rules built here, once per dictionary versions (the data comes from the main thread). */
const built = new Map();

export function gate({ draft, wording }) {
  if (!wording) return runGate(draft);
  const key = JSON.stringify(wording.data.versions) + wording.data.roster.length;
  let rules = built.get(key);
  if (!rules) {
    if (built.size > 16) built.clear();
    rules = buildWordingRules(wording.data);
    built.set(key, rules);
  }
  return runGate(draft, { rules, publishedOn: wording.publishedOn });
}

export function render({ draft, findings, keptIds }) {
  return renderApproved(draft, findings, new Set(keptIds));
}
