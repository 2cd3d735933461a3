import { Plus } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../shared/ui/Button';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useCan } from '../auth/use-me';
import { ApiKeysTable } from './components/ApiKeysTable';
import { CreateApiKeyDialog } from './components/CreateApiKeyDialog';

export function ApiKeysPage() {
  const canManage = useCan('api-keys:manage');
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title="API keys"
        description="Secret keys for systems that call the admin API: send one as a Bearer token. Each key can do only what its scopes allow."
        actions={
          canManage && (
            <Button variant="primary" onClick={() => setCreating(true)}>
              <Plus aria-hidden /> Create key
            </Button>
          )
        }
      />
      <ApiKeysTable canManage={canManage} onCreate={() => setCreating(true)} />
      {canManage && <CreateApiKeyDialog open={creating} onOpenChange={setCreating} />}
    </>
  );
}
