import type { ApiKeyCreatedView } from '@tillpoint/sdk';
import { CopyField } from '../../../shared/ui/CopyField';
import { Notice } from '../../../shared/ui/Notice';

/** The one moment the secret exists outside the integration: the API keeps only its hash. */
export function SecretReveal({ apiKey }: { apiKey: ApiKeyCreatedView }) {
  return (
    <div className="space-y-4">
      <Notice tone="warning" title="Copy the secret now">
        It will not be shown again. Store it where the integration keeps its settings; if it is lost, create a new key and revoke this one.
      </Notice>
      <CopyField label="Secret key" value={apiKey.secret} />
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
