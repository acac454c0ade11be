// Worker-thread entry for workflow/offload.ts: the gate and the rendition are pure functions of their
// input, so large ones run here, off the event loop. Plain JS because a worker starts without the main
// thread's TypeScript loader; it registers tsx itself.
import { register } from 'tsx/esm/api';

register();
const { runGate, renderApproved } = await import('./gate.ts');

export function gate(draft) {
  return runGate(draft);
}

export function render({ draft, findings, keptIds }) {
  return renderApproved(draft, findings, new Set(keptIds));
}
