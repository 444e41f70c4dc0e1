import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { AuditFormatError, type AuditEvent, type ChainCheckpoint, ChainVerifier } from '@rembug/audit-chain';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '@rembug/embedded-db';
import pg from 'pg';
import { loadConfig } from '../config/config.js';
import { type ChainReport, describeReport, report, verifyStoredChain } from './audit.reader.js';

export const USAGE = `Usage: npm run audit:verify [-- [--file <export.ndjson>] [--checkpoint <seq>:<hash>]...]

Checks the hash chain of Rembug's audit log and prints one line: "ok: N events, head hash H", or the first seq that
does not verify and why.

  (no --file)                 reads the table audit_events of DATABASE_URL, or of the embedded database in
                              $REMBUG_DATA_DIR/postgres when DATABASE_URL is unset (only while the API is stopped)
  --file <path>               verifies an export instead (JSON Lines, as GET /exports/audit.ndjson returns it)
  --checkpoint <seq>:<hash>   a head hash published earlier; event <seq> must have exactly this hash. Repeatable.

Exit status: 0 the chain verifies, 1 it is broken, 2 it could not be checked (bad arguments, unreadable input).`;

/** Where the command writes; the CLI passes the process's streams, tests pass collectors. */
export interface VerifyIo {
  env: NodeJS.ProcessEnv;
  out(line: string): void;
  err(line: string): void;
}

class UsageError extends Error {}

/** `npm run audit:verify`: returns the exit status. */
export async function runVerify(argv: string[], io: VerifyIo): Promise<number> {
  let options: { file?: string; checkpoints: ChainCheckpoint[]; help: boolean };
  try {
    options = parseOptions(argv);
  } catch (error) {
    if (!(error instanceof UsageError) && !(error instanceof TypeError)) throw error;
    io.err(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    io.out(USAGE);
    return 0;
  }
  let result: ChainReport;
  try {
    result = options.file
      ? await verifyFile(path.resolve(io.env.INIT_CWD ?? process.cwd(), options.file), options.checkpoints)
      : await verifyDatabase(io.env, options.checkpoints);
  } catch (error) {
    io.err(`Could not check the audit chain: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  if (result.ok) {
    io.out(describeReport(result));
    return 0;
  }
  io.err(describeReport(result));
  return 1;
}

function parseOptions(argv: string[]): { file?: string; checkpoints: ChainCheckpoint[]; help: boolean } {
  const { values } = parseArgs({
    args: argv,
    options: {
      file: { type: 'string' },
      checkpoint: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.file === '') throw new UsageError('--file needs the path of an export.');
  const checkpoints = (values.checkpoint ?? []).map((text) => {
    const match = /^(\d{1,16}):([0-9a-fA-F]{64})$/.exec(text.trim());
    if (!match || !Number.isSafeInteger(Number(match[1])) || Number(match[1]) < 1) {
      throw new UsageError(`--checkpoint must be the seq and hash of a published head, such as 1200:${'ab'.repeat(32)}; got "${text}".`);
    }
    return { seq: Number(match[1]), hash: match[2]!.toLowerCase() };
  });
  const seen = new Map<number, string>();
  for (const { seq, hash } of checkpoints) {
    if ((seen.get(seq) ?? hash) !== hash) throw new UsageError(`--checkpoint gives two different hashes for seq ${seq}.`);
    seen.set(seq, hash);
  }
  return { file: values.file, checkpoints, help: values.help ?? false };
}

/** Streams an NDJSON export line by line through the verifier. */
async function verifyFile(file: string, checkpoints: ChainCheckpoint[]): Promise<ChainReport> {
  await fs.access(file).catch(() => {
    throw new Error(`cannot read ${file}: check the path, or download the export first (GET /exports/audit.ndjson).`);
  });
  const verifier = new ChainVerifier({ checkpoints });
  const input = createReadStream(file, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lastSeq: number | null = null;
  let lineNumber = 0;
  try {
    for await (const line of lines) {
      lineNumber++;
      if (!line.trim()) continue;
      let event: unknown;
      try {
        event = JSON.parse(line);
      } catch {
        // Fails the verifier at the seq this line should have held, then says why in words.
        verifier.push(null as unknown as AuditEvent);
        const broken = report(verifier, lastSeq);
        return { ...broken, detail: `line ${lineNumber} is not valid JSON` };
      }
      if (!verifier.push(event as AuditEvent)) break;
      lastSeq = (event as AuditEvent).seq;
    }
  } finally {
    lines.close();
    input.destroy();
  }
  return report(verifier, lastSeq);
}

/** Reads audit_events in seq order, 5,000 rows per statement. */
async function verifyDatabase(env: NodeJS.ProcessEnv, checkpoints: ChainCheckpoint[]): Promise<ChainReport> {
  const config = loadConfig(env);
  let embedded: EmbeddedDatabase | undefined;
  let url = config.databaseUrl;
  if (!url) {
    const dataDir = path.join(config.dataDir, 'postgres');
    const exists = await fs.access(path.join(dataDir, 'PG_VERSION')).then(() => true, () => false);
    if (!exists) {
      throw new Error(
        `DATABASE_URL is not set and there is no embedded database in ${dataDir}. ` +
          'Set DATABASE_URL to the postgres:// URL of the database, or verify an export with --file <path>.',
      );
    }
    try {
      embedded = await startEmbeddedDatabase({ dataDir });
    } catch (error) {
      throw new Error(
        `${error instanceof Error ? error.message : String(error)}\nWhile the API runs on the embedded database, ` +
          'verify its export instead: curl -o audit.ndjson http://localhost:4000/exports/audit.ndjson, ' +
          'then npm run audit:verify -- --file audit.ndjson',
        { cause: error },
      );
    }
    url = embedded.url;
  }
  const client = new pg.Client({ connectionString: url, application_name: 'rembug-audit-verify' });
  try {
    await client.connect();
    return await verifyStoredChain(async (sql, params) => (await client.query(sql, params)).rows, { checkpoints });
  } catch (error) {
    if ((error as { code?: string }).code === '42P01') {
      throw new Error('this database has no audit_events table: run the migrations first (npm run migrate), or check DATABASE_URL.', {
        cause: error,
      });
    }
    if (error instanceof AuditFormatError) throw new Error(`a checkpoint is not usable: ${error.message}`, { cause: error });
    throw error;
  } finally {
    await client.end().catch(() => undefined);
    await embedded?.stop();
  }
}
