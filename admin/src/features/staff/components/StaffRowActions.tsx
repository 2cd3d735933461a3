import type { StaffView } from '@tillpoint/sdk';
import { Ellipsis, MailPlus, UserCheck, UserCog, UserX } from 'lucide-react';
import { useState } from 'react';
import { describeProblem } from '../../../shared/problems/describe-problem';
import { Button } from '../../../shared/ui/Button';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { Menu, MenuContent, MenuItem, MenuTrigger } from '../../../shared/ui/Menu';
import { toast } from '../../../shared/ui/toast';
import { useResendInvite, useUpdateStaff } from '../use-staff';
import { ChangeRoleDialog } from './ChangeRoleDialog';

type OpenDialog = 'role' | 'deactivate' | 'reactivate' | null;

/** What an owner may do to another staff member; the API refuses the rest (the last owner, say) with a reason. */
export function StaffRowActions({ staff }: { staff: StaffView }) {
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const update = useUpdateStaff();
  const resend = useResendInvite();
  const closeOnFalse = (open: boolean) => !open && setDialog(null);

  const resendInvite = () =>
    resend.mutate(staff.id, {
      onSuccess: () => toast.success(`A new invitation is on its way to ${staff.email}.`),
      onError: (error) => toast.error(describeProblem(error).message),
    });

  return (
    <>
      <Menu>
        <MenuTrigger asChild>
          <Button variant="ghost" size="icon-sm" aria-label={`Actions for ${staff.name}`} loading={resend.isPending}>
            {!resend.isPending && <Ellipsis aria-hidden />}
          </Button>
        </MenuTrigger>
        <MenuContent>
          <MenuItem icon={UserCog} onSelect={() => setDialog('role')}>
            Change role…
          </MenuItem>
          {staff.status === 'invited' && (
            <MenuItem icon={MailPlus} onSelect={resendInvite}>
              Resend invitation
            </MenuItem>
          )}
          {staff.status === 'active' && (
            <MenuItem icon={UserX} tone="danger" onSelect={() => setDialog('deactivate')}>
              Deactivate…
            </MenuItem>
          )}
          {staff.status === 'deactivated' && (
            <MenuItem icon={UserCheck} onSelect={() => setDialog('reactivate')}>
              Reactivate…
            </MenuItem>
          )}
        </MenuContent>
      </Menu>

      {dialog === 'role' && <ChangeRoleDialog staff={staff} open onOpenChange={closeOnFalse} />}
      <ConfirmDialog
        open={dialog === 'deactivate'}
        onOpenChange={closeOnFalse}
        title={`Deactivate ${staff.name}?`}
        description="They are signed out everywhere at once and can no longer sign in. Their history stays, and you can reactivate them later."
        confirmLabel="Deactivate"
        onConfirm={async () => {
          await update.mutateAsync({ id: staff.id, status: 'deactivated' });
          toast.success(`${staff.name} was deactivated.`);
        }}
      />
      <ConfirmDialog
        open={dialog === 'reactivate'}
        onOpenChange={closeOnFalse}
        title={`Reactivate ${staff.name}?`}
        description="They can sign in again with their password, with the role they had."
        confirmLabel="Reactivate"
        tone="primary"
        onConfirm={async () => {
          await update.mutateAsync({ id: staff.id, status: 'active' });
          toast.success(`${staff.name} can sign in again.`);
        }}
      />
    </>
  );
}
