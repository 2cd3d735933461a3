import type { DeliveryOptionView } from '@tillpoint/sdk';
import { useRef, useState } from 'react';
import { deliveryUrl, isDeliveryOptions, type DeliveryState } from './delivery-options';

const key = (variantId: string, country: string) => `${variantId}|${country}`;

/**
 * Delivery options that follow the chosen variant and country. `load` runs from the event that changed
 * them; answers are kept, so going back to a variant shows its dates at once, and a stale answer never
 * overwrites a newer choice.
 */
export function useDeliveryOptions(handle: string, initial: { variantId: string; country: string; options: DeliveryOptionView[] | null }) {
  const [state, setState] = useState<DeliveryState>(initial.options ? { status: 'ready', options: initial.options } : { status: 'failed' });
  const known = useRef(
    new Map<string, DeliveryOptionView[]>(initial.options ? [[key(initial.variantId, initial.country), initial.options]] : []),
  );
  const pending = useRef<AbortController | null>(null);

  function load(variantId: string, country: string): void {
    pending.current?.abort();
    const cached = known.current.get(key(variantId, country));
    if (cached) {
      setState({ status: 'ready', options: cached });
      return;
    }
    const controller = new AbortController();
    pending.current = controller;
    setState((previous) => ({ status: 'loading', options: previous.status === 'failed' ? [] : previous.options }));
    fetch(deliveryUrl(handle, variantId, country), { signal: controller.signal, headers: { Accept: 'application/json' } })
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`))))
      .then((body: unknown) => {
        if (!isDeliveryOptions(body)) throw new Error('Unexpected delivery options');
        known.current.set(key(variantId, country), body);
        setState({ status: 'ready', options: body });
      })
      .catch(() => {
        if (!controller.signal.aborted) setState({ status: 'failed' });
      });
  }

  return [state, load] as const;
}
