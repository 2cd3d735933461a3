import type { StaffRole, StaffStatus } from '@tillpoint/sdk';
import { Badge, type BadgeTone } from '../../../shared/ui/Badge';
import { ROLE_LABELS, STATUS_LABELS } from '../staff-roles';

export function RoleBadge({ role }: { role: StaffRole }) {
  return <Badge tone={role === 'owner' ? 'brand' : 'neutral'}>{ROLE_LABELS[role]}</Badge>;
}

const STATUS_TONES: Record<StaffStatus, BadgeTone> = { invited: 'warning', active: 'success', deactivated: 'neutral' };

export function StaffStatusBadge({ status }: { status: StaffStatus }) {
  return (
    <Badge tone={STATUS_TONES[status]} dot>
      {STATUS_LABELS[status]}
    </Badge>
  );
}
