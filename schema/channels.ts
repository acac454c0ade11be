import { channelKindSdl } from '../channels/catalogue.js';
import { listChannels } from '../workflow/channelCatalogue.js';
import type { SchemaModule } from './modules.js';
import type { Context } from './resolvers.js';

/** The ChannelKind enum is generated from the channel descriptors: a new channel needs no schema edit. */
const typeDefs = /* GraphQL */ `
  ${channelKindSdl()}

  type CredentialField { name: String! required: Boolean! }

  "A registered channel, as its descriptor declares it."
  type ChannelInfo {
    kind: ChannelKind!
    "中文名称"
    label: String!
    formalLabel: String!
    "Hosted by the hub (no account needed) or published through a unit's channel account."
    hosted: Boolean!
    credentialFields: [CredentialField!]!
    canQueryStatus: Boolean!
    canRetract: Boolean!
    canMassSend: Boolean!
  }

  extend type Query {
    channels: [ChannelInfo!]!
  }
`;

const resolvers = {
  Query: {
    channels: (_: unknown, _args: unknown, ctx: Context) => listChannels(ctx.actor),
  },
};

export const channelsModule: SchemaModule = { typeDefs, resolvers };
