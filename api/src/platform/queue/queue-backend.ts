import type { ClaimedMessage } from './job-runner';

/**
 * Where the relay hands claimed outbox messages: run them in this process, or put them on Bull for
 * the worker. `claimStatus` is what a claimed row is marked while that happens.
 */
export abstract class QueueBackend {
  abstract readonly kind: 'in-process' | 'bull';
  abstract readonly claimStatus: 'processing' | 'dispatched';
  /** How many messages it can take now. */
  abstract capacity(): number;
  abstract dispatch(messages: ClaimedMessage[]): Promise<void>;
  /** Finishes or hands back what it holds; called once on shutdown. */
  abstract drain(): Promise<void>;
  /** Whether the queue system still has this message (server mode's lost-job recovery asks). */
  abstract holds(messageId: string, topic: string): Promise<boolean>;
  /** Forgets a job's copy outside the outbox so that it can be dispatched again. */
  abstract forget(messageId: string, topic: string): Promise<void>;
  /** Live figures of the queue system itself, when it has any beyond the outbox. */
  abstract liveCounts(): Promise<Record<string, Record<string, number>> | null>;
}
