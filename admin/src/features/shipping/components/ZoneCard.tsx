import type { ShippingMethodView, ShippingZoneView } from '@tillpoint/sdk';
import { Ellipsis, Pencil, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { countryName } from '../../../shared/format/countries';
import { Badge } from '../../../shared/ui/Badge';
import { Button } from '../../../shared/ui/Button';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { FormSection } from '../../../shared/ui/FormSection';
import { Menu, MenuContent, MenuItem, MenuTrigger } from '../../../shared/ui/Menu';
import { toast } from '../../../shared/ui/toast';
import { useDeleteZone } from '../use-shipping';
import { MethodDialog } from './MethodDialog';
import { MethodsTable } from './MethodsTable';
import { ZoneDialog } from './ZoneDialog';

const SHOWN_COUNTRIES = 6;

/** A zone with where it applies, and its methods below. */
export function ZoneCard({ zone, methods, canManage }: { zone: ShippingZoneView; methods: ShippingMethodView[]; canManage: boolean }) {
  const [open, setOpen] = useState<'zone' | 'method' | 'delete' | null>(null);
  const remove = useDeleteZone();
  const close = (isOpen: boolean) => !isOpen && setOpen(null);
  const names = zone.countries.map(countryName);
  const narrowed = [
    zone.regions.length && `${zone.regions.length} region${zone.regions.length === 1 ? '' : 's'}`,
    zone.postcodePatterns.length && `${zone.postcodePatterns.length} postcode pattern${zone.postcodePatterns.length === 1 ? '' : 's'}`,
  ].filter(Boolean);

  return (
    <FormSection
      title={zone.name}
      description={
        <>
          <span title={names.join(', ')}>
            {names.slice(0, SHOWN_COUNTRIES).join(', ')}
            {names.length > SHOWN_COUNTRIES && ` and ${names.length - SHOWN_COUNTRIES} more`}
          </span>
          {narrowed.length > 0 && <span> · only {narrowed.join(' and ')}</span>}
        </>
      }
      flush
      actions={
        canManage && (
          <>
            <Button size="sm" onClick={() => setOpen('method')}>
              <Plus aria-hidden /> Add method
            </Button>
            <Menu>
              <MenuTrigger asChild>
                <Button variant="ghost" size="icon-sm" aria-label={`Actions for the zone ${zone.name}`}>
                  <Ellipsis aria-hidden />
                </Button>
              </MenuTrigger>
              <MenuContent>
                <MenuItem icon={Pencil} onSelect={() => setOpen('zone')}>
                  Edit zone…
                </MenuItem>
                <MenuItem icon={Trash2} tone="danger" onSelect={() => setOpen('delete')}>
                  Delete zone…
                </MenuItem>
              </MenuContent>
            </Menu>
          </>
        )
      }
    >
      {methods.length === 0 ? (
        <p className="px-5 py-4 text-stone-500">
          No methods yet: shoppers here are offered no delivery. <Badge tone="warning">Not shipping</Badge>
        </p>
      ) : (
        <MethodsTable zone={zone} methods={methods} canManage={canManage} />
      )}
      {open === 'zone' && <ZoneDialog zone={zone} onOpenChange={close} />}
      {open === 'method' && <MethodDialog zone={zone} onOpenChange={close} />}
      <ConfirmDialog
        open={open === 'delete'}
        onOpenChange={close}
        title={`Delete the zone “${zone.name}”?`}
        description={`Its ${methods.length} method${methods.length === 1 ? '' : 's'} go with it, and shoppers there are offered no delivery unless another zone covers them.`}
        confirmLabel="Delete zone"
        onConfirm={async () => {
          await remove.mutateAsync(zone.id);
          toast.success(`“${zone.name}” was deleted.`);
        }}
      />
    </FormSection>
  );
}
