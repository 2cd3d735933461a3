import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-local';
import { CustomerSignIn } from '../customers/customer-sign-in.service';
import type { Customer } from '../customers/customer.entity';
import { StaffSignIn } from '../staff/staff-sign-in.service';
import type { StaffUser } from '../staff/staff-user.entity';

const fields = { usernameField: 'email', passwordField: 'password', passReqToCallback: true } as const;

/** Email and password of a customer; throttled per account and per address. */
@Injectable()
export class CustomerLocalStrategy extends PassportStrategy(Strategy, 'customer-local') {
  constructor(private readonly signIn: CustomerSignIn) {
    super(fields);
  }

  validate(request: Request, email: string, password: string): Promise<Customer> {
    return this.signIn.verifyCredentials(email, password, request.ip ?? 'unknown');
  }
}

/** Email and password of a staff member. */
@Injectable()
export class StaffLocalStrategy extends PassportStrategy(Strategy, 'staff-local') {
  constructor(private readonly signIn: StaffSignIn) {
    super(fields);
  }

  validate(request: Request, email: string, password: string): Promise<StaffUser> {
    return this.signIn.verifyCredentials(email, password, request.ip ?? 'unknown');
  }
}
