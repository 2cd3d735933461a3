import { SetMetadata } from '@nestjs/common';

export const JOB_HANDLER = Symbol('tillpoint:job-handler');

export interface JobContext {
  /** The outbox message id: stable across retries, so a handler can make its effect idempotent. */
  messageId: string;
  /** 1 on the first run. */
  attempt: number;
}

/**
 * Marks a provider method as the processor of an outbox topic (`mail.queued`). The same method runs
 * in-process in embedded mode and inside the Bull worker in server mode. It must be safe to run twice.
 */
export const JobHandler = (topic: string): MethodDecorator => SetMetadata(JOB_HANDLER, topic);

/** `mail.queued` runs on the `mail` queue: one queue per domain, named by the topic's first part. */
export function queueOf(topic: string): string {
  return topic.split('.')[0] ?? topic;
}
