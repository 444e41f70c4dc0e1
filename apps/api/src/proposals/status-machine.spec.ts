import { ProposalStatus as S } from './proposal.record.js';
import { acceptsVotes, canRespondWith, canWithdraw } from './status-machine.js';

const all = Object.values(S);

describe('proposal status machine', () => {
  it('lets officials answer along the lifecycle and never backwards', () => {
    const allowed = all.flatMap((from) => all.filter((to) => canRespondWith(from, to)).map((to) => `${from}→${to}`));
    expect(allowed.sort()).toEqual(
      [
        'OPEN→UNDER_REVIEW', 'OPEN→ACCEPTED', 'OPEN→REJECTED',
        'AWAITING_RESPONSE→UNDER_REVIEW', 'AWAITING_RESPONSE→ACCEPTED', 'AWAITING_RESPONSE→REJECTED',
        'UNDER_REVIEW→UNDER_REVIEW', 'UNDER_REVIEW→ACCEPTED', 'UNDER_REVIEW→REJECTED',
        'ACCEPTED→ACCEPTED', 'ACCEPTED→IMPLEMENTED',
        'REJECTED→REJECTED',
        'IMPLEMENTED→IMPLEMENTED',
      ].sort(),
    );
  });

  it('allows withdrawal only before any official response', () => {
    expect(all.filter(canWithdraw)).toEqual([S.OPEN, S.AWAITING_RESPONSE]);
  });

  it('closes voting once decided or withdrawn', () => {
    expect(all.filter(acceptsVotes)).toEqual([S.OPEN, S.AWAITING_RESPONSE, S.UNDER_REVIEW]);
  });
});
