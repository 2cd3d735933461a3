import type { AdminVariantView, CreateVariantDto, OptionView } from '@tillpoint/sdk';
import { Boxes, Pencil, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { formatCalendarDate } from '../../../shared/format/dates';
import { formatMoney } from '../../../shared/format/money';
import { Badge } from '../../../shared/ui/Badge';
import { Button } from '../../../shared/ui/Button';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { EmptyState } from '../../../shared/ui/EmptyState';
import { FormSection } from '../../../shared/ui/FormSection';
import { VariantDialog } from './VariantDialog';

interface VariantsSectionProps {
  variants: readonly AdminVariantView[];
  options: readonly OptionView[];
  canManage: boolean;
  /** Adds (no id) or changes a variant; a rejection is shown in the variant's dialog. */
  onSave: (variantId: string | undefined, body: CreateVariantDto) => Promise<unknown>;
  onDelete: (variant: AdminVariantView) => Promise<unknown>;
  /** Said under the heading: saved at once, or with the new product. */
  description: string;
  error?: string;
}

type Editing = { variant?: AdminVariantView } | null;

export function VariantsSection({ variants, options, canManage, onSave, onDelete, description, error }: VariantsSectionProps) {
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<AdminVariantView | null>(null);

  return (
    <FormSection
      title="Variants"
      description={description}
      flush
      actions={
        canManage && (
          <Button size="sm" onClick={() => setEditing({})}>
            <Plus aria-hidden /> Add variant
          </Button>
        )
      }
    >
      {error && <p className="px-5 pt-3 text-xs font-medium text-red-700">{error}</p>}
      {variants.length === 0 ? (
        <EmptyState icon={Boxes} title="No variants yet">
          Add at least one: its SKU and its price
          {options.length > 0 ? `, for each combination of ${options.map((o) => o.name.toLowerCase()).join(' and ')}` : ''}.
        </EmptyState>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left" aria-label="Variants">
            <thead className="border-b border-stone-200 bg-stone-50/80 text-xs text-stone-500">
              <tr>
                {['Variant', 'SKU', 'Price', 'Weight', 'Stock', ''].map((heading, index) => (
                  <th
                    key={index}
                    scope="col"
                    className={`px-3 py-2 font-medium whitespace-nowrap first:pl-5 last:pr-5 ${index === 2 || index === 3 ? 'text-right' : ''}`}
                  >
                    {heading || <span className="sr-only">Actions</span>}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {variants.map((variant) => (
                <VariantRow
                  key={variant.id}
                  variant={variant}
                  canManage={canManage}
                  onEdit={() => setEditing({ variant })}
                  onDelete={() => setDeleting(variant)}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing && (
        <VariantDialog
          variant={editing.variant}
          options={options}
          onOpenChange={(open) => !open && setEditing(null)}
          onSave={(body) => onSave(editing.variant?.id, body)}
        />
      )}
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title={`Delete ${deleting?.title ?? 'variant'}?`}
        description="It disappears from the shop. A variant that has been sold or has stock history cannot be deleted: archive the product or stop tracking it instead."
        confirmLabel="Delete variant"
        onConfirm={() => (deleting ? onDelete(deleting) : Promise.resolve())}
      />
    </FormSection>
  );
}

function VariantRow({
  variant,
  canManage,
  onEdit,
  onDelete,
}: {
  variant: AdminVariantView;
  canManage: boolean;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const [base] = variant.prices;
  const current = variant.currentPrices.find((price) => price.currency === base?.currency);
  const onSale = base && current && current.amount < base.amount;
  return (
    <tr className="align-middle hover:bg-stone-50/60">
      <td className="px-3 py-2.5 pl-5 font-medium whitespace-nowrap text-stone-900">{variant.title}</td>
      <td className="px-3 py-2.5 font-mono text-xs whitespace-nowrap text-stone-600">{variant.sku}</td>
      <td className="px-3 py-2.5 text-right whitespace-nowrap tabular-nums">
        {base ? formatMoney(base) : <span className="text-red-700">No price</span>}
        {base?.compareAtAmount && (
          <span className="block text-xs text-stone-500">
            was <s>{formatMoney({ amount: base.compareAtAmount, currency: base.currency })}</s>
          </span>
        )}
        {onSale && <span className="block text-xs text-emerald-700">{formatMoney(current)} on sale</span>}
        {variant.prices.length > 1 && <span className="block text-xs text-stone-500">+{variant.prices.length - 1} currencies</span>}
      </td>
      <td className="px-3 py-2.5 text-right whitespace-nowrap text-stone-600 tabular-nums">
        {variant.weightGrams !== null ? `${variant.weightGrams} g` : '—'}
      </td>
      <td className="px-3 py-2.5 whitespace-nowrap">
        <span className="flex flex-wrap gap-1">
          {variant.trackInventory ? (
            <Badge>Tracked · low at {variant.lowStockThreshold}</Badge>
          ) : (
            <Badge tone="info">Always available</Badge>
          )}
          {variant.allowBackorder && (
            <Badge tone="warning">
              Backorder{variant.backorderExpectedAt ? ` · ${formatCalendarDate(variant.backorderExpectedAt)}` : ''}
            </Badge>
          )}
        </span>
      </td>
      <td className="px-3 py-2 pr-5 text-right whitespace-nowrap">
        {canManage && (
          <span className="inline-flex gap-1">
            <Button variant="ghost" size="icon-sm" onClick={onEdit} aria-label={`Edit ${variant.title}`}>
              <Pencil aria-hidden />
            </Button>
            <Button variant="danger-ghost" size="icon-sm" onClick={onDelete} aria-label={`Delete ${variant.title}`}>
              <Trash2 aria-hidden />
            </Button>
          </span>
        )}
      </td>
    </tr>
  );
}
