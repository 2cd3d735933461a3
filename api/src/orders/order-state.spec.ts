import fc from 'fast-check';
import { DomainError } from '../platform/errors/domain-error';
import {
  allowedCommands,
  apply,
  COMMAND_KINDS,
  CommandKind,
  OrderCommand,
  OrderState,
  OrderTransitionRefused,
  placedOrder,
  RefusalCode,
} from './order-state';

const TOTAL = 10_000;
const placed = (cashOnDelivery: boolean): OrderState =>
  placedOrder({
    totalMinor: TOTAL,
    cashOnDelivery,
    lines: [
      { lineId: 'a', quantity: 2 },
      { lineId: 'b', quantity: 1 },
    ],
  });

function run(state: OrderState, ...commands: OrderCommand[]): OrderState {
  return commands.reduce(apply, state);
}

function refusal(state: OrderState, command: OrderCommand): OrderTransitionRefused {
  try {
    apply(state, command);
  } catch (error) {
    if (error instanceof OrderTransitionRefused) return error;
    throw error;
  }
  throw new Error(`${command.kind} was not refused`);
}

/** A command of this kind whose amounts and quantities are valid for the state, so only the state decides. */
function sample(s: OrderState, kind: CommandKind): OrderCommand {
  switch (kind) {
    case 'payment_captured':
    case 'cash_collected':
      return { kind, amountMinor: s.totalMinor };
    case 'refund':
      return { kind, amountMinor: Math.max(1, s.paidMinor - s.refundedMinor) };
    case 'fulfil': {
      const line = s.lines.find((l) => l.fulfilled < l.ordered) ?? s.lines[0];
      return { kind, lines: [{ lineId: line.lineId, quantity: 1 }] };
    }
    case 'return_received': {
      const line = s.lines.find((l) => l.returned < l.fulfilled) ?? s.lines[0];
      return { kind, lines: [{ lineId: line.lineId, quantity: 1 }] };
    }
    default:
      return { kind };
  }
}

type Combo = Pick<OrderState, 'cashOnDelivery' | 'status' | 'payment' | 'fulfilment'>;
const key = (c: Combo): string => `${c.cashOnDelivery ? 'cod' : 'card'} ${c.status} ${c.payment} ${c.fulfilment}`;

/** Every combination the machine reaches from a placed order, with the first state found for it. */
function reachable(): Map<string, OrderState> {
  const found = new Map<string, OrderState>();
  const queue = [placed(false), placed(true)];
  for (let state = queue.shift(); state; state = queue.shift()) {
    if (found.has(key(state))) continue;
    found.set(key(state), state);
    const partial: OrderCommand[] = [
      { kind: 'fulfil', lines: [{ lineId: 'b', quantity: 1 }] },
      { kind: 'refund', amountMinor: 1 },
      {
        kind: 'fulfil',
        lines: state.lines.map((l) => ({ lineId: l.lineId, quantity: l.ordered - l.fulfilled })).filter((l) => l.quantity > 0),
      },
    ];
    for (const command of [...COMMAND_KINDS.map((kind) => sample(state, kind)), ...partial]) {
      try {
        queue.push(apply(state, command));
      } catch (error) {
        if (!(error instanceof OrderTransitionRefused)) throw error;
      }
    }
  }
  return found;
}

const OPEN_FULFILMENT = ['unfulfilled', 'partially_fulfilled', 'fulfilled'];
const ALL_FULFILMENT = [...OPEN_FULFILMENT, 'shipped', 'delivered'];
const EXPECTED_REACHABLE = [
  'card awaiting_payment pending unfulfilled',
  'card cancelled pending unfulfilled',
  ...['authorized', 'paid', 'partially_refunded', 'refunded'].flatMap((p) => ALL_FULFILMENT.map((f) => `card confirmed ${p} ${f}`)),
  ...['authorized', 'paid', 'partially_refunded', 'refunded'].flatMap((p) => OPEN_FULFILMENT.map((f) => `card cancelled ${p} ${f}`)),
  ...['paid', 'partially_refunded', 'refunded'].map((p) => `card completed ${p} delivered`),
  ...ALL_FULFILMENT.map((f) => `cod confirmed pending ${f}`),
  ...['paid', 'partially_refunded', 'refunded'].flatMap((p) => ['shipped', 'delivered'].map((f) => `cod confirmed ${p} ${f}`)),
  ...OPEN_FULFILMENT.map((f) => `cod cancelled pending ${f}`),
  ...['paid', 'partially_refunded', 'refunded'].map((p) => `cod completed ${p} delivered`),
];

