import type { ReactNode } from 'react';
import { Controller, type Control, type FieldPathByValue, type FieldValues } from 'react-hook-form';
import { Checkbox } from '../ui/Checkbox';

interface CheckboxFieldProps<Values extends FieldValues, Context, Transformed> {
  control: Control<Values, Context, Transformed>;
  name: FieldPathByValue<Values, boolean>;
  label: string;
  description?: ReactNode;
}

/** A boolean form field shown as a checkbox with its label and explanation. */
export function CheckboxField<Values extends FieldValues, Context, Transformed>({
  control,
  name,
  label,
  description,
}: CheckboxFieldProps<Values, Context, Transformed>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => <Checkbox checked={field.value} onCheckedChange={field.onChange} label={label} description={description} />}
    />
  );
}
