import { op } from '../api';

export interface AttachmentFinding { id: number; kind: string; type: string; text: string; severity: 'BLOCK' | 'WARN' | 'INFO' }
export interface Attachment { id: string; fileName: string; type: string; size: number; verdict: 'PASS' | 'WARN' | 'BLOCK'; findings: AttachmentFinding[]; uploadedBy: string; createdAt: string }
export interface AttachmentLimit { type: string; extensions: string[]; maxBytes: number }

/** An item's current attachments with what the gate found in each. */
export const ATTACHMENTS = op<{ content: { id: string; status: string; attachments: Attachment[] } | null }, { id: string }>(
  `query ItemAttachments($id: ID!) { content(id: $id) { id status attachments { id fileName type size verdict uploadedBy createdAt findings { id kind type text severity } } } }`,
);

export const ATTACHMENT_LIMITS = op<{ attachmentLimits: AttachmentLimit[] }>(`query AttachmentLimits { attachmentLimits { type extensions maxBytes } }`);

export const REMOVE_ATTACHMENT = op<{ removeAttachment: { id: string } }, { id: string }>(`mutation RemoveAttachment($id: ID!) { removeAttachment(id: $id) { id } }`);
