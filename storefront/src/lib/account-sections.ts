import type { IconName } from '../components/Icon.astro';

export type AccountSectionId = 'orders' | 'profile' | 'email' | 'password' | 'addresses' | 'preferences' | 'cards' | 'privacy';

export interface AccountSection {
  id: AccountSectionId;
  href: string;
  label: string;
  /** One line under the label on the account page's cards. */
  description: string;
  icon: IconName;
}

/** Every part of the account, in the order the account page and the side navigation show them. */
export const ACCOUNT_SECTIONS: readonly AccountSection[] = [
  { id: 'orders', href: '/account/orders', label: 'Orders', description: 'Track, review and reorder', icon: 'bag' },
  { id: 'profile', href: '/account/profile', label: 'Profile', description: 'Your name and phone number', icon: 'user' },
  { id: 'addresses', href: '/account/addresses', label: 'Addresses', description: 'Where we ship and bill', icon: 'pin' },
  { id: 'cards', href: '/account/payment-methods', label: 'Saved cards', description: 'Pay faster at checkout', icon: 'card' },
  { id: 'preferences', href: '/account/preferences', label: 'Preferences', description: 'Emails, favourites, delivery', icon: 'heart' },
  { id: 'email', href: '/account/email', label: 'Email address', description: 'The address you sign in with', icon: 'mail' },
  { id: 'password', href: '/account/password', label: 'Password', description: 'Keep your account secure', icon: 'lock' },
  { id: 'privacy', href: '/account/delete', label: 'Your data', description: 'Download it, or delete your account', icon: 'shield' },
];

/**
 * Confirmations the account pages redirect to after a change (`?notice=...`); only these fixed texts are
 * ever shown, so a crafted link cannot put words on the page.
 */
export const ACCOUNT_NOTICES: Readonly<Record<string, string>> = {
  'profile-saved': 'Your profile was saved.',
  'email-changed': 'Your email address was changed. Sign in with the new one from now on.',
  'password-changed': 'Your password was changed. Other devices were signed out.',
  'address-added': 'The address was added.',
  'address-saved': 'The address was saved.',
  'address-removed': 'The address was removed.',
  'default-shipping': 'That address is now your default for shipping.',
  'default-billing': 'That address is now your default for billing.',
  'preferences-saved': 'Your preferences were saved.',
  'card-saved': 'The card was saved. You can pay with it at checkout.',
  'card-removed': 'The card was removed.',
  'card-default': 'That card is now your default.',
};

/** The notice named in the URL, for a GET only (a form that came back with errors shows those instead). */
export function accountNotice(url: URL, method: string): string | null {
  if (method !== 'GET') return null;
  return ACCOUNT_NOTICES[url.searchParams.get('notice') ?? ''] ?? null;
}
