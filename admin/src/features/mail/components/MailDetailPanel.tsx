import type { MailView } from '@tillpoint/sdk';
import { RotateCcw } from 'lucide-react';
import type { ReactNode } from 'react';
import { useCan } from '../../auth/use-me';
import { formatDateTime } from '../../../shared/format/dates';
import { describeProblem } from '../../../shared/problems/describe-problem';
import { Badge } from '../../../shared/ui/Badge';
import { Button } from '../../../shared/ui/Button';
import { ProblemNotice } from '../../../shared/ui/Notice';
import { Sheet } from '../../../shared/ui/Sheet';
import { LoadingState } from '../../../shared/ui/Spinner';
import { toast } from '../../../shared/ui/toast';
import { canRetryMail, MAIL_STATUS } from '../mail-status';
import { useMail, useRetryMail } from '../use-mail';
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
    ['Last attempt', mail.lastAttemptAt ? formatDateTime(mail.lastAttemptAt) : '—'],
    ...(mail.nextAttemptAt ? [['Next attempt', formatDateTime(mail.nextAttemptAt)] as [string, ReactNode]] : []),
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
      <RetryAction mail={mail} />
    </div>
  );
}

/** Retrying a delivery is retrying its job, so it takes the permission that retries jobs. */
function RetryAction({ mail }: { mail: MailView }) {
  const canRetry = useCan('jobs:manage');
  const retry = useRetryMail();
  if (!canRetry || !canRetryMail(mail)) return null;
  const run = () =>
    retry.mutate(mail.id, {
      onSuccess: () => toast.success(`The email to ${mail.to} is being sent again.`),
      onError: (error) => toast.error(describeProblem(error).message),
    });
  return (
    <Button size="sm" onClick={run} loading={retry.isPending}>
      {!retry.isPending && <RotateCcw aria-hidden />} Send again
    </Button>
  );
}
