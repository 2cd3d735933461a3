import type { StaffView } from '@tillpoint/sdk';
import { UserPlus, Users } from 'lucide-react';
import { Badge } from '../../../shared/ui/Badge';
import { Button } from '../../../shared/ui/Button';
import { DataTable, tableColumns } from '../../../shared/ui/DataTable';
import { EmptyState } from '../../../shared/ui/EmptyState';
import { RelativeTime } from '../../../shared/ui/RelativeTime';
import { useMe } from '../../auth/use-me';
import { useStaffList } from '../use-staff';
import { RoleBadge, StaffStatusBadge } from './StaffBadges';
import { StaffRowActions } from './StaffRowActions';

const column = tableColumns<StaffView>();

const READ_COLUMNS = column.columns([
  column.accessor('name', { header: 'Name', cell: ({ row }) => <StaffName staff={row.original} /> }),
  column.accessor('email', { header: 'Email' }),
  column.accessor('role', { header: 'Role', cell: ({ getValue }) => <RoleBadge role={getValue()} /> }),
  column.accessor('status', { header: 'Status', cell: ({ getValue }) => <StaffStatusBadge status={getValue()} /> }),
  column.accessor('lastSignInAt', { header: 'Last sign-in', cell: ({ getValue }) => <RelativeTime at={getValue()} empty="Never" /> }),
]);

const MANAGE_COLUMNS = column.columns([
  ...READ_COLUMNS,
  column.display({
    id: 'actions',
    header: () => <span className="sr-only">Actions</span>,
    cell: ({ row }) => <RowActions staff={row.original} />,
  }),
]);

export function StaffTable({ canManage, onInvite }: { canManage: boolean; onInvite: () => void }) {
  const staff = useStaffList();
  return (
    <DataTable
      label="Staff"
      columns={canManage ? MANAGE_COLUMNS : READ_COLUMNS}
      data={staff.items}
      isLoading={staff.isLoading}
      error={staff.error}
      pages={staff}
      empty={
        <EmptyState
          icon={Users}
          title="No staff yet"
          action={
            canManage && (
              <Button variant="primary" onClick={onInvite}>
                <UserPlus aria-hidden /> Invite staff
              </Button>
            )
          }
        >
          Invite the people who run the store with you; each gets only the access their role needs.
        </EmptyState>
      }
    />
  );
}

function StaffName({ staff }: { staff: StaffView }) {
  const isMe = useMe().id === staff.id;
  return (
    <span className="flex items-center gap-2 font-medium text-stone-900">
      {staff.name}
      {isMe && <Badge tone="info">You</Badge>}
    </span>
  );
}

/** Your own row has none: the API would refuse changing your own role or status anyway. */
function RowActions({ staff }: { staff: StaffView }) {
  const isMe = useMe().id === staff.id;
  return <div className="flex justify-end">{isMe ? <span className="block size-8" /> : <StaffRowActions staff={staff} />}</div>;
}
