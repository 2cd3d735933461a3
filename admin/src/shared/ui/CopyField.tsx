import { Check, Copy } from 'lucide-react';
import type { ReactNode } from 'react';
import { COPY_BLOCKED_HINT, useCopyText } from '../hooks/use-copy-text';
import { Button } from './Button';
import { Field } from './Field';
import { Input } from './Input';

/** A read-only value to paste elsewhere (a secret shown once, a webhook address), with a Copy button. */
export function CopyField({ label, value, hint }: { label: ReactNode; value: string; hint?: ReactNode }) {
  const { input, copied, copy } = useCopyText(value);
  return (
    <Field label={label} hint={copied === 'failed' ? COPY_BLOCKED_HINT : hint}>
      {(control) => (
        <div className="flex gap-2">
          <Input
            {...control}
            ref={input}
            readOnly
            value={value}
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
  );
}
