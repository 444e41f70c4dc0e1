import 'reflect-metadata';
import { runVerify } from './verify.command.js';

/** `npm run audit:verify`: checks the audit chain in the database or in an export; see `--help` and docs/runbook.md. */
process.exitCode = await runVerify(process.argv.slice(2), {
  env: process.env,
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
