import type { FieldErrors, FieldValues } from 'react-hook-form';
import { Notice } from './Notice';

/** The form-wide error that applyProblem() could not pin on a field. */
export function FormError<Values extends FieldValues>({ errors }: { errors: FieldErrors<Values> }) {
  const message = errors.root?.server?.message;
  return message ? <Notice tone="error">{message}</Notice> : null;
}
