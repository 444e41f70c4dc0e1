import { summarise, type Summary } from '@rembug/summary-engine';
import { type Query, type ReadProgress, type SummaryTarget, readSummaryInput } from './summary.reader.js';

export type ComputePhase = Parameters<ReadProgress>[0] | 'analysis';
export type ComputeProgress = (phase: ComputePhase, done: number, total: number) => void;

/**
 * Reads a target's debate in one consistent snapshot (a read-only repeatable-read transaction, so `query` must run
 * on one connection) and summarises it; null when the discussion, area or category does not exist.
 */
export async function computeSummary(query: Query, target: SummaryTarget, onProgress?: ComputeProgress): Promise<Summary | null> {
  await query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  let input;
  let key: string | undefined;
  try {
    const [clock] = await query(`SELECT now() AS now`);
    input = await readSummaryInput(query, target, { asOf: clock!.now as Date, onProgress });
    const [secret] = await query(`SELECT value FROM instance_secrets WHERE name = 'summary_pseudonym_key'`);
    key = secret ? String(secret.value) : undefined;
  } finally {
    await query('COMMIT');
  }
  if (!input) return null;
  onProgress?.('analysis', 0, 1);
  const summary = summarise(input, { pseudonymKey: key });
  onProgress?.('analysis', 1, 1);
  return summary;
}
