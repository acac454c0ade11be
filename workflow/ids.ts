/**
 * Whether a string is a UUID, the form of every id the hub hands out. Resolvers and routes check ids from
 * the outside with it before asking for anything (a typed URL is a 404, not a database error); the store
 * owns the definition because it is the database's type.
 */
export { isUuid } from '../store/contents.js';
