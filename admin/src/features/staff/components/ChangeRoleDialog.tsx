import type { StaffRole, StaffView } from '@tillpoint/sdk';
import { useState } from 'react';
import { Button } from '../../../shared/ui/Button';
import { Dialog, DialogFooter } from '../../../shared/ui/Dialog';
import { Field } from '../../../shared/ui/Field';
import { ProblemNotice } from '../../../shared/ui/Notice';
import { toast } from '../../../shared/ui/toast';
import { ROLE_LABELS } from '../staff-roles';
import { useUpdateStaff } from '../use-staff';
import { RoleSelect } from './RoleSelect';

interface ChangeRoleDialogProps {
  staff: StaffView;
  /** Mount it only while open: each opening starts from the person's current role. */
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

export function ChangeRoleDialog({ staff, open, onOpenChange }: ChangeRoleDialogProps) {
  const update = useUpdateStaff();
  const [role, setRole] = useState<StaffRole>(staff.role);

  const save = () =>
    update.mutate(
      { id: staff.id, role },
      {
        onSuccess: () => {
          toast.success(`${staff.name} is now ${ROLE_LABELS[role].toLowerCase()}.`);
          onOpenChange(false);
        },
      },
    );

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Change role of ${staff.name}`}
      description="The new role applies from their next request."
    >
      <div className="space-y-4">
        {update.error && <ProblemNotice error={update.error} />}
        <Field label="Role">{(control) => <RoleSelect {...control} value={role} onChange={setRole} />}</Field>
      </div>
      <DialogFooter>
        <Button onClick={() => onOpenChange(false)}>Cancel</Button>
        <Button variant="primary" onClick={save} loading={update.isPending} disabled={role === staff.role}>
          Change role
        </Button>
      </DialogFooter>
    </Dialog>
  );
}
