import { createHash, createHmac } from 'node:crypto';
import type { Server } from 'node:http';
import { FakeAnswer, FakeRequest, parseStripeForm, randomId, startFakeServer, stopServer } from './fake-http';

type Obj = Record<string, unknown>;

/** Stripe's documented test payment methods (docs.stripe.com/testing), the ones these tests use. */
const TEST_METHODS: Record<string, { brand: string; last4: string; outcome: 'succeed' | 'decline' | 'authenticate' }> = {
  pm_card_visa: { brand: 'visa', last4: '4242', outcome: 'succeed' },
  pm_card_mastercard: { brand: 'mastercard', last4: '4444', outcome: 'succeed' },
  pm_card_chargeDeclined: { brand: 'visa', last4: '0002', outcome: 'decline' },
  pm_card_authenticationRequired: { brand: 'visa', last4: '3184', outcome: 'authenticate' },
};

const error = (status: number, type: string, message: string, extra: Obj = {}): FakeAnswer => ({
  status,
  body: { error: { type, message, ...extra } },
});

/**
 * Stripe's API as its reference documents it, for the calls Tillpoint makes: form-encoded requests with a
 * Bearer secret key, Idempotency-Key replays (and 400 idempotency_error on other parameters), PaymentIntents
 * with test methods, refunds, customers, SetupIntents and PaymentMethods. Webhook events are signed with
 * Stripe's scheme. Test controls stand in for the shopper (3-D Secure, confirming a SetupIntent).
 */
export class FakeStripe {
  readonly secretKey = `sk_test_${randomId(24)}`;
  readonly publishableKey = `pk_test_${randomId(24)}`;
  readonly webhookSecret = `whsec_${randomId(32)}`;
  readonly requests: { method: string; path: string; idempotencyKey?: string; params: Obj }[] = [];
  readonly intents = new Map<string, Obj>();
  private readonly methods = new Map<string, Obj>();
  private readonly methodOutcomes = new Map<string, string>();
  private readonly refunds = new Map<string, Obj>();
  private readonly objects = new Map<string, Obj>();
  private readonly replays = new Map<string, { fingerprint: string; answer: FakeAnswer }>();

  private constructor(
    readonly url: string,
    private readonly server: Server,
  ) {}

  static async start(): Promise<FakeStripe> {
    const started: { fake?: FakeStripe } = {};
    const { url, server } = await startFakeServer((request) => started.fake!.handle(request));
    started.fake = new FakeStripe(url, server);
    return started.fake;
  }

  close(): Promise<void> {
    return stopServer(this.server);
  }

  creates(path: string): number {
    return this.requests.filter((r) => r.method === 'POST' && r.path === path).length;
  }

  /** The shopper passed 3-D Secure: the PaymentIntent goes on as if confirmed. */
  completeAuthentication(intentId: string): void {
    const intent = this.intents.get(intentId)!;
    this.settle(intent);
  }

  /** Stripe.js confirmed a SetupIntent with a test card: a new PaymentMethod, attached to the customer. */
  confirmSetup(setupId: string, testMethod = 'pm_card_visa'): string {
    const setup = this.objects.get(setupId)!;
    const method = this.mintMethod(testMethod, setup.customer as string);
    Object.assign(setup, { status: 'succeeded', payment_method: method.id });
    return method.id as string;
  }

  /** An event as Stripe sends it, and its Stripe-Signature header (`t=..,v1=HMAC-SHA256(secret, t.payload)`). */
  signedEvent(type: string, object: Obj, options: { id?: string; timestamp?: number; secret?: string } = {}) {
    const payload = JSON.stringify({
      id: options.id ?? `evt_${randomId(24)}`,
      object: 'event',
      api_version: '2026-10-28.endive',
      created: Math.floor(Date.now() / 1000),
      livemode: false,
      pending_webhooks: 1,
      type,
      data: { object },
    });
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
    const signature = createHmac('sha256', options.secret ?? this.webhookSecret)
      .update(`${timestamp}.${payload}`)
      .digest('hex');
    return { payload, header: `t=${timestamp},v1=${signature}` };
  }

  private handle(request: FakeRequest): FakeAnswer {
    if (request.headers.authorization !== `Bearer ${this.secretKey}`) {
      return error(401, 'invalid_request_error', 'Invalid API Key provided: sk_test_****');
    }
    const params = parseStripeForm(request.method === 'GET' ? request.query : request.body);
    const idempotencyKey = request.headers['idempotency-key'] as string | undefined;
    this.requests.push({ method: request.method, path: request.path, idempotencyKey, params });
    if (request.method === 'POST' && idempotencyKey) {
      const fingerprint = createHash('sha256').update(`${request.path}\n${request.body}`).digest('hex');
      const known = this.replays.get(idempotencyKey);
      if (known && known.fingerprint !== fingerprint) {
        return error(
          400,
          'idempotency_error',
          'Keys for idempotent requests can only be used with the same parameters they were first used with.',
        );
      }
      if (known) return { ...known.answer, headers: { 'idempotent-replayed': 'true' } };
      const answer = this.route(request.method, request.path, params);
      this.replays.set(idempotencyKey, { fingerprint, answer });
      return answer;
    }
    return this.route(request.method, request.path, params);
  }

