// The brief's wording, shared by the Markdown and the PDF so both say the same thing in the same order.
// Text people wrote passes through `esc`, which the Markdown renderer uses to make it inert and the PDF leaves alone.
import type {
  CommentRow,
  OfficialResponseInput,
  ProposalSummary,
  RepresentativeStatement,
  StatementStats,
  Summary,
  SummaryParameters,
} from '@rembug/summary-engine';
import { summaryPageUrl, type ReportContext } from './context.js';
import type { MessageKey, Translator } from './i18n.js';

export type Escape = (text: string) => string;

export const plain: Escape = (text) => text;

export function briefTitle(summary: Summary, tr: Translator, esc: Escape): string {
  const { scope } = summary;
  const key: MessageKey =
    scope.threadId !== null
      ? 'brief.title.thread'
      : scope.areaId !== null
        ? 'brief.title.area'
        : scope.categoryId !== null
          ? 'brief.title.category'
          : 'brief.title.other';
  return tr.t(key, { title: esc(scope.title) });
}

/** What the summary covers, when the comments were written, and when the data was read. */
export function scopeLines(summary: Summary, tr: Translator, esc: Escape): string[] {
  const { scope } = summary;
  const title = esc(scope.title);
  const lines: string[] = [];
  if (scope.threadId !== null) lines.push(tr.t('scope.thread', { title }));
  else if (scope.areaId !== null) lines.push(tr.t('scope.area', { title }));
  else if (scope.categoryId !== null) lines.push(tr.t('scope.category', { title }));
  else lines.push(tr.t('scope.other', { title }));
  if (scope.from !== null && scope.to !== null) {
    lines.push(tr.t('scope.period', { from: tr.dateTime(scope.from), to: tr.dateTime(scope.to) }));
  } else if (scope.from !== null) {
    lines.push(tr.t('scope.periodFrom', { from: tr.dateTime(scope.from) }));
  } else if (scope.to !== null) {
    lines.push(tr.t('scope.periodTo', { to: tr.dateTime(scope.to) }));
  }
  lines.push(tr.t('scope.asOf', { asOf: tr.dateTime(summary.asOf) }));
  return lines;
}

export interface KeyNumber {
  label: string;
  value: string;
  hint: string | null;
}

export function keyNumbers(summary: Summary, tr: Translator): KeyNumber[] {
  const { participation, opinionGroups } = summary;
  return [
    { label: tr.t('numbers.participants'), value: tr.number(participation.participantCount), hint: tr.t('numbers.participantsHint') },
    { label: tr.t('numbers.comments'), value: tr.number(participation.commentCount), hint: null },
    { label: tr.t('numbers.votes'), value: tr.number(participation.voteCount), hint: tr.t('numbers.votesHint') },
    { label: tr.t('numbers.proposals'), value: tr.number(participation.proposalCount), hint: null },
    { label: tr.t('numbers.inMap'), value: tr.number(opinionGroups.participantsInMap), hint: null },
  ];
}

export function areaName(name: string | null, tr: Translator, esc: Escape): string {
  return name === null ? tr.t('participation.noArea') : esc(name);
}

export function groupName(groupId: string, tr: Translator, esc: Escape): string {
  return tr.t('groups.name', { group: esc(groupId) });
}

/** The opinion groups as a sentence, or the plain reason there are none. */
export function groupsStatement(summary: Summary, tr: Translator): string {
  const { opinionGroups: map, provenance } = summary;
  switch (map.status) {
    case 'FORMED':
      return tr.t('groups.intro', { count: tr.number(map.groups.length), participants: tr.number(map.participantsInMap) });
    case 'TOO_FEW_PARTICIPANTS':
      return tr.t('groups.none.TOO_FEW_PARTICIPANTS', {
        count: tr.number(map.participantsInMap),
        min: tr.number(provenance.parameters.minParticipantsForGroups),
      });
    case 'TOO_FEW_COMMENTS':
      return tr.t('groups.none.TOO_FEW_COMMENTS', {
        count: tr.number(map.commentsInMap),
        min: tr.number(provenance.parameters.minCommentsForGroups),
      });
    case 'NO_CLEAR_GROUPS':
      return tr.t('groups.none.NO_CLEAR_GROUPS');
  }
}

