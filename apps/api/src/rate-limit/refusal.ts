import { DomainError, ErrorCode } from '../common/domain-error.js';
import type { RateRule } from './rules.js';

/** "45 seconds", "2 minutes", "23 hours": how long to wait, as a person would say it (always rounded up). */
export function inWords(seconds: number): string {
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (seconds < 60) return unit(seconds, 'second');
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return unit(minutes, 'minute');
  return unit(Math.ceil(seconds / 3600), 'hour');
}

/** RATE_LIMITED with `retryAfter` in whole seconds (at least 1) and a message saying how long to wait. */
export function rateLimited(rule: RateRule, retryAfterMs: number): DomainError {
  const retryAfter = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return new DomainError(ErrorCode.RATE_LIMITED, rule.message.replace('{wait}', inWords(retryAfter)), { retryAfter });
}
