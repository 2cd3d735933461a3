import { mapPayPalEvent, orderOutcome, PayPalOrder } from './paypal-mapping';

const order = (fields: Partial<PayPalOrder>): PayPalOrder => ({
  id: '5O190127TN364715T',
  status: 'PAYER_ACTION_REQUIRED',
  links: [{ rel: 'payer-action', href: 'https://www.sandbox.paypal.com/checkoutnow?token=5O190127TN364715T' }],
  purchase_units: [{ custom_id: 'p-1', amount: { currency_code: 'EUR', value: '49.95' } }],
  ...fields,
});

const capture = (status: string, value = '49.95') => ({ id: '3C679366HH908993F', status, amount: { currency_code: 'EUR', value } });

describe('PayPal orders in our words', () => {
  it('sends the payer to approve, then waits for our capture', () => {
    expect(orderOutcome(order({}))).toEqual({
      state: 'requires_action',
      providerReference: '5O190127TN364715T',
      capturedAmount: 0,
      action: { type: 'redirect', url: 'https://www.sandbox.paypal.com/checkoutnow?token=5O190127TN364715T' },
    });
    expect(orderOutcome(order({ status: 'APPROVED' })).state).toBe('authorized');
    expect(orderOutcome(order({ status: 'VOIDED' })).state).toBe('canceled');
  });

  it('reads a completed order by its captures', () => {
    const withCaptures = (...captures: ReturnType<typeof capture>[]) =>
      order({ status: 'COMPLETED', purchase_units: [{ custom_id: 'p-1', payments: { captures } }] });
    expect(orderOutcome(withCaptures(capture('COMPLETED')))).toMatchObject({ state: 'captured', capturedAmount: 4995 });
    expect(orderOutcome(withCaptures(capture('PARTIALLY_REFUNDED')))).toMatchObject({ state: 'captured', capturedAmount: 4995 });
    expect(orderOutcome(withCaptures(capture('PENDING')))).toMatchObject({ state: 'pending', capturedAmount: 0 });
    expect(orderOutcome(withCaptures(capture('DECLINED')))).toMatchObject({
      state: 'failed',
      failureMessage: 'PayPal declined the payment.',
    });
  });
});

describe('PayPal webhooks in our words', () => {
  it('maps approval and capture events with our payment id from custom_id', () => {
    expect(mapPayPalEvent({ id: 'WH-1', event_type: 'CHECKOUT.ORDER.APPROVED', resource: { ...order({ status: 'APPROVED' }) } })).toEqual({
      type: 'payment.authorized',
      providerReference: '5O190127TN364715T',
      paymentId: 'p-1',
      amount: 4995,
    });
    const completed = { ...capture('COMPLETED'), custom_id: 'p-1', supplementary_data: { related_ids: { order_id: '5O190127TN364715T' } } };
    expect(mapPayPalEvent({ id: 'WH-2', event_type: 'PAYMENT.CAPTURE.COMPLETED', resource: completed })).toMatchObject({
      type: 'payment.captured',
      providerReference: '5O190127TN364715T',
      paymentId: 'p-1',
      amount: 4995,
    });
    expect(mapPayPalEvent({ id: 'WH-3', event_type: 'PAYMENT.CAPTURE.DENIED', resource: completed }).type).toBe('payment.failed');
  });

  it('maps a refund with its id and the capture it refunds', () => {
    const refund = {
      id: '1JU08902781691411',
      status: 'COMPLETED',
      amount: { currency_code: 'EUR', value: '10.00' },
      links: [{ rel: 'up', href: 'https://api-m.paypal.com/v2/payments/captures/3C679366HH908993F' }],
    };
    expect(mapPayPalEvent({ id: 'WH-4', event_type: 'PAYMENT.CAPTURE.REFUNDED', resource: refund })).toEqual({
      type: 'refund.succeeded',
      providerReference: '',
      paymentId: null,
      amount: 1000,
      refundReference: '1JU08902781691411',
      captureId: '3C679366HH908993F',
    });
  });

  it('ignores the rest', () => {
    expect(mapPayPalEvent({ id: 'WH-5', event_type: 'BILLING.PLAN.CREATED', resource: { id: 'P-1' } })).toMatchObject({ type: 'ignored' });
  });
});
