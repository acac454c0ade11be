import { statusName } from './statusLabels.js';

/** The stable error codes of the public contract (GraphQL `extensions.code`, CLI exit messages). */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'INVALID_TRANSITION'
  | 'GATE_BLOCKED'
  | 'CONFLICT'
  | 'WEAK_PASSWORD'
  | 'PASSWORD_CHANGE_REQUIRED'
  | 'ACCOUNT_LOCKED'
  | 'RATE_LIMITED'
  /** The platform refused a channel account's credentials (on create, rotate or test connection). */
  | 'CHANNEL_CREDENTIALS_INVALID';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const forbidden = (message = '无权执行此操作'): AppError => new AppError('FORBIDDEN', message);
export const notFound = (what: string): AppError => new AppError('NOT_FOUND', `${what} 不存在`);
export const badInput = (message: string, details?: Record<string, unknown>): AppError => new AppError('BAD_USER_INPUT', message, details);
export const invalidTransition = (from: string, action: string): AppError =>
  new AppError('INVALID_TRANSITION', `当前状态为「${statusName(from)}」，不能执行「${action}」，请刷新后查看最新状态`, { from, action });
