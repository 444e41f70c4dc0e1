import type { Debate } from '../debate.js';
import type { SeededRandom } from '../math/random.js';
import { pseudonym } from '../pseudonym.js';
import { round6 } from '../round.js';
import { compareStrings } from '../compare.js';
import type { OpinionGroup, OpinionGroups, OpinionGroupsStatus, SummaryParameters } from '../types.js';
import type { Clustering, PlanePoints } from './kmeans.js';
import { kMeans, lloyd } from './kmeans.js';
import { principalComponents } from './pca.js';
import { silhouette } from './silhouette.js';
import { buildVoteMatrix } from './vote-matrix.js';
import type { VoteMatrix } from './vote-matrix.js';

/** Pol.is clusters people into about 100 base clusters first and groups those; so do we, for the same reason. */
const BASE_CLUSTERS = 100;
/** Above this many people the reported silhouette is measured on an evenly spread sample of them. */
const SILHOUETTE_SAMPLE = 5_000;
const GROUP_RESTARTS = 10;
/** Base clusters only summarise the map for the group search: one k-means++ start, at most 20 rounds (as Pol.is). */
const BASE_RESTARTS = 1;
const BASE_ITERATIONS = 20;

/** The opinion map and its groups, plus who is in which group for the statistics that follow. */
export interface OpinionAnalysis {
  groups: Omit<OpinionGroups, 'groups'> & { groups: Array<Omit<OpinionGroup, 'representativeComments'>> };
  /** Number of groups formed (0 when none). */
  groupCount: number;
  /** Group index (0 = "A") of each debate person, −1 when not in a group. */
  groupOfPerson: Int32Array;
}

export function analyseOpinions(debate: Debate, parameters: SummaryParameters, pseudonymKey: string, random: SeededRandom): OpinionAnalysis {
  const matrix = buildVoteMatrix(debate, parameters.minVotesPerParticipant);
  const groupOfPerson = new Int32Array(debate.personIds.length).fill(-1);
  const base = { participantsInMap: matrix.rows, commentsInMap: matrix.cols };
  const shortage = matrix.rows < parameters.minParticipantsForGroups
    ? 'TOO_FEW_PARTICIPANTS'
    : matrix.cols < parameters.minCommentsForGroups
      ? 'TOO_FEW_COMMENTS'
      : undefined;
  if (matrix.cols < 2 || matrix.rows === 0) {
    return {
      groups: { status: shortage ?? 'TOO_FEW_COMMENTS', ...base, k: null, silhouette: null, explainedVariance: null, groups: [], points: [] },
      groupCount: 0,
      groupOfPerson,
    };
  }

  const pca = principalComponents(matrix, 2, random);
  const explainedVariance: [number, number] = pca.totalVariance > 0
    ? [round6(pca.variances[0] / pca.totalVariance), round6(pca.variances[1] / pca.totalVariance)]
    : [0, 0];
  const points = project(matrix, pca.components[0], pca.components[1]);
  const names = Array.from(matrix.rowPerson, (person) => pseudonym(pseudonymKey, debate.personIds[person]));
  const ungrouped = (status: OpinionGroupsStatus, score: number | null): OpinionAnalysis => ({
    groups: {
      status,
      ...base,
      k: null,
      silhouette: score === null ? null : round6(score),
      explainedVariance,
      groups: [],
      points: mapPoints(points, names, () => null),
    },
    groupCount: 0,
    groupOfPerson,
  });
  if (shortage) return ungrouped(shortage, null);

  const found = findGroups(points, parameters, random);
  if (!found || found.silhouette < parameters.minSilhouette) return ungrouped('NO_CLEAR_GROUPS', found ? found.silhouette : null);

  // Groups by size, largest first; ties by the first pseudonym among their members, which no account id can steer.
  const { clustering } = found;
  const members = Array.from({ length: clustering.k }, () => [] as number[]);
  clustering.labels.forEach((label, row) => members[label].push(row));
  const ordered = members
    .map((rows, label) => ({ label, rows, first: rows.map((row) => names[row]).sort(compareStrings)[0] }))
    .filter((group) => group.rows.length > 0)
    .sort((a, b) => b.rows.length - a.rows.length || compareStrings(a.first, b.first));
  const indexOfLabel = new Map(ordered.map((group, index) => [group.label, index]));
  const groupIndexOfRow = (row: number): number => indexOfLabel.get(clustering.labels[row])!;
  for (let row = 0; row < matrix.rows; row++) groupOfPerson[matrix.rowPerson[row]] = groupIndexOfRow(row);
  return {
    groups: {
      status: 'FORMED',
      ...base,
      k: ordered.length,
      silhouette: round6(found.silhouette),
      explainedVariance,
      groups: ordered.map((group, index) => ({ id: groupId(index), size: group.rows.length, centroid: centroid(points, group.rows) })),
      points: mapPoints(points, names, (row) => groupId(groupIndexOfRow(row))),
    },
    groupCount: ordered.length,
    groupOfPerson,
  };
}

/** "A" … "Z", then "AA", "AB", … (kMax is small, but a parameter). */
export function groupId(index: number): string {
  let id = '';
  let i = index;
  do {
    id = String.fromCharCode(65 + (i % 26)) + id;
    i = Math.floor(i / 26) - 1;
  } while (i >= 0);
  return id;
}

