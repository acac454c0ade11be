import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  getArgumentValues, getNamedType, getNullableType, getVariableValues, GraphQLError, isCompositeType, isInterfaceType, isLeafType, isListType, isObjectType, Kind,
  type DocumentNode, type FragmentDefinitionNode, type GraphQLNamedType, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode,
  type ValidationContext, type ValidationRule, type ValueNode,
} from 'graphql';
import { INVALID_TEXT_MESSAGE, isCleanText } from '../workflow/text.js';

/**
 * Limits on what one GraphQL request may ask for, so no client (signed in or not) can make the hub build
 * a response the size of the database, or spend seconds on one document.
 */
export interface QueryLimits {
  /** Estimated number of values a query can return (scalars count 1; lists multiply by their `first`). */
  maxCost: number;
  maxDepth: number;
  maxAliases: number;
  /** Lexical tokens in the document: bounds parsing and validation work before anything else runs. */
  maxTokens: number;
  maxDirectives: number;
  /** Bytes of field names and values in a response; beyond it the whole response is refused. */
  maxResponseBytes: number;
}

export const DEFAULT_LIMITS: QueryLimits = { maxCost: 10_000, maxDepth: 10, maxAliases: 15, maxTokens: 4000, maxDirectives: 10, maxResponseBytes: 32 * 1024 * 1024 };

/** What `first` means when a client leaves it out (pagination's default page). */
const DEFAULT_PAGE = 20;
/** Lists without paging (findings, publications, revisions …): assume this many items. */
const LIST_ESTIMATE = 10;

const tooComplex = (message: string, limit: string): GraphQLError => new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', limit, http: { status: 400 } } });
// Apollo keeps this code and status: errors thrown before execution are otherwise answered with 500.
const edgeError = (message: string, code: string, status = 400): GraphQLError => new GraphQLError(message, { extensions: { code, http: { status } } });

const report = (message: string, limit: string) => [
  (context: ValidationContext | null): void => {
    if (!context) throw tooComplex(message, limit);
    context.reportError(tooComplex(message, limit));
  },
];

/**
 * Aliases, depth, directives, tokens (and, in production, field suggestions) by graphql-armor. Armor's
 * cost limit reads only literal arguments (`first: $n` costs 1), so the cost is computed by
 * `variableCostPlugin` below once the variables are known.
 */
export function armorProtection(limits: QueryLimits, production: boolean): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const armor = new ApolloArmor({
    costLimit: { enabled: false },
    maxAliases: { n: limits.maxAliases, allowList: [], propagateOnRejection: false, onReject: report(`查询中的别名过多（上限 ${limits.maxAliases} 个）`, 'aliases') },
    maxDepth: { n: limits.maxDepth, flattenFragments: true, propagateOnRejection: false, onReject: report(`查询嵌套过深（上限 ${limits.maxDepth} 层）`, 'depth') },
    maxDirectives: { n: limits.maxDirectives, propagateOnRejection: false, onReject: report(`查询中的指令过多（上限 ${limits.maxDirectives} 个）`, 'directives') },
    // graphql-js counts tokens itself (`parseOptions.maxTokens`, see graphql.ts), and its refusal is a
    // parse error Apollo answers with 400; armor's version surfaces in Apollo 5 as a 500.
    maxTokens: { enabled: false },
    // Suggestions name fields an anonymous caller has not seen; developers keep them outside production.
    blockFieldSuggestion: { enabled: production, mask: '' },
  });
  const { plugins, validationRules } = armor.protect();
  // Armor is typed against Apollo's CommonJS build; the plugin objects are the same at run time.
  return { plugins: plugins as unknown as ApolloServerPlugin[], validationRules };
}

/** graphql-js's refusal of a document with too many tokens, recognised to give it our code. */
export function tokenLimitError(message: string): boolean {
  return /^Syntax Error: Document contains more tha[nt] \d+ tokens/.test(message); // sic: graphql 16 says "more that"
}

