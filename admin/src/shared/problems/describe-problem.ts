import { isProblemError } from '@tillpoint/sdk';
import { formatDuration } from '../format/dates';

export interface ProblemDescription {
  message: string;
  /** Quoted in a support request so the failing call can be found in the API's logs. */
  requestId?: string;
}

/** Any thrown value, as a sentence for people, with the request id when the API sent one. */
export function describeProblem(error: unknown): ProblemDescription {
  if (isProblemError(error)) {
    if (error.status === 429) {
      // The API says "try again later"; Retry-After lets us say when.
      const reason = (error.detail ?? 'Too many attempts').replace(/[;,.]?\s*try again later\.?$/i, '').replace(/\.$/, '');
      const wait = error.retryAfter ? `in ${formatDuration(error.retryAfter)}` : 'in a moment';
      return { message: `${reason}. Try again ${wait}.` };
    }
    if (error.status >= 500) {
      return { message: error.detail ?? 'Something went wrong on our side. Try again in a moment.', requestId: error.requestId };
    }
    return { message: error.detail ?? error.title, requestId: error.requestId };
  }
  // fetch rejects with a TypeError when there is no answer at all: offline, DNS, CORS, API down.
  if (error instanceof TypeError) return { message: 'The API cannot be reached. Check your connection, then try again.' };
  if (error instanceof Error && error.message) return { message: error.message };
  return { message: 'Something went wrong.' };
}
