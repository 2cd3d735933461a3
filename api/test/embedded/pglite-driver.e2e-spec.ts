import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { openEmbeddedDatabase } from '../../src/platform/database/embedded-database';
import { pglitePgModule } from '../../src/platform/database/pglite-pool';

/**
 * The embedded driver must give each transaction the PGlite session to itself: the published
 * typeorm-pglite driver shares it, so concurrent transactions interleave and rollbacks leak.
 */
describe('embedded PGlite driver', () => {
  let dir: string;
  let dataSource: DataSource;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tp-pglite-'));
    dataSource = new DataSource({ type: 'postgres', driver: pglitePgModule(await openEmbeddedDatabase(dir)), installExtensions: false });
    await dataSource.initialize();
    await dataSource.query(`CREATE TABLE stock (id int PRIMARY KEY, on_hand int NOT NULL)`);
  });
  afterAll(async () => {
    await dataSource.destroy();
    await (dataSource.driver.options as unknown as { driver: { close(): Promise<void> } }).driver.close();
    rmSync(dir, { recursive: true, force: true });
  });

  beforeEach(() => dataSource.query(`DELETE FROM stock`));

  it('sells 3 units to exactly 3 of 5 concurrent buyers', async () => {
    await dataSource.query(`INSERT INTO stock VALUES (1, 3)`);
    const buy = () =>
      dataSource.transaction(async (tx) => {
        const [row] = await tx.query(`SELECT on_hand FROM stock WHERE id = 1 FOR UPDATE`);
        await new Promise((resolve) => setTimeout(resolve, 5)); // let the others try to get in between
        if (row.on_hand < 1) throw new Error('sold out');
        await tx.query(`UPDATE stock SET on_hand = on_hand - 1 WHERE id = 1`);
      });
    const results = await Promise.allSettled(Array.from({ length: 5 }, buy));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(2);
    expect((await dataSource.query(`SELECT on_hand FROM stock WHERE id = 1`))[0].on_hand).toBe(0);
  });

  it('keeps a rolled-back write out, even while other transactions run', async () => {
    await dataSource.query(`INSERT INTO stock VALUES (2, 10)`);
    const seenByOthers: number[] = [];
    const failing = dataSource
      .transaction(async (tx) => {
        await tx.query(`UPDATE stock SET on_hand = 0 WHERE id = 2`);
        await new Promise((resolve) => setTimeout(resolve, 20));
        throw new Error('abort');
      })
      .catch(() => 'rolled back');
    const readers = Array.from({ length: 3 }, () =>
      dataSource.transaction(async (tx) => {
        seenByOthers.push((await tx.query(`SELECT on_hand FROM stock WHERE id = 2`))[0].on_hand);
      }),
    );
    await Promise.all([failing, ...readers]);
    expect(seenByOthers).toEqual([10, 10, 10]);
    expect((await dataSource.query(`SELECT on_hand FROM stock WHERE id = 2`))[0].on_hand).toBe(10);
  });

  it('reports affected rows and commands as node-postgres does', async () => {
    await dataSource.query(`INSERT INTO stock VALUES (3, 1), (4, 1)`);
    const [, affected] = await dataSource.query(`UPDATE stock SET on_hand = 5 WHERE id IN (3, 4)`);
    expect(affected).toBe(2);
    const result = await dataSource.createQueryBuilder().update('stock').set({ on_hand: 6 }).where('id = 3').execute();
    expect(result.affected).toBe(1);
    const [{ big }] = await dataSource.query(`SELECT 9007199254740993::int8 AS big`);
    expect(big).toBe('9007199254740993');
  });
});
