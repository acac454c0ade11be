import { articlePath } from '../channels/hub.js';
import { wechatCopy } from '../channels/wechat/index.js';
import { composeWeiboText, weiboLength, weiboVariantText, WEIBO_MAX_LENGTH } from '../channels/weibo/index.js';
import type { ContentRecord } from '../store/contents.js';
import { previewGate, renditionOf, type GatePreviewInput } from '../workflow/preview.js';
import type { SchemaModule } from './modules.js';
import { findingOut, revisionOf, type Context } from './resolvers.js';

/** What the console needs beyond the core: the gate on unsaved text, and the exact rendition of an item. */
const typeDefs = /* GraphQL */ `
  type Rendition {
    revision: Int!
    title: String!
    summary: String!
    "Sanitized, de-identified HTML: exactly what the channels receive."
    html: String!
    "True once fixed by the final approval; before that, what approval would publish if no finding is kept."
    final: Boolean!
    "The portal article's address (absolute, under PUBLIC_BASE_URL)."
    portalUrl: String
    "The exact Weibo post text, and its length as Weibo counts it against weiboLimit."
    weiboText: String
    weiboLength: Int
    weiboLimit: Int!
  }

  type GatePreview { verdict: Verdict! findings: [Finding!]! rendition: Rendition! }

  input GatePreviewInput { title: String!, body: String!, summary: String, categoryCode: String! }

  extend type Content {
    "The rendition of the current revision."
    rendition: Rendition
  }

  extend type Query {
    "The review gate on unsaved text (editors and reviewers); nothing is stored."
    previewGate(input: GatePreviewInput!): GatePreview!
  }
`;

const resolvers = {
  Query: {
    previewGate: async (_: unknown, args: { input: GatePreviewInput }, ctx: Context) => {
      const preview = await previewGate(ctx.deps, ctx.actor, args.input);
      return { verdict: preview.verdict, findings: preview.findings.map(findingOut), rendition: { ...preview.rendition, revision: 0, final: false } };
    },
  },
  Rendition: { weiboLimit: () => WEIBO_MAX_LENGTH },
  Content: {
    rendition: async (c: ContentRecord, _: unknown, ctx: Context) => {
      const revision = await revisionOf(ctx, c);
      if (!revision) return null;
      const rendition = await renditionOf(ctx.deps, c, revision);
      const portalUrl = `${ctx.deps.config.publicBaseUrl}${articlePath(c.id)}`;
      const own = rendition.variants?.weiboText;
      const weiboText = own ? weiboVariantText(own, portalUrl) : composeWeiboText({ ...rendition, portalUrl });
      const wechat = wechatCopy({ ...rendition, unitName: c.unitName, portalUrl });
      return { ...rendition, portalUrl, weiboText, weiboLength: weiboLength(weiboText), wechatDigest: wechat.digest, wechatAuthor: wechat.author, wechatSourceUrl: wechat.sourceUrl };
    },
  },
};

export const consoleModule: SchemaModule = { typeDefs, resolvers };
