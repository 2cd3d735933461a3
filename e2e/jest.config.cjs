/** Browser tests: the real shop (API in server mode, storefront, admin) driven through Chromium. */
module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/tests/**/*.browser.test.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { swcrc: false, jsc: { parser: { syntax: 'typescript' }, target: 'es2023' }, module: { type: 'commonjs' } }],
  },
  testTimeout: 60000,
  maxWorkers: 1,
};
