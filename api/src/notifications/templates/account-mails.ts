import { layout, RenderedMail, StoreBrand } from './layout';

export function passwordResetMail(brand: StoreBrand, data: { firstName: string; link: string; validMinutes: number }): RenderedMail {
  return layout(brand, {
    subject: `Reset your ${brand.name} password`,
    lines: [
      `Hello${data.firstName ? ` ${data.firstName}` : ''},`,
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
