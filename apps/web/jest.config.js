/**
 * Jest runs the tests as native ES modules. Type checking is left to `npm run lint`
 * (svelte-check covers test/ too), so ts-jest only transpiles.
 */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^\\$env/dynamic/private$': '<rootDir>/test/support/env.ts',
    '^\\$lib/(.*)$': '<rootDir>/src/lib/$1',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      {
        useESM: true,
        tsconfig: {
          rootDir: '.',
          target: 'es2022',
          module: 'esnext',
          moduleResolution: 'bundler',
          isolatedModules: true,
          verbatimModuleSyntax: true,
          esModuleInterop: true,
        },
      },
    ],
  },
  testMatch: ['<rootDir>/test/**/*.spec.ts'],
  // Browser tests start real servers and a browser; the first run on a cold disk is slow.
  testTimeout: 600_000,
};
