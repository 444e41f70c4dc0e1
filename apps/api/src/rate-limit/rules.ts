/**
 * Every rate limit and new-account cap, in one table. The numbers follow Discourse's defaults for new members,
 * adjusted for villages where many people share one mobile carrier address; docs/runbook.md explains each one.
 */

/** Whose actions a rule counts. */
export type Subject =
  /** an email address someone tries to sign in as, whether or not the account exists */
  | 'account'
  /** the client address (for IPv6, its /64 network: one household or phone gets a whole /64) */
  | 'address'
  /** a signed-in person */
  | 'person';

export interface RateRule {
  /** The counter. Rules sharing a bucket count the same actions, e.g. a newcomer's and a member's wait between posts. */
  bucket: string;
  per: Subject;
  /** at most this many actions … */
  limit: number;
  /** … in any window of this many seconds (a sliding window, not a calendar hour or day) */
  windowSeconds: number;
  /** what the person is told; `{wait}` becomes e.g. "2 minutes" */
  message: string;
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const RULES = {
  // Only failed sign-ins count; while a counter is full even the right password is refused, so guessing stops.
  // Ten per account stops guessing one villager's password and still forgives a person trying every password they know.
  loginFailuresPerAccount: {
    bucket: 'login-account',
    per: 'account',
    limit: 10,
    windowSeconds: 15 * MINUTE,
    message: 'Too many wrong passwords for this account. Wait {wait}, then try again.',
  },
  // Per address it is five times looser: a carrier puts a whole village behind one address.
  loginFailuresPerAddress: {
    bucket: 'login-address',
    per: 'address',
    limit: 50,
    windowSeconds: 15 * MINUTE,
    message: 'Too many failed sign-ins from your network. Wait {wait}, then try again.',
  },
  // Indonesian mobile carriers put many phones behind one address (carrier-grade NAT), and a village meeting may sign
  // everyone up at once on one hall's Wi-Fi: 20 an hour lets a meeting through and still stops mass sign-ups.
  registrationsPerAddress: {
    bucket: 'register',
    per: 'address',
    limit: 20,
    windowSeconds: HOUR,
    message: 'Many accounts were just created from your network. Wait {wait}, then try again.',
  },
  // Comment and proposal votes together: one a second for a minute is faster than anyone reads.
  votesPerPerson: {
    bucket: 'vote',
    per: 'person',
    limit: 60,
    windowSeconds: MINUTE,
    message: 'You are voting faster than anyone can read. Wait {wait}, then vote again.',
  },
  // A summary of a big area costs seconds of CPU; one address asking for many different ones would delay everyone's.
  // Thirty in ten minutes covers a policymaker downloading every format of several areas.
  summariesPerAddress: {
    bucket: 'summary',
    per: 'address',
    limit: 30,
    windowSeconds: 10 * MINUTE,
    message: 'Many summaries were just asked for from your network. Wait {wait}, then try again.',
  },
  flagsPerPerson: {
    bucket: 'flag-hour',
    per: 'person',
    limit: 20,
    windowSeconds: HOUR,
    message: 'You have flagged many posts in the last hour; moderators are reviewing them. Wait {wait} before flagging again.',
  },
  flagsPerNewPerson: {
    bucket: 'flag-day',
    per: 'person',
    limit: 5,
    windowSeconds: DAY,
    message: 'New members can flag 5 posts in their first day. You can flag again in {wait}.',
  },
  // Threads and proposals count together for the day: both open something new on the front page.
  threadsPerNewPerson: {
    bucket: 'thread-day',
    per: 'person',
    limit: 3,
    windowSeconds: DAY,
    message: 'New members can start 3 discussions or proposals in their first day. You can start another in {wait}.',
  },
  commentsPerNewPerson: {
    bucket: 'comment-day',
    per: 'person',
    limit: 10,
    windowSeconds: DAY,
    message: 'New members can write 10 comments in their first day. You can comment again in {wait}.',
  },
  // Waits between posts: one per window. A newcomer's and a member's wait share a counter, so an account that
  // becomes established mid-wait gets the shorter wait at once.
  threadWaitNew: {
    bucket: 'thread-wait',
    per: 'person',
    limit: 1,
    windowSeconds: 120,
    message: 'New members wait 2 minutes between discussions. You can start another in {wait}.',
  },
  threadWait: {
    bucket: 'thread-wait',
    per: 'person',
    limit: 1,
    windowSeconds: 15,
    message: 'Please wait {wait} before starting another discussion.',
  },
  // Proposals wait on their own counter: turning the discussion one just started into a proposal is the product's
  // main path and must not be made to wait for the discussion's own wait to pass.
  proposalWaitNew: {
    bucket: 'proposal-wait',
    per: 'person',
    limit: 1,
    windowSeconds: 120,
    message: 'New members wait 2 minutes between proposals. You can make another in {wait}.',
  },
  proposalWait: {
    bucket: 'proposal-wait',
    per: 'person',
    limit: 1,
    windowSeconds: 15,
    message: 'Please wait {wait} before making another proposal.',
  },
  commentWaitNew: {
    bucket: 'comment-wait',
    per: 'person',
    limit: 1,
    windowSeconds: 30,
    message: 'New members wait 30 seconds between comments. You can comment again in {wait}.',
  },
  commentWait: {
    bucket: 'comment-wait',
    per: 'person',
    limit: 1,
    windowSeconds: 5,
    message: 'Please wait {wait} before commenting again.',
  },
} as const satisfies Record<string, RateRule>;

/**
 * Who counts as new (see new-account.ts): younger than `maxAgeHours` and fewer than `wellReceivedPosts` of their
 * posts well received. Staff never are.
 */
export const NEW_ACCOUNT = {
  maxAgeHours: 24,
  wellReceivedPosts: 3,
  /** distinct web links in one post (title and body together); more is refused as BAD_USER_INPUT */
  maxLinksPerPost: 2,
} as const;

export type PostKind = 'thread' | 'proposal' | 'comment';

/** The rules a post must pass, by kind and by whether the author is new. */
export const POST_RULES: Record<PostKind, { newAccount: readonly RateRule[]; established: readonly RateRule[] }> = {
  thread: { newAccount: [RULES.threadsPerNewPerson, RULES.threadWaitNew], established: [RULES.threadWait] },
  proposal: { newAccount: [RULES.threadsPerNewPerson, RULES.proposalWaitNew], established: [RULES.proposalWait] },
  comment: { newAccount: [RULES.commentsPerNewPerson, RULES.commentWaitNew], established: [RULES.commentWait] },
};

export const FLAG_RULES = { newAccount: [RULES.flagsPerPerson, RULES.flagsPerNewPerson], established: [RULES.flagsPerPerson] } as const;
