/**
 * The Bull queues, one per domain that has background work. A topic (`mail.queued`) runs on the queue
 * named by its first part; the registry refuses to start when a topic has no queue here.
 */
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
] as const;

export type QueueName = (typeof QUEUE_NAMES)[number];

export function isQueueName(name: string): name is QueueName {
  return (QUEUE_NAMES as readonly string[]).includes(name);
}
