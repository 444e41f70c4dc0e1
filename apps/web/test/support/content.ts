/**
 * Discussions, proposals, votes and answers for browser tests, made through the public API as any client
 * would; plus the one thing no client can do: moving a deadline into the past, straight in the test database.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { Page } from 'playwright-core';
import { randomBytes } from 'node:crypto';
import { ADMIN, gql, login, type Person } from './people';

export interface AreaRow {
  id: string;
  name: string;
  slug: string;
  level: 'REGENCY' | 'DISTRICT' | 'VILLAGE';
  parent: { id: string } | null;
}

/** A resident who said where they live when signing up. */
export async function registerResident(apiUrl: string, displayName: string, areaId: string): Promise<Person> {
  const email = `${displayName.toLowerCase().replace(/[^a-z]+/g, '.')}.${randomBytes(3).toString('hex')}@warga.example.id`;
  const password = 'kata-sandi-panjang';
  await gql(apiUrl, 'mutation($input: RegisterInput!) { register(input: $input) { token } }', {
    input: { email, password, displayName, areaId, locale: 'id' },
  });
  const { token, id } = await login(apiUrl, email, password);
  return { id, email, password, displayName, token };
}

export async function listAreas(apiUrl: string): Promise<AreaRow[]> {
  return (await gql<{ areas: AreaRow[] }>(apiUrl, '{ areas { id name slug level parent { id } } }')).areas;
}

export async function areaNamed(apiUrl: string, name: string): Promise<AreaRow> {
  // Some villages share their district's name: the most specific one is meant.
  const order = { VILLAGE: 0, DISTRICT: 1, REGENCY: 2 };
  const area = (await listAreas(apiUrl)).filter((a) => a.name === name).sort((a, b) => order[a.level] - order[b.level])[0];
  if (!area) throw new Error(`No area named ${name}`);
  return area;
}

export async function categoryNamed(apiUrl: string, name: string): Promise<{ id: string; defaultAgency: { id: string; name: string; shortName: string | null } | null }> {
  const { categories } = await gql<{ categories: { id: string; name: string; defaultAgency: { id: string; name: string; shortName: string | null } | null }[] }>(
    apiUrl,
    '{ categories { id name defaultAgency { id name shortName } } }',
  );
  const category = categories.find((c) => c.name === name);
  if (!category) throw new Error(`No category named ${name}`);
  return category;
}

/** Admins only: how many supports a proposal made in this area needs (proposals made before keep theirs). */
export async function setAreaThreshold(apiUrl: string, areaId: string, supportThreshold: number): Promise<void> {
  const admin = await login(apiUrl, ADMIN.email, ADMIN.password);
  await gql(apiUrl, 'mutation($id: ID!, $input: UpdateAreaInput!) { updateArea(id: $id, input: $input) { id } }', { id: areaId, input: { supportThreshold } }, admin.token);
}

export async function createThread(
  apiUrl: string,
  author: Person,
  input: { title: string; body: string; areaId: string; categoryId?: string },
): Promise<{ id: string }> {
  const { createThread } = await gql<{ createThread: { id: string } }>(
    apiUrl,
    'mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }',
    { input },
    author.token,
  );
  return createThread;
}

export async function addComment(apiUrl: string, author: Person, threadId: string, body: string, parentId?: string): Promise<{ id: string }> {
  const { addComment } = await gql<{ addComment: { id: string } }>(
    apiUrl,
    'mutation($input: AddCommentInput!) { addComment(input: $input) { id } }',
    { input: { threadId, body, parentId } },
    author.token,
  );
  return addComment;
}

export async function createProposal(
  apiUrl: string,
  author: Person,
  input: { title: string; body: string; areaId: string; categoryId?: string; threadId?: string },
): Promise<{ id: string }> {
  const { createProposal } = await gql<{ createProposal: { id: string } }>(
    apiUrl,
    'mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }',
    { input },
    author.token,
  );
  return createProposal;
}

