import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

const INT8_OID = 20;

/**
 * Opens PGlite (PostgreSQL in WebAssembly) on a data directory, or in memory when `dataDir` is
 * undefined. int8 comes back as a string, as node-postgres returns it, so both modes read alike.
 */
export async function openEmbeddedDatabase(dataDir: string | undefined): Promise<PGlite> {
  let directory: string | undefined;
  if (dataDir) {
    directory = resolve(join(dataDir, 'pglite'));
    mkdirSync(directory, { recursive: true });
  }
  return PGlite.create(directory, {
    extensions: { pg_trgm },
    parsers: { [INT8_OID]: (value: string) => value },
  });
}
