// The engine's contract: what a debate looks like going in, and the summary that comes out.
// Everything here is plain data (strings, numbers, booleans, arrays, objects) so a summary serialises to the same
// bytes for the same input, and JSON consumers can rely on docs/summary.schema.json.

/** A person's answer to a statement: agree +1, disagree −1, pass 0 (Pol.is's coding). */
export type VoteValue = 1 | -1 | 0;

/** What the summary covers: one discussion, or a slice of the regency (area, category, time range). */
export interface SummaryScope {
  /** Set for a discussion's summary; then the other filters are null. */
  threadId: string | null;
  areaId: string | null;
  categoryId: string | null;
  /** ISO 8601 instants bounding when comments were written (inclusive from, exclusive to). */
  from: string | null;
  to: string | null;
  /** The discussion's title or the area/category name, as the brief's heading shows it. */
  title: string;
}

export interface AreaInput {
  id: string;
  name: string;
  parentId: string | null;
}

export interface ThreadInput {
  id: string;
  title: string;
  areaId: string | null;
  categoryId: string | null;
  createdAt: string;
  hidden: boolean;
  deleted: boolean;
}

export interface ParticipantInput {
  /** The account id. Never copied into a summary: participants appear only under pseudonyms. */
  id: string;
  /** CITIZEN, OFFICIAL, MODERATOR or ADMIN. */
  role: string;
  /** The person's home area, when they gave one. */
  areaId: string | null;
}

export interface CommentInput {
  id: string;
  threadId: string;
  parentId: string | null;
  authorId: string;
  /** Plain text (Markdown already flattened). Personal data may still be in it: the engine masks every text it outputs. */
  body: string;
  createdAt: string;
  hidden: boolean;
  deleted: boolean;
}

export interface CommentVoteInput {
  participantId: string;
  commentId: string;
  vote: VoteValue;
  /** When the vote was last cast (ISO 8601). */
  at: string;
}

export interface OfficialResponseInput {
  id: string;
  agencyName: string;
  /** The proposal status the response set (e.g. UNDER_REVIEW, ACCEPTED). */
  status: string;
  body: string;
  createdAt: string;
}

export interface ProposalInput {
  id: string;
  title: string;
  threadId: string | null;
  areaId: string | null;
  /** OPEN, AWAITING_RESPONSE, UNDER_REVIEW, ACCEPTED, REJECTED, IMPLEMENTED, WITHDRAWN or MERGED. */
  status: string;
  supportCount: number;
  opposeCount: number;
  supportThreshold: number;
  createdAt: string;
  /** When an answer is due (set once the threshold is reached); null before. */
  responseDueAt: string | null;
  /** The first official response's time, null while unanswered. */
  respondedAt: string | null;
  agencyName: string | null;
  hidden: boolean;
  responses: OfficialResponseInput[];
}

export interface SummaryInput {
  scope: SummaryScope;
  /**
   * The instant the data was read (ISO 8601). Response clocks are judged against it. It is recorded in the summary
   * but kept out of the input hash, so the same data read twice hashes the same.
   */
  asOf: string;
  areas: AreaInput[];
  threads: ThreadInput[];
  participants: ParticipantInput[];
  comments: CommentInput[];
  commentVotes: CommentVoteInput[];
  proposals: ProposalInput[];
}

export interface SummaryOptions {
  /**
   * Key for the pseudonyms participants get in the opinion map (HMAC-SHA-256 of the account id). Keep it secret:
   * with it, anyone holding account ids could tell whose point is whose. Same key, same pseudonyms.
   */
  pseudonymKey?: string;
  /** Overrides of the defaults recorded in `provenance.parameters`. */
  parameters?: Partial<SummaryParameters>;
}

/** Every knob that changes the output; recorded in each summary so it can be reproduced. */
export interface SummaryParameters {
  /** A participant enters the opinion map after min(this, number of comments) votes (Pol.is: 7). */
  minVotesPerParticipant: number;
  /** Fewer participants than this in the map: no groups are formed. */
  minParticipantsForGroups: number;
  /** Fewer comments with votes than this: no groups are formed. */
  minCommentsForGroups: number;
  kMin: number;
  kMax: number;
  /** A k-means solution whose best silhouette is below this is not presented as groups. */
  minSilhouette: number;
  /** Comments needing at least this many votes to be called representative, consensus or divisive. */
  minVotesPerStatement: number;
  maxRepresentativePerGroup: number;
  maxConsensus: number;
  maxDivisive: number;
  maxThemes: number;
  maxQuotes: number;
  /** Offset from UTC used to cut days in participation by day (WIB: 420). */
  utcOffsetMinutes: number;
}

