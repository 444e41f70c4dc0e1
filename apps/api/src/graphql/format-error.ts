import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { DomainError, ErrorCode } from '../common/domain-error.js';

// Codes Apollo assigns itself for documents it could not parse, validate or coerce; their messages are safe.
const APOLLO_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

const HTTP_CODES: Record<number, ErrorCode> = {
  400: ErrorCode.BAD_USER_INPUT,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  409: ErrorCode.CONFLICT,
  429: ErrorCode.RATE_LIMITED,
};

export interface FormatErrorOptions {
  exposeDetails: boolean;
  onInternalError: (error: unknown) => void;
}

/**
 * The one place where errors become what a client sees: a domain error keeps
 * its code and message; anything unexpected becomes INTERNAL_SERVER_ERROR with
 * a generic message, and its details go to the log only.
 */
export function createFormatError(options: FormatErrorOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

    if (original instanceof DomainError) {
      return {
        ...base,
        message: original.message,
        extensions: {
          code: original.code,
          ...(original.details.field ? { field: original.details.field } : {}),
          ...(original.details.retryAfter !== undefined ? { retryAfter: original.details.retryAfter } : {}),
          ...(original.details.suspendedUntil !== undefined ? { suspendedUntil: original.details.suspendedUntil } : {}),
        },
      };
    }

    if (original instanceof HttpException) {
      const code = HTTP_CODES[original.getStatus()];
      if (code) return { ...base, message: original.message, extensions: { code } };
    }

    const code = formatted.extensions?.code;
    if (typeof code === 'string' && APOLLO_CODES.has(code)) {
      return { ...base, extensions: { code } };
    }

    options.onInternalError(original);
    return {
      ...base,
      message: options.exposeDetails && original instanceof Error ? original.message : 'Something went wrong on our side. Please try again later.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
