/**
 * Delivery of publications to their platforms, one concern a file: the claim (`claim.ts`), the platform call
 * (`deliver.ts`), polling and callbacks of asynchronous publishes (`polling.ts`, `callbacks.ts`), recording
 * outcomes (`record.ts`), the content's status following its channels (`settle.ts`) and retraction (`retract.ts`).
 * The hub's own channels released now are published by the release itself (`hosted.ts`, used by workflow/publish.ts).
 */
export { applyCallback } from './callbacks.js';
export { deliverPublication, type DeliveryOptions } from './deliver.js';
export { backoffDelay, MAX_POLLS, POLL_INTERVAL_MS, type DeliveryOutcome } from './outcome.js';
export { applyExternalStatus } from './polling.js';
export { MAX_RETRACT_ATTEMPTS, retractPublication, type RetractionOutcome } from './retract.js';
export { settleContentStatus } from './settle.js';
