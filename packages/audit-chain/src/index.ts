export { AuditFormatError } from './audit-format.error.js';
export { canonicalJson } from './canonical-json.js';
export type { JsonValue } from './canonical-json.js';
export { AUDIT_FORMAT_VERSION, GENESIS_HASH, chainEvent, hashEvent, hashPreimage } from './audit-event.js';
export type { AuditEvent, AuditEventInput } from './audit-event.js';
export { ChainVerifier, verifyChain } from './chain-verifier.js';
export type { ChainCheckpoint, ChainVerifierOptions, VerifyFailureReason, VerifyResult } from './chain-verifier.js';
