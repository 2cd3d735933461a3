import type { ApiKeyView } from '@tillpoint/sdk';
import { KeyRound, Plus } from 'lucide-react';
import { useState } from 'react';
import { formatDate } from '../../../shared/format/dates';
import { Badge, type BadgeTone } from '../../../shared/ui/Badge';
import { Button } from '../../../shared/ui/Button';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { DataTable, tableColumns } from '../../../shared/ui/DataTable';
import { EmptyState } from '../../../shared/ui/EmptyState';
import { RelativeTime } from '../../../shared/ui/RelativeTime';
import { toast } from '../../../shared/ui/toast';
import { keyStatus, type KeyStatus } from '../key-status';
import { useApiKeys, useRevokeApiKey } from '../use-api-keys';
import { ScopeChips } from './ScopeChips';

const column = tableColumns<ApiKeyView>();

const READ_COLUMNS = column.columns([
  column.accessor('name', { header: 'Name', cell: ({ getValue }) => <span className="font-medium text-stone-900">{getValue()}</span> }),
  column.accessor('prefix', {
    header: 'Key',
    cell: ({ getValue }) => <code className="font-mono text-xs text-stone-600">{getValue()}…</code>,
  }),
  column.accessor('scopes', { header: 'Scopes', cell: ({ getValue }) => <ScopeChips scopes={getValue()} /> }),
  column.accessor('createdAt', { header: 'Created', cell: ({ getValue }) => <time dateTime={getValue()}>{formatDate(getValue())}</time> }),
  column.accessor('lastUsedAt', { header: 'Last used', cell: ({ getValue }) => <RelativeTime at={getValue()} empty="Never" /> }),
  column.display({ id: 'status', header: 'Status', cell: ({ row }) => <StatusCell apiKey={row.original} /> }),
]);

const MANAGE_COLUMNS = column.columns([
  ...READ_COLUMNS,
  column.display({
    id: 'actions',
    header: () => <span className="sr-only">Actions</span>,
    cell: ({ row }) => <RevokeAction apiKey={row.original} />,
  }),
]);

export function ApiKeysTable({ canManage, onCreate }: { canManage: boolean; onCreate: () => void }) {
  const keys = useApiKeys();
  return (
    <DataTable
      label="API keys"
      columns={canManage ? MANAGE_COLUMNS : READ_COLUMNS}
      data={keys.items}
      isLoading={keys.isLoading}
      error={keys.error}
      pages={keys}
      empty={
        <EmptyState
          icon={KeyRound}
          title="No API keys yet"
          action={
            canManage && (
              <Button variant="primary" onClick={onCreate}>
                <Plus aria-hidden /> Create key
              </Button>
            )
          }
        >
          Create a key for each system that talks to your store, such as an ERP or a stock sync, so you can revoke one without the others.
        </EmptyState>
      }
    />
  );
}

const STATUS: Record<KeyStatus, { tone: BadgeTone; label: string }> = {
  active: { tone: 'success', label: 'Active' },
  revoked: { tone: 'neutral', label: 'Revoked' },
  expired: { tone: 'warning', label: 'Expired' },
};

function StatusCell({ apiKey }: { apiKey: ApiKeyView }) {
  const status = keyStatus(apiKey);
  return (
    <span className="flex flex-col items-start gap-0.5">
      <Badge tone={STATUS[status].tone} dot>
        {STATUS[status].label}
      </Badge>
      {status === 'active' && apiKey.expiresAt && <span className="text-xs text-stone-500">until {formatDate(apiKey.expiresAt)}</span>}
    </span>
  );
}

function RevokeAction({ apiKey }: { apiKey: ApiKeyView }) {
  const [confirming, setConfirming] = useState(false);
  const revoke = useRevokeApiKey();
  if (apiKey.revokedAt) return null;
  return (
    <div className="flex justify-end">
      <Button size="sm" variant="danger-ghost" onClick={() => setConfirming(true)}>
        Revoke
      </Button>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={`Revoke “${apiKey.name}”?`}
        description="Every integration using this key is refused from its next request. This cannot be undone; a replacement needs a new key."
        confirmLabel="Revoke key"
        onConfirm={async () => {
          await revoke.mutateAsync(apiKey.id);
          toast.success(`“${apiKey.name}” was revoked.`);
        }}
      />
    </div>
  );
}
