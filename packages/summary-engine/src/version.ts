/** The package that wrote a summary, recorded in its provenance so a reader can rerun the same version. */
export const ENGINE_NAME = '@rembug/summary-engine';
/** Kept equal to package.json's version (a test checks), so provenance names a release one can install. */
export const ENGINE_VERSION = '0.1.0';
/** The JSON shape's version; raise it whenever a field of `Summary` changes meaning or goes away. */
export const SUMMARY_SCHEMA_VERSION = 1;
