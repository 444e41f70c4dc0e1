/**
 * The jest setup every TypeScript project shares: tests run as native ES
 * modules through ts-jest, like the builds. The timeout only stops a hung run;
 * no test measures elapsed time.
 */
export function esmTypeScriptJest(overrides = {}) {
  return {
    testEnvironment: 'node',
    extensionsToTreatAsEsm: ['.ts'],
    moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
    transform: {
      '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.json' }],
    },
    testMatch: ['<rootDir>/src/**/*.spec.ts'],
    testTimeout: 600_000,
    ...overrides,
  };
}
