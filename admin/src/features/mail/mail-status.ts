import type { MailStatus, MailSummaryView } from '@tillpoint/sdk';
import type { BadgeTone } from '../../shared/ui/Badge';

export const MAIL_STATUS: Record<MailStatus, { tone: BadgeTone; label: string }> = {
  queued: { tone: 'info', label: 'Queued' },
  sent: { tone: 'success', label: 'Sent' },
  failed: { tone: 'danger', label: 'Failed' },
};

/**
 * Staff may send a failed email again once the queue has stopped trying on its own; the API refuses
 * while an automatic attempt is still to come.
 */
export function canRetryMail(mail: Pick<MailSummaryView, 'status' | 'nextAttemptAt'>): boolean {
  return mail.status === 'failed' && !mail.nextAttemptAt;
}
