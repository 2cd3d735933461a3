import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A dictionary of the words of products (titles, tags, vendors, descriptions), for typo-tolerant search that stays
 * fast: a misspelt query word is matched against this small table by trigram similarity, and the
 * corrected words then go through the full-text GIN index. (Trigram similarity against every title
 * scans the whole catalog.) Words are added by the same trigger that keeps the search vector.
 */
export class SearchWords1764460800000 implements MigrationInterface {
  name = 'SearchWords1764460800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE search_words (word text PRIMARY KEY);
      CREATE INDEX search_words_trgm_idx ON search_words USING gin (word gin_trgm_ops);

      CREATE OR REPLACE FUNCTION products_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        words text := coalesce(NEW.title, '') || ' ' || coalesce(NEW.subtitle, '') || ' ' || array_to_string(NEW.tags, ' ') || ' ' ||
                      coalesce(NEW.vendor, '') || ' ' || coalesce(NEW.description_md, '');
      BEGIN
        NEW.search_vector :=
          setweight(to_tsvector('english', coalesce(NEW.title, '')), 'A') ||
          setweight(to_tsvector('english', coalesce(NEW.subtitle, '') || ' ' || array_to_string(NEW.tags, ' ') || ' ' || coalesce(NEW.vendor, '')), 'B') ||
          setweight(to_tsvector('english', coalesce(NEW.description_md, '')), 'C');
        INSERT INTO search_words (word)
        SELECT lexeme FROM unnest(to_tsvector('simple', words)) WHERE lexeme ~ '^[a-z0-9]{3,40}$'
        ON CONFLICT DO NOTHING;
        RETURN NEW;
      END $$;

      INSERT INTO search_words (word)
      SELECT DISTINCT w.lexeme
        FROM products p, unnest(to_tsvector('simple', p.title || ' ' || p.subtitle || ' ' || array_to_string(p.tags, ' ') || ' ' || p.vendor || ' ' || p.description_md)) AS w
       WHERE w.lexeme ~ '^[a-z0-9]{3,40}$'
      ON CONFLICT DO NOTHING;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE search_words`);
  }
}
