import type { ContentRecord } from '../store/contents.js';
import { infoIndexOf, INFO_TOPICS, updateInfoIndex, type InfoIndexInput, type InfoIndexView } from '../workflow/infoIndex.js';
import { getSiteSettings, psbLinkOf, updateSiteSettings, type SiteSettings, type SiteSettingsInput } from '../workflow/siteSettings.js';
import { portalPaths } from '../channels/portal/render.js';
import type { AttachmentRecord } from '../store/attachments.js';
import { attachmentsOf, removeAttachment } from '../workflow/attachments.js';
import type { Category } from '../store/categories.js';
import { publicityDue, updateCategoryPublicityDays } from '../workflow/publicity.js';
import { publicityDaysOf, publicityDeadlineOf } from '../workflow/related.js';
import { setSynonymGroups, synonymGroups } from '../workflow/searchSynonyms.js';
import type { SchemaModule } from './modules.js';
import type { Context } from './resolvers.js';

const typeDefs = /* GraphQL */ `
  enum Validity { VALID EXPIRED REPEALED }

  "信息索引: the information box every government information item carries. Dates are Beijing days, YYYY-MM-DD."
  type InfoIndex {
    "索引号: <unit code>/<category>-<year>-<sequence>, assigned at creation, never changes."
    indexNumber: String!
    "发布机构: as set, else the unit's name."
    issuingBody: String!
    "文号, e.g. 巴政办字〔2018〕62号."
    documentNumber: String
    "成文日期."
    writtenOn: String
    "主题分类 (one of infoTopics)."
    topic: String
    "有效性."
    validity: Validity!
    "有效 / 失效 / 废止."
    validityLabel: String!
    "Since when the item is 失效 or 废止."
    validityDate: String
    "公示截止日期: the last day the item stays up (else the category's default period applies)."
    publicityUntil: String
    "When the hub retracts it with the reason 公示期满 (own date or category default), if ever."
    publicityDeadline: DateTime
  }

  "Omitted fields stay as they are; null clears one."
  input InfoIndexInput {
    issuingBody: String
    documentNumber: String
    writtenOn: String
    topic: String
    validity: Validity
    validityDate: String
    publicityUntil: String
  }

  extend type Category {
    "Default 公示期 in days for items of this category; null: none."
    publicityDays: Int
  }

  type PublicityDue {
    "Past their 公示期 and still published (the expiry job has not run yet, or failed)."
    overdue: [Content!]!
    "Ending within seven days."
    expiringSoon: [Content!]!
  }

  "附件: a file attached to an item, scanned by the gate at upload (upload with POST /media)."
  type Attachment {
    id: ID!
    fileName: String!
    "PDF, OFD, DOCX, XLSX, PNG, JPEG or GIF, decided by the file's content."
    type: String!
    mediaType: String!
    size: Int!
    verdict: Verdict!
    "What the gate found in the file's text; field is 'attachment'."
    findings: [Finding!]!
    "Where the portal serves it once the item is published."
    url: String!
    uploadedBy: String!
    createdAt: DateTime!
    removedAt: DateTime
  }

  extend type Content {
    infoIndex: InfoIndex!
    "Current attachments, in upload order."
    attachments: [Attachment!]!
    "Every attachment the item ever had, removed ones included."
    attachmentHistory: [Attachment!]!
  }

  "The portal's identity, shown in every page's footer and on 联系我们. Empty strings are unset values."
  type SiteSettings {
    "网站名称"
    siteName: String!
    "主办单位"
    sponsor: String!
    "承办单位"
    organizer: String!
    "网站标识码 (10 characters)"
    siteCode: String!
    "ICP备案号, e.g. 蒙ICP备05003356号-1"
    icpNumber: String!
    "公安机关备案号, e.g. 蒙公网安备 15080202000123号"
    psbNumber: String!
    "Where the 公安机关备案号 links to (as set, else derived from the number)."
    psbLink: String
    contactAddress: String!
    contactPostcode: String!
    contactPhone: String!
    contactEmail: String!
    contactHours: String!
  }

  "Omitted (or null) fields stay as they are; an empty string clears one (网站名称 cannot be empty)."
  input SiteSettingsInput {
    siteName: String
    sponsor: String
    organizer: String
    siteCode: String
    icpNumber: String
    psbNumber: String
    psbLink: String
    contactAddress: String
    contactPostcode: String
    contactPhone: String
    contactEmail: String
    contactHours: String
  }

  extend type Query {
    "The allowed 主题分类 values, in the standard order."
    infoTopics: [String!]!
    "Public, like the footer that shows them."
    siteSettings: SiteSettings!
    "公示期 due: the caller's unit (overseers and admins: every unit)."
    publicityDue: PublicityDue!
    "Search synonym groups (any signed-in user); each group's words find one another."
    searchSynonyms: [[String!]!]!
  }

  extend type Mutation {
    "Editors of the item's unit and admins; audited (content.info_index). Takes effect on the portal at once."
    updateInfoIndex(contentId: ID!, input: InfoIndexInput!): Content!
    "Editors of the item's unit, while it is a draft, rejected or in review; audited. The record stays (removedAt)."
    removeAttachment(id: ID!): Attachment!
    "Admins; audited (category.publicity). Returns the days set."
    setCategoryPublicityDays(code: String!, days: Int): Int
    "Admins: replace the synonym list (暖气 ↔ 供暖); re-indexes the published documents; audited (search.synonyms)."
    setSearchSynonyms(groups: [[String!]!]!): [[String!]!]!
    "Admins; audited (site.settings)."
    updateSiteSettings(input: SiteSettingsInput!): SiteSettings!
  }
`;

