import type { BadgeTone } from '../../shared/ui/Badge';
import type { ImportStatus } from './use-imports';

export const IMPORT_STATUS: Record<ImportStatus, { label: string; tone: BadgeTone }> = {
  queued: { label: 'Queued', tone: 'neutral' },
  running: { label: 'Importing', tone: 'info' },
  done: { label: 'Done', tone: 'success' },
  failed: { label: 'Failed', tone: 'danger' },
};
