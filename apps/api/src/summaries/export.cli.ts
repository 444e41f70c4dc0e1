import 'reflect-metadata';
import { runExport } from './export.command.js';

/** `npm run export`: writes a summary to a file; see `--help` and docs/summaries.md. */
const terminal = process.stderr.isTTY;
let progressShown = false;
process.exitCode = await runExport(process.argv.slice(2), {
  env: process.env,
  out: (line) => {
    if (progressShown) process.stderr.write('\n');
    progressShown = false;
    process.stdout.write(`${line}\n`);
  },
  err: (line) => {
    if (progressShown) process.stderr.write('\n');
    progressShown = false;
    process.stderr.write(`${line}\n`);
  },
  // On a terminal one line is rewritten in place; in a log every step is its own line.
  progress: (line) => {
    if (terminal) {
      process.stderr.write(`\r\x1b[2K${line}`);
      progressShown = true;
    } else {
      process.stderr.write(`${line}\n`);
    }
  },
});
