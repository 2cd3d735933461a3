import type { MailSummaryView } from '@tillpoint/sdk';
import type { BadgeTone } from '../../shared/ui/Badge';

export const MAIL_STATUS: Record<MailSummaryView['status'], { tone: BadgeTone; label: string }> = {
  queued: { tone: 'info', label: 'Queued' },
  sent: { tone: 'success', label: 'Sent' },
  failed: { tone: 'danger', label: 'Failed' },
};
