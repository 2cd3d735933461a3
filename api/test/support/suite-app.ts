import { givenFor, Given } from './given';
import { startTestApp, TestApp, TestAppOptions } from './test-app';

export interface SuiteApp {
  app: TestApp;
  given: Given;
}

/**
 * Starts the app before a test file's tests and closes it after them. Read `app` and `given` inside the
 * tests and hooks: they are set once `beforeAll` has run.
 */
export function startAppForSuite(options: TestAppOptions = {}): SuiteApp {
  const suite = {} as SuiteApp;
  beforeAll(async () => {
    suite.app = await startTestApp(options);
    suite.given = givenFor(suite.app);
  });
  afterAll(() => suite.app.close());
  return suite;
}
