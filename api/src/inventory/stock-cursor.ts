import { BadRequest } from '../platform/errors/domain-error';
import { CursorValues, decodeCursor } from '../platform/pagination/page';

/**
 * Decodes a cursor of a hand-written keyset query and checks its values' types too: they go straight
 * into SQL casts, where a wrong type would fail in the database rather than as a 400.
 */
export function stockCursor(cursor: string, isValid: (values: CursorValues) => boolean, length = 2): CursorValues {
  const values = decodeCursor(cursor, length);
  if (isValid(values)) return values;
  throw new BadRequest('invalid_cursor', 'The cursor is not one this list gave out.', [
    { pointer: '/cursor', detail: 'is not a valid cursor', location: 'query' },
  ]);
}