export async function voteProposal(apiUrl: string, voter: Person, proposalId: string, value: 'SUPPORT' | 'OPPOSE' | 'NONE'): Promise<void> {
  await gql(apiUrl, 'mutation($id: ID!, $value: ProposalVote!) { voteProposal(proposalId: $id, value: $value) { id } }', { id: proposalId, value }, voter.token);
}

export async function respond(
  apiUrl: string,
  official: Person,
  proposalId: string,
  status: 'UNDER_REVIEW' | 'ACCEPTED' | 'REJECTED' | 'IMPLEMENTED',
  body: string,
): Promise<void> {
  await gql(apiUrl, 'mutation($input: RespondToProposalInput!) { respondToProposal(input: $input) { id } }', { input: { proposalId, status, body } }, official.token);
}

export async function follow(apiUrl: string, person: Person, targetId: string, targetType: 'THREAD' | 'PROPOSAL'): Promise<void> {
  await gql(apiUrl, 'mutation($id: ID!, $type: FollowTarget!) { follow(targetId: $id, targetType: $type) }', { id: targetId, type: targetType }, person.token);
}

/**
 * Makes an awaiting proposal overdue: its answer fell due `daysAgo` days ago. Deadlines are at least a day
 * long, and tests do not wait that long.
 */
export async function moveDeadlineIntoPast(databaseUrl: string, proposalId: string, daysAgo = 2): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query(
      `UPDATE proposals SET clock_started_at = now() - make_interval(days => $2 + 14), response_due_at = now() - make_interval(days => $2)
        WHERE id = $1 AND status = 'AWAITING_RESPONSE'`,
      [proposalId, daysAgo],
    );
    if (rowCount !== 1) throw new Error(`Proposal ${proposalId} is not awaiting an answer`);
  } finally {
    await client.end();
  }
}

/** Collects what a page reports as broken (console errors, uncaught exceptions) while a test drives it. */
export function consoleProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

const screenshotDir = fileURLToPath(new URL('../../../../docs/screenshots/', import.meta.url));

/** Whether this run saves screenshots for the docs (`SCREENSHOTS=1`); other runs leave docs/ alone. */
export const takingScreenshots = process.env.SCREENSHOTS === '1';

/** Saves `<name>-mobile.png` (390×844) and `<name>-desktop.png` (1280×800) of a page, whole length unless told. */
export async function saveScreenshots(page: Page, url: string, name: string, { fullPage = true } = {}): Promise<void> {
  if (!takingScreenshots) return;
  mkdirSync(screenshotDir, { recursive: true });
  for (const [suffix, viewport] of [
    ['mobile', { width: 390, height: 844 }],
    ['desktop', { width: 1280, height: 800 }],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.goto(url);
    await page.screenshot({ path: `${screenshotDir}${name}-${suffix}.png`, fullPage });
  }
}

export type FlagReason = 'SPAM' | 'ABUSE' | 'OFF_TOPIC' | 'PERSONAL_DATA' | 'MISINFORMATION' | 'OTHER';

/** A reader reports a thread, comment or proposal to the moderators, as the report form would. */
export async function flagContent(
  apiUrl: string,
  reporter: Person,
  targetType: 'THREAD' | 'COMMENT' | 'PROPOSAL',
  targetId: string,
  reason: FlagReason,
  note?: string,
): Promise<void> {
  await gql(apiUrl, 'mutation($input: FlagContentInput!) { flagContent(input: $input) { id } }', { input: { targetType, targetId, reason, note } }, reporter.token);
}

export async function voteComment(apiUrl: string, voter: Person, commentId: string, value: 'AGREE' | 'DISAGREE' | 'PASS' | 'NONE'): Promise<void> {
  await gql(apiUrl, 'mutation($id: ID!, $value: CommentVote!) { voteComment(commentId: $id, value: $value) { id } }', { id: commentId, value }, voter.token);
}
