import type { StaffRole } from '@tillpoint/sdk';
import type { ControlProps } from '../../../shared/ui/Field';
import { Select } from '../../../shared/ui/Select';
import { ROLE_LABELS, STAFF_ROLES } from '../staff-roles';
import { useRoles } from '../use-roles';

interface RoleSelectProps extends ControlProps {
  value: StaffRole | undefined;
  onChange: (role: StaffRole) => void;
}

/** Each role with what it allows, as the API describes it, so the choice is informed. */
export function RoleSelect({ value, onChange, ...control }: RoleSelectProps) {
  const roles = useRoles();
  const options = STAFF_ROLES.map((role) => ({
    value: role,
    label: ROLE_LABELS[role],
    description: roles?.find((view) => view.role === role)?.description,
  }));
  return (
    <Select
      {...control}
      value={value}
      onValueChange={(next) => {
        const role = STAFF_ROLES.find((known) => known === next);
        if (role) onChange(role);
      }}
      options={options}
      placeholder="Choose a role"
    />
  );
}
