import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

const INT8_OID = 20;
const DATE_OID = 1082;
/** How alike a search word and a title word must be to match (pg_trgm word similarity). */
export const WORD_SIMILARITY_THRESHOLD = 0.4;

/**
 * Opens PGlite (PostgreSQL in WebAssembly) on a data directory, or in memory when `dataDir` is
 * undefined. int8 and date come back as strings, as node-postgres is set to return them, so both modes
 * read alike.
 */
export async function openEmbeddedDatabase(dataDir: string | undefined): Promise<PGlite> {
  let directory: string | undefined;
  if (dataDir) {
    directory = resolve(join(dataDir, 'pglite'));
    mkdirSync(directory, { recursive: true });
  }
  const db = await PGlite.create(directory, {
    extensions: { pg_trgm },
    parsers: { [INT8_OID]: (value: string) => value, [DATE_OID]: (value: string) => value },
  });
  // PGlite is one session: a session setting is as good as the connection option server mode uses.
  await db.exec(`SET pg_trgm.word_similarity_threshold = ${WORD_SIMILARITY_THRESHOLD}`);
  return db;
}
