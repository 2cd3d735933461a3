import { useState } from 'react';
import { TextInput } from './TextInput';
import { ContinueButton } from './ContinueButton';
import type { SaveDetails } from './checkout-steps';

interface Props {
  email: string | null;
  /** The signed-in customer's email; their orders go to their account. */
  accountEmail: string | null;
  save: SaveDetails;
  onDone(): void;
}

/** Step 1: where the confirmation goes. */
export function ContactStep({ email, accountEmail, save, onDone }: Props) {
  const [value, setValue] = useState(email ?? accountEmail ?? '');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function submit(event: { preventDefault(): void }): Promise<void> {
    event.preventDefault();
    if (!value.trim()) return setError('Enter your email address');
    setBusy(true);
    const problem = await save({ email: value.trim() });
    setBusy(false);
    if (!problem) return onDone();
    const detail = problem.errors.find((e) => e.pointer === '/email')?.detail;
    setError(detail ? `Email ${detail}` : problem.message);
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {accountEmail && (
        <p className="text-sm text-stone-600">
          Signed in as <span className="font-medium text-stone-900">{accountEmail}</span>. The order will be in your account too.
        </p>
      )}
      <TextInput id="email" label="Email" type="email" value={value} error={error} autoComplete="email" required onChange={setValue} />
      <p className="text-xs text-stone-500">We send the order confirmation and delivery updates here.</p>
      <ContinueButton busy={busy} />
    </form>
  );
}
