import type { MailStatus } from '@tillpoint/sdk';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useState } from 'react';
import { PageHeader } from '../../shared/ui/PageHeader';
import { Select } from '../../shared/ui/Select';
import { MailDetailPanel } from './components/MailDetailPanel';
import { MailTable } from './components/MailTable';
import { RecipientFilter } from './components/RecipientFilter';
import { MAIL_STATUS } from './mail-status';

// Radix Select has no empty item, so "all" stands for no filter.
const ALL = 'all';
const STATUS_OPTIONS = [
  { value: ALL, label: 'All statuses' },
  ...(Object.keys(MAIL_STATUS) as MailStatus[]).map((status) => ({ value: status, label: MAIL_STATUS[status].label })),
];
const isMailStatus = (value: string): value is MailStatus => Object.hasOwn(MAIL_STATUS, value);

export function MailPage() {
  const { to, id } = useSearch({ from: '/_app/mail' });
  // Failed mail is a look at this moment, not a place to come back to: the status stays out of the address.
  const [status, setStatus] = useState<MailStatus | undefined>();
  const navigate = useNavigate({ from: '/mail' });
  // The open message and the filter live in the address: reloadable, shareable, and Back closes the panel.
  const open = useCallback((mailId: string) => void navigate({ search: (search) => ({ ...search, id: mailId }) }), [navigate]);
  const close = () => void navigate({ search: (search) => ({ ...search, id: undefined }) });
  const filter = (recipient: string | undefined) => void navigate({ search: { to: recipient }, replace: true });

  return (
    <>
      <PageHeader
        title="Mail"
        description="Every email the store sent or tried to send, with its content. Mail on the local transport never leaves this machine."
      />
      <div className="mb-3 flex flex-wrap justify-end gap-2">
        <Select
          aria-label="Status"
          className="w-40"
          value={status ?? ALL}
          options={STATUS_OPTIONS}
          onValueChange={(value) => setStatus(isMailStatus(value) ? value : undefined)}
        />
        <RecipientFilter key={to ?? ''} value={to} onChange={filter} />
      </div>
      <MailTable filter={{ to, status }} onOpen={open} />
      <MailDetailPanel id={id} onClose={close} />
    </>
  );
}
