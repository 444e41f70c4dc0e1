import { type Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { badInput } from '../common/domain-error.js';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field()
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds the Relay connection type `<Name>Connection` with its `<Name>Edge`. */
export function ConnectionType<T>(node: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'How many items match, across all pages.' })
    totalCount: number;
  }
  return ConnectionClass as Type<Connection<T>>;
}

export const MAX_PAGE_SIZE = 100;

export function pageSize(first: number | null | undefined, fallback = 20): number {
  if (first === null || first === undefined) return fallback;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput('first', `must be between 1 and ${MAX_PAGE_SIZE}.`);
  }
  return first;
}

/** Keyset cursors are opaque to clients: base64url of the sort key values. */
export function encodeCursor(values: (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, arity: number): (string | number)[] | null {
  if (cursor === null || cursor === undefined || cursor === '') return null;
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === arity && values.every((v) => typeof v === 'string' || typeof v === 'number')) {
      return values as (string | number)[];
    }
  } catch {
    // fall through to the error below
  }
  throw badInput('after', 'is not a cursor from this list.');
}

export function toConnection<T>(rows: T[], limit: number, cursorOf: (row: T) => string, totalCount: number, hasPrevious: boolean): Connection<T> {
  const page = rows.slice(0, limit);
  const edges = page.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > limit,
      hasPreviousPage: hasPrevious,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** A timestamp key from a cursor, as the database can read it back (an ISO-8601 date and time, nothing looser). */
export function isTimestampKey(key: unknown): key is string {
  return typeof key === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(key) && !Number.isNaN(Date.parse(key));
}
