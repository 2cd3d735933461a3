import type { ApiKeyCreatedView } from '@tillpoint/sdk';
import { Check, Copy } from 'lucide-react';
import { useRef, useState } from 'react';
import { Button } from '../../../shared/ui/Button';
import { Field } from '../../../shared/ui/Field';
import { Input } from '../../../shared/ui/Input';
import { Notice } from '../../../shared/ui/Notice';

/** The one moment the secret exists outside the integration: the API keeps only its hash. */
export function SecretReveal({ apiKey }: { apiKey: ApiKeyCreatedView }) {
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(apiKey.secret);
      setCopied('yes');
      setTimeout(() => setCopied(null), 2000);
    } catch {
      // No clipboard access (an insecure origin, a denied permission): select it for Ctrl+C instead.
      input.current?.select();
      setCopied('failed');
    }
  };

  return (
    <div className="space-y-4">
      <Notice tone="warning" title="Copy the secret now">
        It will not be shown again. Store it where the integration keeps its settings; if it is lost, create a new key and revoke this one.
      </Notice>
      <Field
        label="Secret key"
        hint={copied === 'failed' ? 'Copying was blocked: the key is selected, press Ctrl+C (⌘C on a Mac).' : undefined}
      >
        {(control) => (
          <div className="flex gap-2">
            <Input
              {...control}
              ref={input}
              readOnly
              value={apiKey.secret}
              onFocus={(event) => event.currentTarget.select()}
              className="font-mono text-[13px]"
              spellCheck={false}
            />
            <Button onClick={copy} aria-live="polite">
              {copied === 'yes' ? <Check aria-hidden className="text-emerald-600" /> : <Copy aria-hidden />}
              {copied === 'yes' ? 'Copied' : 'Copy'}
            </Button>
          </div>
        )}
      </Field>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded-lg bg-stone-50 px-3 py-2.5 text-stone-600">
        <dt>Name</dt>
        <dd className="font-medium text-stone-900">{apiKey.name}</dd>
        <dt>Prefix</dt>
        <dd className="font-mono text-xs leading-5 text-stone-900">{apiKey.prefix}</dd>
        <dt>Scopes</dt>
        <dd className="text-stone-900">{apiKey.scopes.join(', ')}</dd>
      </dl>
    </div>
  );
}