type Rule = readonly [(c: Combo) => boolean, RefusalCode];
const cancelled = (c: Combo) => c.status === 'cancelled';
const completed = (c: Combo) => c.status === 'completed';
const shipped = (c: Combo) => c.fulfilment === 'shipped' || c.fulfilment === 'delivered';
const captured = (c: Combo) => ['paid', 'partially_refunded', 'refunded'].includes(c.payment);
const refunded = (c: Combo) => c.payment === 'refunded';
const closed: Rule[] = [
  [cancelled, 'order_cancelled'],
  [completed, 'order_completed'],
];

/** Per command, the first rule that matches gives the refusal; no match means the command is allowed. */
const EXPECTED: Record<CommandKind, readonly Rule[]> = {
  payment_authorized: [
    ...closed,
    [(c) => c.cashOnDelivery, 'cash_on_delivery'],
    [captured, 'already_paid'],
    [(c) => c.payment === 'authorized', 'already_authorized'],
  ],
  payment_captured: [...closed, [(c) => c.cashOnDelivery, 'cash_on_delivery'], [captured, 'already_paid']],
  cash_collected: [
    ...closed,
    [(c) => !c.cashOnDelivery, 'not_cash_on_delivery'],
    [captured, 'already_paid'],
    [(c) => !shipped(c), 'not_shipped'],
  ],
  fulfil: [
    ...closed,
    [shipped, 'already_shipped'],
    [(c) => c.fulfilment === 'fulfilled', 'already_fulfilled'],
    [(c) => c.status === 'awaiting_payment', 'not_paid'],
    [refunded, 'payment_refunded'],
  ],
  ship: [...closed, [shipped, 'already_shipped'], [(c) => c.fulfilment !== 'fulfilled', 'not_fulfilled'], [refunded, 'payment_refunded']],
  deliver: [...closed, [(c) => c.fulfilment === 'delivered', 'already_delivered'], [(c) => !shipped(c), 'not_shipped']],
  complete: [
    [cancelled, 'order_cancelled'],
    [completed, 'already_completed'],
    [(c) => c.fulfilment !== 'delivered', 'not_delivered'],
    [(c) => !captured(c), 'not_paid'],
  ],
  cancel: [
    [cancelled, 'already_cancelled'],
    [completed, 'order_completed'],
    [shipped, 'already_shipped'],
  ],
  refund: [
    [(c) => !captured(c), 'not_paid'],
    [refunded, 'already_refunded'],
  ],
  return_received: [
    [cancelled, 'order_cancelled'],
    [(c) => !shipped(c), 'not_shipped'],
  ],
};

const expectedRefusal = (c: Combo, kind: CommandKind): RefusalCode | null => EXPECTED[kind].find(([when]) => when(c))?.[1] ?? null;

describe('order state machine', () => {
  const states = reachable();

  it('reaches exactly the combinations of status, payment and fulfilment it models', () => {
    expect([...states.keys()].sort()).toEqual([...EXPECTED_REACHABLE].sort());
  });

  const cases = [...states.entries()].flatMap(([name, state]) =>
    COMMAND_KINDS.map((kind) => ({ name, state, kind, code: expectedRefusal(state, kind) })),
  );

  it.each(cases.filter((c) => c.code === null).map((c) => [c.kind, c.name, c.state] as const))(
    'allows %s from %s',
    (kind, _name, state) => {
      expect(() => apply(state, sample(state, kind))).not.toThrow();
      expect(allowedCommands(state)).toContain(kind);
    },
  );

  it.each(cases.filter((c) => c.code !== null).map((c) => [c.kind, c.name, c.code, c.state] as const))(
    'refuses %s from %s with %s',
    (kind, _name, code, state) => {
      const error = refusal(state, sample(state, kind));
      expect(error.code).toBe(code);
      expect(error.detail).toMatch(/^[A-Z].*\.$/);
      expect(allowedCommands(state)).not.toContain(kind);
    },
  );
});

