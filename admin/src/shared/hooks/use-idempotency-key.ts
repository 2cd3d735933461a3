import { idempotencyKey } from '@tillpoint/sdk';
import { useRef } from 'react';

/**
 * One Idempotency-Key per intended operation: submitting the same values again (a double click, a
 * retry after a network failure) reuses the key, so the API does the work once; changed values get
 * a new key. Mount the form anew (or call `forget`) for the next operation.
 */
export function useIdempotencyKey(): { keyFor: (body: unknown) => string; forget: () => void } {
  const last = useRef<{ body: string; key: string } | null>(null);
  return {
    keyFor: (body) => {
      const serialised = JSON.stringify(body);
      if (last.current?.body !== serialised) last.current = { body: serialised, key: idempotencyKey() };
      return last.current.key;
    },
    forget: () => {
      last.current = null;
    },
  };
}