export function groupsFormed(summary: Summary): boolean {
  return summary.opinionGroups.status === 'FORMED' && summary.opinionGroups.groups.length > 0;
}

export function statementTally(statement: StatementStats, tr: Translator): string {
  return tr.t('statement.tally', {
    agreeShare: tr.percent(statement.agreeShare),
    disagreeShare: tr.percent(statement.disagreeShare),
    votes: tr.number(statement.votes),
  });
}

export function statementGroupLines(statement: StatementStats, tr: Translator, esc: Escape): string[] {
  return statement.groups.map((share) =>
    tr.t('statement.group', {
      group: esc(share.groupId),
      agreeShare: tr.percent(share.agreeShare),
      disagreeShare: tr.percent(share.disagreeShare),
      votes: tr.number(share.votes),
    }),
  );
}

export function representativeLine(statement: RepresentativeStatement, tr: Translator): string {
  const agree = statement.direction === 'AGREE';
  return tr.t(agree ? 'groupViews.agree' : 'groupViews.disagree', {
    share: tr.percent(agree ? statement.agreeShare : statement.disagreeShare),
    votes: tr.number(statement.votes),
    outside: tr.percent(statement.outsideShare),
  });
}

export function proposalFacts(proposal: ProposalSummary, tr: Translator, esc: Escape): string[] {
  const facts = [
    tr.t('proposal.status', { status: esc(tr.proposalStatus(proposal.status)) }),
    tr.t('proposal.support', {
      support: tr.number(proposal.supportCount),
      threshold: tr.number(proposal.supportThreshold),
      oppose: tr.number(proposal.opposeCount),
    }),
    proposal.thresholdReached
      ? tr.t('proposal.reached')
      : tr.t('proposal.needMore', { count: tr.number(Math.max(0, proposal.supportThreshold - proposal.supportCount)) }),
    tr.t('proposal.clock', { clock: tr.t(`clock.${proposal.clock}`) }),
    proposal.agencyName === null ? tr.t('proposal.agencyNone') : tr.t('proposal.agency', { agency: esc(proposal.agencyName) }),
    tr.t('proposal.createdAt', { date: tr.dateTime(proposal.createdAt) }),
  ];
  if (proposal.responseDueAt !== null) facts.push(tr.t('proposal.dueAt', { date: tr.dateTime(proposal.responseDueAt) }));
  if (proposal.respondedAt !== null) facts.push(tr.t('proposal.respondedAt', { date: tr.dateTime(proposal.respondedAt) }));
  return facts;
}

export function responseHead(response: OfficialResponseInput, tr: Translator, esc: Escape): string {
  return tr.t('proposal.responseHead', {
    agency: esc(response.agencyName),
    date: tr.dateTime(response.createdAt),
    status: esc(tr.proposalStatus(response.status)),
  });
}

export function methodParagraphs(summary: Summary, tr: Translator): string[] {
  const { parameters, inputCounts } = summary.provenance;
  const map = summary.opinionGroups;
  const paragraphs = [
    tr.t('method.data', { asOf: tr.dateTime(summary.asOf), excluded: tr.number(inputCounts.excludedComments) }),
    tr.t('method.map', { minVotes: tr.number(parameters.minVotesPerParticipant) }),
    tr.t('method.groups', {
      kMin: tr.number(parameters.kMin),
      kMax: tr.number(parameters.kMax),
      minParticipants: tr.number(parameters.minParticipantsForGroups),
      minComments: tr.number(parameters.minCommentsForGroups),
      minSilhouette: tr.decimal(parameters.minSilhouette),
    }),
  ];
  if (map.status === 'FORMED' && map.k !== null && map.silhouette !== null && map.explainedVariance !== null) {
    paragraphs.push(
      tr.t('method.result', {
        k: tr.number(map.k),
        silhouette: tr.decimal(map.silhouette),
        variance: tr.percent(map.explainedVariance[0] + map.explainedVariance[1]),
      }),
    );
  }
  paragraphs.push(
    tr.t('method.statements', { minVotes: tr.number(parameters.minVotesPerStatement) }),
    tr.t('method.quotes'),
  );
  return paragraphs;
}

