import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '@rembug/embedded-db';
import type { Summary } from '@rembug/summary-engine';
import { commentsCsv, pdfStream, proposalsCsv, renderJson, renderMarkdown, type ReportContext } from '@rembug/summary-report';
import pg from 'pg';
import { isUuid } from '../common/validation.js';
import { loadConfig } from '../config/config.js';
import { type ComputePhase, computeSummary } from './summary.compute.js';
import { ExportParamError, exportInstant, exportLanguage } from './export-params.js';
import type { SummaryTarget } from './summary.reader.js';

export const USAGE = `Usage: npm run export -- (--thread <id> | --area <id> | --category <id> | --all) [--from <date>] [--to <date>]
                         --format pdf|md|json|csv|proposals-csv --out <file> [--lang id|en]

Writes the summary of a discussion, or of an area (with its districts and villages), a category and/or a time
range, to a file: the policy brief (pdf, md), the data (json), comments with per-group agreement (csv) or proposals
(proposals-csv). The same files as GET /exports/…/summary.* (docs/summaries.md).

  --thread <id>        one discussion
  --area <id>          an area; may be combined with --category, --from and --to
  --category <id>      a category
  --all                the whole regency (with --from/--to to narrow it)
  --from, --to         YYYY-MM-DD (midnight in the community's time zone) or an ISO 8601 instant; to is exclusive
  --lang id|en         the brief's language (default id)
  --quiet              no progress on stderr

Reads DATABASE_URL, or the embedded database in $REMBUG_DATA_DIR/postgres when it is unset (only while the API is
stopped). Links in the files start with PUBLIC_WEB_URL (default http://localhost:3000).
Exit status: 0 written, 1 not found, 2 could not export (bad arguments, unreachable database).`;

const FORMATS = ['pdf', 'md', 'json', 'csv', 'proposals-csv'] as const;
type Format = (typeof FORMATS)[number];

export interface ExportIo {
  env: NodeJS.ProcessEnv;
  out(line: string): void;
  err(line: string): void;
  /** Progress as it changes; the CLI rewrites one line of a terminal. */
  progress?(line: string): void;
}

interface Options {
  target: SummaryTarget;
  format: Format;
  out: string;
  lang: ReportContext['lang'];
  quiet: boolean;
}

class UsageError extends Error {}

const PHASE_WORDS: Record<ComputePhase, string> = {
  comments: 'reading comments',
  votes: 'reading votes',
  proposals: 'reading proposals',
  analysis: 'finding opinion groups, consensus and quotes',
};