/**
 * Each person's position on the two components, from their own votes only, scaled by √(comments / their votes):
 * Pol.is's correction, without which people who saw few comments would huddle at the centre just for having been
 * imputed the average on the rest.
 */
function project(matrix: VoteMatrix, first: Float64Array, second: Float64Array): PlanePoints {
  const x = new Float64Array(matrix.rows);
  const y = new Float64Array(matrix.rows);
  for (let r = 0; r < matrix.rows; r++) {
    let px = 0;
    let py = 0;
    const start = matrix.rowStart[r];
    const end = matrix.rowStart[r + 1];
    for (let e = start; e < end; e++) {
      px += matrix.value[e] * first[matrix.colIndex[e]];
      py += matrix.value[e] * second[matrix.colIndex[e]];
    }
    const scale = Math.sqrt(matrix.cols / Math.max(1, end - start));
    x[r] = px * scale;
    y[r] = py * scale;
  }
  return { x, y };
}

/**
 * k from kMin to kMax chosen by silhouette on the base clusters (weighted by their sizes, so O(100²) per k rather
 * than O(people²)); then the chosen groups are refined by Lloyd iterations on the people themselves, and the
 * silhouette reported is the people's.
 */
function findGroups(points: PlanePoints, parameters: SummaryParameters, random: SeededRandom): { clustering: Clustering; silhouette: number } | undefined {
  const base = baseClusters(points, random);
  const n = base.x.length;
  let best: { clustering: Clustering; score: number } | undefined;
  for (let k = parameters.kMin; k <= Math.min(parameters.kMax, n - 1); k++) {
    const clustering = kMeans(base, k, random, GROUP_RESTARTS);
    const score = silhouette(base, clustering.labels, k);
    if (!best || score > best.score + 1e-12) best = { clustering, score };
  }
  if (!best) return undefined;
  const refined = lloyd(points, { x: best.clustering.centreX, y: best.clustering.centreY });
  return { clustering: refined, silhouette: sampledSilhouette(points, refined) };
}

/** Identical positions merged, then k-means to BASE_CLUSTERS when more distinct positions remain. */
function baseClusters(points: PlanePoints, random: SeededRandom): Required<PlanePoints> {
  const n = points.x.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => points.x[i] - points.x[j] || points.y[i] - points.y[j] || i - j);
  const x: number[] = [];
  const y: number[] = [];
  const weight: number[] = [];
  for (const i of order) {
    const last = x.length - 1;
    if (last >= 0 && x[last] === points.x[i] && y[last] === points.y[i]) weight[last]++;
    else {
      x.push(points.x[i]);
      y.push(points.y[i]);
      weight.push(1);
    }
  }
  const distinct = { x: Float64Array.from(x), y: Float64Array.from(y), weight: Float64Array.from(weight) };
  if (x.length <= BASE_CLUSTERS) return distinct;
  const clustering = kMeans(distinct, BASE_CLUSTERS, random, BASE_RESTARTS, BASE_ITERATIONS);
  const out = { x: new Float64Array(BASE_CLUSTERS), y: new Float64Array(BASE_CLUSTERS), weight: new Float64Array(BASE_CLUSTERS) };
  for (let i = 0; i < x.length; i++) out.weight[clustering.labels[i]] += weight[i];
  const kept = Array.from({ length: BASE_CLUSTERS }, (_, c) => c).filter((c) => out.weight[c] > 0);
  return {
    x: Float64Array.from(kept, (c) => clustering.centreX[c]),
    y: Float64Array.from(kept, (c) => clustering.centreY[c]),
    weight: Float64Array.from(kept, (c) => out.weight[c]),
  };
}

function sampledSilhouette(points: PlanePoints, clustering: Clustering): number {
  const n = points.x.length;
  if (n <= SILHOUETTE_SAMPLE) return silhouette(points, clustering.labels, clustering.k);
  const picked = Array.from({ length: SILHOUETTE_SAMPLE }, (_, i) => Math.floor((i * n) / SILHOUETTE_SAMPLE));
  return silhouette(
    { x: Float64Array.from(picked, (i) => points.x[i]), y: Float64Array.from(picked, (i) => points.y[i]) },
    Int32Array.from(picked, (i) => clustering.labels[i]),
    clustering.k,
  );
}

function centroid(points: PlanePoints, rows: number[]): { x: number; y: number } {
  let x = 0;
  let y = 0;
  for (const row of rows) {
    x += points.x[row];
    y += points.y[row];
  }
  return { x: round6(x / rows.length), y: round6(y / rows.length) };
}

/** Ordered by pseudonym: an order by account id would let anyone who knows the ids line them up with the points. */
function mapPoints(points: PlanePoints, names: string[], groupOfRow: (row: number) => string | null): OpinionGroups['points'] {
  return names
    .map((participant, row) => ({ participant, x: round6(points.x[row]), y: round6(points.y[row]), groupId: groupOfRow(row) }))
    .sort((a, b) => compareStrings(a.participant, b.participant) || a.x - b.x || a.y - b.y);
}
