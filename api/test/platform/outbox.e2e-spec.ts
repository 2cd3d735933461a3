import { Db } from '../../src/platform/database/db.service';
import { Outbox } from '../../src/platform/outbox/outbox.service';
import { givenFor } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';
import { TestJobs, TestJobsModule, until } from '../support/test-jobs.module';

type Mode = { name: string; options: { worker?: boolean; withoutRedis?: boolean } };

const modes: Mode[] = [
  { name: 'in-process (no Redis)', options: { withoutRedis: true } },
  { name: 'Bull with a worker', options: { worker: true } },
];

describe.each(modes)('outbox and queues: $name', ({ options }) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ ...options, imports: [TestJobsModule] });
  });
  afterAll(() => app.close());

  const unique = (label: string) => `${label}-${Math.random().toString(36).slice(2)}`;
  const enqueue = (name: string, maxAttempts?: number) =>
    app.app.get(Db).transaction((tx) => app.app.get(Outbox).add(tx, 'reports.test-job', { name }, { maxAttempts }));
  const statusOf = async (id: string) => (await app.db.manager.query(`SELECT status FROM outbox_messages WHERE id = $1`, [id]))[0]?.status;

  it('runs a job once its transaction commits', async () => {
    const name = unique('commit');
    const id = await enqueue(name);
    await until(async () => (await statusOf(id)) === 'done');
    expect(TestJobs.runsOf(name)).toHaveLength(1);
    expect(TestJobs.runsOf(name)[0].context).toEqual({ messageId: id, attempt: 1 });
  });

  it('runs nothing when the transaction rolls back', async () => {
    const name = unique('rollback');
    await expect(
      app.app.get(Db).transaction(async (tx) => {
        await app.app.get(Outbox).add(tx, 'reports.test-job', { name });
        throw new Error('the command failed');
      }),
    ).rejects.toThrow('the command failed');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(TestJobs.runsOf(name)).toHaveLength(0);
    const [{ count }] = await app.db.manager.query(`SELECT count(*)::int AS count FROM outbox_messages WHERE payload->>'name' = $1`, [
      name,
    ]);
    expect(count).toBe(0);
  });

  it('retries with backoff until it succeeds', async () => {
    const name = unique('flaky');
    TestJobs.failuresLeft.set(name, 1);
    const id = await enqueue(name, 3);
    await until(async () => (await statusOf(id)) === 'done');
    const runs = TestJobs.runsOf(name);
    expect(runs.map((r) => r.context.attempt)).toEqual([1, 2]);
  });

  it('shows a job that used up its attempts to staff, who can retry it', async () => {
    const name = unique('broken');
    TestJobs.failuresLeft.set(name, 2);
    const id = await enqueue(name, 2);
    await until(async () => (await statusOf(id)) === 'failed');

    const given = givenFor(app);
    const manager = await given.staff('manager');
    const failed = await given.http.get<{ items: { id: string; lastError: string; attempts: number }[] }>(
      '/admin/jobs?status=failed&queue=reports',
      {
        token: manager.accessToken,
      },
    );
    const job = failed.body.items.find((j) => j.id === id)!;
    expect(job).toMatchObject({ attempts: 2, lastError: expect.stringContaining(`planned failure of ${name}`) });

    const queues = await given.http.get<{ queues: { name: string; counts: Record<string, number> }[] }>('/admin/jobs/queues', {
      token: manager.accessToken,
    });
    expect(queues.body.queues.find((q) => q.name === 'reports')!.counts.failed).toBeGreaterThanOrEqual(1);

    const analyst = await given.staff('analyst');
    expect((await given.http.post(`/admin/jobs/${id}/retry`, { token: analyst.accessToken })).status).toBe(403);
    const retried = await given.http.post(`/admin/jobs/${id}/retry`, { token: manager.accessToken });
    expect(retried.status).toBe(200);
    await until(async () => (await statusOf(id)) === 'done');
    expect(TestJobs.runsOf(name)).toHaveLength(3);
    expect((await given.http.post(`/admin/jobs/${id}/retry`, { token: manager.accessToken })).status).toBe(409);
  });

  it('hands every committed message over exactly once under concurrent commits', async () => {
    const names = Array.from({ length: 20 }, () => unique('burst'));
    const ids = await Promise.all(names.map((name) => enqueue(name)));
    await until(async () => {
      const [{ count }] = await app.db.manager.query(
        `SELECT count(*)::int AS count FROM outbox_messages WHERE id = ANY($1) AND status = 'done'`,
        [ids],
      );
      return count === ids.length;
    });
    for (const name of names) expect(TestJobs.runsOf(name)).toHaveLength(1);
  });
});
