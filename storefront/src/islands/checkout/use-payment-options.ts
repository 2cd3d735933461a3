import type { OfferedProviderView, SavedPaymentMethodView } from '@tillpoint/sdk';
import { useEffect, useState } from 'react';
import { callStore, CartRequestError } from '../cart/cart-client';

export interface PaymentOptions {
  providers: OfferedProviderView[];
  savedCards: SavedPaymentMethodView[];
}

type OptionsState = { status: 'loading' } | { status: 'ready'; options: PaymentOptions } | { status: 'failed'; message: string };

/**
 * The ways to pay, loaded again whenever the destination or the total changes (both decide what is
 * offered). An answer counts only for the key it was asked for, so anything older reads as loading.
 */
export function usePaymentOptions(dependsOn: string): OptionsState {
  const [answer, setAnswer] = useState<{ key: string; state: OptionsState } | null>(null);
  useEffect(() => {
    let current = true;
    callStore<PaymentOptions>('/api/checkout/providers')
      .then((options) => current && setAnswer({ key: dependsOn, state: { status: 'ready', options } }))
      .catch((error: unknown) => {
        const message = error instanceof CartRequestError ? error.message : String(error);
        if (current) setAnswer({ key: dependsOn, state: { status: 'failed', message } });
      });
    return () => {
      current = false;
    };
  }, [dependsOn]);
  return answer?.key === dependsOn ? answer.state : { status: 'loading' };
}
