import { givenFor, Given, GivenStaff } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';
import { until } from '../support/test-jobs.module';

interface ImportBody {
  id: string;
  status: string;
  totalRows: number;
  processedRows: number;
  createdProducts: number;
  updatedProducts: number;
  failedRows: number;
  errors: { row: number; field: string | null; message: string }[];
}

const HEADER = 'handle,title,status,category,tags,option1_name,option1_value,sku,price,compare_at_price,stock';

describe('product CSV import and export', () => {
  let app: TestApp;
  let given: Given;
  let staff: GivenStaff;

  beforeAll(async () => {
    app = await startTestApp({ worker: true });
    given = givenFor(app);
    staff = await given.staff('catalog');
    await given.http.post('/admin/categories', { token: staff.accessToken, body: { name: 'Knitwear' } });
    await app.db.manager.query(
      `INSERT INTO stock_locations (code, name, country) VALUES ('WH-NL', 'Warehouse', 'NL'), ('STORE-AMS', 'Store', 'NL')`,
    );
  });
  afterAll(() => app.close());

  async function upload(csv: string, name = 'products.csv'): Promise<ImportBody> {
    const form = new FormData();
    form.append('file', new Blob([csv], { type: 'text/csv' }), name);
    const response = await fetch(`${app.url}/admin/products/imports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${staff.accessToken}` },
      body: form,
    });
    expect(response.status).toBe(202);
    const started = (await response.json()) as ImportBody;
    let finished = started;
    await until(async () => {
      finished = (await given.http.get<ImportBody>(`/admin/products/imports/${started.id}`, { token: staff.accessToken })).body;
      return finished.status === 'done' || finished.status === 'failed';
    });
    return finished;
  }

  const ledgerBalanced = async () => {
    const [{ off }] = await app.db.manager.query(
      `SELECT count(*)::int AS off FROM stock_levels l
        WHERE l.on_hand <> (SELECT COALESCE(sum(m.on_hand_delta), 0) FROM stock_movements m WHERE m.variant_id = l.variant_id AND m.location_id = l.location_id)`,
    );
    return off === 0;
  };

  it('imports products with variants, prices and stock, and reports bad rows without half-importing a product', async () => {
    const csv = [
      HEADER,
      'merino-crew,Merino Crew,active,knitwear,merino|winter,Size,S,MC-S,89.90,99.90,WH-NL:10|STORE-AMS:2',
      'merino-crew,,,,,Size,M,MC-M,89.90,,WH-NL:4',
      'broken-cap,Broken Cap,active,knitwear,,Size,One,BC-1,12.345,,',
      'broken-cap,,,,,Size,Two,BC-2,9.90,,NOWHERE:3',
      'unknown-place,Unknown Place,active,nowhere,,,,UP-1,5.00,,',
    ].join('\n');
    const result = await upload(csv);
    expect(result).toMatchObject({ status: 'done', totalRows: 5, processedRows: 5, createdProducts: 1, updatedProducts: 0, failedRows: 3 });
    expect(result.errors).toEqual(
      expect.arrayContaining([
        { row: 4, field: 'price', message: 'must be a price such as 49.90' },
        { row: 6, field: 'category', message: 'is not a category handle (nowhere)' },
      ]),
    );
    const [{ n }] = await app.db.manager.query(`SELECT count(*)::int AS n FROM products WHERE handle IN ('broken-cap', 'unknown-place')`);
    expect(n).toBe(0);
    const product = await given.http.get<{ variants: { sku: string; prices: { amount: number; compareAtAmount: number | null }[] }[] }>(
      `/store/products/merino-crew`,
    );
    expect(product.status).toBe(200);
    const levels: { sku: string; code: string; on_hand: number }[] = await app.db.manager.query(
      `SELECT v.sku, loc.code, l.on_hand FROM stock_levels l JOIN product_variants v ON v.id = l.variant_id JOIN stock_locations loc ON loc.id = l.location_id ORDER BY v.sku, loc.code`,
    );
    expect(levels).toEqual([
      { sku: 'MC-M', code: 'WH-NL', on_hand: 4 },
      { sku: 'MC-S', code: 'STORE-AMS', on_hand: 2 },
      { sku: 'MC-S', code: 'WH-NL', on_hand: 10 },
    ]);
    expect(await ledgerBalanced()).toBe(true);
  });

  it('updates an existing product by handle and its variants by SKU, setting stock through the ledger', async () => {
    const csv = [
      HEADER,
      'merino-crew,Merino Crew Neck,active,knitwear,merino,Size,S,MC-S,79.90,,WH-NL:6',
      'merino-crew,,,,,Size,L,MC-L,84.90,,WH-NL:3',
    ].join('\n');
    const result = await upload(csv);
    expect(result).toMatchObject({ status: 'done', createdProducts: 0, updatedProducts: 1, failedRows: 0, errors: [] });
    const card = await given.http.get<{ title: string; variants: { title: string; price: { amount: number } }[] }>(
      '/store/products/merino-crew',
    );
    expect(card.body.title).toBe('Merino Crew Neck');
    expect(card.body.variants.map((v) => [v.title, v.price.amount])).toEqual([
      ['S', 7990],
      ['M', 8990],
      ['L', 8490],
    ]);
    const movements: { reason: string; on_hand_delta: number; reference_type: string }[] = await app.db.manager.query(
      `SELECT m.reason, m.on_hand_delta, m.reference_type FROM stock_movements m JOIN product_variants v ON v.id = m.variant_id
        WHERE v.sku = 'MC-S' ORDER BY m.id`,
    );
    expect(movements.at(-1)).toEqual({ reason: 'import', on_hand_delta: -4, reference_type: 'import' });
    expect(await ledgerBalanced()).toBe(true);
  });

  it('exports what it imports: the export re-imports without changes or errors', async () => {
    const response = await fetch(`${app.url}/admin/products/export`, { headers: { authorization: `Bearer ${staff.accessToken}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const csv = await response.text();
    expect(csv.split('\n')[0]).toContain('handle,title,status');
    expect(csv).toContain('MC-S');
    expect(csv).toContain('79.90');
    const before = await app.db.manager.query(
      `SELECT sku, amount FROM variant_prices JOIN product_variants ON id = variant_id ORDER BY sku`,
    );
    const movementsBefore = (await app.db.manager.query('SELECT count(*)::int AS n FROM stock_movements'))[0].n;
    const result = await upload(csv, 'export.csv');
    expect(result).toMatchObject({ status: 'done', failedRows: 0, createdProducts: 0, updatedProducts: 1 });
    expect(
      await app.db.manager.query(`SELECT sku, amount FROM variant_prices JOIN product_variants ON id = variant_id ORDER BY sku`),
    ).toEqual(before);
    expect((await app.db.manager.query('SELECT count(*)::int AS n FROM stock_movements'))[0].n).toBe(movementsBefore);
  });

  it('fails an import whose file is not CSV, and refuses uploads without a file', async () => {
    const binary = await (async () => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0])]), 'book.xlsx');
      return fetch(`${app.url}/admin/products/imports`, {
        method: 'POST',
        headers: { authorization: `Bearer ${staff.accessToken}` },
        body: form,
      });
    })();
    expect(binary.status).toBe(400);
    const missing = await fetch(`${app.url}/admin/products/imports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${staff.accessToken}` },
      body: new FormData(),
    });
    expect(missing.status).toBe(400);
    const headerOnly = await upload('name,price\n');
    expect(headerOnly.status).toBe('failed');
    const noHandle = await upload('name,price\nx,1\n');
    expect(noHandle).toMatchObject({
      status: 'failed',
      errors: [{ row: 1, message: 'The header needs at least the columns handle and sku.' }],
    });
  });
});
