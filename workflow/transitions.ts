import { appendAudit } from '../audit/chain.js';
import type { Json } from '../audit/canonical.js';
import { findContent, updateContentRow, type ContentPatch, type ContentRecord, type ContentStatus } from '../store/contents.js';
import { withTransaction, type Tx } from '../store/db.js';
import type { Role } from '../store/organisation.js';
import { requireRole, requireSameUnit, type Actor } from './actor.js';
import type { Deps } from './deps.js';
import { invalidTransition, notFound } from './errors.js';
import { STATUS_LABELS } from './statusLabels.js';

/**
 * The content state machine, as data: every status change of an item is one row of `TRANSITIONS`, and every
 * workflow function changes status only through `transition(...)`, which refuses what the table does not list
 * (INVALID_TRANSITION). The README's diagram is rendered from this table (`renderMermaid`), and a test fails
 * when the two differ.
 */
export const CONTENT_STATUSES: readonly ContentStatus[] = [
  'DRAFT', 'IN_REVIEW', 'REJECTED', 'APPROVED', 'SCHEDULED', 'PUBLISHING', 'PUBLISHED', 'PARTIALLY_PUBLISHED', 'CORRECTING', 'RETRACTED',
];

/** What a person (or the system) does to an item; one action may start from several states. */
export type ContentAction =
  | 'edit' | 'submit' | 'approve_first' | 'approve' | 'reject'
  | 'publish' | 'schedule' | 'reschedule' | 'cancel_schedule' | 'release' | 'retry'
  | 'settle_published' | 'settle_partial' | 'resume'
  | 'correct' | 'approve_correction_first' | 'approve_correction' | 'reject_correction'
  | 'retract';

interface ActionSpec {
  /** Chinese name, used in INVALID_TRANSITION messages and the diagram. */
  label: string;
  /** Who may do it; `system` actions are the delivery job's (no person may ask for them). */
  roles: readonly Role[] | 'system';
  /** The audit event's action name (kept stable: statistics and inspection read them). */
  audit: string;
}

export const ACTIONS: { readonly [A in ContentAction]: ActionSpec } = {
  edit: { label: '修改', roles: ['editor'], audit: 'content.update' },
  submit: { label: '提交审核', roles: ['editor'], audit: 'content.submit' },
  approve_first: { label: '审核通过（一审）', roles: ['reviewer'], audit: 'content.approve.first' },
  approve: { label: '审核通过', roles: ['reviewer'], audit: 'content.approve' },
  reject: { label: '审核退回', roles: ['reviewer'], audit: 'content.reject' },
  publish: { label: '发布', roles: ['editor', 'reviewer'], audit: 'content.release' },
  schedule: { label: '定时发布', roles: ['editor', 'reviewer'], audit: 'content.schedule' },
  reschedule: { label: '重新定时', roles: ['editor', 'reviewer'], audit: 'content.reschedule' },
  cancel_schedule: { label: '取消定时发布', roles: ['editor', 'reviewer'], audit: 'content.schedule.cancel' },
  release: { label: '到点发布', roles: 'system', audit: 'content.release' },
  retry: { label: '重试发布', roles: ['editor', 'reviewer', 'channel_admin'], audit: 'publication.retry_requested' },
  settle_published: { label: '全部渠道已发布', roles: 'system', audit: 'content.published' },
  settle_partial: { label: '部分渠道失败', roles: 'system', audit: 'content.partially_published' },
  resume: { label: '继续发布', roles: 'system', audit: 'content.publishing' },
  correct: { label: '更正', roles: ['editor'], audit: 'content.correct' },
  approve_correction_first: { label: '更正审核通过（一审）', roles: ['reviewer'], audit: 'content.correction.approve.first' },
  approve_correction: { label: '更正审核通过', roles: ['reviewer'], audit: 'content.correction.approve' },
  reject_correction: { label: '更正审核退回', roles: ['reviewer'], audit: 'content.correction.reject' },
  retract: { label: '撤回', roles: ['editor', 'reviewer'], audit: 'content.retract' },
};

export interface Transition {
  from: ContentStatus;
  action: ContentAction;
  to: ContentStatus;
}

const t = (from: ContentStatus, action: ContentAction, to: ContentStatus): Transition => ({ from, action, to });

/** Every allowed move. Anything else is INVALID_TRANSITION. */
export const TRANSITIONS: readonly Transition[] = [
  t('DRAFT', 'edit', 'DRAFT'),
  t('REJECTED', 'edit', 'DRAFT'),
  // An edit after submission is a new revision and goes (back) to review: approvals bind to one revision.
  t('IN_REVIEW', 'edit', 'IN_REVIEW'),
  t('APPROVED', 'edit', 'IN_REVIEW'),
  t('SCHEDULED', 'edit', 'IN_REVIEW'),
  t('DRAFT', 'submit', 'IN_REVIEW'),
  t('REJECTED', 'submit', 'IN_REVIEW'),
  t('IN_REVIEW', 'approve_first', 'IN_REVIEW'),
  t('IN_REVIEW', 'approve', 'APPROVED'),
  t('IN_REVIEW', 'reject', 'REJECTED'),
  t('APPROVED', 'publish', 'PUBLISHING'),
  t('SCHEDULED', 'publish', 'PUBLISHING'),
  t('APPROVED', 'schedule', 'SCHEDULED'),
  t('SCHEDULED', 'reschedule', 'SCHEDULED'),
  t('SCHEDULED', 'cancel_schedule', 'APPROVED'),
  t('SCHEDULED', 'release', 'PUBLISHING'),
  t('PUBLISHING', 'settle_published', 'PUBLISHED'),
  t('PARTIALLY_PUBLISHED', 'settle_published', 'PUBLISHED'),
  t('PUBLISHING', 'settle_partial', 'PARTIALLY_PUBLISHED'),
  t('PARTIALLY_PUBLISHED', 'resume', 'PUBLISHING'),
  t('PUBLISHING', 'retry', 'PUBLISHING'),
  t('PARTIALLY_PUBLISHED', 'retry', 'PUBLISHING'),
  // 更正: the published revision stays live while the corrected one is reviewed; approval replaces it in place.
  t('PUBLISHED', 'correct', 'CORRECTING'),
  t('CORRECTING', 'edit', 'CORRECTING'),
  t('CORRECTING', 'approve_correction_first', 'CORRECTING'),
  t('CORRECTING', 'approve_correction', 'PUBLISHED'),
  t('CORRECTING', 'reject_correction', 'PUBLISHED'),
  t('PUBLISHING', 'retract', 'RETRACTED'),
  t('PUBLISHED', 'retract', 'RETRACTED'),
  t('PARTIALLY_PUBLISHED', 'retract', 'RETRACTED'),
  t('CORRECTING', 'retract', 'RETRACTED'),
];

