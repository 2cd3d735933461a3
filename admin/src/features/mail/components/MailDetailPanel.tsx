import type { MailView } from '@tillpoint/sdk';
import type { ReactNode } from 'react';
import { formatDateTime } from '../../../shared/format/dates';
import { Badge } from '../../../shared/ui/Badge';
import { ProblemNotice } from '../../../shared/ui/Notice';
import { Sheet } from '../../../shared/ui/Sheet';
import { LoadingState } from '../../../shared/ui/Spinner';
import { MAIL_STATUS } from '../mail-status';
import { useMail } from '../use-mail';
import { MailBody } from './MailBody';

/** One message beside the log; closing it keeps the list where it was. */
export function MailDetailPanel({ id, onClose }: { id: string | undefined; onClose: () => void }) {
  const mail = useMail(id);
  return (
    <Sheet open={Boolean(id)} onOpenChange={(open) => !open && onClose()} title={mail.data?.subject ?? 'Message'}>
      <div className="space-y-5 p-5">
        {mail.isPending && <LoadingState label="Loading the message…" />}
        {mail.error && <ProblemNotice error={mail.error} />}
        {mail.data && (
          <>
            <MailFacts mail={mail.data} />
            <MailBody mail={mail.data} />
          </>
        )}
      </div>
    </Sheet>
  );
}

function MailFacts({ mail }: { mail: MailView }) {
  const facts: [string, ReactNode][] = [
    ['To', mail.to],
    ['Template', <code className="font-mono text-xs">{mail.template}</code>],
    [
      'Status',
      <Badge tone={MAIL_STATUS[mail.status].tone} dot>
        {MAIL_STATUS[mail.status].label}
      </Badge>,
    ],
    ['Transport', mail.transport === 'local' ? 'Local outbox (not delivered)' : 'SMTP'],
    ['Created', formatDateTime(mail.createdAt)],
    ['Sent', mail.sentAt ? formatDateTime(mail.sentAt) : '—'],
    ['Attempts', mail.attempts],
  ];
  return (
    <div className="space-y-3">
      <dl className="grid grid-cols-[7rem_1fr] gap-x-4 gap-y-2">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-stone-500">{label}</dt>
            <dd className="min-w-0 break-words text-stone-900">{value}</dd>
          </div>
        ))}
      </dl>
      {mail.lastError && <ProblemNotice error={new Error(mail.lastError)} title="Last delivery error" />}
    </div>
  );
}
