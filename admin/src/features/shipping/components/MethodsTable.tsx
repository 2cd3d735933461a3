import type { ShippingMethodView, ShippingZoneView } from '@tillpoint/sdk';
import { Pencil, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { formatMoney } from '../../../shared/format/money';
import { Badge } from '../../../shared/ui/Badge';
import { Button } from '../../../shared/ui/Button';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { toast } from '../../../shared/ui/toast';
import { describeCutoff, describeRate, describeTransit, METHOD_KIND } from '../shipping-labels';
import { useDeleteMethod } from '../use-shipping';
import { MethodDialog } from './MethodDialog';

const HEADINGS = ['Method', 'Price', 'Delivery'];

export function MethodsTable({ zone, methods, canManage }: { zone: ShippingZoneView; methods: ShippingMethodView[]; canManage: boolean }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left" aria-label={`Methods in ${zone.name}`}>
        <thead className="border-b border-stone-200 bg-stone-50/80 text-xs text-stone-500">
          <tr>
            {HEADINGS.map((heading) => (
              <th key={heading} scope="col" className="px-3 py-2 font-medium whitespace-nowrap first:pl-5">
                {heading}
              </th>
            ))}
            {canManage && (
              <th scope="col" className="pr-5">
                <span className="sr-only">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {[...methods]
            .sort((a, b) => a.position - b.position || a.name.localeCompare(b.name))
            .map((method) => (
              <MethodRow key={method.id} zone={zone} method={method} canManage={canManage} />
            ))}
        </tbody>
      </table>
    </div>
  );
}

function MethodRow({ zone, method, canManage }: { zone: ShippingZoneView; method: ShippingMethodView; canManage: boolean }) {
  const [open, setOpen] = useState<'edit' | 'delete' | null>(null);
  const remove = useDeleteMethod();
  return (
    <tr className="hover:bg-stone-50/60">
      <td className="min-w-40 px-3 py-2.5 pl-5">
        <span className="block font-medium text-stone-900">{method.name}</span>
        <span className="mt-0.5 flex gap-1">
          <Badge tone={METHOD_KIND[method.kind].tone}>{METHOD_KIND[method.kind].label}</Badge>
          {!method.active && <Badge tone="warning">Inactive</Badge>}
        </span>
      </td>
      <td className="px-3 py-2.5 whitespace-nowrap tabular-nums">
        <span className="block">{describeRate(method)}</span>
        {method.rateType === 'weight' && (
          <span className="block text-xs text-stone-500">
            by weight, {method.weightRates.length} bracket{method.weightRates.length === 1 ? '' : 's'}
          </span>
        )}
        {method.freeOverAmount && <span className="block text-xs text-stone-500">free from {formatMoney(method.freeOverAmount)}</span>}
      </td>
      <td className="min-w-44 px-3 py-2.5">
        <span className="block">{describeTransit(method)}</span>
        <span className="block text-xs text-stone-500">{describeCutoff(method)}</span>
      </td>
      {canManage && (
        <td className="px-3 py-2 pr-5 text-right whitespace-nowrap">
          <span className="inline-flex gap-1">
            <Button variant="ghost" size="icon-sm" onClick={() => setOpen('edit')} aria-label={`Edit ${method.name}`}>
              <Pencil aria-hidden />
            </Button>
            <Button variant="danger-ghost" size="icon-sm" onClick={() => setOpen('delete')} aria-label={`Delete ${method.name}`}>
              <Trash2 aria-hidden />
            </Button>
          </span>
          {open === 'edit' && <MethodDialog zone={zone} method={method} onOpenChange={(isOpen) => !isOpen && setOpen(null)} />}
          <ConfirmDialog
            open={open === 'delete'}
            onOpenChange={(isOpen) => !isOpen && setOpen(null)}
            title={`Delete “${method.name}”?`}
            description="Shoppers in this zone are no longer offered it. Orders that used it keep their shipping."
            confirmLabel="Delete method"
            onConfirm={async () => {
              await remove.mutateAsync(method.id);
              toast.success(`“${method.name}” was deleted.`);
            }}
          />
        </td>
      )}
    </tr>
  );
}
