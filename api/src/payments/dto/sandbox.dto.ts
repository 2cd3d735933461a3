import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { MoneyView } from '../../platform/money/money.view';

/** A sandbox payment as its approval page shows it. */
export class SandboxPaymentView {
  @ApiProperty({ example: 'sbx_pay_4f1c...' }) reference: string;
  @ApiProperty({ enum: ['requires_action', 'authorized', 'captured', 'pending', 'failed', 'canceled'] }) state: string;
  @ApiProperty({ type: () => MoneyView }) amount: MoneyView;
  @ApiProperty({ description: 'Where to send the shopper next: the return URL once approved, the cancel URL once declined' })
  nextUrl: string;
}

export class ConfirmSandboxSetupDto {
  @ApiProperty({ description: 'The client secret that POST /store/me/payment-methods/setup answered' })
  @IsString()
  @MaxLength(200)
  clientSecret: string;

  @ApiProperty({ example: 'tok_sandbox_visa', description: 'tok_sandbox_visa, tok_sandbox_mastercard or tok_sandbox_declining_card' })
  @Matches(/^tok_sandbox_[a-z_]+$/, { message: 'must be a sandbox test card token such as tok_sandbox_visa' })
  token: string;
}

export class SandboxSetupView {
  @ApiProperty() setupReference: string;
  @ApiProperty({ example: 'sbx_pm_9b2e...', description: 'Save it with POST /store/me/payment-methods' }) providerMethodId: string;
}
