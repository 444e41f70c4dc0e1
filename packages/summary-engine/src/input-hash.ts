import { createHash } from 'node:crypto';
import type { Hash } from 'node:crypto';
import { canonicalJson } from '@rembug/audit-chain';
import type { JsonValue } from '@rembug/audit-chain';
import type { SummaryInput } from './types.js';
import { compareStrings, voteOrder } from './vote-order.js';
import type { VoteOrder } from './vote-order.js';

/**
 * "sha256:<hex>" of the canonical JSON (RFC 8785: sorted keys, no spaces) of `input` without `asOf`, its arrays
 * ordered by id (votes by commentId, participantId, at, vote; responses by id) so that the order the data was read
 * in does not count. Only the fields the engine reads are hashed. A lone UTF-16 surrogate, which JSON cannot carry
 * portably, is hashed as U+FFFD, as the engine reads it.
 */
export function inputHash(input: SummaryInput): string {
  return hashInput(input, voteOrder(input.commentVotes));
}

/** As inputHash, with the vote order already computed (summarise needs it too). */
export function hashInput(input: SummaryInput, votesInOrder: VoteOrder): string {
  const out = new HashWriter(createHash('sha256'));
  out.write('{"areas":');
  writeRecords(out, input.areas, (a) => ({ id: wf(a.id), name: wf(a.name), parentId: wfOrNull(a.parentId) }));
  out.write(',"commentVotes":[');
  const { order, commentRank, participantRank } = votesInOrder;
  const commentJson = votesInOrder.commentIds.map((id) => JSON.stringify(wf(id)));
  const participantJson = votesInOrder.participantIds.map((id) => JSON.stringify(wf(id)));
  const votes = input.commentVotes;
  for (let i = 0; i < order.length; i++) {
    const v = order[i];
    const vote = votes[v];
    // Keys in canonical order, written directly: a million votes through the generic serialiser take seconds.
    out.write(
      `${i > 0 ? ',' : ''}{"at":${jsonString(vote.at)},"commentId":${commentJson[commentRank[v]]},` +
        `"participantId":${participantJson[participantRank[v]]},"vote":${JSON.stringify(vote.vote)}}`,
    );
  }
  out.write('],"comments":');
  writeRecords(out, input.comments, (c) => ({
    id: wf(c.id),
    threadId: wf(c.threadId),
    parentId: wfOrNull(c.parentId),
    authorId: wf(c.authorId),
    body: wf(c.body),
    createdAt: wf(c.createdAt),
    hidden: c.hidden,
    deleted: c.deleted,
  }));
  out.write(',"participants":');
  writeRecords(out, input.participants, (p) => ({ id: wf(p.id), role: wf(p.role), areaId: wfOrNull(p.areaId) }));
  out.write(',"proposals":');
  writeRecords(out, input.proposals, (p) => ({
    id: wf(p.id),
    title: wf(p.title),
    threadId: wfOrNull(p.threadId),
    areaId: wfOrNull(p.areaId),
    status: wf(p.status),
    supportCount: p.supportCount,
    opposeCount: p.opposeCount,
    supportThreshold: p.supportThreshold,
    createdAt: wf(p.createdAt),
    responseDueAt: wfOrNull(p.responseDueAt),
    respondedAt: wfOrNull(p.respondedAt),
    agencyName: wfOrNull(p.agencyName),
    hidden: p.hidden,
    responses: sortedRecords(p.responses, (r) => ({
      id: wf(r.id),
      agencyName: wf(r.agencyName),
      status: wf(r.status),
      body: wf(r.body),
      createdAt: wf(r.createdAt),
    })).map(([, record]) => record),
  }));
  const scope = input.scope;
  out.write(',"scope":');
  out.write(
    canonicalJson({
      threadId: wfOrNull(scope.threadId),
      areaId: wfOrNull(scope.areaId),
      categoryId: wfOrNull(scope.categoryId),
      from: wfOrNull(scope.from),
      to: wfOrNull(scope.to),
      title: wf(scope.title),
    }),
  );
  out.write(',"threads":');
  writeRecords(out, input.threads, (t) => ({
    id: wf(t.id),
    title: wf(t.title),
    areaId: wfOrNull(t.areaId),
    categoryId: wfOrNull(t.categoryId),
    createdAt: wf(t.createdAt),
    hidden: t.hidden,
    deleted: t.deleted,
  }));
  out.write('}');
  return `sha256:${out.digest()}`;
}

type JsonRecord = { [key: string]: JsonValue };

/** Records by id; records sharing an id (which the loader should not send) by their canonical JSON. */
function sortedRecords<T extends { id: string }>(items: readonly T[], toRecord: (item: T) => JsonRecord): Array<[string, JsonRecord, string]> {
  return items
    .map((item): [string, JsonRecord, string] => {
      const record = toRecord(item);
      return [wf(item.id), record, canonicalJson(record)];
    })
    .sort((x, y) => compareStrings(x[0], y[0]) || compareStrings(x[2], y[2]));
}

function writeRecords<T extends { id: string }>(out: HashWriter, items: readonly T[], toRecord: (item: T) => JsonRecord): void {
  out.write('[');
  sortedRecords(items, toRecord).forEach(([, , json], i) => out.write(i > 0 ? `,${json}` : json));
  out.write(']');
}

const LONE_SURROGATE = /\p{Surrogate}/u;
const LONE_SURROGATES = /\p{Surrogate}/gu;

function wf(text: string): string {
  return LONE_SURROGATE.test(text) ? text.replace(LONE_SURROGATES, '\uFFFD') : text;
}

// Timestamps as the database writes them need no escaping; anything else goes the long way.
const PLAIN = /^[0-9A-Za-z:.+ -]*$/;

function jsonString(text: string): string {
  return PLAIN.test(text) ? `"${text}"` : JSON.stringify(wf(text));
}

function wfOrNull(text: string | null): string | null {
  return text === null ? null : wf(text);
}

/** Feeds the hash in blocks: one update per vote would cost more than the hashing itself. */
class HashWriter {
  private chunk = '';

  constructor(private readonly hash: Hash) {}

  write(text: string): void {
    this.chunk += text;
    if (this.chunk.length >= 1 << 16) this.flush();
  }

  digest(): string {
    this.flush();
    return this.hash.digest('hex');
  }

  private flush(): void {
    if (this.chunk.length > 0) this.hash.update(this.chunk, 'utf8');
    this.chunk = '';
  }
}
