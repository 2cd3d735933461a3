import { UserPlus } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../shared/ui/Button';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useCan } from '../auth/use-me';
import { InviteStaffDialog } from './components/InviteStaffDialog';
import { StaffTable } from './components/StaffTable';

export function StaffPage() {
  const canManage = useCan('staff:manage');
  const [inviting, setInviting] = useState(false);
  return (
    <>
      <PageHeader
        title="Staff"
        description={
          canManage
            ? 'Everyone who can sign in to this admin. Roles decide what each person may see and change.'
            : 'Everyone who can sign in to this admin. Only owners can invite people or change their access.'
        }
        actions={
          canManage && (
            <Button variant="primary" onClick={() => setInviting(true)}>
              <UserPlus aria-hidden /> Invite staff
            </Button>
          )
        }
      />
      <StaffTable canManage={canManage} onInvite={() => setInviting(true)} />
      {canManage && <InviteStaffDialog open={inviting} onOpenChange={setInviting} />}
    </>
  );
}
