import { deriveSettingsKey, SecretBox } from './secret-box';

describe('secret box', () => {
  const box = new SecretBox(deriveSettingsKey('a-signing-secret-of-at-least-32-characters'));

  it('opens what it sealed, and shows only the last four characters', () => {
    const sealed = box.seal('sk_test_51HsecretValue9Qa', 'payments.stripe.secretKey');
    expect(sealed.last4).toBe('e9Qa');
    expect(sealed.sealed).not.toContain('secretValue');
    expect(box.open(sealed, 'payments.stripe.secretKey')).toBe('sk_test_51HsecretValue9Qa');
  });

  it('seals the same secret differently each time', () => {
    expect(box.seal('same', 'f').sealed).not.toBe(box.seal('same', 'f').sealed);
  });

  it('refuses another key, another field, and any tampering', () => {
    const sealed = box.seal('whsec_abc123', 'payments.stripe.webhookSecret');
    expect(
      new SecretBox(deriveSettingsKey('another-secret-of-at-least-32-characters!')).open(sealed, 'payments.stripe.webhookSecret'),
    ).toBeNull();
    expect(box.open(sealed, 'payments.paypal.clientSecret')).toBeNull();
    const [version, iv, ciphertext, tag] = sealed.sealed.split('.');
    const flipped = Buffer.from(ciphertext, 'base64url');
    flipped[0] ^= 1;
    expect(
      box.open({ ...sealed, sealed: [version, iv, flipped.toString('base64url'), tag].join('.') }, 'payments.stripe.webhookSecret'),
    ).toBeNull();
    expect(box.open({ sealed: 'garbage', last4: 'x' }, 'payments.stripe.webhookSecret')).toBeNull();
    expect(box.open(null, 'payments.stripe.webhookSecret')).toBeNull();
  });

  it('derives a 32-byte key that is not the secret itself', () => {
    const key = deriveSettingsKey('a-signing-secret-of-at-least-32-characters');
    expect(key).toHaveLength(32);
    expect(key.toString('utf8')).not.toContain('signing');
    expect(key.equals(deriveSettingsKey('a-signing-secret-of-at-least-32-characters'))).toBe(true);
  });
});
