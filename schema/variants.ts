import type { ContentRecord } from '../store/contents.js';
import type { ChannelVariants } from '../channels/Channel.js';
import { variantsOf, wechatCoverPreview } from '../workflow/variants.js';
import type { SchemaModule } from './modules.js';
import type { Context } from './resolvers.js';

const typeDefs = /* GraphQL */ `
  "渠道文案: what the platforms show, edited with the item. Empty = derived from the item."
  input ChannelVariantsInput {
    "Weibo text without the link (the portal link is appended; together within 140 as Weibo counts)."
    weiboText: String
    "WeChat 摘要 (up to 120 characters)."
    wechatDigest: String
    "WeChat 作者 (up to 16 characters)."
    wechatAuthor: String
    "WeChat 原文链接 (content_source_url); the portal article when empty."
    sourceUrl: String
    "WeChat 封面: one of the item's image attachments (JPG/PNG); empty = the first body image or the default cover."
    wechatCoverId: ID
  }

  extend input ContentInput {
    variants: ChannelVariantsInput
  }

  type ChannelVariants {
    weiboText: String
    wechatDigest: String
    wechatAuthor: String
    sourceUrl: String
    wechatCoverId: ID
  }

  "The WeChat cover as the review preview shows it."
  type WechatCover {
    attachmentId: ID!
    fileName: String!
    "The image as a data: URI (null for a file above 2 MB: the name is shown instead)."
    dataUrl: String
  }

  extend type Content {
    "The 渠道文案 of the current revision as written (null: every channel derives its copy)."
    variants: ChannelVariants
  }

  extend type Rendition {
    "What WeChat receives: 摘要, 作者 and 原文链接 (the 渠道文案, or what is derived from the item)."
    wechatDigest: String
    wechatAuthor: String
    wechatSourceUrl: String
    "The cover chosen in the 渠道文案 (null: the first body image or the default cover)."
    wechatCover: WechatCover
  }
`;

const resolvers = {
  Content: {
    variants: (c: ContentRecord, _: unknown, ctx: Context) => variantsOf(ctx.deps, c),
  },
  Rendition: {
    wechatCover: (r: { variants?: ChannelVariants | null }, _: unknown, ctx: Context) => wechatCoverPreview(ctx.deps, r.variants),
  },
};

export const variantsModule: SchemaModule = { typeDefs, resolvers };
