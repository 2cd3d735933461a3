import type { Permission } from '@tillpoint/sdk';
import type { ReactNode } from 'react';
import { Tooltip } from '../../../shared/ui/Tooltip';

const SHOWN = 2;

/** The first scopes, then "+N" with the rest on hover or focus: a row stays one line high. */
export function ScopeChips({ scopes }: { scopes: readonly Permission[] }) {
  const rest = scopes.slice(SHOWN);
  return (
    <span className="flex items-center gap-1">
      {scopes.slice(0, SHOWN).map((scope) => (
        <Chip key={scope}>{scope}</Chip>
      ))}
      {rest.length > 0 && (
        <Tooltip content={rest.join(', ')}>
          <button type="button" className="rounded-md" aria-label={`${rest.length} more: ${rest.join(', ')}`}>
            <Chip>+{rest.length}</Chip>
          </button>
        </Tooltip>
      )}
    </span>
  );
}

function Chip({ children }: { children: ReactNode }) {
  return <span className="inline-block rounded-md bg-stone-100 px-1.5 py-0.5 font-mono text-xs text-stone-700">{children}</span>;
}
