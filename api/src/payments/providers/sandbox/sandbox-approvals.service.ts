import { Injectable } from '@nestjs/common';
import { money } from '../../../platform/money/money';
import { SandboxPaymentView } from '../../dto/sandbox.dto';
import { SandboxCardVault } from './sandbox-card-vault';
import { SandboxPaymentData, SandboxProvider } from './sandbox.provider';

/** The shopper's side of the sandbox: its approval page (like 3-D Secure or PayPal's) and its card form. */
@Injectable()
export class SandboxApprovals {
  constructor(
    private readonly sandbox: SandboxProvider,
    private readonly vault: SandboxCardVault,
  ) {}

  async get(reference: string): Promise<SandboxPaymentView> {
    const payment = await this.sandbox.find(reference);
    return toView(payment.id, payment.data);
  }

  async approve(reference: string): Promise<SandboxPaymentView> {
    const payment = await this.sandbox.approve(reference);
    return toView(payment.reference, payment);
  }

  async decline(reference: string): Promise<SandboxPaymentView> {
    const payment = await this.sandbox.decline(reference);
    return toView(payment.reference, payment);
  }

  confirmSetup(clientSecret: string, token: string) {
    return this.vault.confirmSetup(clientSecret, token);
  }
}

function toView(reference: string, data: SandboxPaymentData): SandboxPaymentView {
  return {
    reference,
    state: data.state,
    amount: money(data.amount, data.currency),
    nextUrl: data.state === 'canceled' || data.state === 'failed' ? data.cancelUrl : data.returnUrl,
  };
}
