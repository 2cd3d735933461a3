import { SubNav } from '../../../shared/ui/SubNav';

const ITEMS = [
  { to: '/shipping', label: 'Zones & methods' },
  { to: '/shipping/calendar', label: 'Calendar' },
] as const;

export function ShippingNav() {
  return <SubNav items={ITEMS} label="Shipping" />;
}
