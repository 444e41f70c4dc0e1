/** Headless Chromium from the system (never a downloaded build), driven by playwright-core. */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const HINT = 'Install it with `apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium or Chrome binary.';

export function chromiumPath(): string | undefined {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (candidate): candidate is string => !!candidate && existsSync(candidate),
  );
}

export function launchChromium(executablePath: string): Promise<Browser> {
  // playwright gives every launch a fresh temporary profile, so no --user-data-dir here.
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A describe block that needs Chromium. Without it, CI fails loudly, while a developer's run
 * skips the block with a warning rather than failing on a machine that never had a browser.
 */
export function describeInBrowser(name: string, body: (executablePath: string) => void): void {
  const executablePath = chromiumPath();
  if (executablePath) {
    describe(name, () => body(executablePath));
    return;
  }
  const message = `Chromium was not found, so the browser tests cannot run. ${HINT}`;
  if (process.env.CI) {
    describe(name, () => {
      it('needs Chromium', () => {
        throw new Error(message);
      });
    });
    return;
  }
  console.warn(`\n!!! SKIPPING browser tests "${name}" !!!\n${message}\n`);
  describe.skip(name, () => body(''));
}
