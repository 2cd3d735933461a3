import type { SecretStatusView } from '@tillpoint/sdk';
import { KeyRound } from 'lucide-react';
import type { ReactNode } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { Button } from '../../../../shared/ui/Button';
import { Field } from '../../../../shared/ui/Field';
import { Input } from '../../../../shared/ui/Input';
import type { PaymentSettingsValues } from '../payment-settings-form';

type SecretName = 'stripe.secretKey' | 'stripe.webhookSecret' | 'paypal.clientSecret';

interface SecretFieldProps {
  name: SecretName;
  label: string;
  status: SecretStatusView;
  placeholder: string;
  hint?: ReactNode;
  canManage: boolean;
}

/**
 * A write-only secret: the API never sends it back, so the box is always empty. A stored one shows
 * only its last four characters, with "Replace" and "Remove"; saving applies the choice.
 */
export function SecretField({ name, label, status, placeholder, hint, canManage }: SecretFieldProps) {
  const { control } = useFormContext<PaymentSettingsValues>();
  const { field, fieldState } = useController({ control, name });
  const draft = field.value;
  const setDraft = (action: 'keep' | 'replace' | 'remove') => field.onChange({ action, value: '' });
  // Staff who cannot change it get the status, not an empty box they cannot type in.
  const editing = draft.action === 'replace' && canManage;

  return (
    <Field label={label} error={fieldState.error?.message} hint={editing ? hint : undefined}>
      {(props) =>
        editing ? (
          <div className="flex gap-2">
            <Input
              {...props}
              ref={field.ref}
              type="password"
              autoComplete="new-password"
              spellCheck={false}
              placeholder={status.configured ? 'Type the new value' : placeholder}
              value={draft.value}
              onChange={(event) => field.onChange({ action: 'replace', value: event.target.value })}
              onBlur={field.onBlur}
              disabled={!canManage}
              className="font-mono text-[13px]"
            />
            {status.configured && <Button onClick={() => setDraft('keep')}>Cancel</Button>}
          </div>
        ) : (
          <div
            id={props.id}
            aria-describedby={props['aria-describedby']}
            className="flex min-h-9 flex-wrap items-center justify-between gap-x-2 rounded-lg border border-stone-200 bg-stone-50 py-0.5 pr-1 pl-3"
          >
            <SecretStatus status={status} removing={draft.action === 'remove'} />
            {canManage && (
              <div className="flex gap-1">
                {draft.action === 'remove' ? (
                  <Button size="sm" variant="ghost" onClick={() => setDraft('keep')}>
                    Undo
                  </Button>
                ) : (
                  <>
                    <Button size="sm" variant="ghost" onClick={() => setDraft('replace')} aria-label={`Replace the ${label.toLowerCase()}`}>
                      Replace
                    </Button>
                    <Button
                      size="sm"
                      variant="danger-ghost"
                      onClick={() => setDraft('remove')}
                      aria-label={`Remove the ${label.toLowerCase()}`}
                    >
                      Remove
                    </Button>
                  </>
                )}
              </div>
            )}
          </div>
        )
      }
    </Field>
  );
}

function SecretStatus({ status, removing }: { status: SecretStatusView; removing: boolean }) {
  if (removing) return <span className="font-medium text-red-700">Removed when you save</span>;
  if (!status.configured) return <span className="text-stone-500">Not set</span>;
  return (
    <span className="flex items-center gap-2 text-stone-700">
      <KeyRound aria-hidden className="size-4 text-emerald-600" />
      <span>
        Configured, ends in <span className="font-mono">••{status.last4}</span>
      </span>
    </span>
  );
}
