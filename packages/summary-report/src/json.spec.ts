import type { Summary } from '@rembug/summary-engine';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { renderJson, summarySchemaId } from './json.js';
import { areaSummary, largeSummary, threadSummary } from './testing/fixtures.js';

const schema = JSON.parse(readFileSync(new URL('../../../docs/summary.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;
// Formats are documentation here; the schema's patterns do the checking, so no format plugin is needed.
const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: false });
const validate = ajv.compile(schema);

function exported(summary: Summary): Record<string, unknown> {
  return JSON.parse(renderJson(summary)) as Record<string, unknown>;
}

function errors(document: unknown): string[] {
  return validate(document) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
}

/** Rebuilds every object with its keys in reverse order, leaving the values alone. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .reverse()
        .map((key) => [key, reversedKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

describe('renderJson', () => {
  it.each([
    ['a discussion with three groups', threadSummary],
    ['an area without groups', areaSummary],
    ['2,000 comments', () => largeSummary(2000)],
  ])('exports %s as JSON the schema accepts', (_name, make) => {
    expect(errors(exported(make()))).toEqual([]);
  });

  it('points at the schema that describes it', () => {
    expect(schema['$id']).toBe(summarySchemaId(1));
    expect(exported(threadSummary())['$schema']).toBe(schema['$id']);
  });

  it('carries the whole summary and nothing else', () => {
    const { $schema: _schema, ...rest } = exported(threadSummary());
    expect(rest).toEqual(threadSummary());
  });

  it('writes the same bytes for the same summary, whatever order its keys were built in', () => {
    const summary = threadSummary();
    const json = renderJson(summary);
    expect(renderJson(reversedKeys(summary) as Summary)).toBe(json);
    expect(json.endsWith('}\n')).toBe(true);
    const topKeys = Object.keys(JSON.parse(json) as object);
    expect(topKeys).toEqual([...topKeys].sort());
  });

  const REMOVE = Symbol('remove');
  it.each<[string, Array<string | number>, unknown]>([
    ['a missing field', ['provenance', 'inputHash'], REMOVE],
    ['an unknown field', ['comments', 0, 'author'], 'someone'],
    ['an unknown field at the top', ['extra'], true],
    ['an unknown response clock', ['proposals', 0, 'clock'], 'LATE'],
    ['a share above one', ['consensus', 0, 'agreeShare'], 1.2],
    ['a negative count', ['participation', 'voteCount'], -1],
    ['a fractional count', ['comments', 0, 'votes'], 2.5],
    ['a group letter in lower case', ['opinionGroups', 'groups', 0, 'id'], 'a'],
    ['a participant shown by account id', ['opinionGroups', 'points', 0, 'participant'], 'user-42'],
    ['groups listed although none were formed', ['opinionGroups', 'status'], 'NO_CLEAR_GROUPS'],
    ['a discussion summary that also filters by area', ['scope', 'areaId'], 'a-1'],
    ['a malformed input hash', ['provenance', 'inputHash'], 'md5:abc'],
    ['a date that is not an instant', ['asOf'], '12/12/2026'],
    ['another schema version', ['schemaVersion'], 2],
    ['a wrong $schema', ['$schema'], 'https://example.com/schema.json'],
    ['three explained variances', ['opinionGroups', 'explainedVariance'], [0.3, 0.2, 0.1]],
  ])('rejects %s', (_name, path, value) => {
    const document = exported(threadSummary());
    type Node = Record<string | number, unknown>;
    const parent = path.slice(0, -1).reduce<Node>((node, key) => node[key] as Node, document);
    const last = path[path.length - 1] as string | number;
    if (value === REMOVE) delete parent[last];
    else parent[last] = value;
    expect(errors(document)).not.toEqual([]);
  });
});
