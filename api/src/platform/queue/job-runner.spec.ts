import { backoffMs } from './job-runner';
import { queueOf } from './job-handler.decorator';
import { isQueueName } from './queues';

describe('job scheduling', () => {
  it('backs off exponentially from one second, capped at an hour', () => {
    expect([1, 2, 3, 4, 5].map(backoffMs)).toEqual([1000, 2000, 4000, 8000, 16000]);
    expect(backoffMs(30)).toBe(3_600_000);
  });

  it('runs a topic on the queue named by its first part', () => {
    expect(queueOf('mail.queued')).toBe('mail');
    expect(isQueueName(queueOf('mail.queued'))).toBe(true);
    expect(isQueueName('nope')).toBe(false);
  });
});
