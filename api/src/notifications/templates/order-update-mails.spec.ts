import { passwordResetMail } from './account-mails';
import { orderConfirmationMail } from './order-mails';
import {
  orderCancelledMail,
  orderDeliveredMail,
  orderMessageReplyMail,
  orderRefundedMail,
  orderShippedMail,
  OrderUpdate,
} from './order-update-mails';

const brand = { name: 'Acme & Co', colour: '#0f766e', storefrontUrl: 'https://shop.example' };
const customer: OrderUpdate = { number: 1042, firstName: 'Ada', link: 'https://shop.example/account/orders/o-1', guest: false };
const guest: OrderUpdate = { number: 1043, firstName: 'Grace', link: 'https://shop.example/orders/lookup', guest: true };
const eur = (amount: number) => ({ amount, currency: 'EUR' });

describe('order update emails', () => {
  it('lists every parcel with its carrier, tracking number and a link to follow it', () => {
    const mail = orderShippedMail(brand, {
      ...customer,
      parcels: [
        { carrier: 'PostNL', trackingNumber: '3SABC123', trackingUrl: 'https://track.example/3SABC123' },
        { carrier: 'DHL', trackingNumber: null, trackingUrl: null },
      ],
    });
    expect(mail.subject).toBe('Your Acme & Co order #1042 is on its way');
    expect(mail.text).toContain('Parcel 1 of 2 travels with PostNL, tracking number 3SABC123. Track it: https://track.example/3SABC123');
    expect(mail.text).toContain('Parcel 2 of 2 travels with DHL.');
    expect(mail.html).toContain('<a href="https://track.example/3SABC123" style="color:#0f766e">Track it</a>');
    expect(mail.html).toContain('border-bottom:4px solid #0f766e');
    expect(mail.text).toContain('Follow your order: https://shop.example/account/orders/o-1');
  });

  it('says a parcel without tracking is on its way all the same', () => {
    const mail = orderShippedMail(brand, { ...customer, parcels: [{ carrier: null, trackingNumber: null, trackingUrl: null }] });
    expect(mail.text).toContain('Your parcel is on its way (no tracking for it).');
  });

  it('never turns a tracking link that is not a web address into an anchor', () => {
    const mail = orderShippedMail(brand, {
      ...customer,
      parcels: [{ carrier: 'X', trackingNumber: '1', trackingUrl: 'javascript:alert(1)' }],
    });
    expect(mail.html).not.toContain('href="javascript:');
    expect(mail.html).toContain('javascript:alert(1)');
  });

  it('sends guests to the order lookup with the number they need', () => {
    const mail = orderDeliveredMail(brand, guest);
    expect(mail.subject).toBe('Your Acme & Co order #1043 was delivered');
    expect(mail.text).toContain('look up order #1043 with this email address');
    expect(mail.text).toContain('Find your order: https://shop.example/orders/lookup');
    expect(mail.html).toContain('href="https://shop.example/orders/lookup"');
  });

  it('gives the reason of a cancellation and the money refunded, if any', () => {
    const refunded = orderCancelledMail(brand, { ...customer, reason: 'Out of stock', refunded: eur(2495) });
    expect(refunded.subject).toBe('Your Acme & Co order #1042 was cancelled');
    expect(refunded.text).toContain('Reason: Out of stock');
    expect(refunded.text).toContain('We refunded €24.95 to the payment method you used.');
    const unpaid = orderCancelledMail(brand, { ...customer, reason: null, refunded: eur(0) });
    expect(unpaid.text).not.toMatch(/Reason|refunded/);
  });

  it('names the amount refunded, in the currency’s own units', () => {
    const mail = orderRefundedMail(brand, { ...customer, amount: { amount: 1500, currency: 'JPY' }, reason: 'Damaged' });
    expect(mail.subject).toBe('Refund of ¥1,500 for your Acme & Co order #1042');
    expect(mail.text).toContain('We refunded ¥1,500 for your order #1042.');
    expect(mail.text).toContain('Reason: Damaged');
  });

  it('quotes the reply and links to the conversation', () => {
    const mail = orderMessageReplyMail(brand, { ...customer, excerpt: 'Your parcel left today.\nSee you soon' });
    expect(mail.subject).toBe('Acme & Co replied about your order #1042');
    expect(mail.text).toContain('> Your parcel left today.\n> See you soon');
    expect(mail.html).toContain('<blockquote');
    expect(mail.text).toContain('Read and reply: https://shop.example/account/orders/o-1');
  });

  it('cuts a long reply, never in the middle of a character', () => {
    const mail = orderMessageReplyMail(brand, { ...customer, excerpt: '😀'.repeat(600) });
    expect(mail.text).toContain(`> ${'😀'.repeat(500)}…`);
    expect(mail.text).not.toContain('\uFFFD');
  });
});

describe('what customers write stays text', () => {
  const hostile = '<img src=x onerror="alert(1)"> & Co';

  it('escapes the name and the quoted message in HTML and keeps them as typed in the text part', () => {
    const mail = orderMessageReplyMail(brand, { ...customer, firstName: hostile, excerpt: `</blockquote><script>steal()</script>` });
    expect(mail.html).not.toContain('<img');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('Hello &lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; Co,');
    expect(mail.html).toContain('&lt;/blockquote&gt;&lt;script&gt;steal()&lt;/script&gt;');
    expect(mail.text).toContain(`Hello ${hostile},`);
    expect(mail.text).toContain('> </blockquote><script>steal()</script>');
  });

  it('escapes the reason, the carrier and the tracking number staff typed', () => {
    const cancelled = orderCancelledMail(brand, { ...customer, reason: '<b>sold out</b>', refunded: eur(0) });
    expect(cancelled.html).toContain('Reason: &lt;b&gt;sold out&lt;/b&gt;');
    const shipped = orderShippedMail(brand, {
      ...customer,
      parcels: [{ carrier: '"><i>', trackingNumber: '<u>1</u>', trackingUrl: 'https://t.example/?a=1&b="2"' }],
    });
    expect(shipped.html).not.toMatch(/<i>|<u>/);
    expect(shipped.html).toContain('href="https://t.example/?a=1&amp;b=&quot;2&quot;"');
  });

  it('greets without a name when there is none, in every template', () => {
    expect(orderDeliveredMail(brand, { ...customer, firstName: '  ' }).text.startsWith('Hello,')).toBe(true);
    expect(passwordResetMail(brand, { firstName: '', link: 'https://x', validMinutes: 60 }).text.startsWith('Hello,')).toBe(true);
  });

  it('escapes the store name and what the shopper typed in the confirmation', () => {
    const mail = orderConfirmationMail(brand, {
      number: 7,
      firstName: '<Ada>',
      lines: [{ title: 'Tee <b>', variantTitle: 'Default', quantity: 1, total: eur(1000) }],
      shipping: eur(495),
      discount: eur(0),
      tax: eur(260),
      taxIncluded: true,
      total: eur(1495),
      deliveryMethod: 'PostNL',
      estimate: null,
      paidBy: 'paid by card',
      link: 'https://shop.example/account/orders/o-7',
    });
    expect(mail.html).toContain('>Acme &amp; Co</td>');
    expect(mail.html).toContain('Hello &lt;Ada&gt;,');
    expect(mail.html).toContain('1 × Tee &lt;b&gt;: €10.00');
    expect(mail.text).toContain('Total: €14.95');
  });
});
