import { Link } from '@tanstack/react-router';
import type { AdminOrderView } from '@tillpoint/sdk';
import type { ReactNode } from 'react';
import { formatCalendarDate } from '../../../shared/format/dates';
import { formatMoney } from '../../../shared/format/money';
import { Card } from '../../../shared/ui/Card';
import { useCan } from '../../auth/use-me';
import { providerLabel } from '../order-labels';
import { FulfilmentStatusBadge, PaymentStatusBadge } from './OrderBadges';
import { PostalAddress } from './PostalAddress';

/** Beside the lines: who ordered, where it goes, how it travels and how it is paid. */
export function OrderFacts({ order }: { order: AdminOrderView }) {
  const canReadMail = useCan('mail:read');
  const { shippingAddress, billingAddress, shippingMethod } = order;
  const sameAddress = JSON.stringify(shippingAddress) === JSON.stringify(billingAddress);
  const estimate = shippingMethod.estimate;

  return (
    <div className="space-y-5">
      <FactCard title="Customer">
        <Fact label="Email">
          <a href={`mailto:${order.email}`} className="break-all text-brand-700 hover:underline">
            {order.email}
          </a>
          <span className="block text-xs text-stone-500">{order.customerId ? 'Has an account' : 'Guest checkout'}</span>
          {canReadMail && (
            <Link
              to="/mail"
              search={{ to: order.email }}
              className="mt-1 block text-xs font-medium text-stone-600 hover:text-stone-900 hover:underline"
            >
              Emails sent to this address
            </Link>
          )}
        </Fact>
        <Fact label="Shipping address">
          <PostalAddress address={shippingAddress} />
        </Fact>
        <Fact label="Billing address">
          {sameAddress ? <span className="text-stone-500">Same as shipping</span> : <PostalAddress address={billingAddress} />}
        </Fact>
      </FactCard>

      <FactCard title="Delivery">
        <Fact label="Method">
          <span className="flex justify-between gap-3">
            <span className="font-medium text-stone-900">{shippingMethod.name}</span>
            <span className="tabular-nums">{shippingMethod.price.amount === 0 ? 'Free' : formatMoney(shippingMethod.price)}</span>
          </span>
        </Fact>
        <Fact label={shippingMethod.kind === 'pickup' ? 'Ready for pickup' : 'Expected delivery'}>
          {estimate
            ? estimate.earliest === estimate.latest
              ? formatCalendarDate(estimate.earliest)
              : `${formatCalendarDate(estimate.earliest)} – ${formatCalendarDate(estimate.latest)}`
            : 'No estimate'}
        </Fact>
        <Fact label="Fulfilment">
          <FulfilmentStatusBadge status={order.fulfilmentStatus} />
        </Fact>
      </FactCard>

      <FactCard title="Payment">
        <Fact label="Provider">{providerLabel(order.paymentProvider)}</Fact>
        <Fact label="Status">
          <PaymentStatusBadge status={order.paymentStatus} />
        </Fact>
        <Fact label={order.paymentIds.length === 1 ? 'Payment reference' : 'Payment references'}>
          {order.paymentIds.length === 0 ? (
            <span className="text-stone-500">No payment recorded</span>
          ) : (
            <ul className="space-y-0.5">
              {order.paymentIds.map((id) => (
                <li key={id}>
                  <code className="font-mono text-xs break-all text-stone-700 select-all">{id}</code>
                </li>
              ))}
            </ul>
          )}
        </Fact>
      </FactCard>
    </div>
  );
}

function FactCard({ title, children }: { title: string; children: ReactNode }) {
  const id = `facts-${title.toLowerCase()}`;
  return (
    <Card>
      <section aria-labelledby={id}>
        <h2 id={id} className="border-b border-stone-100 px-4 py-3 font-semibold text-stone-900">
          {title}
        </h2>
        <dl className="space-y-3 px-4 py-3.5">{children}</dl>
      </section>
    </Card>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium text-stone-500">{label}</dt>
      <dd className="mt-0.5 text-stone-700">{children}</dd>
    </div>
  );
}
