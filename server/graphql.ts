import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { RequestHandler } from 'express';
import { GraphQLError, Kind, type GraphQLFormattedError } from 'graphql';
import type { Context } from '../schema/resolvers.js';
import { armorProtection, DEFAULT_LIMITS, tokenLimitError, requestLimitsPlugin, responseSizePlugin, type QueryLimits } from '../schema/limits.js';
import { createLoaders } from '../workflow/loaders.js';
import { mergedSchema } from '../schema/modules.js';
import { checkPasswordGate } from '../workflow/actor.js';
import { authenticate } from '../workflow/auth.js';
import type { Deps } from '../workflow/deps.js';
import type { Config } from './config.js';
import type { Logger } from '../observe/logger.js';
import { AppError } from '../workflow/errors.js';

/** Maps every error to a stable `extensions.code`; internal details stay in the log, not in the reply. */
export const errorFormatter = (logger: Logger) => (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
  const original = unwrapResolverError(error);
  if (original instanceof AppError) {
    return { message: original.message, path: formatted.path, extensions: { code: original.code, ...(original.details ?? {}) } };
  }
  // Apollo files every validation error under GRAPHQL_VALIDATION_FAILED; our limits keep a code of their own.
  if (formatted.extensions?.limit) return { ...formatted, extensions: { ...formatted.extensions, code: 'QUERY_TOO_COMPLEX' } };
  if (tokenLimitError(formatted.message)) return { message: '查询过长，请减少字段或别名', extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'tokens' } };
  const code = formatted.extensions?.code;
  if (code && code !== ApolloServerErrorCode.INTERNAL_SERVER_ERROR) return formatted;
  // SQLSTATE class 22 (data exception) is a value PostgreSQL refused: bad input an edge check missed.
  const sqlState = (original as { code?: unknown } | null)?.code;
  if (typeof sqlState === 'string' && sqlState.startsWith('22')) {
    logger.warn({ sqlState, path: formatted.path, err: original }, 'GraphQL 输入被数据库拒绝');
    return { message: '输入的值无效，请检查后重试', path: formatted.path, extensions: { code: 'BAD_USER_INPUT' } };
  }
  logger.error({ err: original, path: formatted.path }, 'GraphQL 内部错误');
  return { message: '服务器内部错误', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
};

/** A user whose password an admin reset may only see themself, change the password, or log out. */
const passwordGatePlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        // A fragment at the top level counts as a field outside the allowed set.
        const fields = (operation?.selectionSet.selections ?? []).map((s) => (s.kind === Kind.FIELD ? s.name.value : '…'));
        try {
          checkPasswordGate(contextValue.actor, fields);
        } catch (error) {
          if (error instanceof AppError) throw new GraphQLError(error.message, { extensions: { code: error.code, http: { status: 403 } } });
          throw error;
        }
      },
    };
  },
};

type Resolvers = Extract<ConstructorParameters<typeof ApolloServer<Context>>[0], { typeDefs: unknown }>['resolvers'];

export async function createGraphqlMiddleware(deps: Deps<Config>, plugins: ApolloServerPlugin<Context>[] = []): Promise<{ handler: RequestHandler; stop: () => Promise<void> }> {
  const { typeDefs, resolvers } = mergedSchema();
  const limits: QueryLimits = { ...DEFAULT_LIMITS, ...deps.config.graphqlLimits };
  const armor = armorProtection(limits, deps.config.production);
  const server = new ApolloServer<Context>({
    typeDefs,
    resolvers: resolvers as Resolvers,
    formatError: errorFormatter(deps.logger),
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    introspection: !deps.config.production,
    includeStacktraceInErrorResponses: false,
    // The default landing page loads Apollo's sandbox from the internet; GET /graphql serves an offline page instead.
    plugins: [ApolloServerPluginLandingPageDisabled(), ...armor.plugins, requestLimitsPlugin(limits), passwordGatePlugin, responseSizePlugin(limits.maxResponseBytes), ...plugins],
  });
  await server.start();
  const handler = expressMiddleware(server, {
    context: async ({ req }) => {
      const header = req.headers.authorization ?? '';
      const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1] ?? null;
      const session = await authenticate(deps, token);
      return { deps, actor: session?.actor ?? null, user: session?.user ?? null, token: session ? token : null, address: req.ip ?? req.socket.remoteAddress ?? 'unknown', loaders: createLoaders(deps.pool) };
    },
  });
  return { handler, stop: () => server.stop() };
}
