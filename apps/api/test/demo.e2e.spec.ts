import { verifyChain } from '@rembug/audit-chain';
import { DataSource } from 'typeorm';
import { startTestApp } from './support/test-app.js';

describe('demo community', () => {
  it('seeds believable discussions once, through the same rules as real use', async () => {
    const first = await startTestApp({ seedReference: true, env: { DEMO_DATA: '1' } });
    const database = { url: first.dbUrl, name: first.dbName };
    try {
      const res = await first.gql<{
        threads: { totalCount: number; edges: { node: { title: string; commentCount: number; voteCount: number; proposals: { status: string }[] } }[] };
        proposals: { edges: { node: { title: string; status: string; supportCount: number; supportThreshold: number; agency: { shortName: string }; responses: { status: string }[] } }[] };
      }>(`{
        threads(first: 50) { totalCount edges { node { title commentCount voteCount proposals { status } } } }
        proposals(first: 50) { edges { node { title status supportCount supportThreshold agency { shortName } responses { status } } } }
      }`);
      expect(res.errors).toBeUndefined();
      const threads = res.data!.threads;
      expect(threads.totalCount).toBe(4);
      expect(threads.edges.every((e) => e.node.commentCount > 0 && e.node.voteCount > 0 && e.node.proposals.length === 1)).toBe(true);
      const statuses = Object.fromEntries(res.data!.proposals.edges.map((e) => [e.node.agency.shortName, e.node.status]));
      expect(statuses).toEqual({ 'Dinas PUPR': 'UNDER_REVIEW', Disperkimtan: 'OPEN', Diskominfo: 'ACCEPTED', Dinkes: 'OPEN' });
      const roads = res.data!.proposals.edges.find((e) => e.node.agency.shortName === 'Dinas PUPR')!.node;
      expect(roads.supportCount).toBeGreaterThanOrEqual(roads.supportThreshold);

      const db = first.app.get(DataSource);
      // Camps disagree: at least one comment has both many agreements and many disagreements.
      const [{ divisive }] = await db.query(`SELECT count(*)::int AS divisive FROM comments WHERE agree_count >= 10 AND disagree_count >= 10`);
      expect(divisive).toBeGreaterThan(0);
      const events = await db.query(
        `SELECT seq::int AS seq, id, occurred_at AS "occurredAt", actor_id AS "actorId", actor_role AS "actorRole", action,
                target_type AS "targetType", target_id AS "targetId", summary, prev_hash AS "prevHash", hash FROM audit_events ORDER BY seq`,
      );
      expect(verifyChain(events)).toMatchObject({ ok: true });
      await first.app.close();

      // Starting again on the same data adds nothing.
      const second = await startTestApp({ seedReference: true, env: { DEMO_DATA: '1' }, database });
      const again = await second.gql<{ threads: { totalCount: number }; proposals: { totalCount: number } }>(`{ threads { totalCount } proposals { totalCount } }`);
      expect(again.data).toEqual({ threads: { totalCount: 4 }, proposals: { totalCount: 4 } });
      await second.close();
    } finally {
      await first.close().catch(() => undefined);
    }
  });
});