  private route(method: string, path: string, params: Obj): FakeAnswer {
    const [, , resource, id, action] = path.split('/');
    const expand = (params.expand as string[] | undefined) ?? [];
    if (resource === 'payment_intents') {
      if (method === 'POST' && !id) return this.createIntent(params, expand);
      const intent = id ? this.intents.get(id) : undefined;
      if (!intent) return error(404, 'invalid_request_error', `No such payment_intent: '${id}'`, { code: 'resource_missing' });
      if (method === 'GET') return this.show(intent, expand);
      if (action === 'capture') return this.captureIntent(intent, params, expand);
      if (action === 'cancel') return this.cancelIntent(intent);
    }
    if (resource === 'refunds' && method === 'POST') return this.createRefund(params);
    if (resource === 'customers' && id) return this.customerById(method, id, params);
    if (resource === 'customers' && method === 'POST')
      return this.create('cus', {
        object: 'customer',
        email: params.email ?? null,
        metadata: params.metadata ?? {},
        invoice_settings: { default_payment_method: null },
      });
    if (resource === 'setup_intents' && method === 'POST') {
      const setup = this.create('seti', {
        object: 'setup_intent',
        customer: params.customer,
        status: 'requires_payment_method',
        usage: params.usage,
      });
      const body = setup.body as Obj;
      body.client_secret = `${body.id}_secret_${randomId(24)}`;
      return setup;
    }
    if (resource === 'payment_methods' && id) {
      const found = this.methods.get(id);
      if (!found) return error(404, 'invalid_request_error', `No such PaymentMethod: '${id}'`, { code: 'resource_missing' });
      if (method === 'GET') return { status: 200, body: found };
      if (action === 'detach') {
        if (!found.customer)
          return error(
            400,
            'invalid_request_error',
            'The payment method you provided is not attached to a customer so detachment is impossible.',
          );
        // A detached default stops being the customer's default, as at Stripe.
        const owner = this.objects.get(found.customer as string);
        const settings = owner?.invoice_settings as Obj | undefined;
        if (settings?.default_payment_method === id) settings.default_payment_method = null;
        found.customer = null;
        return { status: 200, body: found };
      }
    }
    return error(404, 'invalid_request_error', `Unrecognized request URL (${method}: ${path}).`);
  }

  /** A Customer as the test sees it (the default card, whether deleted). */
  customer(id: string): Obj | undefined {
    return this.objects.get(id);
  }

  /**
   * GET, update (POST) and delete (DELETE) /v1/customers/{id}. An update may set only a method attached to
   * this customer as `invoice_settings.default_payment_method`; deleting detaches the customer's methods.
   */
  private customerById(method: string, id: string, params: Obj): FakeAnswer {
    const customer = this.objects.get(id);
    if (!customer || customer.object !== 'customer' || customer.deleted)
      return error(404, 'invalid_request_error', `No such customer: '${id}'`, { code: 'resource_missing', param: 'id' });
    if (method === 'GET') return { status: 200, body: customer };
    if (method === 'DELETE') {
      for (const attached of this.methods.values()) if (attached.customer === id) attached.customer = null;
      customer.deleted = true;
      return { status: 200, body: { id, object: 'customer', deleted: true } };
    }
    const wanted = (params.invoice_settings as Obj | undefined)?.default_payment_method;
    if (typeof wanted === 'string') {
      const found = this.methods.get(wanted);
      if (!found)
        return error(400, 'invalid_request_error', `No such PaymentMethod: '${wanted}'`, {
          code: 'resource_missing',
          param: 'invoice_settings[default_payment_method]',
        });
      if (found.customer !== id)
        return error(
          400,
          'invalid_request_error',
          `The customer does not have a payment method with the ID ${wanted}. The payment method must be attached to the customer.`,
        );
      customer.invoice_settings = { ...(customer.invoice_settings as Obj), default_payment_method: wanted };
    }
    return { status: 200, body: customer };
  }

  private create(prefix: string, fields: Obj): FakeAnswer {
    const object = { id: `${prefix}_${randomId(24)}`, created: Math.floor(Date.now() / 1000), livemode: false, ...fields };
    this.objects.set(object.id, object);
    return { status: 200, body: object };
  }

  private show(intent: Obj, expand: string[]): FakeAnswer {
    const body = { ...intent };
    if (expand.includes('payment_method') && typeof intent.payment_method === 'string')
      body.payment_method = this.methods.get(intent.payment_method) ?? null;
    return { status: 200, body };
  }

