import { X } from 'lucide-react';
import { useState } from 'react';
import { useStoreCurrency } from '../../../app/use-store-info';
import { Button } from '../../../shared/ui/Button';
import { Input } from '../../../shared/ui/Input';
import { MoneyInput } from '../../../shared/ui/MoneyInput';
import { SearchInput } from '../../../shared/ui/SearchInput';
import { Select } from '../../../shared/ui/Select';
import {
  FULFILMENT_STATUS,
  FULFILMENT_STATUSES,
  isFulfilmentStatus,
  isOrderStatus,
  isPaymentStatus,
  ORDER_STATUS,
  ORDER_STATUSES,
  PAYMENT_STATUS,
  PAYMENT_STATUSES,
} from '../order-labels';
import { isFiltered, type OrderSearch } from '../order-search';

// Radix Select has no empty item, so "all" stands for no filter.
const ALL = 'all';
const STATUS_OPTIONS = [{ value: ALL, label: 'All statuses' }, ...ORDER_STATUSES.map((s) => ({ value: s, label: ORDER_STATUS[s].label }))];
const PAYMENT_OPTIONS = [
  { value: ALL, label: 'All payments' },
  ...PAYMENT_STATUSES.map((s) => ({ value: s, label: PAYMENT_STATUS[s].label })),
];
const FULFILMENT_OPTIONS = [
  { value: ALL, label: 'All fulfilment' },
  ...FULFILMENT_STATUSES.map((s) => ({ value: s, label: FULFILMENT_STATUS[s].label })),
];

interface OrderFiltersProps {
  search: OrderSearch;
  onChange: (search: OrderSearch) => void;
}

export function OrderFilters({ search, onChange }: OrderFiltersProps) {
  const set = (patch: Partial<OrderSearch>) => onChange({ ...search, ...patch });
  return (
    <div className="mb-3 space-y-2">
      <div className="flex flex-col gap-2 lg:flex-row lg:items-center">
        <SearchInput
          label="Search orders"
          placeholder="Order number, email or name"
          value={search.q ?? ''}
          onChange={(q) => set({ q: q || undefined })}
        />
        <div className="grid grid-cols-2 gap-2 sm:flex sm:flex-wrap lg:ml-auto">
          <Select
            aria-label="Status"
            className="w-full sm:w-36"
            value={search.status ?? ALL}
            options={STATUS_OPTIONS}
            onValueChange={(value) => set({ status: isOrderStatus(value) ? value : undefined })}
          />
          <Select
            aria-label="Payment status"
            className="w-full sm:w-44"
            value={search.paymentStatus ?? ALL}
            options={PAYMENT_OPTIONS}
            onValueChange={(value) => set({ paymentStatus: isPaymentStatus(value) ? value : undefined })}
          />
          <Select
            aria-label="Fulfilment status"
            className="col-span-2 w-full sm:w-44"
            value={search.fulfilmentStatus ?? ALL}
            options={FULFILMENT_OPTIONS}
            onValueChange={(value) => set({ fulfilmentStatus: isFulfilmentStatus(value) ? value : undefined })}
          />
        </div>
      </div>
      <div className="grid grid-cols-2 gap-2 sm:flex sm:flex-wrap sm:items-center">
        <RangeLabel>Placed</RangeLabel>
        <Input
          type="date"
          aria-label="Placed from"
          className="sm:w-40"
          value={search.placedFrom ?? ''}
          max={search.placedTo}
          onChange={(event) => set({ placedFrom: event.target.value || undefined })}
        />
        <Input
          type="date"
          aria-label="Placed to"
          className="sm:w-40"
          value={search.placedTo ?? ''}
          min={search.placedFrom}
          onChange={(event) => set({ placedTo: event.target.value || undefined })}
        />
        <RangeLabel className="sm:ml-3">Total</RangeLabel>
        <TotalInput label="Total from" placeholder="Min" value={search.totalMin} onChange={(totalMin) => set({ totalMin })} />
        <TotalInput label="Total to" placeholder="Max" value={search.totalMax} onChange={(totalMax) => set({ totalMax })} />
        {isFiltered(search) && (
          <Button variant="ghost" size="sm" className="col-span-2 justify-self-start sm:ml-auto" onClick={() => onChange({})}>
            <X aria-hidden className="size-4" /> Clear filters
          </Button>
        )}
      </div>
    </div>
  );
}

function RangeLabel({ children, className }: { children: string; className?: string }) {
  return <span className={`col-span-2 text-xs font-medium text-stone-500 sm:col-span-1 ${className ?? ''}`}>{children}</span>;
}

/** An amount that filters once it is left or Enter is pressed, not at every keystroke. */
function TotalInput({
  label,
  placeholder,
  value,
  onChange,
}: {
  label: string;
  placeholder: string;
  value: number | undefined;
  onChange: (amountMinor: number | undefined) => void;
}) {
  const currency = useStoreCurrency();
  const [draft, setDraft] = useState<number | null>(value ?? null);
  const [reported, setReported] = useState(value);
  // The address changed on its own (Back, "Clear filters"): show its amount.
  if (value !== reported) {
    setReported(value);
    setDraft(value ?? null);
  }
  const commit = () => {
    if (draft !== null && Number.isNaN(draft)) return;
    const next = draft ?? undefined;
    if (next !== value) onChange(next);
  };
  return (
    <div onBlur={commit} onKeyDown={(event) => event.key === 'Enter' && commit()}>
      <MoneyInput
        aria-label={label}
        placeholder={placeholder}
        className="w-full sm:w-32"
        currency={currency}
        value={draft}
        onChange={setDraft}
      />
    </div>
  );
}