describe('order state examples', () => {
  const authorized = apply(placed(false), { kind: 'payment_authorized' });
  const paid = apply(placed(false), { kind: 'payment_captured', amountMinor: TOTAL });

  it('adds partial fulfilments up to fulfilled', () => {
    const once = apply(authorized, { kind: 'fulfil', lines: [{ lineId: 'a', quantity: 1 }] });
    expect(once.fulfilment).toBe('partially_fulfilled');
    const twice = apply(once, { kind: 'fulfil', lines: [{ lineId: 'b', quantity: 1 }] });
    expect(twice.fulfilment).toBe('partially_fulfilled');
    const done = apply(twice, { kind: 'fulfil', lines: [{ lineId: 'a', quantity: 1 }] });
    expect(done.fulfilment).toBe('fulfilled');
    expect(done.lines.map((l) => l.fulfilled)).toEqual([2, 1]);
  });

  it('refuses to fulfil more than is left, counting repeated lines of one command together', () => {
    const once = apply(authorized, { kind: 'fulfil', lines: [{ lineId: 'a', quantity: 1 }] });
    const error = refusal(once, {
      kind: 'fulfil',
      lines: [
        { lineId: 'a', quantity: 1 },
        { lineId: 'a', quantity: 1 },
      ],
    });
    expect(error.code).toBe('over_fulfilment');
    expect(error.detail).toBe('Line a: 2 requested, only 1 left to fulfil.');
  });

  it('refuses unknown lines, empty fulfilments and quantities that are not whole and positive', () => {
    expect(refusal(authorized, { kind: 'fulfil', lines: [{ lineId: 'z', quantity: 1 }] }).code).toBe('unknown_line');
    expect(refusal(authorized, { kind: 'fulfil', lines: [] }).code).toBe('invalid_quantity');
    for (const quantity of [0, -1, 1.5, Number.NaN]) {
      expect(refusal(authorized, { kind: 'fulfil', lines: [{ lineId: 'a', quantity }] }).code).toBe('invalid_quantity');
    }
  });

  it('adds partial refunds up to refunded and then refuses more', () => {
    const part = apply(paid, { kind: 'refund', amountMinor: 3_000 });
    expect(part).toMatchObject({ payment: 'partially_refunded', refundedMinor: 3_000 });
    const more = apply(part, { kind: 'refund', amountMinor: 2_500 });
    expect(more).toMatchObject({ payment: 'partially_refunded', refundedMinor: 5_500 });
    const error = refusal(more, { kind: 'refund', amountMinor: 4_501 });
    expect(error.code).toBe('refund_exceeds_paid');
    expect(error.detail).toBe('Amount 4501 is more than the amount still refundable, 4500 (minor units).');
    const all = apply(more, { kind: 'refund', amountMinor: 4_500 });
    expect(all).toMatchObject({ payment: 'refunded', refundedMinor: TOTAL });
    expect(refusal(all, { kind: 'refund', amountMinor: 1 }).code).toBe('already_refunded');
  });

  it('refuses money amounts that are not whole and positive, and captures above the total', () => {
    for (const amountMinor of [0, -5, 10.5]) {
      expect(refusal(paid, { kind: 'refund', amountMinor }).code).toBe('invalid_amount');
      expect(refusal(authorized, { kind: 'payment_captured', amountMinor }).code).toBe('invalid_amount');
    }
    expect(refusal(authorized, { kind: 'payment_captured', amountMinor: TOTAL + 1 }).code).toBe('capture_exceeds_total');
  });

  it('caps refunds at what was captured when less than the total was taken', () => {
    const short = apply(authorized, { kind: 'payment_captured', amountMinor: 8_000 });
    expect(short).toMatchObject({ status: 'confirmed', payment: 'paid', paidMinor: 8_000 });
    expect(refusal(short, { kind: 'refund', amountMinor: 8_001 }).code).toBe('refund_exceeds_paid');
    expect(apply(short, { kind: 'refund', amountMinor: 8_000 }).payment).toBe('refunded');
  });

  it('takes a cash-on-delivery order from placement to completion, paid by the cash collected', () => {
    const cod = placed(true);
    expect(cod).toMatchObject({ status: 'confirmed', payment: 'pending' });
    const atDoor = run(
      cod,
      {
        kind: 'fulfil',
        lines: [
          { lineId: 'a', quantity: 2 },
          { lineId: 'b', quantity: 1 },
        ],
      },
      { kind: 'ship' },
      { kind: 'deliver' },
    );
    expect(refusal(atDoor, { kind: 'complete' }).code).toBe('not_paid');
    const done = run(atDoor, { kind: 'cash_collected', amountMinor: TOTAL }, { kind: 'complete' });
    expect(done).toMatchObject({ status: 'completed', payment: 'paid', fulfilment: 'delivered', paidMinor: TOTAL });
  });

  it('explains a refusal on a cancelled order as a 409 a person can read', () => {
    const error = refusal(apply(authorized, { kind: 'cancel' }), { kind: 'fulfil', lines: [{ lineId: 'a', quantity: 1 }] });
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ status: 409, code: 'order_cancelled', name: 'OrderTransitionRefused' });
    expect(error.detail).toBe('Order is cancelled; it cannot be fulfilled.');
  });

  it('counts returns against what was sent', () => {
    const sent = run(
      paid,
      {
        kind: 'fulfil',
        lines: [
          { lineId: 'a', quantity: 2 },
          { lineId: 'b', quantity: 1 },
        ],
      },
      { kind: 'ship' },
      { kind: 'deliver' },
    );
    expect(refusal(sent, { kind: 'return_received', lines: [{ lineId: 'a', quantity: 3 }] }).code).toBe('over_return');
    const back = apply(sent, {
      kind: 'return_received',
      lines: [
        { lineId: 'a', quantity: 2 },
        { lineId: 'b', quantity: 1 },
      ],
    });
    expect(back.lines.map((l) => l.returned)).toEqual([2, 1]);
    expect(refusal(back, { kind: 'return_received', lines: [{ lineId: 'a', quantity: 1 }] }).code).toBe('nothing_to_return');
  });

  it('never changes the state it is given', () => {
    const frozen = Object.freeze({ ...authorized, lines: Object.freeze(authorized.lines.map((l) => Object.freeze({ ...l }))) });
    const next = apply(frozen, { kind: 'fulfil', lines: [{ lineId: 'a', quantity: 1 }] });
    expect(frozen.lines[0].fulfilled).toBe(0);
    expect(next.lines[0].fulfilled).toBe(1);
  });
});

