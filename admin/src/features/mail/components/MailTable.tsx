import type { MailSummaryView } from '@tillpoint/sdk';
import { Inbox } from 'lucide-react';
import { useMemo } from 'react';
import { Badge } from '../../../shared/ui/Badge';
import { DataTable, tableColumns } from '../../../shared/ui/DataTable';
import { EmptyState } from '../../../shared/ui/EmptyState';
import { RelativeTime } from '../../../shared/ui/RelativeTime';
import { MAIL_STATUS } from '../mail-status';
import { useMailList } from '../use-mail';

const column = tableColumns<MailSummaryView>();

function columnsFor(onOpen: (id: string) => void) {
  return column.columns([
    column.accessor('to', { header: 'To' }),
    column.accessor('subject', {
      header: 'Subject',
      cell: ({ row }) => (
        <button
          type="button"
          onClick={() => onOpen(row.original.id)}
          className="max-w-sm truncate text-left font-medium text-brand-700 hover:text-brand-800 hover:underline"
        >
          {row.original.subject}
        </button>
      ),
    }),
    column.accessor('template', {
      header: 'Template',
      cell: ({ getValue }) => <code className="font-mono text-xs text-stone-600">{getValue()}</code>,
    }),
    column.accessor('status', {
      header: 'Status',
      cell: ({ getValue }) => (
        <Badge tone={MAIL_STATUS[getValue()].tone} dot>
          {MAIL_STATUS[getValue()].label}
        </Badge>
      ),
    }),
    column.accessor('createdAt', {
      header: 'Created',
      cell: ({ getValue }) => <RelativeTime at={getValue()} />,
    }),
  ]);
}

export function MailTable({ to, onOpen }: { to: string | undefined; onOpen: (id: string) => void }) {
  const mail = useMailList(to);
  // The page passes a stable onOpen (from the router), so this runs once.
  const columns = useMemo(() => columnsFor(onOpen), [onOpen]);
  return (
    <DataTable
      label="Mail"
      columns={columns}
      data={mail.items}
      isLoading={mail.isLoading}
      error={mail.error}
      pages={mail}
      empty={
        <EmptyState icon={Inbox} title={to ? `No mail to ${to}` : 'No mail yet'}>
          {to
            ? 'Check the address: the filter matches the whole address, not part of it.'
            : 'Invitations, password resets and order emails appear here once the store sends them.'}
        </EmptyState>
      }
    />
  );
}
