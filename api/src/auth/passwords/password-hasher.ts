import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';
import { AppConfig } from '../../platform/config/app-config';

/**
 * argon2id with OWASP's parameters (19 MiB, 2 passes, 1 lane) by default. Unknown accounts are
 * checked against a dummy hash, so a wrong email costs as long as a wrong password.
 */
@Injectable()
export class PasswordHasher {
  private dummy: Promise<string> | null = null;

  constructor(private readonly config: AppConfig) {}

  hash(password: string): Promise<string> {
    return argon2.hash(password, {
      type: argon2.argon2id,
      memoryCost: this.config.auth.argon2MemoryKib,
      timeCost: 2,
      parallelism: 1,
    });
  }

  async verify(hash: string | null | undefined, password: string): Promise<boolean> {
    const target = hash ?? (await (this.dummy ??= this.hash('not-a-real-password-0000')));
    try {
      const ok = await argon2.verify(target, password);
      return ok && Boolean(hash);
    } catch {
      return false;
    }
  }
}
