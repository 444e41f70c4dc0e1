/** Stands in for SvelteKit's `$env/dynamic/private` when server modules run under jest. */
export const env: Record<string, string | undefined> = process.env;
