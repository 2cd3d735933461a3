import fc from 'fast-check';
import { givenFor, Given, GivenStaff } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';
import { LocationBody, Stock, stockFor } from './stock-fixtures';

type Operation =
  | { type: 'adjust'; variant: number; location: number; quantity: number; reason: string }
  | { type: 'count'; variant: number; location: number; counted: number }
  | { type: 'receive'; variant: number; location: number; quantity: number; reason: 'received' | 'returned' }
  | { type: 'transfer'; variant: number; from: number; to: number; quantity: number };

const LOCATIONS = 3;
// Variant 0 is tracked without backorders (may never go below zero); variant 1 takes backorders.
const GUARDED = [true, false];

const variant = fc.integer({ min: 0, max: 1 });
const location = fc.integer({ min: 0, max: LOCATIONS - 1 });
const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({
    type: fc.constant('adjust' as const),
    variant,
    location,
    quantity: fc.integer({ min: -8, max: 8 }).filter((q) => q !== 0),
    reason: fc.constantFrom('damaged', 'correction', 'shrinkage', 'other'),
  }),
  fc.record({ type: fc.constant('count' as const), variant, location, counted: fc.integer({ min: 0, max: 15 }) }),
  fc.record({
    type: fc.constant('receive' as const),
    variant,
    location,
    quantity: fc.integer({ min: 1, max: 10 }),
    reason: fc.constantFrom('received' as const, 'returned' as const),
  }),
  fc
    .record({ type: fc.constant('transfer' as const), variant, from: location, to: location, quantity: fc.integer({ min: 1, max: 8 }) })
    .filter((t) => t.from !== t.to),
);

/**
 * Random sequences of adjustments, counts, receipts and transfers through the HTTP API, against a model
 * of what each should do: every answer matches the model, every level equals the sum of its ledger rows,
 * and no guarded level ever goes below zero. A second property runs each sequence all at once, where
 * only the invariants can be predicted.
 */
describe('the stock ledger, by property', () => {
  let app: TestApp;
  let given: Given;
  let stock: Stock;
  let staff: GivenStaff;
  let locations: LocationBody[];

  beforeAll(async () => {
    app = await startTestApp({ withoutRedis: true, env: { RATE_LIMIT_PER_MINUTE: '0' } });
    given = givenFor(app);
    stock = stockFor(app, given);
    staff = await given.staff('fulfilment');
    const catalog = await given.staff('catalog');
    locations = [];
    for (let i = 0; i < LOCATIONS; i++) locations.push(await stock.location(catalog.accessToken));
  });
  afterAll(() => app.close());

  async function freshVariants(): Promise<string[]> {
    const { variantIds } = await given.product({ variants: GUARDED.map((guarded) => ({ allowBackorder: !guarded })) });
    return variantIds;
  }

  function send(op: Operation, variantIds: string[]) {
    switch (op.type) {
      case 'adjust':
        return stock.adjust(staff.accessToken, {
          variantId: variantIds[op.variant],
          locationId: locations[op.location].id,
          quantity: op.quantity,
          reason: op.reason,
        });
      case 'count':
        return stock.adjust(staff.accessToken, {
          variantId: variantIds[op.variant],
          locationId: locations[op.location].id,
          countedQuantity: op.counted,
          reason: 'cycle_count',
        });
      case 'receive':
        return stock.adjust(staff.accessToken, {
          variantId: variantIds[op.variant],
          locationId: locations[op.location].id,
          quantity: op.quantity,
          reason: op.reason,
        });
      case 'transfer':
        return stock.transfer(staff.accessToken, {
          variantId: variantIds[op.variant],
          fromLocationId: locations[op.from].id,
          toLocationId: locations[op.to].id,
          quantity: op.quantity,
        });
    }
  }

  /** What the model says on hand becomes, or null when the operation must be refused. */
  function expected(op: Operation, onHand: number[][]): number[][] | null {
    const next = onHand.map((row) => [...row]);
    switch (op.type) {
      case 'adjust':
      case 'receive': {
        const after = onHand[op.variant][op.location] + op.quantity;
        if (GUARDED[op.variant] && op.quantity < 0 && after < 0) return null;
        next[op.variant][op.location] = after;
        return next;
      }
      case 'count':
        next[op.variant][op.location] = op.counted;
        return next;
      case 'transfer':
        // Units that are not there cannot travel, backorders or not.
        if (onHand[op.variant][op.from] < op.quantity) return null;
        next[op.variant][op.from] -= op.quantity;
        next[op.variant][op.to] += op.quantity;
        return next;
    }
  }

  async function levelsOf(variantIds: string[]): Promise<number[][]> {
    const rows: { variant_id: string; location_id: string; on_hand: number }[] = await app.db.manager.query(
      `SELECT variant_id, location_id, on_hand FROM stock_levels WHERE variant_id = ANY($1::uuid[])`,
      [variantIds],
    );
    return variantIds.map((v) => locations.map((l) => rows.find((r) => r.variant_id === v && r.location_id === l.id)?.on_hand ?? 0));
  }

  async function expectInvariants(variantIds: string[]): Promise<void> {
    expect(await stock.drift()).toEqual([]);
    const [guarded] = await levelsOf(variantIds);
    expect(guarded.every((onHand) => onHand >= 0)).toBe(true);
    const reserved: { reserved: number }[] = await app.db.manager.query(
      `SELECT reserved FROM stock_levels WHERE variant_id = ANY($1::uuid[])`,
      [variantIds],
    );
    expect(reserved.every((r) => r.reserved === 0)).toBe(true);
  }

  it('answers as the model says, and levels always equal the ledger', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 15 }), async (operations) => {
        const variantIds = await freshVariants();
        let model = GUARDED.map(() => locations.map(() => 0));
        for (const op of operations) {
          const answer = await send(op, variantIds);
          const next = expected(op, model);
          if (next === null) {
            expect({ op, status: answer.status, code: answer.body.code }).toEqual({ op, status: 409, code: 'insufficient_stock' });
          } else {
            expect({ op, status: answer.status }).toEqual({ op, status: 201 });
            model = next;
          }
        }
        expect(await levelsOf(variantIds)).toEqual(model);
        await expectInvariants(variantIds);
      }),
      { numRuns: 25 },
    );
  });

  it('keeps levels equal to the ledger and never below zero when the operations all run at once', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 2, maxLength: 15 }), async (operations) => {
        const variantIds = await freshVariants();
        const answers = await Promise.all(operations.map((op) => send(op, variantIds)));
        for (const answer of answers) expect([201, 409]).toContain(answer.status);
        await expectInvariants(variantIds);
      }),
      { numRuns: 15 },
    );
  });
});
