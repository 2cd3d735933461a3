import { SubNav } from '../../../shared/ui/SubNav';

const ITEMS = [
  { to: '/inventory', label: 'Stock levels' },
  { to: '/inventory/movements', label: 'Movements' },
  { to: '/inventory/locations', label: 'Locations' },
] as const;

export function InventoryNav() {
  return <SubNav items={ITEMS} label="Inventory" />;
}
