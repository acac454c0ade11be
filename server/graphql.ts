import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { RequestHandler } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import type { Context } from '../schema/resolvers.js';
import { limitsRule } from '../schema/limits.js';
import { mergedSchema } from '../schema/modules.js';
import { authenticate } from '../workflow/auth.js';
import type { Deps } from '../workflow/deps.js';
import { AppError } from '../workflow/errors.js';

/** Maps every error to a stable `extensions.code`; internal details stay in the log, not in the reply. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof AppError) {
    return { message: original.message, path: formatted.path, extensions: { code: original.code, ...(original.details ?? {}) } };
  }
  // Apollo files every validation error under GRAPHQL_VALIDATION_FAILED; our limits keep a code of their own.
  if (formatted.extensions?.limit) return { ...formatted, extensions: { ...formatted.extensions, code: 'QUERY_TOO_COMPLEX' } };
  const code = formatted.extensions?.code;
  if (code && code !== ApolloServerErrorCode.INTERNAL_SERVER_ERROR) return formatted;
  process.stderr.write(`graphql internal error: ${original instanceof Error ? original.stack : String(original)}\n`);
  return { message: '服务器内部错误', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

type Resolvers = Extract<ConstructorParameters<typeof ApolloServer<Context>>[0], { typeDefs: unknown }>['resolvers'];

export async function createGraphqlMiddleware(deps: Deps, plugins: ApolloServerPlugin<Context>[] = []): Promise<{ handler: RequestHandler; stop: () => Promise<void> }> {
  const { typeDefs, resolvers } = mergedSchema();
  const server = new ApolloServer<Context>({
    typeDefs,
    resolvers: resolvers as Resolvers,
    formatError,
    validationRules: [limitsRule()],
    csrfPrevention: true,
    introspection: !deps.config.production,
    includeStacktraceInErrorResponses: false,
    // The default landing page loads Apollo's sandbox from the internet; GET /graphql serves an offline page instead.
    plugins: [ApolloServerPluginLandingPageDisabled(), ...plugins],
  });
  await server.start();
  const handler = expressMiddleware(server, {
    context: async ({ req }) => {
      const header = req.headers.authorization ?? '';
      const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1] ?? null;
      const session = await authenticate(deps, token);
      return { deps, actor: session?.actor ?? null, user: session?.user ?? null, token: session ? token : null, revisions: new Map() };
    },
  });
  return { handler, stop: () => server.stop() };
}
