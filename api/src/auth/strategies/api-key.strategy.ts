import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-http-bearer';
import type { ApiKeyPrincipal } from '../access/principal';
import { ApiKeyAuthenticator } from '../api-keys/api-key-authenticator.service';

/** `Authorization: Bearer tp_sk_...`: an integrator's secret key, limited to its scopes. */
@Injectable()
export class ApiKeyStrategy extends PassportStrategy(Strategy, 'api-key') {
  constructor(private readonly keys: ApiKeyAuthenticator) {
    super();
  }

  async validate(secret: string): Promise<ApiKeyPrincipal | false> {
    return (await this.keys.authenticate(secret)) ?? false;
  }
}