/**
 * The estimated size of the operation's result with the request's own variables: each field costs 1,
 * a field with `first` multiplies what is under it by that many (the default page when omitted), other
 * lists by an estimate. A connection's `edges` are bounded by the connection's `first`.
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const fragmentCosts = new Map<string, number>();

  const selectionCost = (set: SelectionSetNode, parent: GraphQLNamedType, paged: boolean): number => {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        if (!fragmentCosts.has(name)) {
          const fragment = fragments.get(name);
          const type = fragment && schema.getType(fragment.typeCondition.name.value);
          fragmentCosts.set(name, 0); // cycles are refused by validation; this only guards the recursion
          fragmentCosts.set(name, fragment && type ? selectionCost(fragment.selectionSet, type, paged) : 0);
        }
        cost += fragmentCosts.get(name)!;
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        cost += selectionCost(selection.selectionSet, type ?? parent, paged);
        continue;
      }
      const name = selection.name.value;
      if (name === '__schema' || name === '__type') continue; // introspection: off in production, bounded by the schema
      const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
      if (!field || !selection.selectionSet) {
        cost += 1;
        continue;
      }
      const args = getArgumentValues(field, selection, variables);
      const hasFirst = field.args.some((a) => a.name === 'first');
      const first = typeof args.first === 'number' ? args.first : null;
      const returnsList = isListType(getNullableType(field.type));
      const multiplier = hasFirst ? Math.max(1, first ?? DEFAULT_PAGE) : returnsList && !paged ? LIST_ESTIMATE : 1;
      const child = getNamedType(field.type);
      cost += 1 + multiplier * (isCompositeType(child) ? selectionCost(selection.selectionSet, child, hasFirst) : 0);
    }
    return cost;
  };

  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  return root ? selectionCost(operation.selectionSet, root, false) : 0;
}

/** True when every string in the value (variables, nested inputs) is clean text. */
function cleanValue(value: unknown): boolean {
  if (typeof value === 'string') return isCleanText(value);
  if (Array.isArray(value)) return value.every(cleanValue);
  if (value && typeof value === 'object') return Object.entries(value).every(([k, v]) => isCleanText(k) && cleanValue(v));
  return true;
}

function cleanLiteral(node: ValueNode): boolean {
  if (node.kind === Kind.STRING) return isCleanText(node.value);
  if (node.kind === Kind.LIST) return node.values.every(cleanLiteral);
  if (node.kind === Kind.OBJECT) return node.fields.every((f) => cleanLiteral(f.value));
  return true;
}

function documentLiterals(document: DocumentNode): ValueNode[] {
  const found: ValueNode[] = [];
  const visitSet = (set: SelectionSetNode | undefined): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) for (const arg of selection.arguments ?? []) found.push(arg.value);
      if (selection.kind !== Kind.FRAGMENT_SPREAD) visitSet(selection.selectionSet);
    }
  };
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION || definition.kind === Kind.FRAGMENT_DEFINITION) visitSet(definition.selectionSet);
    if (definition.kind === Kind.OPERATION_DEFINITION) for (const v of definition.variableDefinitions ?? []) if (v.defaultValue) found.push(v.defaultValue);
  }
  return found;
}

/**
 * Checks made once the operation and its variables are known, before anything executes: only queries and
 * mutations over HTTP, no NUL or lone surrogates in any string, and the cost with the real variables.
 */
export function requestLimitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, schema, request }) {
          if (!operation) return;
          if (operation.operation === 'subscription') throw edgeError('本接口不支持订阅（subscription）操作', 'OPERATION_NOT_SUPPORTED');
          if (!cleanValue(request.variables ?? {}) || !documentLiterals(document).every(cleanLiteral)) throw edgeError(INVALID_TEXT_MESSAGE, 'BAD_USER_INPUT');
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          // Variables that do not coerce fail execution with their own errors; there is nothing to cost.
          if (coerced.errors) return;
          const cost = operationCost(schema, document, operation, coerced.coerced);
          if (cost > limits.maxCost) throw tooComplex(`查询代价过高（${cost} > ${limits.maxCost}），请减少分页大小、别名或字段`, 'cost');
        },
      };
    },
  };
}

function leafBytes(value: unknown): number {
  if (value === null || value === undefined) return 4;
  if (typeof value === 'string') return Buffer.byteLength(value) + 2;
  if (typeof value === 'number' || typeof value === 'boolean') return 8;
  return Buffer.byteLength(JSON.stringify(value) ?? '');
}

/**
 * Counts the bytes of the response while it is being resolved; past the cap, every further field fails
 * at once (no more loading) and the whole response is replaced by one error. Memory stays bounded
 * whatever the query, and the client gets a clear answer instead of a truncated document.
 */
export function responseSizePlugin(maxBytes: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      let bytes = 0;
      let exceeded = false;
      const message = `响应超过 ${Math.round(maxBytes / 1024 / 1024 * 10) / 10} MB 上限，请减少分页大小或字段`;
      return {
        async executionDidStart() {
          return {
            willResolveField({ info }) {
              if (exceeded) throw edgeError(message, 'RESPONSE_TOO_LARGE');
              return (error, result) => {
                bytes += info.fieldName.length + 4;
                if (!error && isLeafType(getNamedType(info.returnType))) bytes += leafBytes(result);
                if (bytes > maxBytes) exceeded = true;
              };
            },
          };
        },
        async willSendResponse({ response }) {
          if (!exceeded || response.body.kind !== 'single') return;
          response.body.singleResult = { errors: [{ message, extensions: { code: 'RESPONSE_TOO_LARGE' } }] };
          response.http.status = 400;
        },
      };
    },
  };
}
