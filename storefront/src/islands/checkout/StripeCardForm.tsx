import { useEffect, useRef, useState } from 'react';
import { Glyph } from '../../components/Glyph';
import { mountPaymentElement, type StripePaymentElement } from './stripe-payment-element';

interface Props {
  publishableKey: string;
  clientSecret: string;
  /** Stripe's message from the last confirmation, shown under the card form. */
  error?: string;
  /** The mounted element, to confirm on Pay; null until it is ready and once it is gone. */
  onElement(element: StripePaymentElement | null): void;
}

/** Stripe's Payment Element for the PaymentIntent the checkout started. */
export function StripeCardForm({ publishableKey, clientSecret, error, onElement }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<'loading' | 'ready' | 'failed'>('loading');

  useEffect(() => {
    let current = true;
    let mounted: StripePaymentElement | null = null;
    if (!container.current) return;
    mountPaymentElement(publishableKey, clientSecret, container.current).then(
      (element) => {
        if (!current) return element.destroy();
        mounted = element;
        setStatus('ready');
        onElement(element);
      },
      () => current && setStatus('failed'),
    );
    return () => {
      current = false;
      mounted?.destroy();
      onElement(null);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- mounted once per PaymentIntent
  }, [publishableKey, clientSecret]);

  return (
    <div className="space-y-3">
      {status === 'loading' && (
        <p className="flex items-center gap-2 text-sm text-stone-600">
          <Glyph name="spinner" className="size-4" /> Loading the secure card form…
        </p>
      )}
      {status === 'failed' && (
        <p className="text-sm text-red-700">The card form could not load. Check your connection and reload the page.</p>
      )}
      <div ref={container} />
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
