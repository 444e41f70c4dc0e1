import { esmTypeScriptJest } from '../../jest.preset.js';

export default esmTypeScriptJest({
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  // Names the template database per run; test files clone it (test/support/databases.ts).
  globalSetup: '<rootDir>/test/support/global-setup.js',
  globalTeardown: '<rootDir>/test/support/global-teardown.js',
  setupFiles: ['reflect-metadata'],
  maxWorkers: 2,
});
