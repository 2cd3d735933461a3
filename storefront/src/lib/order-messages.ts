import { isProblemError } from '@tillpoint/sdk';
import { orderHref } from './order-labels';

/** The longest message the API takes (PostOrderMessageDto); the form stops typing there. */
export const MAX_MESSAGE_LENGTH = 5000;

/** What the message form's POST came to, carried back to the order page in `?message=`. */
export type MessageOutcome = 'sent' | 'empty' | 'invalid' | 'throttled' | 'failed';

const OUTCOMES: readonly MessageOutcome[] = ['sent', 'empty', 'invalid', 'throttled', 'failed'];

export function parseMessageOutcome(value: string | null): MessageOutcome | null {
  return OUTCOMES.find((outcome) => outcome === value) ?? null;
}

/** Back to the order, at its thread, saying how the message went. */
export function messagesHref(orderId: string, outcome?: MessageOutcome): string {
  return `${orderHref(orderId)}${outcome ? `?message=${outcome}` : ''}#messages`;
}

/** A failed post as an outcome the page can explain; anything unexpected is logged and called a failure. */
export function outcomeOfFailure(error: unknown): MessageOutcome {
  if (isProblemError(error) && error.status === 429) return 'throttled';
  if (isProblemError(error) && error.status === 400) return 'invalid';
  console.error('Could not send the message:', error instanceof Error ? error.message : error);
  return 'failed';
}
