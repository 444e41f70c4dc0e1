export type * from './types.js';
export { summarise } from './summarise.js';
export { serialiseSummary } from './serialise.js';
export { inputHash } from './input-hash.js';
export { DEFAULT_PARAMETERS } from './parameters.js';
export { ENGINE_NAME, ENGINE_VERSION, SUMMARY_SCHEMA_VERSION } from './version.js';
