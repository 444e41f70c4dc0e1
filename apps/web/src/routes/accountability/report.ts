/** The API's per-agency numbers, completed with the parts a reader needs (late answers, waiting but not yet late). */
import type { AccountabilityQuery } from '$lib/graphql/generated';

export type ApiRow = AccountabilityQuery['accountability'][number];

export interface AgencyRow {
  key: string;
  /** Null for proposals that no agency has been assigned yet. */
  agency: { name: string; shortName: string | null } | null;
  assigned: number;
  answered: number;
  answeredOnTime: number;
  answeredLate: number;
  /** Waiting for a first answer, deadline not yet passed. */
  waitingInTime: number;
  awaitingResponse: number;
  overdueNow: number;
  medianHoursToFirstResponse: number | null;
  onTimeShare: number | null;
}

export interface Report {
  /** Agencies that had proposals fall due, best on-time share first. */
  due: AgencyRow[];
  /** Agencies with nothing due in the period, by name. */
  nothingDue: AgencyRow[];
  totals: { assigned: number; answered: number; answeredOnTime: number; awaitingResponse: number; overdueNow: number };
}

const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });
const nameOf = (row: AgencyRow) => row.agency?.shortName ?? row.agency?.name ?? '';

export function buildReport(rows: readonly ApiRow[]): Report {
  const all = rows.map(
    (row): AgencyRow => ({
      key: row.agency?.id ?? 'unassigned',
      agency: row.agency,
      assigned: row.assigned,
      answered: row.answered,
      answeredOnTime: row.answeredOnTime,
      // Every proposal that fell due is either answered (on time or late) or still awaiting (in time or overdue).
      answeredLate: Math.max(0, row.answered - row.answeredOnTime),
      waitingInTime: Math.max(0, row.awaitingResponse - row.overdueNow),
      awaitingResponse: row.awaitingResponse,
      overdueNow: row.overdueNow,
      medianHoursToFirstResponse: row.medianHoursToFirstResponse,
      onTimeShare: row.onTimeShare,
    }),
  );
  const due = all
    .filter((row) => row.assigned > 0)
    .sort((a, b) => (b.onTimeShare ?? 0) - (a.onTimeShare ?? 0) || b.assigned - a.assigned || collator.compare(nameOf(a), nameOf(b)));
  const nothingDue = all.filter((row) => row.assigned === 0).sort((a, b) => collator.compare(nameOf(a), nameOf(b)));
  const totals = { assigned: 0, answered: 0, answeredOnTime: 0, awaitingResponse: 0, overdueNow: 0 };
  for (const row of due) {
    for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += row[key];
  }
  return { due, nothingDue, totals };
}
