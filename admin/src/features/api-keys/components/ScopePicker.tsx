import type { Permission } from '@tillpoint/sdk';
import { useId } from 'react';
import { Checkbox } from '../../../shared/ui/Checkbox';
import { groupScopes, scopeAction } from '../scopes';

interface ScopePickerProps {
  available: readonly Permission[];
  value: readonly Permission[];
  onChange: (scopes: Permission[]) => void;
  error?: string;
}

/** Scopes grouped by domain, each group with a box that ticks all of it. */
export function ScopePicker({ available, value, onChange, error }: ScopePickerProps) {
  const errorId = useId();
  const chosen = new Set(value);
  const set = (scopes: readonly Permission[], on: boolean) => {
    const next = new Set(chosen);
    scopes.forEach((scope) => (on ? next.add(scope) : next.delete(scope)));
    // Keep the API's order, whatever order they were ticked in.
    onChange(available.filter((scope) => next.has(scope)));
  };

  return (
    <fieldset aria-describedby={error ? errorId : undefined}>
      <legend className="mb-1.5 font-medium text-stone-800">Scopes</legend>
      <p className="mb-3 text-xs text-stone-500">
        Give the key only what the integration needs. You can grant only what you may do yourself.
      </p>
      <div className="grid gap-3 sm:grid-cols-2">
        {groupScopes(available).map((group) => {
          const count = group.scopes.filter((scope) => chosen.has(scope)).length;
          const all = count === group.scopes.length ? true : count > 0 ? 'indeterminate' : false;
          return (
            <div key={group.domain} className="rounded-lg border border-stone-200 p-3">
              <Checkbox
                checked={all}
                onCheckedChange={(on) => set(group.scopes, on)}
                label={<span className="font-medium">{group.label}</span>}
              />
              <ul className="mt-2 space-y-1.5 border-t border-stone-100 pt-2 pl-6">
                {group.scopes.map((scope) => (
                  <li key={scope}>
                    <Checkbox
                      checked={chosen.has(scope)}
                      onCheckedChange={(on) => set([scope], on)}
                      label={
                        <>
                          {scopeAction(scope)} <code className="ml-1 font-mono text-xs text-stone-500">{scope}</code>
                        </>
                      }
                    />
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
      {error && (
        <p id={errorId} className="mt-2 text-xs font-medium text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
