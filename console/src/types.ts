/** The API's shapes as the console reads them (written by hand next to the queries in queries.ts). */
export interface Finding {
  id: number;
  field: 'title' | 'summary' | 'body';
  kind: string;
  type: string;
  start: number;
  end: number;
  text: string;
  severity: 'BLOCK' | 'WARN' | 'INFO';
  replacement: string | null;
  /** Why a wording finding was flagged (the dictionary entry's note). */
  note?: string | null;
}

export interface Rendition { revision: number; title: string; summary: string; html: string; final: boolean; portalUrl?: string | null; weiboText?: string | null; weiboLength?: number | null; weiboLimit?: number; wechatDigest?: string | null; wechatAuthor?: string | null; wechatSourceUrl?: string | null; wechatCover?: WechatCover | null }

/** The WeChat cover chosen in the 渠道文案, as the review preview shows it (dataUrl null above 2 MB). */
export interface WechatCover { attachmentId: string; fileName: string; dataUrl: string | null }

/** 渠道文案: empty fields are derived from the item. */
export interface ChannelVariants { weiboText: string | null; wechatDigest: string | null; wechatAuthor: string | null; sourceUrl: string | null; wechatCoverId?: string | null }

export interface ChannelAccount {
  id: string;
  channel: string;
  name: string;
  unitCode: string;
  status: string;
  createdAt: string;
}

export interface Publication {
  id: string;
  channel: string;
  account: { id: string; name: string } | null;
  revision: number;
  status: string;
  url: string | null;
  attempts: number;
  lastError: string | null;
  notBefore: string;
  publishedAt: string | null;
}

export interface Revision { revision: number; title: string; body: string; summary: string; verdict: string | null; createdAt: string }

export interface Review { id: string; revision: number; reviewer: string; decision: 'APPROVE' | 'REJECT'; comment: string | null; keptFindings: { findingId: number; reason: string }[]; createdAt: string }

export interface ContentSummary {
  id: string;
  title: string;
  status: string;
  revision: number;
  author: string;
  category: { code: string; name: string };
  unit: { code: string; name: string };
  channels: string[];
  verdict: string | null;
  scheduledAt: string | null;
  publishedAt: string | null;
  updatedAt: string;
}

export interface Content extends ContentSummary {
  body: string;
  summary: string;
  approvedRevision: number | null;
  disclosure: string;
  disclosureReason: string | null;
  serviceChange: boolean;
  findings: Finding[];
  revisions: Revision[];
  reviews: Review[];
  publications: Publication[];
  rendition: Rendition | null;
  retractReason: string | null;
  createdAt: string;
  variants?: ChannelVariants | null;
}

export interface Category { code: string; name: string; parentCode: string | null; kind: string; requiredApprovals: number }

export interface ContentInput {
  title: string;
  body: string;
  summary: string;
  categoryCode: string;
  channels: string[];
  disclosure: string;
  disclosureReason: string | null;
  serviceChange: boolean;
  variants?: Partial<ChannelVariants> | null;
}
