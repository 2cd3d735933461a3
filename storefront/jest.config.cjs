/** Unit specs of the storefront's plain modules (src/lib); pages and components are covered by the browser tests in e2e/. */
module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { swcrc: false, jsc: { parser: { syntax: 'typescript' }, target: 'es2023' }, module: { type: 'commonjs' } }],
  },
  moduleNameMapper: {
    // The SDK is built as ES modules; the specs read its sources, whose imports end in '.js' (nodenext).
    '^@tillpoint/sdk$': '<rootDir>/../sdk/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
};
