import { SubNav } from '../../../shared/ui/SubNav';

const ITEMS = [
  { to: '/settings/payments', label: 'Payments' },
  { to: '/settings/taxes', label: 'Taxes' },
  { to: '/settings/checkout', label: 'Cart & checkout' },
] as const;

export function SettingsNav() {
  return <SubNav items={ITEMS} label="Settings" />;
}
