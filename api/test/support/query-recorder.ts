import { Db } from '../../src/platform/database/db.service';

/**
 * Records the SQL a piece of code sends, through either path a service may use (the entity manager or the
 * prepared-statement `Db.read`). Background work shares both, so callers filter by a table they care about.
 */
export function recordQueries(db: Db) {
  const viaManager = jest.spyOn(db.manager, 'query');
  const viaRead = jest.spyOn(db, 'read');
  const texts = () => [...viaManager.mock.calls, ...viaRead.mock.calls].map(([sql]) => String(sql));
  return {
    /** How many statements mentioned `table`. */
    count: (table: string) => texts().filter((sql) => sql.includes(table)).length,
    clear() {
      viaManager.mockClear();
      viaRead.mockClear();
    },
    restore() {
      viaManager.mockRestore();
      viaRead.mockRestore();
    },
  };
}
