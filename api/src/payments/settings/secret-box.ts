import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const SALT = 'tillpoint settings';
const INFO = 'tillpoint settings encryption v1';

/** A secret as stored: AES-256-GCM ciphertext, and the last characters staff may see to recognise it. */
export interface SealedSecret {
  sealed: string;
  last4: string;
}

/** The settings key: HKDF-SHA256 of the configured secret, so the signing secret itself never encrypts anything. */
export function deriveSettingsKey(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, SALT, INFO, 32));
}

/**
 * Encrypts settings secrets at rest with AES-256-GCM. Each value is bound to the field it belongs to (as
 * additional authenticated data), so a ciphertext copied into another field does not open.
 */
export class SecretBox {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('the settings key must be 32 bytes');
  }

  seal(plaintext: string, field: string): SealedSecret {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(field, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const tag = cipher.getAuthTag();
    return {
      sealed: [VERSION, iv, ciphertext, tag].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.'),
      last4: plaintext.slice(-4),
    };
  }

  /** The plaintext, or null when the value was sealed with another key or for another field, or was tampered with. */
  open(sealed: SealedSecret | null | undefined, field: string): string | null {
    if (!sealed) return null;
    const [version, iv, ciphertext, tag] = sealed.sealed.split('.');
    if (version !== VERSION || !iv || ciphertext === undefined || !tag) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(field, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      return null;
    }
  }
}
