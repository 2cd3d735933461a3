/** Jest runs both unit specs (src/) and HTTP end-to-end specs (test/) against real PostgreSQL and Redis. */
const swc = [
  '@swc/jest',
  {
    // The build's .swcrc leaves specs out; Jest must read none of it.
    swcrc: false,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2023',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
  transform: { '^.+\\.(t|j|mj|cj)s$': swc },
  // NestJS 12 and a few of its dependencies ship ESM only; Jest on Node 20 needs them as CommonJS.
  transformIgnorePatterns: [
    '/node_modules/(?!(@nestjs|file-type|@electric-sql|strtok3|token-types|@tokenizer|uint8array-extras|@borewit|marked)/)',
  ],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  setupFiles: ['<rootDir>/test/support/strict-env.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  // Why: a suite's setup starts a whole app (and a worker) on two cores shared by two Jest workers.
  testTimeout: 60000,
  maxWorkers: 2,
};
