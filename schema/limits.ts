import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';

export interface QueryLimits {
  maxDepth: number;
  /** Estimated number of objects a query can return: list fields multiply by their `first` (or 20). */
  maxCost: number;
}

export const DEFAULT_LIMITS: QueryLimits = { maxDepth: 10, maxCost: 5000 };

/**
 * One validation rule for depth and cost, computed over the operation with fragments expanded, so a
 * client cannot ask for a graph the size of the database in one request.
 */
export function limitsRule(limits: QueryLimits = DEFAULT_LIMITS) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);

    const measure = (set: SelectionSetNode, depth: number, seen: Set<string>): { depth: number; cost: number } => {
      let maxDepth = depth;
      let cost = 0;
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          if (!selection.selectionSet) continue;
          const first = selection.arguments?.find((a) => a.name.value === 'first');
          const multiplier = first && first.value.kind === Kind.INT ? Number(first.value.value) : LIST_FIELDS.has(selection.name.value) ? 20 : 1;
          const inner = measure(selection.selectionSet, depth + 1, seen);
          maxDepth = Math.max(maxDepth, inner.depth);
          cost += multiplier * (1 + inner.cost);
        } else {
          const inner = selection.kind === Kind.INLINE_FRAGMENT
            ? measure(selection.selectionSet, depth, seen)
            : (() => {
                const fragment = fragments.get(selection.name.value);
                if (!fragment || seen.has(fragment.name.value)) return { depth, cost: 0 };
                return measure(fragment.selectionSet, depth, new Set([...seen, fragment.name.value]));
              })();
          maxDepth = Math.max(maxDepth, inner.depth);
          cost += inner.cost;
        }
      }
      return { depth: maxDepth, cost };
    };

    return {
      OperationDefinition(node) {
        const { depth, cost } = measure(node.selectionSet, 0, new Set());
        if (depth > limits.maxDepth) context.reportError(new GraphQLError(`查询嵌套过深（${depth} > ${limits.maxDepth}）`, { nodes: [node], extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'depth' } }));
        if (cost > limits.maxCost) context.reportError(new GraphQLError(`查询代价过高（${cost} > ${limits.maxCost}）`, { nodes: [node], extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'cost' } }));
      },
    };
  };
}

/** Fields that return lists without a `first` argument: assume a page's worth. (`edges` is bounded by its connection's `first`.) */
const LIST_FIELDS = new Set(['findings', 'revisions', 'reviews', 'publications', 'channelAccounts', 'categories', 'keptFindings']);
