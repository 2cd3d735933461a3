import { Injectable } from '@nestjs/common';
import { Db, isUniqueViolation } from '../../platform/database/db.service';
import { Conflict } from '../../platform/errors/domain-error';
import { PasswordHasher } from '../passwords/password-hasher';
import { Sessions } from '../tokens/sessions.service';
import { TokenPairView } from '../tokens/token-pair.view';
import { Customer } from './customer.entity';
import { RegisterCustomerDto } from './dto/customer-auth.dto';

/** Opens a customer account and signs the new customer in, in one transaction. */
@Injectable()
export class CustomerRegistration {
  constructor(
    private readonly db: Db,
    private readonly hasher: PasswordHasher,
    private readonly sessions: Sessions,
  ) {}

  async register(input: RegisterCustomerDto): Promise<TokenPairView> {
    const passwordHash = await this.hasher.hash(input.password);
    try {
      return await this.db.transaction(async (tx) => {
        const customer = await tx.save(
          tx.create(Customer, {
            email: input.email,
            passwordHash,
            firstName: input.firstName?.trim() ?? '',
            lastName: input.lastName?.trim() ?? '',
          }),
        );
        return this.sessions.start('customer', customer.id, tx);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'customers_email_key')) {
        throw new Conflict('email_taken', 'An account with this email already exists; sign in or reset the password.');
      }
      throw error;
    }
  }
}
