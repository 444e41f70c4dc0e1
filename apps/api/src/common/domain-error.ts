/**
 * Errors a service raises on purpose. The code is part of the public contract
 * (it becomes `extensions.code`); the message must tell a person what to do.
 */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
}

export interface DomainErrorDetails {
  /** the input field at fault, as the client named it */
  field?: string;
  /** seconds to wait, for RATE_LIMITED */
  retryAfter?: number;
  /** for FORBIDDEN because the account is suspended: until when (ISO-8601) */
  suspendedUntil?: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: DomainErrorDetails = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const unauthenticated = (message = 'You need to sign in to do this.') =>
  new DomainError(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message = 'You are not allowed to do this.') =>
  new DomainError(ErrorCode.FORBIDDEN, message);
export const badInput = (field: string, message: string) =>
  new DomainError(ErrorCode.BAD_USER_INPUT, `${field}: ${message}`, { field });
export const notFound = (what: string) => new DomainError(ErrorCode.NOT_FOUND, `${what} was not found.`);
export const conflict = (message: string) => new DomainError(ErrorCode.CONFLICT, message);
