import { createHash } from 'node:crypto';
import path from 'node:path';
import { appendAudit } from '../audit/chain.js';
import type { Finding } from '../review/types.js';
import { findAttachment, insertAttachment, listAttachments, markAttachmentRemoved, type AttachmentRecord } from '../store/attachments.js';
import { findContent, type ContentRecord, type ContentStatus } from '../store/contents.js';
import { withTransaction, type Queryable, type Tx } from '../store/db.js';
import { fileMediaStore, type MediaStore } from '../store/mediaStore.js';
import { requireActor, requireRole, requireSameUnit, type Actor } from './actor.js';
import { checkFile, FILE_KINDS, gateAttachment, readUpload } from './attachmentFiles.js';
import type { Deps } from './deps.js';
import { AppError, invalidTransition, notFound } from './errors.js';
import { isUuid } from './ids.js';
import { FINDING_TYPE_LABELS } from './publicLabel.js';

export { FINDING_TYPE_LABELS };

/** Attachments change only while the item is being drafted or reviewed; after approval an edit comes first. */
const ATTACHABLE: readonly ContentStatus[] = ['DRAFT', 'REJECTED', 'IN_REVIEW'];

const stores = new Map<string, MediaStore>();
/** The hub's media store: files under DATA_DIR/media. */
export function mediaStoreOf(deps: Deps): MediaStore {
  const root = path.join(deps.config.dataDir, 'media');
  let store = stores.get(root);
  if (!store) stores.set(root, (store = fileMediaStore(root)));
  return store;
}

async function attachableContent(db: Queryable, who: Actor, contentId: string, action: string): Promise<ContentRecord> {
  const content = await findContent(db, contentId, true);
  if (!content) throw notFound('内容');
  requireSameUnit(who, content.unitId);
  if (!ATTACHABLE.includes(content.status)) throw invalidTransition(content.status, action);
  return content;
}

/**
 * Stores a file for an item and scans its text with the gate. The bytes go to the media store before the
 * row is written (a crash between leaves an unreferenced file, never a row without its file).
 * `replaces` (替换) takes another current attachment of the same item off in the same transaction, so the
 * item never shows both or neither.
 */
export async function uploadAttachment(
  deps: Deps, actor: Actor | null, contentId: string, rawName: string, data: Buffer, options: { replaces?: string | null } = {},
): Promise<AttachmentRecord> {
  const who = requireRole(actor, 'editor');
  if (options.replaces && !isUuid(options.replaces)) throw notFound('要替换的附件');
  const { kind, name } = checkFile(rawName, data);
  const pre = await findContent(deps.pool, contentId);
  if (!pre) throw notFound('内容');
  requireSameUnit(who, pre.unitId);
  const read = await readUpload(kind, data, name);
  const gate = gateAttachment(read, pre.categoryCode);
  const sha256 = createHash('sha256').update(data).digest('hex');
  const store = mediaStoreOf(deps);
  if (!(await store.has(sha256))) await store.put(sha256, data);
  const id = await withTransaction(deps.pool, async (tx) => {
    const content = await attachableContent(tx, who, contentId, '上传附件');
    const attachmentId = await insertAttachment(tx, {
      contentId, fileName: name, mediaType: kind.mediaType, typeLabel: kind.label, sizeBytes: data.length, sha256, textChars: read.text.length + read.people.length,
      verdict: gate.verdict, findings: gate.findings, uploadedBy: who.username,
    });
    const replaced = options.replaces ? await findAttachment(tx, options.replaces) : null;
    if (options.replaces && (!replaced || replaced.contentId !== contentId || replaced.removedAt)) throw notFound('要替换的附件');
    await appendAudit(tx, {
      actor: who.username, action: 'attachment.upload', targetType: 'content', targetId: contentId, revision: content.revision, unitCode: content.unitCode,
      details: { attachmentId, fileName: name, type: kind.label, size: data.length, sha256, verdict: gate.verdict, findings: gate.findings.length, ...(replaced ? { replaces: replaced.id } : {}) },
    });
    if (replaced) await takeOff(tx, who, content, replaced, { replacedBy: attachmentId });
    return attachmentId;
  });
  return (await findAttachment(deps.pool, id))!;
}

/** Takes an attachment off the item (its row and file stay on record). */
export async function removeAttachment(deps: Deps, actor: Actor | null, attachmentId: string): Promise<AttachmentRecord> {
  const who = requireRole(actor, 'editor');
  const attachment = await findAttachment(deps.pool, attachmentId);
  if (!attachment || attachment.removedAt) throw notFound('附件');
  await withTransaction(deps.pool, async (tx) => {
    const content = await attachableContent(tx, who, attachment.contentId, '删除附件');
    await takeOff(tx, who, content, attachment);
  });
  return (await findAttachment(deps.pool, attachmentId))!;
}

async function takeOff(tx: Tx, who: Actor, content: ContentRecord, attachment: AttachmentRecord, more: Record<string, string> = {}): Promise<void> {
  await markAttachmentRemoved(tx, attachment.id, who.username);
  await appendAudit(tx, {
    actor: who.username, action: 'attachment.remove', targetType: 'content', targetId: content.id, revision: content.revision, unitCode: content.unitCode,
    details: { attachmentId: attachment.id, fileName: attachment.fileName, sha256: attachment.sha256, ...more },
  });
}

/** What the upload accepts, per file type, as the console tells editors before they choose a file. */
export function attachmentLimits(actor: Actor | null): { type: string; extensions: string[]; maxBytes: number }[] {
  requireActor(actor);
  return Object.values(FILE_KINDS).map((k) => ({ type: k.label, extensions: k.label === 'JPEG' ? ['jpg', 'jpeg'] : [k.extension], maxBytes: k.maxBytes }));
}

/**
 * Called by the approval, inside its transaction. A blocking finding in an attachment blocks the item like
 * one in the body. Personal data cannot be masked inside a PDF, OFD or DOCX the way the body's text is, so an
 * attachment with any is refused too, until the editor replaces it with a de-identified file.
 */
export async function assertAttachmentsApprovable(db: Queryable, contentId: string): Promise<void> {
  const problems = (await listAttachments(db, contentId))
    .map((a) => ({ a, found: a.findings.filter((f: Finding) => f.severity === 'block' || f.kind === 'pii') }))
    .filter((p) => p.found.length > 0);
  if (problems.length === 0) return;
  const describe = ({ a, found }: (typeof problems)[number]) =>
    `附件「${a.fileName}」含${[...new Set(found.map((f) => FINDING_TYPE_LABELS[f.type] ?? f.type))].join('、')}`;
  throw new AppError('GATE_BLOCKED', `审查未通过：${problems.map(describe).join('；')}。附件中的内容无法自动遮盖，请替换为处理后的文件再提交审核`, {
    attachments: problems.map(({ a, found }) => ({ id: a.id, fileName: a.fileName, types: [...new Set(found.map((f) => f.type))] })),
  });
}

export async function attachmentsOf(deps: Deps, content: ContentRecord, includeRemoved = false): Promise<AttachmentRecord[]> {
  return listAttachments(deps.pool, content.id, includeRemoved);
}
