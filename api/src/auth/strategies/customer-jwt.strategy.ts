import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-jwt';
import { AppConfig } from '../../platform/config/app-config';
import { Forbidden } from '../../platform/errors/domain-error';
import type { CustomerPrincipal } from '../access/principal';
import type { AccessClaims } from '../tokens/sessions.service';
import { jwtOptions } from './jwt-options';

@Injectable()
export class CustomerJwtStrategy extends PassportStrategy(Strategy, 'customer-jwt') {
  constructor(config: AppConfig) {
    super(jwtOptions(config));
  }

  validate(claims: AccessClaims & { aud?: string }): CustomerPrincipal {
    if (claims.typ !== 'customer' || claims.aud !== 'store') {
      throw new Forbidden('wrong_token_audience', 'This route takes a customer access token.');
    }
    return { kind: 'customer', id: claims.sub, sessionId: claims.sid };
  }
}
