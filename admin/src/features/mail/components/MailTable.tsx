import type { MailSummaryView } from '@tillpoint/sdk';
import { Inbox } from 'lucide-react';
import { useMemo } from 'react';
import { Badge } from '../../../shared/ui/Badge';
import { DataTable, tableColumns } from '../../../shared/ui/DataTable';
import { EmptyState } from '../../../shared/ui/EmptyState';
import { RelativeTime } from '../../../shared/ui/RelativeTime';
import { MAIL_STATUS } from '../mail-status';
import { useMailList, type MailFilter } from '../use-mail';

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
      cell: ({ row }) => <MailStatusCell mail={row.original} />,
    }),
    column.accessor('attempts', {
      header: 'Attempts',
      cell: ({ getValue }) => <span className="tabular-nums">{getValue()}</span>,
    }),
    column.accessor('createdAt', {
      header: 'Created',
      cell: ({ getValue }) => <RelativeTime at={getValue()} />,
    }),
  ]);
}

/** A failed email the queue will try again says when: staff need not act on it yet. */
function MailStatusCell({ mail }: { mail: MailSummaryView }) {
  return (
    <span className="flex flex-col items-start gap-0.5">
      <Badge tone={MAIL_STATUS[mail.status].tone} dot>
        {MAIL_STATUS[mail.status].label}
      </Badge>
      {mail.status === 'failed' && mail.nextAttemptAt && (
        <span className="text-xs text-stone-500">
          next try <RelativeTime at={mail.nextAttemptAt} />
        </span>
      )}
    </span>
  );
}

export function MailTable({ filter, onOpen }: { filter: MailFilter; onOpen: (id: string) => void }) {
  const mail = useMailList(filter);
  const { to, status } = filter;
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
        <EmptyState icon={Inbox} title={emptyTitle(filter)}>
          {to
            ? 'Check the address: the filter matches the whole address, not part of it.'
            : status
              ? 'Try another status.'
              : 'Invitations, password resets and order emails appear here once the store sends them.'}
        </EmptyState>
      }
    />
  );
}

function emptyTitle({ to, status }: MailFilter): string {
  const what = status ? `No ${MAIL_STATUS[status].label.toLowerCase()} mail` : 'No mail';
  return to ? `${what} to ${to}` : status ? what : 'No mail yet';
}
