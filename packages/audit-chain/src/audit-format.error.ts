/**
 * Raised for a value that has no place in the audit format. `path` names the offending part (`summary.votes[2]`,
 * `occurredAt`) so the message can point at the bad field in a row of millions.
 */
export class AuditFormatError extends Error {
  override readonly name = 'AuditFormatError';
  readonly path: string;

  constructor(path: string, problem: string) {
    super(`${path}: ${problem}`);
    this.path = path;
  }
}
