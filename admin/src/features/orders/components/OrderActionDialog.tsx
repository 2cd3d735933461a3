import type { FormEventHandler, ReactNode } from 'react';
import type { FieldErrors, FieldValues } from 'react-hook-form';
import { Dialog, FormDialogFooter } from '../../../shared/ui/Dialog';
import { FormError } from '../../../shared/ui/FormError';

interface OrderActionDialogProps<Values extends FieldValues> {
  title: string;
  description: ReactNode;
  size?: 'md' | 'lg';
  onOpenChange: (open: boolean) => void;
  onSubmit: FormEventHandler<HTMLFormElement>;
  errors: FieldErrors<Values>;
  submitting: boolean;
  /** The submit button's words: "Fulfil items". */
  submitLabel: string;
  /** The room between the fields: "space-y-4" unless a long form wants it tighter. */
  formClassName?: string;
  children: ReactNode;
}

/** The dialog of one order action: its form, the problem no field could take on top, Cancel and the action below. */
export function OrderActionDialog<Values extends FieldValues>({
  title,
  description,
  size,
  onOpenChange,
  onSubmit,
  errors,
  submitting,
  submitLabel,
  formClassName = 'space-y-4',
  children,
}: OrderActionDialogProps<Values>) {
  return (
    <Dialog open onOpenChange={onOpenChange} size={size} title={title} description={description}>
      <form onSubmit={onSubmit} noValidate className={formClassName}>
        <FormError errors={errors} />
        {children}
        <FormDialogFooter onCancel={() => onOpenChange(false)} submitting={submitting}>
          {submitLabel}
        </FormDialogFooter>
      </form>
    </Dialog>
  );
}
