import { greeting, layout, RenderedMail, StoreBrand } from './layout';

export function passwordResetMail(brand: StoreBrand, data: { firstName: string; link: string; validMinutes: number }): RenderedMail {
  return layout(brand, {
    subject: `Reset your ${brand.name} password`,
    lines: [
      greeting(data.firstName),
      `Someone asked to reset the password of your ${brand.name} account. The link works once, for ${data.validMinutes} minutes.`,
      'If it was not you, ignore this email: your password stays as it is.',
    ],
    action: { label: 'Choose a new password', url: data.link },
  });
}

export function staffInviteMail(
  brand: StoreBrand,
  data: { name: string; invitedBy: string; role: string; link: string; validDays: number },
): RenderedMail {
  return layout(brand, {
    subject: `You are invited to run ${brand.name}`,
    lines: [
      `Hello ${data.name},`,
      `${data.invitedBy} invited you to the ${brand.name} admin as ${data.role}. Accept within ${data.validDays} days to choose your password.`,
    ],
    action: { label: 'Accept the invitation', url: data.link },
  });
}

/**
 * Sent to the old address when a customer's email changes: if it was not them, this is the only place they
 * hear about it. The new address is shown half-hidden, enough to recognise, not enough to harvest.
 */
export function emailChangedMail(brand: StoreBrand, data: { firstName: string; newEmail: string; changedAt: Date }): RenderedMail {
  const when = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(data.changedAt);
  return layout(brand, {
    subject: `Your ${brand.name} email address was changed`,
    lines: [
      greeting(data.firstName),
      `The email address of your ${brand.name} account was changed to ${maskedEmail(data.newEmail)} on ${when} (UTC). From now on we write to the new address, and you sign in with it.`,
      // Not "reset your password": a reset link would now go to the new address, which may be the intruder's.
      `If you did not make this change, contact ${brand.name} right away: someone may have access to your account, and we can restore it.`,
    ],
  });
}

/** "a•••e@example.org": the first and last letters of the local part only. */
export function maskedEmail(email: string): string {
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at);
  const shown = local.length <= 2 ? `${local[0] ?? ''}•••` : `${local[0]}•••${local[local.length - 1]}`;
  return `${shown}${email.slice(at)}`;
}
