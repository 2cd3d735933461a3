import { createSign, createVerify, generateKeyPairSync, KeyObject, randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { crc32 } from 'node:zlib';
import { FakeAnswer, FakeRequest, randomId, startFakeServer, stopServer } from './fake-http';

type Obj = Record<string, unknown>;
type Amount = { currency_code: string; value: string };

const unprocessable = (issue: string, description: string): FakeAnswer => ({
  status: 422,
  body: { name: 'UNPROCESSABLE_ENTITY', message: 'The requested action could not be performed.', details: [{ issue, description }] },
});

const cents = (amount: Amount) => Math.round(Number(amount.value) * 100);
const value = (minor: number) => (minor / 100).toFixed(2);

/**
 * PayPal's REST API as documented, for the calls Tillpoint makes: the OAuth 2.0 client-credentials token,
 * Orders v2 (create, show, capture), Payments v2 (show a capture, refund it), PayPal-Request-Id replays,
 * and POST /v1/notifications/verify-webhook-signature, which checks a delivery's transmission signature
 * (SHA256withRSA over `transmissionId|time|webhookId|crc32(body)`) with this fake's own certificate key.
 */
export class FakePayPal {
  readonly clientId = `AZ${randomId(30)}`;
  readonly clientSecret = `EL${randomId(30)}`;
  readonly webhookId = `WH-${randomId(17).toUpperCase()}`;
  readonly tokenRequests: number[] = [];
  readonly requests: { method: string; path: string; requestId?: string; body: Obj }[] = [];
  readonly orders = new Map<string, Obj>();
  private readonly captures = new Map<string, Obj>();
  private readonly refundsOf = new Map<string, number>();
  private readonly declineOnCapture = new Set<string>();
  private readonly replays = new Map<string, FakeAnswer>();
  private readonly tokens = new Set<string>();
  private readonly keys: { publicKey: KeyObject; privateKey: KeyObject };

  private constructor(
    readonly url: string,
    private readonly server: Server,
  ) {
    this.keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  }

  static async start(): Promise<FakePayPal> {
    const started: { fake?: FakePayPal } = {};
    const { url, server } = await startFakeServer((request) => started.fake!.handle(request));
    started.fake = new FakePayPal(url, server);
    return started.fake;
  }

  get certUrl(): string {
    return `${this.url}/v1/notifications/certs/CERT-360caa42-fca2a594-a5cafa77`;
  }

  close(): Promise<void> {
    return stopServer(this.server);
  }

  calls(method: string, pathStart: string): number {
    return this.requests.filter((r) => r.method === method && r.path.startsWith(pathStart)).length;
  }

  /** The payer approved on PayPal; with `declines`, their funding source will be declined at capture. */
  approve(orderId: string, options: { declines?: boolean } = {}): void {
    this.orders.get(orderId)!.status = 'APPROVED';
    if (options.declines) this.declineOnCapture.add(orderId);
  }

  /** A webhook delivery as PayPal sends it: the body and the transmission headers, signed with PayPal's key. */
  delivery(eventType: string, resource: Obj, options: { id?: string; webhookId?: string; tamper?: boolean } = {}) {
    const body = JSON.stringify({
      id: options.id ?? `WH-${randomId(17).toUpperCase()}`,
      event_version: '1.0',
      create_time: new Date().toISOString(),
      resource_type: eventType.startsWith('CHECKOUT') ? 'checkout-order' : eventType.includes('REFUND') ? 'refund' : 'capture',
      event_type: eventType,
      summary: eventType,
      resource,
    });
    const transmissionId = randomUUID();
    const transmissionTime = new Date().toISOString();
    const signed = `${transmissionId}|${transmissionTime}|${options.webhookId ?? this.webhookId}|${crc32(Buffer.from(body))}`;
    const signature = createSign('RSA-SHA256').update(signed).sign(this.keys.privateKey, 'base64');
    return {
      body: options.tamper ? body.replace('"1.0"', '"1.1"') : body,
      headers: {
        'paypal-transmission-id': transmissionId,
        'paypal-transmission-time': transmissionTime,
        'paypal-transmission-sig': signature,
        'paypal-cert-url': this.certUrl,
        'paypal-auth-algo': 'SHA256withRSA',
      },
    };
  }

  captureOf(orderId: string): Obj {
    const units = this.orders.get(orderId)!.purchase_units as { payments?: { captures: Obj[] } }[];
    return units[0].payments!.captures[0];
  }

  private handle(request: FakeRequest): FakeAnswer {
    if (request.path === '/v1/oauth2/token') return this.token(request);
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (!token || !this.tokens.has(token))
      return { status: 401, body: { error: 'invalid_token', error_description: 'Token signature verification failed' } };
    const body = request.body ? (JSON.parse(request.body) as Obj) : {};
    const requestId = request.headers['paypal-request-id'] as string | undefined;
    this.requests.push({ method: request.method, path: request.path, requestId, body });
    if (requestId) {
      const known = this.replays.get(`${request.path}|${requestId}`);
      if (known) return known;
      const answer = this.route(request.method, request.path, body);
      if (answer.status < 300) this.replays.set(`${request.path}|${requestId}`, answer);
      return answer;
    }
    return this.route(request.method, request.path, body);
  }

  private token(request: FakeRequest): FakeAnswer {
    const expected = `Basic ${Buffer.from(`${this.clientId}:${this.clientSecret}`).toString('base64')}`;
    if (request.headers.authorization !== expected || request.body !== 'grant_type=client_credentials') {
      return { status: 401, body: { error: 'invalid_client', error_description: 'Client Authentication failed' } };
    }
    this.tokenRequests.push(Date.now());
    const accessToken = `A21AA${randomId(40)}`;
    this.tokens.add(accessToken);
    return {
      status: 200,
      body: {
        scope: 'https://uri.paypal.com/services/payments/payment',
        access_token: accessToken,
        token_type: 'Bearer',
        expires_in: 32400,
      },
    };
  }

  private route(method: string, path: string, body: Obj): FakeAnswer {
    const orderMatch = /^\/v2\/checkout\/orders(?:\/([^/]+))?(\/capture)?$/.exec(path);
    if (orderMatch && method === 'POST' && !orderMatch[1]) return this.createOrder(body);
    if (orderMatch?.[1]) {
      const order = this.orders.get(orderMatch[1]);
      if (!order)
        return {
          status: 404,
          body: {
            name: 'RESOURCE_NOT_FOUND',
            message: 'The specified resource does not exist.',
            details: [{ issue: 'INVALID_RESOURCE_ID' }],
          },
        };
      if (method === 'GET' && !orderMatch[2]) return { status: 200, body: order };
      if (method === 'POST' && orderMatch[2]) return this.captureOrder(order);
    }
    const captureMatch = /^\/v2\/payments\/captures\/([^/]+)(\/refund)?$/.exec(path);
    if (captureMatch) {
      const capture = this.captures.get(captureMatch[1]);
      if (!capture) return { status: 404, body: { name: 'RESOURCE_NOT_FOUND', details: [{ issue: 'INVALID_RESOURCE_ID' }] } };
      if (method === 'GET') return { status: 200, body: capture };
      return this.refund(capture, body);
    }
    if (path === '/v1/notifications/verify-webhook-signature' && method === 'POST') return this.verify(body);
    return { status: 404, body: { name: 'RESOURCE_NOT_FOUND', message: `No route ${method} ${path}` } };
  }

  private createOrder(body: Obj): FakeAnswer {
    const unit = (body.purchase_units as Obj[] | undefined)?.[0];
    if (body.intent !== 'CAPTURE' || !unit?.amount) {
      return { status: 400, body: { name: 'INVALID_REQUEST', details: [{ issue: 'MISSING_REQUIRED_PARAMETER' }] } };
    }
    const id = randomId(17).toUpperCase();
    const experience = (body.payment_source as { paypal?: { experience_context?: Obj } } | undefined)?.paypal?.experience_context;
    const order = {
      id,
      intent: 'CAPTURE',
      status: experience ? 'PAYER_ACTION_REQUIRED' : 'CREATED',
      purchase_units: [{ reference_id: unit.reference_id, custom_id: unit.custom_id, description: unit.description, amount: unit.amount }],
      create_time: new Date().toISOString(),
      links: [
        { href: `${this.url}/v2/checkout/orders/${id}`, rel: 'self', method: 'GET' },
        { href: `https://www.sandbox.paypal.com/checkoutnow?token=${id}`, rel: experience ? 'payer-action' : 'approve', method: 'GET' },
      ],
    };
    this.orders.set(id, order);
    return { status: 200, body: order };
  }

  private captureOrder(order: Obj): FakeAnswer {
    if (order.status === 'COMPLETED') return unprocessable('ORDER_ALREADY_CAPTURED', 'Order already captured.');
    if (order.status !== 'APPROVED') return unprocessable('ORDER_NOT_APPROVED', 'Payer has not yet approved the Order for payment.');
    if (this.declineOnCapture.has(order.id as string))
      return unprocessable('INSTRUMENT_DECLINED', 'The instrument presented was declined.');
    const unit = (order.purchase_units as Obj[])[0];
    const capture = {
      id: randomId(17).toUpperCase(),
      status: 'COMPLETED',
      amount: unit.amount,
      final_capture: true,
      custom_id: unit.custom_id,
      supplementary_data: { related_ids: { order_id: order.id } },
      create_time: new Date().toISOString(),
    };
    this.captures.set(capture.id, capture);
    unit.payments = { captures: [capture] };
    order.status = 'COMPLETED';
    return { status: 201, body: order };
  }

  private refund(capture: Obj, body: Obj): FakeAnswer {
    const captured = cents(capture.amount as Amount);
    const refunded = this.refundsOf.get(capture.id as string) ?? 0;
    if (refunded >= captured) return unprocessable('CAPTURE_FULLY_REFUNDED', 'The capture has already been fully refunded');
    const amount = body.amount ? cents(body.amount as Amount) : captured - refunded;
    if (amount > captured - refunded)
      return unprocessable(
        'REFUND_AMOUNT_EXCEEDED',
        'The refund amount must be less than or equal to the capture amount that has not yet been refunded.',
      );
    this.refundsOf.set(capture.id as string, refunded + amount);
    capture.status = refunded + amount === captured ? 'REFUNDED' : 'PARTIALLY_REFUNDED';
    const currency = (capture.amount as Amount).currency_code;
    const refund = {
      id: randomId(17).toUpperCase(),
      status: 'COMPLETED',
      amount: { currency_code: currency, value: value(amount) },
      custom_id: body.custom_id,
      seller_payable_breakdown: { total_refunded_amount: { currency_code: currency, value: value(refunded + amount) } },
      links: [{ rel: 'up', method: 'GET', href: `${this.url}/v2/payments/captures/${capture.id}` }],
    };
    return { status: 201, body: refund };
  }

  /** What PayPal's verify-webhook-signature does: checks the signature over the delivery with the certificate's key. */
  private verify(body: Obj): FakeAnswer {
    const fields = ['auth_algo', 'cert_url', 'transmission_id', 'transmission_sig', 'transmission_time', 'webhook_id', 'webhook_event'];
    const missing = fields.filter((field) => !body[field]);
    if (missing.length)
      return {
        status: 400,
        body: { name: 'VALIDATION_ERROR', details: missing.map((field) => ({ field, issue: 'MISSING_REQUIRED_PARAMETER' })) },
      };
    const signed = `${body.transmission_id}|${body.transmission_time}|${body.webhook_id}|${crc32(Buffer.from(JSON.stringify(body.webhook_event)))}`;
    const valid =
      body.auth_algo === 'SHA256withRSA' &&
      body.cert_url === this.certUrl &&
      body.webhook_id === this.webhookId &&
      createVerify('RSA-SHA256')
        .update(signed)
        .verify(this.keys.publicKey, body.transmission_sig as string, 'base64');
    return { status: 200, body: { verification_status: valid ? 'SUCCESS' : 'FAILURE' } };
  }
}
