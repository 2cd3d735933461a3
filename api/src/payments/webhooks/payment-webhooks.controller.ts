import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Public } from '../../auth/access/access-policy';
import { ApiProblems } from '../../platform/openapi/api-problems';
import { PaymentWebhooks, WebhookReceipt } from './payment-webhooks.service';

export class WebhookReceiptView implements WebhookReceipt {
  @ApiProperty({ enum: [true] }) received: true;
  @ApiProperty({ description: 'The event id was received before; nothing was done again' }) duplicate: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) paymentId: string | null;
}

const eventBody = ApiBody({
  description: 'The event exactly as the provider sends it (its raw bytes are what is signed)',
  schema: { type: 'object' },
});

/** The body-parser set up for /webhooks in http-app.ts leaves the raw bytes, which the signature is over. */
function rawBodyOf(request: Request): Buffer {
  return Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
}

function headersOf(request: Request): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(',') : value]));
}

@ApiTags('webhooks')
@Controller('webhooks')
@Public()
export class PaymentWebhooksController {
  constructor(private readonly webhooks: PaymentWebhooks) {}

  @Post('stripe')
  @HttpCode(200)
  @ApiOperation({ operationId: 'webhookReceiveStripe', summary: 'Receive a Stripe event (verified by its Stripe-Signature)' })
  @ApiHeader({ name: 'Stripe-Signature', required: true, description: 't=<timestamp>,v1=<HMAC-SHA256 of "t.body">' })
  @eventBody
  @ApiOkResponse({ type: WebhookReceiptView, description: 'Recorded (or a repeat); the provider stops retrying' })
  @ApiProblems(400, 429)
  stripe(@Req() request: Request): Promise<WebhookReceiptView> {
    return this.webhooks.receive('stripe', rawBodyOf(request), headersOf(request));
  }

  @Post('paypal')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'webhookReceivePayPal',
    summary: 'Receive a PayPal event (verified with PayPal by its transmission headers)',
  })
  @ApiHeader({ name: 'PayPal-Transmission-Sig', required: true })
  @eventBody
  @ApiOkResponse({ type: WebhookReceiptView, description: 'Recorded (or a repeat); the provider stops retrying' })
  @ApiProblems(400, 429)
  paypal(@Req() request: Request): Promise<WebhookReceiptView> {
    return this.webhooks.receive('paypal', rawBodyOf(request), headersOf(request));
  }
}
