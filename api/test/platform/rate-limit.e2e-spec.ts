import Redis from 'ioredis';
import { givenFor, Given } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';

describe('rate limiting', () => {
  let app: TestApp;
  let given: Given;

  beforeAll(async () => {
    app = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '5' } });
    given = givenFor(app);
  });
  afterAll(() => app.close());

  it('answers 429 with Retry-After past the budget, counting in Redis', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await given.http.get('/store/info')).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const limited = await given.http.get('/store/info');
    expect(limited.body.code).toBe('rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);

    const redis = new Redis(app.config.redis.url!);
    const keys = await redis.keys(`${app.config.redis.prefix}:counter:throttle:*`);
    redis.disconnect();
    expect(keys.length).toBeGreaterThan(0);
  });

  it('never limits the health check', async () => {
    for (let i = 0; i < 8; i++) expect((await given.http.get('/health')).status).toBe(200);
  });
});
