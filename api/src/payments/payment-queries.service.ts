import { Injectable } from '@nestjs/common';
import { PaymentView, toPaymentView } from './dto/payment.view';
import { PaymentRepository } from './payment.repository';
import { PaymentRecords } from './payment-records.service';
import { reconcile } from './payment-state';

/** Reads of payments for staff. */
@Injectable()
export class PaymentQueries {
  constructor(
    private readonly records: PaymentRecords,
    private readonly payments: PaymentRepository,
  ) {}

  async get(paymentId: string): Promise<PaymentView> {
    const payment = await this.records.get(paymentId);
    const refunds = await this.payments.refunds(null, paymentId);
    return toPaymentView(payment, refunds, reconcile(payment, refunds));
  }
}
