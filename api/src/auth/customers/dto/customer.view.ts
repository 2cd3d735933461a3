import { ApiProperty } from '@nestjs/swagger';
import type { Customer } from '../customer.entity';

export class CustomerView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'email' }) email: string;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
  @ApiProperty({ type: String, nullable: true, example: '+31 20 123 4567' }) phone: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}

export function toCustomerView(customer: Customer): CustomerView {
  return {
    id: customer.id,
    email: customer.email,
    firstName: customer.firstName,
    lastName: customer.lastName,
    phone: customer.phone,
    createdAt: customer.createdAt.toISOString(),
  };
}
