import type { Summary } from '@rembug/summary-engine';

/**
 * The id of the JSON Schema a summary of this format version follows (docs/summary.schema.json). A URN, not an
 * address on some deployment: the same file validates exports from every site.
 */
export function summarySchemaId(schemaVersion: number): string {
  return `urn:rembug:schema:summary:${schemaVersion}`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) sorted[key] = sortKeys((value as Record<string, unknown>)[key]);
    return sorted;
  }
  return value;
}

/**
 * The summary as JSON with a `$schema` pointer, keys sorted at every level and two-space indents, so the same
 * summary always gives the same bytes (and a diff between two exports shows only what changed).
 */
export function renderJson(summary: Summary): string {
  const document = { $schema: summarySchemaId(summary.schemaVersion), ...summary };
  return `${JSON.stringify(sortKeys(document), null, 2)}\n`;
}
