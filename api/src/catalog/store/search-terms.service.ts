import { Injectable } from '@nestjs/common';
import { Db } from '../../platform/database/db.service';

const MAX_TERMS = 8;
const ALTERNATIVES = 3;

/**
 * Turns what a shopper typed into a full-text query that forgives typos: each word becomes itself or
 * the closest catalog words (by trigram similarity over the small word dictionary), so "merino sweter"
 * searches "merino & (sweater | sweaters)" through the GIN index. Null when no word matches anything.
 */
@Injectable()
export class SearchTerms {
  constructor(private readonly db: Db) {}

  /** The filters with `q` turned into `tsquery`; null when the search words match nothing at all. */
  async resolve<F extends { q?: string }>(filters: F): Promise<(Omit<F, 'q'> & { tsquery?: string }) | null> {
    const { q, ...rest } = filters;
    if (!q?.trim()) return rest;
    const tsquery = await this.toTsQuery(q);
    return tsquery ? { ...rest, tsquery } : null;
  }

  async toTsQuery(text: string): Promise<string | null> {
    const terms = [
      ...new Set(
        text
          .toLowerCase()
          .split(/[^\p{L}\p{N}]+/u)
          .filter((t) => t.length >= 2),
      ),
    ].slice(0, MAX_TERMS);
    if (!terms.length) return null;
    const rows: { n: number; word: string }[] = await this.db.read(
      `SELECT t.n::int AS n, w.word
         FROM unnest($1::text[]) WITH ORDINALITY AS t(term, n)
         CROSS JOIN LATERAL (
           SELECT word FROM search_words
            WHERE word % t.term OR word LIKE t.term || '%'
            ORDER BY word = t.term DESC, word <-> t.term LIMIT ${ALTERNATIVES}
         ) w`,
      [terms],
    );
    // Words that match nothing in the catalog ("for", a stray typo) are dropped rather than failing the search.
    const groups = terms.map((_, i) => rows.filter((r) => r.n === i + 1).map((r) => r.word)).filter((words) => words.length > 0);
    if (!groups.length) return null;
    return groups.map((words) => `(${words.join(' | ')})`).join(' & ');
  }
}
