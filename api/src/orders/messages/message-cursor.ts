import { BadRequest } from '../../platform/errors/domain-error';
import { decodeCursor, encodeCursor } from '../../platform/pagination/page';
import { isUuid } from '../../platform/validation/uuid';

/**
 * Threads and the inbox page by a message's (created_at, id). A cursor is opaque but not trusted: one
 * edited by hand must be a 400, not a database cast error.
 */
export function decodeMessageCursor(cursor: string | undefined): [string | null, string | null] {
  if (!cursor) return [null, null];
  const [at, id] = decodeCursor(cursor, 2);
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at)) || typeof id !== 'string' || !isUuid(id)) {
    throw new BadRequest('invalid_cursor', 'The cursor is not one this list gave out.', [
      { pointer: '/cursor', detail: 'is not a valid cursor', location: 'query' },
    ]);
  }
  return [at, id];
}

export function encodeMessageCursor(message: { created_at: Date; id: string }): string {
  return encodeCursor([message.created_at.toISOString(), message.id]);
}
