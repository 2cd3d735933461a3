import { Injectable, Module } from '@nestjs/common';
import { JobContext, JobHandler } from '../../src/platform/queue/job-handler.decorator';

/** A job handler for tests: records every run and fails while told to. */
@Injectable()
export class TestJobs {
  static readonly runs: { payload: Record<string, unknown>; context: JobContext }[] = [];
  static finished: string[] = [];
  static failuresLeft = new Map<string, number>();

  @JobHandler('reports.test-job')
  async run(payload: { name: string; sleepMs?: number }, context: JobContext): Promise<void> {
    TestJobs.runs.push({ payload, context });
    if (payload.sleepMs) await new Promise((resolve) => setTimeout(resolve, payload.sleepMs));
    const left = TestJobs.failuresLeft.get(payload.name) ?? 0;
    if (left > 0) {
      TestJobs.failuresLeft.set(payload.name, left - 1);
      throw new Error(`planned failure of ${payload.name}`);
    }
    TestJobs.finished.push(payload.name);
  }

  static runsOf(name: string) {
    return TestJobs.runs.filter((r) => r.payload.name === name);
  }
}

@Module({ providers: [TestJobs] })
export class TestJobsModule {}

export async function until(check: () => Promise<boolean> | boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