/** Where `action` leads from `from`; null when the table does not allow it. */
export function nextStatus(from: ContentStatus, action: ContentAction): ContentStatus | null {
  return TRANSITIONS.find((row) => row.from === from && row.action === action)?.to ?? null;
}

/** Whether a person in `actor`'s role may ask for `action` at all (the unit is checked separately). */
export function authorise(actor: Actor | null, action: ContentAction): Actor {
  const roles = ACTIONS[action].roles;
  if (roles === 'system') return requireRole(actor);
  return requireRole(actor, ...roles);
}

export interface StepContext {
  tx: Tx;
  /** The content row, locked for the transaction. */
  content: ContentRecord;
  who: Actor;
}

export interface StepResult {
  /** Which of the requested actions was taken (required when more than one was requested). */
  action?: ContentAction;
  /** Other columns written with the status. */
  patch?: Omit<ContentPatch, 'status'>;
  /** What the audit event is about when it is not the item itself (a publication's retry). */
  target?: { type: 'publication'; id: string };
  /** The revision the audit event names (default: the content's). */
  revision?: number;
  details?: { [key: string]: Json };
  /** Side effects in the same transaction after the audit event: mail, job arming (outbox rows). */
  after?: () => Promise<void>;
}

/**
 * The one skeleton of every status change: lock the item → authorise (role, unit) → check the table → run the
 * step (its own checks and writes) → write the status the table names → audit → side effects → re-read.
 * `actions` lists the moves this operation may make; the step says which one it made when they are several
 * (a review ends in approve, first-of-two approve or reject).
 */
export async function transition(
  deps: Pick<Deps, 'pool'>,
  actor: Actor | null,
  id: string,
  actions: ContentAction | readonly ContentAction[],
  step: (ctx: StepContext) => Promise<StepResult | void> = async () => {},
): Promise<ContentRecord> {
  const list = typeof actions === 'string' ? [actions] : actions;
  // Every move the operation may end in must be the actor's to make.
  const [who] = list.map((action) => authorise(actor, action));
  await withTransaction(deps.pool, async (tx) => {
    const content = await findContent(tx, id, true);
    if (!content) throw notFound('内容');
    await applyTransition(tx, who, content, list, step);
  });
  return (await findContent(deps.pool, id))!;
}

/** `transition` inside a transaction the caller holds, on a row it has locked (the delivery job settling status). */
export async function applyTransition(
  tx: Tx,
  who: Actor,
  content: ContentRecord,
  actions: readonly ContentAction[],
  step: (ctx: StepContext) => Promise<StepResult | void>,
): Promise<ContentStatus> {
  requireSameUnit(who, content.unitId);
  if (!actions.some((action) => nextStatus(content.status, action))) throw invalidTransition(content.status, ACTIONS[actions[0]].label);
  const result = (await step({ tx, content, who })) ?? {};
  const action = result.action ?? actions[0];
  if (!actions.includes(action)) throw new Error(`step chose ${action}, not one of ${actions.join(', ')}`);
  const to = nextStatus(content.status, action);
  if (!to) throw invalidTransition(content.status, ACTIONS[action].label);
  await updateContentRow(tx, content.id, { ...result.patch, status: to });
  await appendAudit(tx, {
    actor: who.username, action: ACTIONS[action].audit, targetType: result.target?.type ?? 'content', targetId: result.target?.id ?? content.id,
    revision: result.revision ?? result.patch?.revision ?? content.revision, unitCode: content.unitCode,
    ...(result.details ? { details: result.details } : {}),
  });
  await result.after?.();
  return to;
}

export { STATUS_LABELS } from './statusLabels.js';

/** The table as a mermaid state diagram (the README's block between its `states:begin/end` markers). */
export function renderMermaid(): string {
  const lines = ['stateDiagram-v2'];
  for (const status of CONTENT_STATUSES) lines.push(`  ${status}: ${status} ${STATUS_LABELS[status]}`);
  lines.push('  [*] --> DRAFT: 新建');
  const edges = new Map<string, string[]>();
  for (const row of TRANSITIONS) {
    const key = `${row.from} --> ${row.to}`;
    const spec = ACTIONS[row.action];
    const label = spec.roles === 'system' ? `${spec.label}（系统）` : spec.label;
    edges.set(key, [...(edges.get(key) ?? []), label]);
  }
  for (const [edge, labels] of edges) lines.push(`  ${edge}: ${labels.join(' / ')}`);
  return lines.join('\n');
}
