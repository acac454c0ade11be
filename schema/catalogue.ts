import { policyForCategory } from '../review/policy.js';
import type { Category } from '../store/categories.js';
import { createCategory, getCatalogue, moveCategory, setCategoryActive, updateCategory, type CategoryInput, type CategoryPatch } from '../workflow/categories.js';
import { renameUnit } from '../workflow/userAdmin.js';
import type { SchemaModule } from './modules.js';
import type { Context } from './resolvers.js';

/** The admins' screens 栏目 and 单位: the catalogue tree and unit names. */
const typeDefs = /* GraphQL */ `
  extend type Category {
    "Inactive categories are offered to nobody; only the catalogue query lists them."
    active: Boolean!
    "Order among siblings (ascending)."
    sortOrder: Int!
    "去标识化 of names in this category (fixed by the masking policy, review/policy.ts; read-only)."
    namePolicy: CategoryNamePolicy!
  }

  "Names in a category's published documents: all kept (人事任免), kept when introduced by these roles (行政处罚: 当事人 …), or none (王某某)."
  type CategoryNamePolicy { allNames: Boolean! roles: [String!]! }

  enum MoveDirection { UP DOWN }

  "Omitted fields stay as they are."
  input CategoryPatchInput { name: String, kind: String, requiredApprovals: Int }

  extend type Query {
    "Admins: every category, inactive ones included, in tree order."
    catalogue: [Category!]!
  }

  extend type Mutation {
    "Admins: a new category at the end of its siblings; CONFLICT when the code is taken. Audited (category.create)."
    createCategory(input: CategoryInput!): Category!
    "Admins: rename, change kind or 一审一核 (requiredApprovals 2). Audited (category.update)."
    updateCategory(code: String!, input: CategoryPatchInput!): Category!
    "Admins: one place up or down among its siblings. Audited (category.move)."
    moveCategory(code: String!, direction: MoveDirection!): Category!
    "Admins: deactivating also deactivates the subtree; reactivating needs an active parent. Audited."
    setCategoryActive(code: String!, active: Boolean!): Category!
    "Admins: a unit's new name; its code never changes. Audited (unit.rename)."
    renameUnit(code: String!, name: String!): Unit!
  }
`;

const resolvers = {
  MoveDirection: { UP: 'up', DOWN: 'down' },
  Category: {
    active: (c: Category) => c.active,
    sortOrder: (c: Category) => c.sortOrder,
    namePolicy: (c: Category) => {
      const roles = policyForCategory(c.code).disclosedNameRoles;
      return roles === 'all' ? { allNames: true, roles: [] } : { allNames: false, roles };
    },
  },
  Query: {
    catalogue: (_: unknown, __: unknown, ctx: Context) => getCatalogue(ctx.deps, ctx.actor),
  },
  Mutation: {
    createCategory: (_: unknown, args: { input: CategoryInput }, ctx: Context) => createCategory(ctx.deps, ctx.actor, args.input),
    updateCategory: (_: unknown, args: { code: string; input: CategoryPatch }, ctx: Context) => updateCategory(ctx.deps, ctx.actor, args.code, args.input),
    moveCategory: (_: unknown, args: { code: string; direction: 'up' | 'down' }, ctx: Context) => moveCategory(ctx.deps, ctx.actor, args.code, args.direction),
    setCategoryActive: (_: unknown, args: { code: string; active: boolean }, ctx: Context) => setCategoryActive(ctx.deps, ctx.actor, args.code, args.active),
    renameUnit: (_: unknown, args: { code: string; name: string }, ctx: Context) => renameUnit(ctx.deps, ctx.actor, args.code, args.name),
  },
};

export const catalogueModule: SchemaModule = { typeDefs, resolvers };