describe('order state properties', () => {
  const amount = fc.integer({ min: -10, max: TOTAL + 10 });
  const lines = fc.array(fc.record({ lineId: fc.constantFrom('a', 'b', 'z'), quantity: fc.integer({ min: -1, max: 3 }) }), {
    maxLength: 3,
  });
  const command: fc.Arbitrary<OrderCommand> = fc.oneof(
    fc.constantFrom<OrderCommand>(
      { kind: 'payment_authorized' },
      { kind: 'ship' },
      { kind: 'deliver' },
      { kind: 'complete' },
      { kind: 'cancel' },
    ),
    fc.record({ kind: fc.constantFrom('payment_captured' as const, 'cash_collected' as const, 'refund' as const), amountMinor: amount }),
    fc.record({ kind: fc.constantFrom('fulfil' as const, 'return_received' as const), lines }),
  );

  it('never fulfils more than ordered, returns more than sent, or refunds more than paid', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(command, { maxLength: 30 }), (cashOnDelivery, commands) => {
        let state = placed(cashOnDelivery);
        for (const next of commands) {
          const allowed = allowedCommands(state).includes(next.kind);
          let refused = false;
          try {
            state = apply(state, next);
          } catch (error) {
            if (!(error instanceof OrderTransitionRefused)) throw error;
            refused = true;
          }
          if (!allowed) expect(refused).toBe(true);
          for (const l of state.lines) expect(0 <= l.returned && l.returned <= l.fulfilled && l.fulfilled <= l.ordered).toBe(true);
          expect(0 <= state.refundedMinor && state.refundedMinor <= state.paidMinor && state.paidMinor <= state.totalMinor).toBe(true);
          expect(state.payment === 'refunded').toBe(state.refundedMinor > 0 && state.refundedMinor === state.paidMinor);
        }
      }),
    );
  });
});
