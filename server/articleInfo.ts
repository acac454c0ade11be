import { portalPaths, type AttachmentView, type InfoBoxView } from '../channels/portal/render.js';
import type { AttachmentRecord } from '../store/attachments.js';
import type { PublishedItem } from '../store/portal.js';

/*
 * What an article page shows besides its text, read once for both languages: the Chinese and the Mongolian
 * page carry the same 信息索引 and the same files.
 */

/** 信息索引 of a published item; null for a row without an index number (written before migration 0013). */
export function infoBoxOf(item: PublishedItem): InfoBoxView | null {
  if (!item.indexNumber) return null;
  return {
    indexNumber: item.indexNumber, issuingBody: item.issuingBody ?? item.unitName, documentNumber: item.docNumber, writtenOn: item.writtenOn,
    topic: item.topic, validity: item.validity ?? 'valid', validityDate: item.validityDate,
  };
}

/** The item's current attachments as the portal lists them: name, type, size and the public download path. */
export function attachmentViews(files: readonly AttachmentRecord[]): AttachmentView[] {
  return files.map((a) => ({ name: a.fileName, type: a.typeLabel, size: a.sizeBytes, url: portalPaths.attachment(a.id, a.fileName) }));
}