const VALIDITY_OUT = { valid: 'VALID', expired: 'EXPIRED', repealed: 'REPEALED' } as const;

const resolvers = {
  Content: {
    infoIndex: async (c: ContentRecord, _: unknown, ctx: Context) => ({ ...(await infoIndexOf(ctx.deps, c)), contentId: c.id }),
    attachments: (c: ContentRecord, _: unknown, ctx: Context) => attachmentsOf(ctx.deps, c),
    attachmentHistory: (c: ContentRecord, _: unknown, ctx: Context) => attachmentsOf(ctx.deps, c, true),
  },
  Attachment: {
    type: (a: AttachmentRecord) => a.typeLabel,
    size: (a: AttachmentRecord) => a.sizeBytes,
    findings: (a: AttachmentRecord) => a.findings.map((f, i) => ({ ...f, id: i, field: 'attachment', kind: f.kind.toUpperCase(), severity: f.severity.toUpperCase() })),
    url: (a: AttachmentRecord, _: unknown, ctx: Context) => `${ctx.deps.config.publicBaseUrl}${portalPaths.attachment(a.id, a.fileName)}`,
  },
  Category: {
    publicityDays: (c: Category, _: unknown, ctx: Context) => publicityDaysOf(ctx.deps, c.code),
  },
  InfoIndex: {
    publicityDeadline: (i: InfoIndexView & { contentId?: string }, _: unknown, ctx: Context) => (i.contentId ? publicityDeadlineOf(ctx.deps, i.contentId) : null),
    validity: (i: InfoIndexView) => VALIDITY_OUT[i.validity],
  },
  Query: {
    infoTopics: () => INFO_TOPICS,
    siteSettings: (_: unknown, __: unknown, ctx: Context) => getSiteSettings(ctx.deps),
    publicityDue: (_: unknown, __: unknown, ctx: Context) => publicityDue(ctx.deps, ctx.actor),
    searchSynonyms: (_: unknown, __: unknown, ctx: Context) => synonymGroups(ctx.deps, ctx.actor),
  },
  SiteSettings: {
    psbLink: (s: SiteSettings) => psbLinkOf(s),
  },
  Mutation: {
    updateInfoIndex: (_: unknown, args: { contentId: string; input: InfoIndexInput }, ctx: Context) => updateInfoIndex(ctx.deps, ctx.actor, args.contentId, args.input),
    setSearchSynonyms: (_: unknown, args: { groups: string[][] }, ctx: Context) => setSynonymGroups(ctx.deps, ctx.actor, args.groups),
    setCategoryPublicityDays: (_: unknown, args: { code: string; days?: number | null }, ctx: Context) => updateCategoryPublicityDays(ctx.deps, ctx.actor, args.code, args.days ?? null),
    removeAttachment: (_: unknown, args: { id: string }, ctx: Context) => removeAttachment(ctx.deps, ctx.actor, args.id),
    updateSiteSettings: (_: unknown, args: { input: SiteSettingsInput }, ctx: Context) => updateSiteSettings(ctx.deps, ctx.actor, args.input),
  },
};

export const governmentInfoModule: SchemaModule = { typeDefs, resolvers };
