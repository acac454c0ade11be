import type { ContentRecord } from '../store/contents.js';
import type { TranslationRecord } from '../store/translations.js';
import { getContent } from '../workflow/content.js';
import { notFound } from '../workflow/errors.js';
import {
  getTranslation, listUntranslatedItems, reviewTranslation, saveTranslation, setCategoryMongolianName, type TranslationInput,
} from '../workflow/translations.js';
import type { SchemaModule } from './modules.js';
import { findingOut, type Context } from './resolvers.js';

const typeDefs = /* GraphQL */ `
  "Where a translation stands: waiting for review, approved (its text is what the public sees), or sent back."
  enum TranslationStatus { IN_REVIEW APPROVED REJECTED }

  "The item in another language (today: traditional Mongolian, mn-Mong), linked to its Chinese original."
  type Translation {
    "BCP 47 tag, e.g. mn-Mong."
    language: String!
    "The translation's own revision number (each save is one)."
    revision: Int!
    "The Chinese revision it was translated from."
    sourceRevision: Int!
    "True when the Chinese original has changed since (the translator should look again)."
    outdated: Boolean!
    title: String!
    summary: String!
    body: String!
    status: TranslationStatus!
    "The gate's verdict and findings on this revision, like an item's."
    verdict: Verdict!
    findings: [Finding!]!
    reviewComment: String
    translator: String!
    savedAt: DateTime!
    "Whether an approved revision exists (shown on the Mongolian portal while the item is published)."
    approved: Boolean!
    "The Mongolian portal page of the item."
    portalPath: String!
  }

  input TranslationInput {
    title: String!
    summary: String
    "HTML, or plain text (each line a paragraph)."
    body: String!
  }

  "An item the translators still have to do."
  type UntranslatedItem {
    content: Content!
    "The Chinese revision an out-of-date translation was made from; null when there is none yet."
    translatedFrom: Int
  }

  extend type Content {
    "The Mongolian version, if one was written."
    mongolian: Translation
  }

  extend type Category {
    "The category's name in Mongolian, shown on the Mongolian portal."
    nameMongolian: String
  }

  extend type Query {
    "Approved and published items of one's unit without an up-to-date Mongolian version, newest first."
    untranslatedContents(first: Int): [UntranslatedItem!]!
  }

  extend type Mutation {
    "Saves a new revision of the item's Mongolian version (editors); it is gated at once and goes to review."
    saveTranslation(contentId: ID!, input: TranslationInput!): Translation!
    "A reviewer's decision on a Mongolian version reviewed on its own (an item reviewed with it needs none)."
    reviewTranslation(contentId: ID!, decision: ReviewDecision!, comment: String): Translation!
    "Sets (or clears, with null) a category's Mongolian name. Admins."
    setCategoryMongolianName(code: String!, name: String): Boolean!
  }
`;

type TranslationOut = TranslationRecord & { currentRevision: number };

const out = (t: TranslationRecord | null, content: Pick<ContentRecord, 'revision'>): TranslationOut | null => (t ? { ...t, currentRevision: content.revision } : null);

const resolvers = {
  Translation: {
    language: (t: TranslationOut) => t.lang,
    outdated: (t: TranslationOut) => t.sourceRevision < t.currentRevision,
    body: (t: TranslationOut) => t.bodyHtml,
    verdict: (t: TranslationOut) => t.verdict,
    findings: (t: TranslationOut) => t.findings.map(findingOut),
    translator: (t: TranslationOut) => t.createdByUsername,
    savedAt: (t: TranslationOut) => t.createdAt,
    approved: (t: TranslationOut) => t.approvedRevision !== null,
    portalPath: (t: TranslationOut) => `/mn/articles/${t.contentId}`,
  },
  Content: {
    mongolian: async (c: ContentRecord, _: unknown, ctx: Context) => out(await getTranslation(ctx.deps, ctx.actor, c), c),
  },
  Category: {
    nameMongolian: (c: { nameMn?: string | null }) => c.nameMn ?? null,
  },
  Query: {
    untranslatedContents: (_: unknown, args: { first?: number | null }, ctx: Context) => listUntranslatedItems(ctx.deps, ctx.actor, args.first ?? 50),
  },
  Mutation: {
    saveTranslation: async (_: unknown, args: { contentId: string; input: TranslationInput }, ctx: Context) => {
      const saved = await saveTranslation(ctx.deps, ctx.actor, args.contentId, args.input);
      return out(saved, (await getContent(ctx.deps, ctx.actor, args.contentId)) ?? { revision: saved.sourceRevision });
    },
    reviewTranslation: async (_: unknown, args: { contentId: string; decision: 'APPROVE' | 'REJECT'; comment?: string | null }, ctx: Context) => {
      const reviewed = await reviewTranslation(ctx.deps, ctx.actor, args.contentId, { decision: args.decision, comment: args.comment });
      const content = await getContent(ctx.deps, ctx.actor, args.contentId);
      if (!content) throw notFound('内容');
      return out(reviewed, content);
    },
    setCategoryMongolianName: async (_: unknown, args: { code: string; name?: string | null }, ctx: Context) => {
      await setCategoryMongolianName(ctx.deps, ctx.actor, args.code, args.name ?? null);
      return true;
    },
  },
};

export const translationsModule: SchemaModule = { typeDefs, resolvers };