export interface Provenance {
  engine: { name: string; version: string };
  /** Version of the JSON shape (docs/summary.schema.json). */
  schemaVersion: number;
  parameters: SummaryParameters;
  inputCounts: {
    areas: number;
    threads: number;
    participants: number;
    comments: number;
    commentVotes: number;
    proposals: number;
    officialResponses: number;
    /** Hidden or deleted comments (and their votes) left out. */
    excludedComments: number;
    excludedProposals: number;
  };
  /** "sha256:<hex>" of the canonical JSON of the input without `asOf`. */
  inputHash: string;
}

export interface ParticipationSlice {
  participants: number;
  comments: number;
  votes: number;
}

export interface Participation {
  /** Distinct people who wrote or voted on a comment in scope. */
  participantCount: number;
  commentCount: number;
  /** Comment votes (agree, disagree and pass). */
  voteCount: number;
  proposalCount: number;
  byArea: Array<ParticipationSlice & { areaId: string | null; areaName: string | null }>;
  /** Days in the configured offset, "YYYY-MM-DD", ascending. */
  byDay: Array<ParticipationSlice & { date: string }>;
  byRole: Array<ParticipationSlice & { role: string }>;
}

/** One group's view of a comment. */
export interface GroupShare {
  groupId: string;
  votes: number;
  agreeShare: number;
  disagreeShare: number;
}

/** A comment as a statement people voted on, with the counts behind each share. */
export interface StatementStats {
  commentId: string;
  threadId: string;
  /** The comment's whole text, personal data masked. */
  text: string;
  votes: number;
  agree: number;
  disagree: number;
  pass: number;
  /** Shares of everyone who voted on it (agree / votes, disagree / votes). */
  agreeShare: number;
  disagreeShare: number;
  /** Per opinion group; empty when no groups were formed. */
  groups: GroupShare[];
}

/** A consensus or divisive statement, ranked by `score` (higher first). */
export interface RankedStatement extends StatementStats {
  score: number;
}

/** A statement that sets one group apart from the rest. */
export interface RepresentativeStatement {
  commentId: string;
  threadId: string;
  text: string;
  /** Whether the group stands out by agreeing or by disagreeing. */
  direction: 'AGREE' | 'DISAGREE';
  /** Within the group. */
  votes: number;
  agreeShare: number;
  disagreeShare: number;
  /** The same share (agree or disagree, per direction) among everyone outside the group. */
  outsideShare: number;
  /** Two-proportion z statistic of inside against outside (significant at ≥ 1.645, one-sided 95 %). */
  z: number;
}

export interface OpinionGroup {
  /** "A", "B", … by size (largest first, ties by first member's pseudonym). */
  id: string;
  size: number;
  centroid: { x: number; y: number };
  representativeComments: RepresentativeStatement[];
}

export interface MapPoint {
  /** Pseudonym, "p-" + 12 hex digits. */
  participant: string;
  x: number;
  y: number;
  /** null when groups were not formed. */
  groupId: string | null;
}

export type OpinionGroupsStatus = 'FORMED' | 'TOO_FEW_PARTICIPANTS' | 'TOO_FEW_COMMENTS' | 'NO_CLEAR_GROUPS';

export interface OpinionGroups {
  status: OpinionGroupsStatus;
  /** People with enough votes to be placed on the map. */
  participantsInMap: number;
  /** Comments that entered the vote matrix. */
  commentsInMap: number;
  k: number | null;
  silhouette: number | null;
  /** Share of the matrix's variance the two components explain. */
  explainedVariance: [number, number] | null;
  groups: OpinionGroup[];
  /** Empty when fewer than two comments had votes (no map to draw). */
  points: MapPoint[];
}

export interface Theme {
  phrase: string;
  score: number;
  /** Comments carrying the phrase, most relevant first. */
  commentIds: string[];
}

/** A sentence exactly as a person wrote it (personal data masked): `text` is a substring of the comment's text. */
export interface Quote {
  commentId: string;
  threadId: string;
  text: string;
  score: number;
}

export type ResponseClock = 'NOT_DUE' | 'AWAITING' | 'OVERDUE' | 'ANSWERED_ON_TIME' | 'ANSWERED_LATE';

/** A proposal as the summary shows it (texts masked), ranked by support, with its answer clock judged at `asOf`. */
export interface ProposalSummary extends Omit<ProposalInput, 'hidden'> {
  rank: number;
  thresholdReached: boolean;
  clock: ResponseClock;
}

/** One row per comment in scope, for the CSV export and the brief's appendix. */
export interface CommentRow extends StatementStats {
  parentId: string | null;
  createdAt: string;
}

export interface Summary {
  schemaVersion: number;
  scope: SummaryScope;
  asOf: string;
  provenance: Provenance;
  participation: Participation;
  opinionGroups: OpinionGroups;
  consensus: RankedStatement[];
  divisive: RankedStatement[];
  themes: Theme[];
  quotes: Quote[];
  proposals: ProposalSummary[];
  /** Every comment in scope, oldest first. */
  comments: CommentRow[];
}
