import { createHash } from 'node:crypto';
import type { Hash } from 'node:crypto';
import { canonicalJson } from '@rembug/audit-chain';
import type { JsonValue } from '@rembug/audit-chain';
import { compareStrings } from './compare.js';
import { writeIsoInstant } from './time.js';
import type { SummaryInput } from './types.js';
import { voteTable } from './vote-table.js';
import type { VoteTable } from './vote-table.js';

/**
 * "sha256:<hex>" of the canonical JSON (RFC 8785: sorted keys, no spaces) of `input` without `asOf`, its arrays
 * ordered by id (votes by commentId then participantId, repeated votes by time; responses by id) so that the order
 * the data was read in does not count. Only the fields the engine reads are hashed. A lone UTF-16 surrogate, which JSON cannot carry
 * portably, is hashed as U+FFFD, as the engine reads it.
 */
export function inputHash(input: SummaryInput): string {
  return hashInput(input, voteTable(input.commentVotes));
}

/** As inputHash, with the votes already read (summarise needs them too). */
export function hashInput(input: SummaryInput, votes: VoteTable): string {
  const out = new HashWriter(createHash('sha256'));
  out.text('{"areas":');
  writeRecords(out, input.areas, (a) => ({ id: wf(a.id), name: wf(a.name), parentId: wfOrNull(a.parentId) }));
  out.text(',"commentVotes":[');
  writeVotes(out, votes);
  out.text('],"comments":');
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
  out.text(',"participants":');
  writeRecords(out, input.participants, (p) => ({ id: wf(p.id), role: wf(p.role), areaId: wfOrNull(p.areaId) }));
  out.text(',"proposals":');
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
  out.text(',"scope":');
  out.text(
    canonicalJson({
      threadId: wfOrNull(scope.threadId),
      areaId: wfOrNull(scope.areaId),
      categoryId: wfOrNull(scope.categoryId),
      from: wfOrNull(scope.from),
      to: wfOrNull(scope.to),
      title: wf(scope.title),
    }),
  );
  out.text(',"threads":');
  writeRecords(out, input.threads, (t) => ({
    id: wf(t.id),
    title: wf(t.title),
    areaId: wfOrNull(t.areaId),
    categoryId: wfOrNull(t.categoryId),
    createdAt: wf(t.createdAt),
    hidden: t.hidden,
    deleted: t.deleted,
  }));
  out.text('}');
  return `sha256:${out.digest()}`;
}

const encoder = new TextEncoder();
const ISO_INSTANT_JSON = 26;

/**
 * Votes as `{"at":…,"commentId":…,"participantId":…,"vote":…}` (keys in canonical order), assembled from bytes
 * prepared once per distinct id, with each timestamp written from its number: building a million small strings
 * instead, or reading the vote objects again out of order, costs seconds.
 */
function writeVotes(out: HashWriter, votes: VoteTable): void {
  const commentJson = votes.commentIds.map((id) => encoder.encode(`,"commentId":${JSON.stringify(wf(id))}`));
  const participantJson = votes.participantIds.map((id) => encoder.encode(`,"participantId":${JSON.stringify(wf(id))},"vote":`));
  const valueJson = new Map([1, -1, 0].map((value) => [value, encoder.encode(`${value}}`)]));
  const first = encoder.encode('{"at":');
  const next = encoder.encode(',{"at":');
  const checkOther = votes.otherAt.size > 0;
  for (let i = 0; i < votes.count; i++) {
    out.bytes(i === 0 ? first : next);
    const other = checkOther ? votes.otherAt.get(votes.order[i]) : undefined;
    if (other === undefined) {
      const at = out.reserve(ISO_INSTANT_JSON);
      out.block[at] = 34;
      writeIsoInstant(votes.atMs[i], out.block, at + 1);
      out.block[at + ISO_INSTANT_JSON - 1] = 34;
    } else out.text(JSON.stringify(wf(other)));
    out.bytes(commentJson[votes.comment[i]]);
    out.bytes(participantJson[votes.participant[i]]);
    out.bytes(valueJson.get(votes.value[i])!);
  }
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
  out.text('[');
  sortedRecords(items, toRecord).forEach(([, , json], i) => out.text(i > 0 ? `,${json}` : json));
  out.text(']');
}

const LONE_SURROGATE = /\p{Surrogate}/u;
const LONE_SURROGATES = /\p{Surrogate}/gu;

function wf(text: string): string {
  return LONE_SURROGATE.test(text) ? text.replace(LONE_SURROGATES, '\uFFFD') : text;
}

function wfOrNull(text: string | null): string | null {
  return text === null ? null : wf(text);
}

/** Feeds the hash in 64 KiB blocks. */
class HashWriter {
  readonly block = new Uint8Array(1 << 16);
  private length = 0;

  constructor(private readonly hash: Hash) {}

  /** Room for `size` more bytes at the returned offset in `block`, which the caller fills. */
  reserve(size: number): number {
    if (this.length + size > this.block.length) this.flush();
    const at = this.length;
    this.length += size;
    return at;
  }

  bytes(source: Uint8Array): void {
    if (source.length > this.block.length) {
      this.flush();
      this.hash.update(source);
      return;
    }
    this.block.set(source, this.reserve(source.length));
  }

  text(text: string): void {
    this.bytes(encoder.encode(text));
  }

  digest(): string {
    this.flush();
    return this.hash.digest('hex');
  }

  private flush(): void {
    if (this.length > 0) this.hash.update(this.block.subarray(0, this.length));
    this.length = 0;
  }
}