export function limitParagraphs(summary: Summary, tr: Translator): string[] {
  return [tr.t('limits.sample'), tr.t('limits.votes', { asOf: tr.dateTime(summary.asOf) }), tr.t('limits.groups')];
}

export interface Row {
  label: string;
  value: string;
  /** The field's name in the JSON, for readers who check against it. */
  code: string | null;
}

export function provenanceRows(summary: Summary, tr: Translator, esc: Escape): Row[] {
  const { provenance } = summary;
  return [
    {
      label: tr.t('provenance.engine'),
      value: tr.t('provenance.engineValue', { name: esc(provenance.engine.name), version: esc(provenance.engine.version) }),
      code: 'provenance.engine',
    },
    { label: tr.t('provenance.schemaVersion'), value: String(summary.schemaVersion), code: 'schemaVersion' },
    { label: tr.t('provenance.asOf'), value: `${tr.dateTime(summary.asOf)} (${esc(summary.asOf)})`, code: 'asOf' },
    { label: tr.t('provenance.inputHash'), value: esc(provenance.inputHash), code: 'provenance.inputHash' },
  ];
}

const INPUT_COUNTS = [
  'areas',
  'threads',
  'participants',
  'comments',
  'commentVotes',
  'proposals',
  'officialResponses',
  'excludedComments',
  'excludedProposals',
] as const;

export function inputCountRows(summary: Summary, tr: Translator): Row[] {
  const counts = summary.provenance.inputCounts;
  return INPUT_COUNTS.map((name) => ({ label: tr.t(`inputCounts.${name}`), value: tr.number(counts[name]), code: name }));
}

const PARAMETERS: Array<keyof SummaryParameters> = [
  'minVotesPerParticipant',
  'minParticipantsForGroups',
  'minCommentsForGroups',
  'kMin',
  'kMax',
  'minSilhouette',
  'minVotesPerStatement',
  'maxRepresentativePerGroup',
  'maxConsensus',
  'maxDivisive',
  'maxThemes',
  'maxQuotes',
  'utcOffsetMinutes',
];

/** Every parameter the summary records, known ones in plain words; one the engine adds later still shows by name. */
export function parameterRows(summary: Summary, tr: Translator, esc: Escape): Row[] {
  const parameters = summary.provenance.parameters as unknown as Record<string, unknown>;
  const extra = Object.keys(parameters)
    .filter((name) => !(PARAMETERS as string[]).includes(name))
    .sort();
  return [...PARAMETERS.filter((name) => name in parameters), ...extra].map((name) => {
    const key = `parameters.${name}` as MessageKey;
    const value = parameters[name];
    return {
      label: (PARAMETERS as string[]).includes(name) ? tr.t(key) : esc(name),
      value: typeof value === 'number' ? String(value) : esc(JSON.stringify(value)),
      code: name,
    };
  });
}

export function citationText(summary: Summary, ctx: ReportContext, tr: Translator, esc: Escape): string {
  const url = summaryPageUrl(ctx, summary);
  const params = { title: esc(summary.scope.title), asOf: tr.dateTime(summary.asOf), hash: esc(summary.provenance.inputHash) };
  return url === null ? tr.t('provenance.citationNoUrl', params) : tr.t('provenance.citation', { ...params, url });
}

export function appendixMeta(row: CommentRow, tr: Translator): string {
  return tr.t('appendix.meta', {
    date: tr.dateTime(row.createdAt),
    votes: tr.number(row.votes),
    agree: tr.number(row.agree),
    disagree: tr.number(row.disagree),
    pass: tr.number(row.pass),
  });
}
