import type { JobStatus, QueueName } from '@tillpoint/sdk';
import type { BadgeTone } from '../../shared/ui/Badge';

export const JOB_STATUSES = ['pending', 'processing', 'dispatched', 'done', 'failed'] as const satisfies readonly JobStatus[];

export const QUEUE_NAMES = [
  'mail',
  'auth',
  'catalog',
  'pricing',
  'inventory',
  'cart',
  'orders',
  'payments',
  'webhooks',
  'reports',
] as const satisfies readonly QueueName[];

// Fails to compile when the API grows a status or queue these lists lack.
type Missing = Exclude<JobStatus, (typeof JOB_STATUSES)[number]> | Exclude<QueueName, (typeof QUEUE_NAMES)[number]>;
export const listsAreComplete: [Missing] extends [never] ? true : never = true;

export const JOB_STATUS_TONES: Record<JobStatus, BadgeTone> = {
  pending: 'neutral',
  processing: 'info',
  dispatched: 'info',
  done: 'success',
  failed: 'danger',
};

export const JOB_STATUS_LABELS: Record<JobStatus, string> = {
  pending: 'Pending',
  processing: 'Processing',
  dispatched: 'Dispatched',
  done: 'Done',
  failed: 'Failed',
};

export function isJobStatus(value: unknown): value is JobStatus {
  return (JOB_STATUSES as readonly unknown[]).includes(value);
}

export function isQueueName(value: unknown): value is QueueName {
  return (QUEUE_NAMES as readonly unknown[]).includes(value);
}
