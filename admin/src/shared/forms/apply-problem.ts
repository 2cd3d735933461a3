import { isProblemError } from '@tillpoint/sdk';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { capitalise } from '../format/text';
import { describeProblem } from '../problems/describe-problem';

interface ApplyProblemOptions<Values extends FieldValues> {
  /**
   * The form's fields that an API pointer may name: `/email` → `email`, `/scopes/3` → `scopes`,
   * `/stripe/secretKey` → `stripe.secretKey`. The longest field the pointer starts with wins.
   */
  fields: readonly Path<Values>[];
  /** Problems without a pointer that still belong to one field, by code: `{ email_taken: 'email' }`. */
  codes?: Record<string, Path<Values>>;
  /** Name the field errors that have no input here in the form-wide message ("Variant 2, sku: repeats…"). */
  listUnplaced?: boolean;
}

/**
 * Puts the API's answer where the person will look: each field error under its input, anything else
 * in the form's `root.server` error (shown above the buttons). The API stays the judge of what is valid.
 */
export function applyProblem<Values extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<Values>,
  { fields, codes = {}, listUnplaced = false }: ApplyProblemOptions<Values>,
): void {
  let unplaced = '';
  if (isProblemError(error)) {
    const fieldOf = (pointer: string) => fieldOfPointer(pointer, fields);
    const byField = new Map<Path<Values>, string[]>();
    for (const { pointer, detail } of error.errors) {
      const field = fieldOf(pointer);
      if (field) byField.set(field, [...(byField.get(field) ?? []), detail]);
    }
    byField.forEach((details, field) => setError(field, { type: 'server', message: capitalise(details.join('; ')) }));
    const codeField = codes[error.code];
    if (codeField) return setError(codeField, { type: 'server', message: error.detail ?? error.title });
    // When a field error has no input here (a link's token, say), the problem's detail sums it up above the form.
    if (byField.size > 0 && error.errors.every(({ pointer }) => fieldOf(pointer))) return;
    if (listUnplaced) {
      const rest = error.errors.filter(({ pointer }) => !fieldOf(pointer));
      unplaced = rest.map(({ pointer, detail }) => ` ${describePointer(pointer)}: ${detail}.`).join('');
    }
  }
  const { message, requestId } = describeProblem(error);
  // Only a failure on the API's side is worth a support request, so only then the reference.
  const reference = requestId && isProblemError(error) && error.status >= 500 ? ` Reference: ${requestId}` : '';
  setError('root.server', { type: 'server', message: `${message}${unplaced}${reference}` });
}

function fieldOfPointer<Name extends string>(pointer: string, fields: readonly Name[]): Name | undefined {
  const segments = pointer.split('/').slice(1);
  const startsWith = (name: Name) => name.split('.').every((part, index) => segments[index] === part);
  return fields.filter(startsWith).sort((a, b) => b.length - a.length)[0];
}

/** "/variants/1/prices/0/amount" → "Variants 2 › prices 1 › amount": positions counted from 1, as people do. */
function describePointer(pointer: string): string {
  const parts = pointer
    .split('/')
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? String(Number(part) + 1) : part));
  return capitalise(parts.join(' › ').replace(/(\D) › (\d+)/g, '$1 $2'));
}
