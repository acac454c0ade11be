import { attachmentLimits } from '../workflow/attachments.js';
import type { SchemaModule } from './modules.js';
import type { Context } from './resolvers.js';

const typeDefs = /* GraphQL */ `
  "What POST /media accepts for one file type (decided by the file's content, not its name)."
  type AttachmentLimit {
    "PDF, OFD, DOCX, XLSX, PNG, JPEG or GIF"
    type: String!
    "File name extensions that agree with the type, without the dot."
    extensions: [String!]!
    maxBytes: Int!
  }

  extend type Query {
    "The upload's accepted types and size limits, for the console to show before a file is chosen."
    attachmentLimits: [AttachmentLimit!]!
  }
`;

export const attachmentsModule: SchemaModule = {
  typeDefs,
  resolvers: {
    Query: {
      attachmentLimits: (_: unknown, __: unknown, ctx: Context) => attachmentLimits(ctx.actor),
    },
  },
};
