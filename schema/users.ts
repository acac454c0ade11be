import type { Role } from '../store/organisation.js';
import {
  changeOwnPassword, createUnit, createUserAccount, listUnitsFor, listUserAccounts, resetUserPassword, setUserDisabled, updateUserAccount,
  type CreateUserAccount, type UpdateUserAccount,
} from '../workflow/userAdmin.js';
import type { UserRecord } from '../store/organisation.js';
import type { SchemaModule } from './modules.js';
import type { Context } from './resolvers.js';

/** User and unit administration (用户管理): admins manage accounts, everyone changes their own password. */
const typeDefs = /* GraphQL */ `
  extend type User {
    disabled: Boolean!
    "True after an admin set the password: every operation but me, changePassword and logout is refused until it is changed."
    mustChangePassword: Boolean!
    "Set while too many wrong passwords keep the account locked."
    lockedUntil: DateTime
    lastLoginAt: DateTime
    createdAt: DateTime!
  }

  input CreateUserInput { username: String!, displayName: String, password: String!, role: Role!, unitCode: String }
  input UpdateUserInput { displayName: String, role: Role, unitCode: String }

  extend type Query {
    "ADMIN only."
    users(role: Role, unitCode: String, includeDisabled: Boolean = true): [User!]!
    units: [Unit!]!
  }

  extend type Mutation {
    "Own password; clears mustChangePassword and signs out every other session."
    changePassword(oldPassword: String!, newPassword: String!): User!
    "The new user must change the password at first login."
    createUser(input: CreateUserInput!): User!
    "A role or unit change signs the user out everywhere."
    updateUser(id: ID!, input: UpdateUserInput!): User!
    "Forces a change at next login and signs the user out everywhere."
    resetUserPassword(id: ID!, newPassword: String!): User!
    "Disabling signs the user out everywhere; enabling again does not revive old sessions."
    setUserDisabled(id: ID!, disabled: Boolean!): User!
    createUnit(code: String!, name: String!): Unit!
  }
`;

const resolvers = {
  Query: {
    users: (_: unknown, args: { role?: Role | null; unitCode?: string | null; includeDisabled?: boolean | null }, ctx: Context) => listUserAccounts(ctx.deps, ctx.actor, args),
    units: (_: unknown, __: unknown, ctx: Context) => listUnitsFor(ctx.deps, ctx.actor),
  },
  Mutation: {
    changePassword: (_: unknown, args: { oldPassword: string; newPassword: string }, ctx: Context) => changeOwnPassword(ctx.deps, ctx.actor, ctx.token, args.oldPassword, args.newPassword, ctx.address),
    createUser: (_: unknown, args: { input: CreateUserAccount }, ctx: Context) => createUserAccount(ctx.deps, ctx.actor, args.input),
    updateUser: (_: unknown, args: { id: string; input: UpdateUserAccount }, ctx: Context) => updateUserAccount(ctx.deps, ctx.actor, args.id, args.input),
    resetUserPassword: (_: unknown, args: { id: string; newPassword: string }, ctx: Context) => resetUserPassword(ctx.deps, ctx.actor, args.id, args.newPassword),
    setUserDisabled: (_: unknown, args: { id: string; disabled: boolean }, ctx: Context) => setUserDisabled(ctx.deps, ctx.actor, args.id, args.disabled),
    createUnit: (_: unknown, args: { code: string; name: string }, ctx: Context) => createUnit(ctx.deps, ctx.actor, args.code, args.name),
  },
  User: {
    disabled: (user: UserRecord) => !user.active,
    // The column keeps the last lock; once it has passed the account is simply unlocked.
    lockedUntil: (user: UserRecord, _: unknown, ctx: Context) => (user.lockedUntil && user.lockedUntil > ctx.deps.now() ? user.lockedUntil : null),
  },
};

export const usersModule: SchemaModule = { typeDefs, resolvers };
