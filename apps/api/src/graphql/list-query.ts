import type { DataSource } from 'typeorm';
import { badInput } from '../common/domain-error.js';
import { isUuid } from '../common/validation.js';
import { type Connection, decodeCursor, encodeCursor, isTimestampKey, pageSize, toConnection } from './connection.js';

/** A sort order as a keyset: an expression to order by and compare the cursor against, then `id` in the same direction. */
export interface Keyset<R> {
  /** never null: a nullable column is coalesced to a value that sorts where its nulls belong */
  key: string;
  keyType: 'string' | 'number';
  /** the key's value for a row, exactly as `key` computes it */
  cursorOf: (row: R) => string | number;
  /** DESC (largest first) unless given */
  direction?: 'ASC' | 'DESC';
}

/**
 * The WHERE clause of a filtered, keyset-paginated list over a table with `id`,
 * `area_id` and a `search` tsvector, with numbered parameters. Filters validate
 * their own arguments, so a bad one is BAD_USER_INPUT naming it.
 */
export class ListQuery {
  private readonly clauses: string[] = [];
  private readonly params: unknown[] = [];

  constructor(private readonly alias: string) {}

  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  where(clause: string): this {
    this.clauses.push(clause);
    return this;
  }

  /** `column = id`, when the argument is given. */
  equals(field: string, value: string | null | undefined, column: string): this {
    if (value == null) return this;
    if (!isUuid(value)) throw badInput(field, 'is not a valid id.');
    return this.where(`${column} = ${this.param(value)}`);
  }

  /** In the area or any district or village inside it. */
  inArea(value: string | null | undefined, field = 'areaId'): this {
    if (value == null) return this;
    if (!isUuid(value)) throw badInput(field, 'is not a valid id.');
    return this.where(`${this.alias}.area_id IN (WITH RECURSIVE sub AS (
      SELECT id FROM areas WHERE id = ${this.param(value)} UNION ALL SELECT a.id FROM areas a JOIN sub ON a.parent_id = sub.id
    ) SELECT id FROM sub)`);
  }

  /** Full-text search in Bahasa Indonesia, plus `simple` so names and English words match. */
  matching(value: string | null | undefined, field = 'search'): this {
    const search = value?.trim();
    if (!search) return this;
    if (search.length > 200) throw badInput(field, 'must be at most 200 characters.');
    const q = this.param(search);
    return this.where(`${this.alias}.search @@ (websearch_to_tsquery('indonesian', ${q}) || websearch_to_tsquery('simple', ${q}))`);
  }

  /** Counts every match, then reads one page after the cursor in the keyset's order. */
  async page<R extends { id: string }>(
    db: DataSource,
    from: { table: string; columns: string },
    sort: Keyset<R>,
    args: { first?: number | null; after?: string | null },
  ): Promise<Connection<R>> {
    const limit = pageSize(args.first);
    const after = decodeCursor(args.after, 2);
    if (after && (!isUuid(after[1]) || typeof after[0] !== sort.keyType || !castable(after[0]))) {
      throw badInput('after', 'is not a cursor from this list (was the sort changed?).');
    }
    const a = this.alias;
    const filter = this.clauses.length ? this.clauses.join(' AND ') : 'true';
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM ${from.table} ${a} WHERE ${filter}`, this.params);
    const direction = sort.direction ?? 'DESC';
    const keyset = after
      ? ` AND (${sort.key}, ${a}.id) ${direction === 'DESC' ? '<' : '>'} (${this.param(after[0])}${sort.keyType === 'number' ? '::int' : '::timestamptz'}, ${this.param(after[1])}::uuid)`
      : '';
    const rows: R[] = await db.query(
      `SELECT ${from.columns} FROM ${from.table} ${a} WHERE ${filter}${keyset} ORDER BY ${sort.key} ${direction}, ${a}.id ${direction} LIMIT ${limit + 1}`,
      this.params,
    );
    return toConnection(rows, limit, (r) => encodeCursor([sort.cursorOf(r), r.id]), count, after !== null);
  }
}

/**
 * A cursor key the database can read back: string keys are timestamps (or `infinity`, for a deadline not set yet),
 * number keys are whole int4 numbers.
 */
function castable(key: string | number): boolean {
  if (typeof key === 'number') return Number.isInteger(key) && Math.abs(key) <= 2_147_483_647;
  return key === 'infinity' || isTimestampKey(key);
}
