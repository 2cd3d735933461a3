import { messageExcerpt } from './message-excerpt';

describe('messageExcerpt', () => {
  it('keeps a short message whole, on one line', () => {
    expect(messageExcerpt('Where is\n\n my   parcel?', 50)).toBe('Where is my parcel?');
  });

  it('cuts a long message at the last word that fits, within the limit', () => {
    const excerpt = messageExcerpt('The quick brown fox jumps over the lazy dog', 20);
    expect(excerpt).toBe('The quick brown fox…');
    expect(excerpt.length).toBeLessThanOrEqual(20);
  });

  it('cuts through a word when no space is near the end', () => {
    const excerpt = messageExcerpt(`See https://example.com/${'x'.repeat(100)}`, 30);
    expect(excerpt).toHaveLength(30);
    expect(excerpt.endsWith('…')).toBe(true);
  });
});
