import type { DiscountCodeView } from '@tillpoint/sdk';
import { Pencil, TicketPercent, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { formatDateTime } from '../../../shared/format/dates';
import { formatMoney } from '../../../shared/format/money';
import { Badge } from '../../../shared/ui/Badge';
import { Button } from '../../../shared/ui/Button';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { DataTable, tableColumns } from '../../../shared/ui/DataTable';
import { EmptyState } from '../../../shared/ui/EmptyState';
import { toast } from '../../../shared/ui/toast';
import { CODE_STATE, describeCodeDiscount, describeUses } from '../discount-code-labels';
import { useDeleteDiscountCode, useDiscountCodes } from '../use-discount-codes';
import { DiscountCodeDialog } from './DiscountCodeDialog';

const column = tableColumns<DiscountCodeView>();

const READ_COLUMNS = column.columns([
  column.accessor('code', {
    header: 'Code',
    cell: ({ getValue }) => <span className="font-mono font-medium text-stone-900">{getValue()}</span>,
  }),
  column.accessor('state', {
    header: 'State',
    cell: ({ getValue }) => (
      <Badge tone={CODE_STATE[getValue()].tone} dot>
        {CODE_STATE[getValue()].label}
      </Badge>
    ),
  }),
  column.display({ id: 'discount', header: 'Discount', cell: ({ row }) => describeCodeDiscount(row.original) }),
  column.accessor('minimumSubtotal', {
    header: 'Minimum',
    cell: ({ getValue }) => {
      const minimum = getValue();
      return minimum ? <span className="tabular-nums">{formatMoney(minimum)}</span> : <span className="text-stone-400">None</span>;
    },
  }),
  column.display({ id: 'uses', header: 'Uses', cell: ({ row }) => <span className="tabular-nums">{describeUses(row.original)}</span> }),
  column.display({ id: 'period', header: 'When', cell: ({ row }) => <CodePeriod code={row.original} /> }),
]);

const MANAGE_COLUMNS = column.columns([
  ...READ_COLUMNS,
  column.display({
    id: 'actions',
    header: () => <span className="sr-only">Actions</span>,
    cell: ({ row }) => <CodeActions code={row.original} />,
  }),
]);

export function DiscountCodesTable({ canManage, onCreate }: { canManage: boolean; onCreate: () => void }) {
  const codes = useDiscountCodes();
  return (
    <DataTable
      label="Discount codes"
      columns={canManage ? MANAGE_COLUMNS : READ_COLUMNS}
      data={codes.items}
      isLoading={codes.isLoading}
      error={codes.error}
      pages={codes}
      empty={
        <EmptyState
          icon={TicketPercent}
          title="No discount codes yet"
          action={
            canManage && (
              <Button variant="primary" onClick={onCreate}>
                New code
              </Button>
            )
          }
        >
          A code gives shoppers who type it a percentage or an amount off, or free shipping.
        </EmptyState>
      }
    />
  );
}

function CodePeriod({ code }: { code: DiscountCodeView }) {
  if (!code.startsAt && !code.endsAt) return <span className="text-stone-500">Always</span>;
  return (
    <span className="block text-[13px] leading-tight">
      <span className="block">{code.startsAt ? <time dateTime={code.startsAt}>{formatDateTime(code.startsAt)}</time> : 'From now'}</span>
      <span className="block text-xs text-stone-500">
        {code.endsAt ? (
          <>
            until <time dateTime={code.endsAt}>{formatDateTime(code.endsAt)}</time>
          </>
        ) : (
          'no end'
        )}
      </span>
    </span>
  );
}

function CodeActions({ code }: { code: DiscountCodeView }) {
  const [open, setOpen] = useState<'edit' | 'delete' | null>(null);
  const remove = useDeleteDiscountCode();
  return (
    <div className="flex justify-end gap-1">
      <Button variant="ghost" size="icon-sm" onClick={() => setOpen('edit')} aria-label={`Edit ${code.code}`}>
        <Pencil aria-hidden />
      </Button>
      <Button variant="danger-ghost" size="icon-sm" onClick={() => setOpen('delete')} aria-label={`Delete ${code.code}`}>
        <Trash2 aria-hidden />
      </Button>
      {open === 'edit' && <DiscountCodeDialog code={code} onOpenChange={(isOpen) => !isOpen && setOpen(null)} />}
      <ConfirmDialog
        open={open === 'delete'}
        onOpenChange={(isOpen) => !isOpen && setOpen(null)}
        title={`Delete ${code.code}?`}
        description="Shoppers can no longer use it. Orders that used it keep their discount."
        confirmLabel="Delete code"
        onConfirm={async () => {
          await remove.mutateAsync(code.id);
          toast.success(`${code.code} was deleted.`);
        }}
      />
    </div>
  );
}
