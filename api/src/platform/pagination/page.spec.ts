import { BadRequest } from '../errors/domain-error';
import { decodeCursor, encodeCursor } from './page';

describe('cursors', () => {
  it('round-trip the keyset values', () => {
    const values = ['2026-11-26T00:00:00.000Z', '6b0d6a1e-2f1b-4a59-9d1e-3e1b2b1b1b1b'];
    expect(decodeCursor(encodeCursor(values), 2)).toEqual(values);
  });

  it('refuse garbage, wrong lengths and wrong types with a 400 naming the parameter', () => {
    for (const bad of [
      'garbage',
      encodeCursor(['a']),
      Buffer.from('{"a":1}').toString('base64url'),
      Buffer.from('[{}, 1]').toString('base64url'),
    ]) {
      let error: unknown;
      try {
        decodeCursor(bad, 2);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(BadRequest);
      expect((error as BadRequest).errors).toEqual([{ pointer: '/cursor', detail: 'is not a valid cursor', location: 'query' }]);
    }
  });
});
