/**
 * How much JavaScript a page costs a phone, measured the same way by `npm run lighthouse` and by
 * apps/web/test/budget.spec.ts: each script body gzip-compressed here with zlib's default level (6, as a web
 * server would), so the figure does not depend on which encoding the server happened to choose.
 */
import { gzipSync } from 'node:zlib';

/** The thread page is what most villagers open from a shared link; its JavaScript must stay under this. */
export const THREAD_JS_BUDGET_BYTES = 60 * 1024;

/**
 * @typedef {{ url: string, bytes: number, gzipBytes: number }} ScriptSize
 * @typedef {{ scripts: ScriptSize[], totalBytes: number, totalGzipBytes: number }} ScriptSizes
 */

/**
 * @param {Uint8Array | string} body a script as it runs in the browser (already decoded)
 * @returns {number} its size gzip-compressed at level 6
 */
export function gzipSize(body) {
  return gzipSync(body).length;
}

/**
 * @param {{ url: string, body: Uint8Array | string }[]} bodies one entry per script; repeated URLs count once
 * @returns {ScriptSizes} largest script first
 */
export function measureScripts(bodies) {
  /** @type {Map<string, ScriptSize>} */
  const byUrl = new Map();
  for (const { url, body } of bodies) {
    if (byUrl.has(url)) continue;
    byUrl.set(url, { url, bytes: Buffer.byteLength(body), gzipBytes: gzipSize(body) });
  }
  const scripts = [...byUrl.values()].sort((a, b) => b.gzipBytes - a.gzipBytes);
  return {
    scripts,
    totalBytes: scripts.reduce((sum, script) => sum + script.bytes, 0),
    totalGzipBytes: scripts.reduce((sum, script) => sum + script.gzipBytes, 0),
  };
}

/**
 * Downloads each script (fetch decodes whatever encoding the server sent) and measures it.
 * @param {string[]} urls
 * @returns {Promise<ScriptSizes>}
 */
export async function fetchScriptSizes(urls) {
  const bodies = await Promise.all(
    [...new Set(urls)].map(async (url) => {
      const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
      if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
      return { url, body: new Uint8Array(await response.arrayBuffer()) };
    }),
  );
  return measureScripts(bodies);
}

/** @param {number} bytes */
export function formatKb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/**
 * One line per script, largest first, then the total: for failure messages and reports.
 * @param {ScriptSizes} sizes
 * @param {string} [origin] left out of the URLs to keep the lines short
 */
export function formatScriptSizes(sizes, origin) {
  const name = (/** @type {string} */ url) => (origin && url.startsWith(origin) ? url.slice(origin.length) : url);
  const lines = sizes.scripts.map(
    (script) => `  ${formatKb(script.gzipBytes).padStart(9)} gzip  ${formatKb(script.bytes).padStart(9)} raw  ${name(script.url)}`,
  );
  lines.push(
    `  ${formatKb(sizes.totalGzipBytes).padStart(9)} gzip  ${formatKb(sizes.totalBytes).padStart(9)} raw  total (${sizes.scripts.length} scripts)`,
  );
  return lines.join('\n');
}
