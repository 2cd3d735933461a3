import { createSecretKey } from 'node:crypto';
import { ExtractJwt, StrategyOptionsWithoutRequest } from 'passport-jwt';
import { AppConfig } from '../../platform/config/app-config';
import { TOKEN_ISSUER } from '../tokens/sessions.service';

/**
 * Both JWT strategies verify the same way: our issuer, HS256 only (so `alg: none` and key-confusion
 * tokens fail), expiry enforced. The audience is checked in `validate`, to answer 403 rather than 401
 * when a valid token of the other surface is used.
 */
export function jwtOptions(config: AppConfig): StrategyOptionsWithoutRequest {
  return {
    jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
    // A KeyObject, made once: given a string, jsonwebtoken rebuilds the key on every verify (~350 µs, 45x slower).
    secretOrKey: createSecretKey(Buffer.from(config.auth.jwtSecret)) as unknown as string,
    algorithms: ['HS256'],
    issuer: TOKEN_ISSUER,
    ignoreExpiration: false,
  };
}
