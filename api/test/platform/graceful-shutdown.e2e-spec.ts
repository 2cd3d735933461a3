import { once } from 'node:events';
import { Db } from '../../src/platform/database/db.service';
import { Outbox } from '../../src/platform/outbox/outbox.service';
import { startLiveApi } from '../../src/testing/live-api';
import { startTestApp } from '../support/test-app';
import { TestJobs, TestJobsModule, until } from '../support/test-jobs.module';

describe('graceful shutdown', () => {
  it('finishes the request in flight on SIGTERM, refuses new ones, and exits 0', async () => {
    // A slow password hash makes the registration a request that is surely still running at SIGTERM.
    const api = await startLiveApi({ ARGON2_MEMORY_KIB: '262144', DEMO_DATA: 'false' });
    try {
      const base = api.url;
      const inFlight = fetch(`${base}/store/auth/register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'late@example.com', password: 'registered-at-shutdown' }),
      });
      await new Promise((resolve) => setTimeout(resolve, 100));
      const exited = once(api.child, 'exit');
      api.child.kill('SIGTERM');
      const response = await inFlight;
      expect(response.status).toBe(201);
      expect(response.headers.get('connection')).toBe('close');
      const [code] = await exited;
      expect(code).toBe(0);
      await expect(fetch(`${base}/health`)).rejects.toThrow();
    } finally {
      await api.stop();
    }
  });

  it('lets a job in hand finish before the process stops', async () => {
    const app = await startTestApp({ withoutRedis: true, imports: [TestJobsModule] });
    await app.app.get(Db).transaction((tx) => app.app.get(Outbox).add(tx, 'reports.test-job', { name: 'slow-at-shutdown', sleepMs: 800 }));
    await until(() => TestJobs.runsOf('slow-at-shutdown').length === 1);
    await app.close();
    expect(TestJobs.finished).toContain('slow-at-shutdown');
  });
});
