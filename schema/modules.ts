import { oversightModule } from './oversight.js';
import { accountsModule } from './accounts.js';
import { channelsModule } from './channels.js';
import { channelChecksModule } from './channelChecks.js';
import { inspectionModule } from './inspection.js';
import { resolvers as coreResolvers } from './resolvers.js';
import { typeDefs as coreTypeDefs } from './typeDefs.js';
import { governmentInfoModule } from './governmentInfo.js';
import { interpretationModule } from './interpretation.js';
import { searchModule } from './search.js';
import { statisticsModule } from './statistics.js';
import { disclosureModule } from './disclosure.js';
import { usersModule } from './users.js';
import { securityModule } from './security.js';
import { wordingModule } from './wording.js';
import { consoleModule } from './console.js';
import { oversightConsoleModule } from './oversightConsole.js';
import { catalogueModule } from './catalogue.js';
import { releasesModule } from './releases.js';
import { correctionsModule } from './corrections.js';
import { variantsModule } from './variants.js';
import { translationsModule } from './translations.js';
import { attachmentsModule } from './attachments.js';

/**
 * The API is assembled from modules: the core, then one module per area (oversight, channels …), each
 * adding types with `extend type Query` / `extend type Mutation` and its own resolvers.
 */
export interface SchemaModule {
  typeDefs: string;
  resolvers: Record<string, Record<string, unknown> | unknown>;
}

export const modules: SchemaModule[] = [{ typeDefs: coreTypeDefs, resolvers: coreResolvers }, oversightModule, inspectionModule, accountsModule, searchModule, statisticsModule, interpretationModule, disclosureModule, usersModule, securityModule, wordingModule, channelsModule, channelChecksModule, governmentInfoModule, consoleModule, oversightConsoleModule, catalogueModule, releasesModule, correctionsModule, variantsModule, translationsModule, attachmentsModule];

export function mergedSchema(list: SchemaModule[] = modules): { typeDefs: string[]; resolvers: Record<string, unknown> } {
  const resolvers: Record<string, Record<string, unknown>> = {};
  for (const module of list) {
    for (const [type, fields] of Object.entries(module.resolvers)) {
      // Scalars are objects of their own, not field maps: keep them whole.
      if (fields && typeof fields === 'object' && fields.constructor === Object) resolvers[type] = { ...(resolvers[type] ?? {}), ...(fields as Record<string, unknown>) };
      else resolvers[type] = fields as Record<string, unknown>;
    }
  }
  return { typeDefs: list.map((m) => m.typeDefs), resolvers };
}