/** `npm run export`: returns the exit status. */
export async function runExport(argv: string[], io: ExportIo): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.out(USAGE);
    return 0;
  }
  let config: ReturnType<typeof loadConfig>;
  let options: Options;
  try {
    config = loadConfig(io.env);
    options = parseOptions(argv, config.utcOffsetMinutes);
  } catch (error) {
    if (!(error instanceof UsageError) && !(error instanceof ExportParamError) && !(error instanceof TypeError)) throw error;
    io.err(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  const outFile = path.resolve(io.env.INIT_CWD ?? process.cwd(), options.out);
  const started = Date.now();
  let last = '';
  const progress = (phase: ComputePhase, done: number, total: number) => {
    if (options.quiet) return;
    const share = total > 0 ? ` ${done.toLocaleString('en')}/${total.toLocaleString('en')}` : '';
    const line = `${PHASE_WORDS[phase]}${share} (${((Date.now() - started) / 1000).toFixed(1)} s)`;
    if (line !== last) (io.progress ?? io.err)(line);
    last = line;
  };

  let summary: Summary | null;
  let embedded: EmbeddedDatabase | undefined;
  try {
    let url = config.databaseUrl;
    if (!url) {
      embedded = await openEmbedded(config.dataDir);
      url = embedded.url;
    }
    const client = new pg.Client({ connectionString: url, application_name: 'rembug-export' });
    await client.connect();
    try {
      summary = await computeSummary(async (sql, params) => (await client.query(sql, params)).rows, options.target, progress);
    } finally {
      await client.end().catch(() => undefined);
    }
  } catch (error) {
    io.err(`Could not export: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  } finally {
    await embedded?.stop();
  }
  if (!summary) {
    io.err(`${describeTarget(options.target)} was not found (or is hidden or deleted): check the id.`);
    return 1;
  }
  try {
    await fs.mkdir(path.dirname(outFile), { recursive: true });
    await write(summary, options, { lang: options.lang, siteUrl: config.publicWebUrl }, outFile);
  } catch (error) {
    io.err(`Could not write ${outFile}: ${error instanceof Error ? error.message : String(error)}`);
    await fs.rm(outFile, { force: true });
    return 2;
  }
  const size = (await fs.stat(outFile)).size;
  io.out(
    `wrote ${outFile} (${size.toLocaleString('en')} bytes): ${summary.participation.participantCount} participants, ` +
      `${summary.participation.commentCount} comments, ${summary.participation.voteCount} votes, ` +
      `${summary.opinionGroups.groups.length} opinion groups; input ${summary.provenance.inputHash}; ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return 0;
}

async function write(summary: Summary, options: Options, ctx: ReportContext, file: string): Promise<void> {
  switch (options.format) {
    case 'md':
      return fs.writeFile(file, renderMarkdown(summary, ctx));
    case 'json':
      return fs.writeFile(file, renderJson(summary));
    case 'pdf':
      return pipeline(pdfStream(summary, ctx), createWriteStream(file));
    case 'csv':
      return pipeline(Readable.from(commentsCsv(summary, ctx)), createWriteStream(file));
    case 'proposals-csv':
      return pipeline(Readable.from(proposalsCsv(summary, ctx)), createWriteStream(file));
  }
}

function parseOptions(argv: string[], utcOffsetMinutes: number): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      thread: { type: 'string' },
      area: { type: 'string' },
      category: { type: 'string' },
      all: { type: 'boolean' },
      from: { type: 'string' },
      to: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      lang: { type: 'string' },
      quiet: { type: 'boolean' },
    },
    strict: true,
    allowPositionals: false,
  });
  const chosen = [values.thread !== undefined, values.area !== undefined || values.category !== undefined, values.all === true].filter(Boolean).length;
  if (chosen !== 1) throw new UsageError('Say what to summarise: --thread <id>, or --area/--category <id>, or --all.');
  for (const [name, value] of [['thread', values.thread], ['area', values.area], ['category', values.category]] as const) {
    if (value !== undefined && !isUuid(value)) throw new UsageError(`--${name} must be an id such as 3f2b…-…, got "${value}".`);
  }
  if (!values.format || !(FORMATS as readonly string[]).includes(values.format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}.`);
  }
  if (!values.out) throw new UsageError('--out needs the file to write.');
  let target: SummaryTarget;
  if (values.thread) {
    if (values.from || values.to) throw new UsageError('--from and --to narrow an area, a category or --all, not one discussion.');
    target = { kind: 'thread', threadId: values.thread.toLowerCase() };
  } else {
    const from = exportInstant('--from', values.from, utcOffsetMinutes);
    const to = exportInstant('--to', values.to, utcOffsetMinutes);
    if (from && to && from >= to) throw new UsageError('--to must be later than --from.');
    target = { kind: 'scope', areaId: values.area?.toLowerCase() ?? null, categoryId: values.category?.toLowerCase() ?? null, from, to };
  }
  return { target, format: values.format as Format, out: values.out, lang: exportLanguage(values.lang), quiet: values.quiet ?? false };
}

function describeTarget(target: SummaryTarget): string {
  if (target.kind === 'thread') return `The discussion ${target.threadId}`;
  if (target.areaId && target.categoryId) return `The area ${target.areaId} or the category ${target.categoryId}`;
  return target.areaId ? `The area ${target.areaId}` : `The category ${target.categoryId}`;
}

async function openEmbedded(dataDir: string): Promise<EmbeddedDatabase> {
  const folder = path.join(dataDir, 'postgres');
  const present = await fs.access(path.join(folder, 'PG_VERSION')).then(() => true, () => false);
  if (!present) {
    throw new Error(`DATABASE_URL is not set and there is no embedded database in ${folder}. Set DATABASE_URL to the postgres:// URL of the database.`);
  }
  try {
    return await startEmbeddedDatabase({ dataDir: folder });
  } catch (error) {
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}\nWhile the API runs on the embedded database, download the file from it instead: ` +
        'GET http://localhost:4000/exports/threads/<id>/summary.pdf (or /exports/summary.pdf?areaId=<id>).',
      { cause: error },
    );
  }
}
