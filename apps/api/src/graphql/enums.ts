import { registerEnumType } from '@nestjs/graphql';
import { Role } from '../access/role.js';
import { AreaLevel } from '../reference/area.entity.js';

registerEnumType(Role, { name: 'Role', description: 'What a person may do on Rembug.' });
registerEnumType(AreaLevel, { name: 'AreaLevel', description: 'Regency (kabupaten), district (kecamatan) or village (desa).' });

export { Role, AreaLevel };

import { CommentVoteValue } from '../comments/comment.record.js';
import { ThreadSort } from '../threads/threads.service.js';

registerEnumType(CommentVoteValue, { name: 'CommentVote', description: 'Agree, disagree, pass, or NONE to withdraw.' });
registerEnumType(ThreadSort, { name: 'ThreadSort', description: 'NEW: newest first; ACTIVE: latest activity first; TOP: most comments and votes first.' });

export { CommentVoteValue, ThreadSort };

import { ProposalSort, ProposalStatus, ProposalVoteValue, StatusChangeCause } from '../proposals/proposal.record.js';

registerEnumType(ProposalStatus, {
  name: 'ProposalStatus',
  description: 'OPEN → AWAITING_RESPONSE (support threshold reached) → UNDER_REVIEW → ACCEPTED | REJECTED → IMPLEMENTED; WITHDRAWN by the author before any response; MERGED by a moderator into a duplicate (its votes moved there).',
});
registerEnumType(ProposalVoteValue, { name: 'ProposalVote', description: 'Support, oppose, or NONE to withdraw.' });
registerEnumType(ProposalSort, {
  name: 'ProposalSort',
  description: 'NEW: newest first; TOP: most support first; ACTIVE: latest activity first.',
  valuesMap: {
    DEADLINE: { description: 'Earliest deadline for an official answer first, so the most overdue lead; proposals without a deadline last.' },
  },
});
registerEnumType(StatusChangeCause, {
  name: 'StatusChangeCause',
  description: 'CREATED, THRESHOLD_REACHED (enough support), OFFICIAL_RESPONSE, WITHDRAWN_BY_AUTHOR, MERGED_BY_MODERATOR.',
});

export { ProposalSort, ProposalStatus, ProposalVoteValue, StatusChangeCause };
