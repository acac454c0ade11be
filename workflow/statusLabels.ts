/**
 * Chinese names of the statuses, for every sentence the hub says about them (errors, the state diagram): an
 * error reaching a person through the API or the CLI must not name a status by its enum (RETRACTED).
 */
import type { ContentStatus } from '../store/contents.js';
import type { PublicationStatus } from '../store/publications.js';

/** Chinese status names, as the console shows them; the diagram uses them too. */
export const STATUS_LABELS: { readonly [S in ContentStatus]: string } = {
  DRAFT: '草稿', IN_REVIEW: '审核中', REJECTED: '已驳回', APPROVED: '已通过', SCHEDULED: '已排期', PUBLISHING: '发布中',
  PUBLISHED: '已发布', PARTIALLY_PUBLISHED: '部分发布', CORRECTING: '更正审核中', RETRACTED: '已撤回',
};

export const PUBLICATION_STATUS_LABELS: { readonly [S in PublicationStatus]: string } = {
  PENDING: '待发布', PUBLISHING: '发布中', PUBLISHED: '已发布', FAILED: '发布失败', RETRACTING: '撤回中',
  RETRACTED: '已撤回', RETRACT_FAILED: '撤回失败', CANCELLED: '已取消',
};

/** A content or publication status in Chinese (the two share their common names); unknown ones as they are. */
export function statusName(status: string): string {
  return (STATUS_LABELS as Record<string, string>)[status] ?? (PUBLICATION_STATUS_LABELS as Record<string, string>)[status] ?? status;
}