  private createIntent(params: Obj, expand: string[]): FakeAnswer {
    const id = `pi_${randomId(24)}`;
    const intent: Obj = {
      id,
      object: 'payment_intent',
      amount: Number(params.amount),
      amount_capturable: 0,
      amount_received: 0,
      currency: params.currency,
      capture_method: params.capture_method ?? 'automatic_async',
      client_secret: `${id}_secret_${randomId(24)}`,
      created: Math.floor(Date.now() / 1000),
      customer: params.customer ?? null,
      description: params.description ?? null,
      last_payment_error: null,
      livemode: false,
      metadata: params.metadata ?? {},
      next_action: null,
      payment_method: null,
      setup_future_usage: params.setup_future_usage ?? null,
      status: 'requires_payment_method',
    };
    this.intents.set(id, intent);
    if (params.confirm === 'true' && typeof params.payment_method === 'string') {
      const test = TEST_METHODS[params.payment_method];
      const existing = this.methods.get(params.payment_method);
      if (!test && !existing)
        return error(400, 'invalid_request_error', `No such PaymentMethod: '${params.payment_method}'`, { code: 'resource_missing' });
      if (existing && existing.customer !== intent.customer) {
        return error(400, 'invalid_request_error', 'The provided PaymentMethod belongs to another Customer.');
      }
      const methodObject =
        existing ?? this.mintMethod(params.payment_method, intent.setup_future_usage ? (intent.customer as string) : null);
      intent.payment_method = methodObject.id;
      const outcome = existing ? this.methodOutcomes.get(existing.id as string) : test.outcome;
      if (outcome === 'decline') {
        intent.last_payment_error = {
          type: 'card_error',
          code: 'card_declined',
          decline_code: 'generic_decline',
          message: 'Your card was declined.',
        };
        intent.payment_method = null;
        return error(402, 'card_error', 'Your card was declined.', {
          code: 'card_declined',
          decline_code: 'generic_decline',
          payment_intent: { ...intent },
        });
      }
      if (outcome === 'authenticate') {
        intent.status = 'requires_action';
        intent.next_action = { type: 'redirect_to_url', redirect_to_url: { url: `${this.url}/3ds/${id}`, return_url: params.return_url } };
        return this.show(intent, expand);
      }
      this.settle(intent);
    }
    return this.show(intent, expand);
  }

  private settle(intent: Obj): void {
    intent.next_action = null;
    if (intent.capture_method === 'manual') Object.assign(intent, { status: 'requires_capture', amount_capturable: intent.amount });
    else Object.assign(intent, { status: 'succeeded', amount_received: intent.amount });
  }

  private mintMethod(testMethod: string, customer: string | null): Obj {
    const test = TEST_METHODS[testMethod];
    const method = {
      id: `pm_${randomId(24)}`,
      object: 'payment_method',
      type: 'card',
      customer,
      card: { brand: test.brand, last4: test.last4, exp_month: 12, exp_year: new Date().getUTCFullYear() + 2 },
    };
    this.methods.set(method.id, method);
    this.methodOutcomes.set(method.id, test.outcome);
    return method;
  }

  private captureIntent(intent: Obj, params: Obj, expand: string[]): FakeAnswer {
    if (intent.status !== 'requires_capture') {
      return error(400, 'invalid_request_error', `This PaymentIntent could not be captured because it has a status of ${intent.status}.`, {
        code: 'payment_intent_unexpected_state',
      });
    }
    const amount = params.amount_to_capture === undefined ? (intent.amount_capturable as number) : Number(params.amount_to_capture);
    if (amount > (intent.amount_capturable as number))
      return error(400, 'invalid_request_error', 'Amount to capture is too large.', { code: 'amount_too_large' });
    Object.assign(intent, { status: 'succeeded', amount_received: amount, amount_capturable: 0 });
    return this.show(intent, expand);
  }

  private cancelIntent(intent: Obj): FakeAnswer {
    if (intent.status === 'succeeded' || intent.status === 'canceled') {
      return error(400, 'invalid_request_error', `You cannot cancel this PaymentIntent because it has a status of ${intent.status}.`, {
        code: 'payment_intent_unexpected_state',
      });
    }
    Object.assign(intent, { status: 'canceled', amount_capturable: 0 });
    return this.show(intent, []);
  }

  private createRefund(params: Obj): FakeAnswer {
    const intent = this.intents.get(params.payment_intent as string);
    if (!intent)
      return error(404, 'invalid_request_error', `No such payment_intent: '${params.payment_intent}'`, { code: 'resource_missing' });
    const refunded = [...this.refunds.values()].filter((r) => r.payment_intent === intent.id).reduce((s, r) => s + (r.amount as number), 0);
    const left = (intent.amount_received as number) - refunded;
    if (left <= 0) return error(400, 'invalid_request_error', 'Charge has already been refunded.', { code: 'charge_already_refunded' });
    const amount = params.amount === undefined ? left : Number(params.amount);
    if (amount > left)
      return error(400, 'invalid_request_error', `Refund amount (${amount}) is greater than unrefunded amount on charge (${left})`, {
        code: 'amount_too_large',
      });
    const refund = {
      id: `re_${randomId(24)}`,
      object: 'refund',
      amount,
      currency: intent.currency,
      status: 'succeeded',
      payment_intent: intent.id,
      metadata: params.metadata ?? {},
    };
    this.refunds.set(refund.id, refund);
    return { status: 200, body: refund };
  }
}
