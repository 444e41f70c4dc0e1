import type { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import type { Actor } from '../access/policy.js';
import type { Role } from '../access/role.js';
import { CommentVoteValue } from '../comments/comment.record.js';
import type { CommentsService } from '../comments/comments.service.js';
import { ProposalStatus, ProposalVoteValue } from '../proposals/proposal.record.js';
import type { ProposalsService } from '../proposals/proposals.service.js';
import type { ThreadsService } from '../threads/threads.service.js';

const stance = z.enum(['A', 'B', 'C']);

export const demoContentSchema = z.object({
  crowd: z.object({
    count: z.number().int().min(0).max(500),
    shareInCampA: z.number().min(0).max(1),
    emailPrefix: z.string().regex(/^[a-z.]+$/),
    emailDomain: z.string().min(3),
  }),
  threads: z.array(
    z.object({
      key: z.string(),
      author: z.string().email(),
      area: z.string(),
      category: z.string(),
      tags: z.array(z.string()).default([]),
      title: z.string(),
      body: z.string(),
      comments: z.array(z.object({ key: z.string(), parent: z.string().optional(), author: z.string().email(), stance, body: z.string() })),
    }),
  ),
  proposals: z.array(
    z.object({
      thread: z.string().optional(),
      author: z.string().email(),
      area: z.string(),
      title: z.string(),
      body: z.string(),
      supporters: z.number().int().min(0),
      opposers: z.number().int().min(0),
      responses: z.array(z.object({ author: z.string().email(), status: z.enum(ProposalStatus), body: z.string() })),
    }),
  ),
});

export type DemoContent = z.infer<typeof demoContentSchema>;

const FIRST = ['Agus', 'Rina', 'Slamet', 'Yanti', 'Rudi', 'Sri', 'Joko', 'Ani', 'Hasan', 'Lina', 'Eko', 'Wati', 'Ilham', 'Nia', 'Fajar', 'Putri'];
const LAST = ['Saputra', 'Lestari', 'Hidayat', 'Wulandari', 'Kurniawan', 'Sari', 'Pratama', 'Handayani'];

/** The demo residents' names and addresses, the same on every machine. */
export function crowdMembers(crowd: DemoContent['crowd']): { email: string; displayName: string; camp: 'A' | 'B' }[] {
  return Array.from({ length: crowd.count }, (_, i) => ({
    email: `${crowd.emailPrefix}${String(i + 1).padStart(2, '0')}@${crowd.emailDomain}`,
    displayName: `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`,
    camp: i < Math.round(crowd.count * crowd.shareInCampA) ? 'A' : 'B',
  }));
}

/** A small seeded generator (mulberry32): the demo's votes come out the same every time. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How a resident of a camp votes on a comment of a stance: mostly along camp lines, common ground widely agreed. */
function commentVote(camp: 'A' | 'B', commentStance: 'A' | 'B' | 'C', r: number): CommentVoteValue | null {
  if (r < 0.25) return null;
  const x = (r - 0.25) / 0.75;
  if (commentStance === 'C') return x < 0.85 ? CommentVoteValue.AGREE : x < 0.93 ? CommentVoteValue.PASS : CommentVoteValue.DISAGREE;
  if (commentStance === camp) return x < 0.8 ? CommentVoteValue.AGREE : x < 0.9 ? CommentVoteValue.PASS : CommentVoteValue.DISAGREE;
  return x < 0.7 ? CommentVoteValue.DISAGREE : x < 0.85 ? CommentVoteValue.PASS : CommentVoteValue.AGREE;
}

/**
 * Writes the demo discussions through the same services people use, so every
 * count, status change and audit event is what real use would have produced.
 */
export async function seedDemoContent(
  db: DataSource,
  services: { threads: ThreadsService; comments: CommentsService; proposals: ProposalsService },
  content: DemoContent,
  logger: Logger,
): Promise<void> {
  const people = new Map<string, Actor>(
    (await db.query(`SELECT id, email, role, agency_id FROM users`)).map((u: { id: string; email: string; role: Role; agency_id: string | null }) => [
      u.email,
      { userId: u.id, role: u.role, agencyId: u.agency_id, sessionId: 'demo-seed' },
    ]),
  );
  const person = (email: string): Actor => {
    const actor = people.get(email.toLowerCase());
    if (!actor) throw new Error(`Demo content names unknown account ${email}`);
    return actor;
  };
  const idOf = async (table: 'areas' | 'categories', name: string): Promise<string> => {
    const [row] = await db.query(`SELECT id FROM ${table} WHERE name = $1 ORDER BY ${table === 'areas' ? 'level DESC' : 'id'} LIMIT 1`, [name]);
    if (!row) throw new Error(`Demo content names unknown ${table === 'areas' ? 'area' : 'category'} "${name}"`);
    return row.id;
  };
  const crowd = crowdMembers(content.crowd).map((m) => ({ ...m, actor: person(m.email) }));
  const next = random(20_261_127);
  const threadIds = new Map<string, string>();
  let votes = 0;

  for (const t of content.threads) {
    const thread = await services.threads.create(person(t.author), {
      title: t.title,
      body: t.body,
      areaId: await idOf('areas', t.area),
      categoryId: await idOf('categories', t.category),
      tags: t.tags,
    });
    threadIds.set(t.key, thread.id);
    const commentIds = new Map<string, string>();
    for (const c of t.comments) {
      const parentId = c.parent ? commentIds.get(c.parent) : undefined;
      if (c.parent && !parentId) throw new Error(`Demo comment ${t.key}/${c.key} replies to unknown ${c.parent}`);
      const comment = await services.comments.add(person(c.author), { threadId: thread.id, body: c.body, parentId });
      commentIds.set(c.key, comment.id);
      for (const member of crowd) {
        const value = commentVote(member.camp, c.stance, next());
        if (!value) continue;
        await services.comments.vote(member.actor, comment.id, value);
        votes++;
      }
    }
  }

  for (const p of content.proposals) {
    const threadId = p.thread ? threadIds.get(p.thread) : undefined;
    if (p.thread && !threadId) throw new Error(`Demo proposal "${p.title}" names unknown thread ${p.thread}`);
    const proposal = await services.proposals.create(person(p.author), { title: p.title, body: p.body, areaId: await idOf('areas', p.area), threadId });
    const voters = crowd.filter((m) => m.actor.userId !== proposal.authorId);
    if (p.supporters + p.opposers > voters.length) throw new Error(`Demo proposal "${p.title}" wants more voters than the crowd has`);
    for (const [i, member] of voters.slice(0, p.supporters + p.opposers).entries()) {
      await services.proposals.vote(member.actor, proposal.id, i < p.supporters ? ProposalVoteValue.SUPPORT : ProposalVoteValue.OPPOSE);
      votes++;
    }
    for (const r of p.responses) await services.proposals.respond(person(r.author), { proposalId: proposal.id, body: r.body, status: r.status });
  }
  logger.log(`Demo discussions created (${content.threads.length} threads, ${content.proposals.length} proposals, ${votes} votes)`);
}
