import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback } from 'react';
import { PageHeader } from '../../shared/ui/PageHeader';
import { MailDetailPanel } from './components/MailDetailPanel';
import { MailTable } from './components/MailTable';
import { RecipientFilter } from './components/RecipientFilter';

export function MailPage() {
  const { to, id } = useSearch({ from: '/_app/mail' });
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
      <div className="mb-3 flex justify-end">
        <RecipientFilter key={to ?? ''} value={to} onChange={filter} />
      </div>
      <MailTable to={to} onOpen={open} />
      <MailDetailPanel id={id} onClose={close} />
    </>
  );
}
