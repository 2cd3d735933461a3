import { isProblemError, type ProblemError } from '@tillpoint/sdk';

export interface FormErrors {
  /** Messages by field name, shown beside the inputs. */
  fields: Record<string, string>;
  /** A message about the whole form: a wrong password, throttling, the API being down. */
  summary?: string;
  /** The API's stable code, for pages that offer a next step (such as signing in on `email_taken`). */
  code?: string;
}

export const NO_ERRORS: FormErrors = { fields: {} };

/** The API's rule for new passwords, shown as a hint; the API remains the judge. */
export const MIN_PASSWORD_LENGTH = 10;

const UNREACHABLE = "We can't reach the store right now. Please try again in a moment.";
const relativeTime = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

export function hasErrors(errors: FormErrors): boolean {
  return errors.summary !== undefined || Object.keys(errors.fields).length > 0;
}

/** The field the page focuses: the first with an error. */
export function firstInvalidField(errors: FormErrors): string | undefined {
  return Object.keys(errors.fields)[0];
}

/** A field's own error and focus: given outright, or else read from the form's errors. */
export function fieldError(
  name: string,
  errors: FormErrors | undefined,
  given: { error?: string; autofocus?: boolean },
): { error?: string; autofocus?: boolean } {
  return {
    error: given.error ?? errors?.fields[name],
    autofocus: given.autofocus ?? (errors ? firstInvalidField(errors) === name : undefined),
  };
}

export interface FormSubmission<Name extends string> {
  /** What was posted, by field name. */
  values: Record<Name, string>;
  errors: FormErrors;
  /** The action's answer once it succeeded: a redirect to return from the page. */
  response?: Response;
}

/**
 * The usual POST of a form: reads `fields`, checks the `required` ones (with their messages), then runs the
 * action; a failed API call becomes the form's errors, each field's named by `labels`.
 */
export async function submitForm<Name extends string>(
  request: Request,
  form: { fields: readonly Name[]; required?: Partial<Record<Name, string>>; labels: Record<string, string> },
  action: (values: Record<Name, string>) => Promise<Response>,
): Promise<FormSubmission<Name>> {
  const values = await readFields(request, form.fields);
  const missing = missingFields(values, (form.required ?? {}) as Record<string, string>);
  if (hasErrors(missing)) return { values, errors: missing };
  try {
    return { values, errors: NO_ERRORS, response: await action(values) };
  } catch (error) {
    return { values, errors: errorsFromFailure(error, form.labels) };
  }
}

/** The submitted text values by name; a missing or non-text entry becomes ''. */
export async function readFields<Name extends string>(request: Request, names: readonly Name[]): Promise<Record<Name, string>> {
  // A body that is not a form (a script posting JSON, say) reads as an empty form, not a server error.
  const form = await request.formData().catch(() => new FormData());
  const values = {} as Record<Name, string>;
  for (const name of names) {
    const value = form.get(name);
    values[name] = typeof value === 'string' ? value : '';
  }
  return values;
}

/** Checks presence before calling the API, with friendlier wording ("Enter your email") than its messages. */
export function missingFields(values: Record<string, string>, messages: Record<string, string>): FormErrors {
  const fields: Record<string, string> = {};
  for (const [name, message] of Object.entries(messages)) {
    if (!values[name]?.trim()) fields[name] = message;
  }
  return { fields };
}

/** Turns a failed API call into messages: per-field ones beside their inputs, the rest in the summary. */
export function errorsFromFailure(error: unknown, labels: Record<string, string>): FormErrors {
  if (!isProblemError(error)) {
    console.error('API call failed:', error instanceof Error ? error.message : error);
    return { fields: {}, summary: UNREACHABLE };
  }
  if (error.status === 429) return { fields: {}, summary: throttledMessage(error), code: error.code };
  if (error.status >= 500) {
    const reference = error.requestId ? ` (reference ${error.requestId})` : '';
    return { fields: {}, summary: `Something went wrong on our side${reference}. Please try again.`, code: error.code };
  }
  const fields: Record<string, string> = {};
  let unplaced = false;
  for (const { pointer, detail } of error.errors) {
    const name = pointer.replace(/^\//, '');
    const label = labels[name];
    if (label && !fields[name]) fields[name] = `${label} ${detail}`;
    else if (!label) unplaced = true;
  }
  // A validation problem's own detail is written for developers ("/password must be..."), not shoppers; and a
  // problem whose every error sits beside its field ("Password is wrong") needs no summary repeating it.
  const allPlaced = Object.keys(fields).length > 0 && !unplaced;
  const summary = allPlaced
    ? undefined
    : error.code !== 'validation_failed'
      ? (error.detail ?? error.title)
      : unplaced
        ? 'Please check the form and try again.'
        : undefined;
  return { fields, summary, code: error.code };
}

function throttledMessage(error: ProblemError): string {
  const detail = error.detail ?? 'Too many attempts.';
  if (!error.retryAfter || !Number.isFinite(error.retryAfter)) return detail;
  const seconds = Math.ceil(error.retryAfter);
  const wait = seconds < 60 ? relativeTime.format(seconds, 'second') : relativeTime.format(Math.ceil(seconds / 60), 'minute');
  return `${detail} You can try again ${wait}.`;
}
