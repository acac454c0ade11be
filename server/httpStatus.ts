import type { ErrorCode } from '../workflow/errors.js';

/** The HTTP status of each error code for the plain (non-GraphQL) routes; codes not listed are server faults. */
export const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401, FORBIDDEN: 403, PASSWORD_CHANGE_REQUIRED: 403, BAD_USER_INPUT: 400, NOT_FOUND: 404, RATE_LIMITED: 429, ACCOUNT_LOCKED: 429,
};
