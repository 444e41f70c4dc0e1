import { compareStrings } from './compare.js';
import { prepareDebate } from './debate.js';
import { hashInput } from './input-hash.js';
import { SeededRandom } from './math/random.js';
import { analyseOpinions } from './opinion/opinion-groups.js';
import { resolveParameters } from './parameters.js';
import { participation } from './participation.js';
import { Masker } from './privacy.js';
import { proposalSummaries } from './proposals.js';
import { consensusStatements, divisiveStatements } from './statements/consensus.js';
import { representativeStatements } from './statements/representative.js';
import { statementStats } from './statements/statement-stats.js';
import { countVotes } from './statements/vote-counts.js';
import { quotes } from './text/quotes.js';
import { themes } from './text/themes.js';
import type { CommentRow, Summary, SummaryInput, SummaryOptions } from './types.js';
import { ENGINE_NAME, ENGINE_VERSION, SUMMARY_SCHEMA_VERSION } from './version.js';
import { voteTable } from './vote-table.js';

/**
 * The summary of a debate. Pure and deterministic: the same input and options give the same summary (and, through
 * serialiseSummary, the same bytes), whatever order the input's arrays are in. Hidden or deleted comments, comments
 * of hidden or deleted threads and hidden proposals are left out of everything; every text is masked for personal
 * data; people appear only as pseudonyms on the opinion map.
 */
export function summarise(input: SummaryInput, options: SummaryOptions = {}): Summary {
  const parameters = resolveParameters(options.parameters);
  const votes = voteTable(input.commentVotes);
  const inputHash = hashInput(input, votes);
  const random = new SeededRandom(inputHash.slice('sha256:'.length));
  const masker = new Masker();

  const debate = prepareDebate(input, votes, masker);
  const proposals = proposalSummaries(input.proposals, input.asOf, masker);
  const opinion = analyseOpinions(debate, parameters, options.pseudonymKey ?? '', random);
  const groupIds = opinion.groups.groups.map((group) => group.id);
  const counts = countVotes(debate, opinion.groupOfPerson, opinion.groupCount);
  const selection = { comments: debate.comments, counts, groupIds, minVotes: parameters.minVotesPerStatement };
  const representative = representativeStatements(debate.comments, counts, parameters.minVotesPerStatement, parameters.maxRepresentativePerGroup);

  const comments: CommentRow[] = [...debate.comments]
    .sort((a, b) => a.createdMs - b.createdMs || compareStrings(a.id, b.id))
    .map((comment) => ({ ...statementStats(comment, counts, groupIds), parentId: comment.parentId, createdAt: comment.createdAt }));

  return {
    schemaVersion: SUMMARY_SCHEMA_VERSION,
    scope: { ...input.scope, title: masker.mask(input.scope.title) },
    asOf: input.asOf,
    provenance: {
      engine: { name: ENGINE_NAME, version: ENGINE_VERSION },
      schemaVersion: SUMMARY_SCHEMA_VERSION,
      parameters,
      inputCounts: {
        areas: input.areas.length,
        threads: input.threads.length,
        participants: input.participants.length,
        comments: input.comments.length,
        commentVotes: input.commentVotes.length,
        proposals: input.proposals.length,
        officialResponses: input.proposals.reduce((sum, proposal) => sum + proposal.responses.length, 0),
        excludedComments: debate.excludedComments,
        excludedProposals: input.proposals.length - proposals.length,
      },
      inputHash,
    },
    participation: participation(debate, input.areas, proposals.length, parameters.utcOffsetMinutes, masker),
    opinionGroups: {
      ...opinion.groups,
      groups: opinion.groups.groups.map((group, g) => ({ ...group, representativeComments: representative[g] })),
    },
    consensus: consensusStatements({ ...selection, max: parameters.maxConsensus }),
    divisive: divisiveStatements({ ...selection, max: parameters.maxDivisive }),
    themes: themes(
      debate.comments.map((comment) => ({ id: comment.id, text: comment.text, votes: counts.votes[comment.index] })),
      parameters.maxThemes,
      masker,
    ),
    quotes: quotes(
      debate.comments.map((comment) => ({
        id: comment.id,
        threadId: comment.threadId,
        author: comment.author,
        text: comment.text,
        votes: counts.votes[comment.index],
        agree: counts.agree[comment.index],
      })),
      parameters.maxQuotes,
    ),
    proposals,
    comments,
  };
}
