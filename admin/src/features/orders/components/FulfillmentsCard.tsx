import type { AdminOrderView, FulfillmentView } from '@tillpoint/sdk';
import { ExternalLink, Package } from 'lucide-react';
import { formatDateTime } from '../../../shared/format/dates';
import { Badge } from '../../../shared/ui/Badge';
import { FormSection } from '../../../shared/ui/FormSection';

/** The parcels sent so far: what is in each, where it left from, and the link to follow it. */
export function FulfillmentsCard({ order }: { order: AdminOrderView }) {
  if (order.fulfillments.length === 0) return null;
  const titles = new Map(order.lines.map((line) => [line.id, [line.title, line.variantTitle].filter(Boolean).join(' · ')]));
  return (
    <FormSection title="Fulfilments" description={`${order.fulfillments.length} parcel${order.fulfillments.length === 1 ? '' : 's'}`} flush>
      <ol aria-label="Parcels" className="divide-y divide-stone-100">
        {order.fulfillments.map((parcel, index) => (
          <li key={parcel.id} className="flex gap-3 px-4 py-3.5 sm:px-5">
            <span aria-hidden className="mt-0.5 flex size-8 shrink-0 items-center justify-center rounded-full bg-stone-100 text-stone-500">
              <Package className="size-4" />
            </span>
            <div className="min-w-0 flex-1 space-y-1.5">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <p className="font-medium text-stone-900">
                  Parcel {index + 1} <span className="font-normal text-stone-500">from {parcel.locationName}</span>
                </p>
                <ParcelBadge parcel={parcel} />
              </div>
              <Tracking parcel={parcel} />
              <ul className="text-stone-700">
                {parcel.lines.map((line) => (
                  <li key={line.lineId}>
                    <span className="tabular-nums">{line.quantity} ×</span> {titles.get(line.lineId) ?? 'Removed item'}
                  </li>
                ))}
              </ul>
              <p className="text-xs text-stone-500">
                {[
                  `Packed ${formatDateTime(parcel.createdAt)}`,
                  parcel.shippedAt && `shipped ${formatDateTime(parcel.shippedAt)}`,
                  parcel.deliveredAt && `delivered ${formatDateTime(parcel.deliveredAt)}`,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            </div>
          </li>
        ))}
      </ol>
    </FormSection>
  );
}

function ParcelBadge({ parcel }: { parcel: FulfillmentView }) {
  if (parcel.deliveredAt) return <Badge tone="success">Delivered</Badge>;
  if (parcel.shippedAt) return <Badge tone="info">Shipped</Badge>;
  return <Badge tone="warning">Packed, not shipped</Badge>;
}

function Tracking({ parcel }: { parcel: FulfillmentView }) {
  const { carrier, trackingNumber, trackingUrl } = parcel;
  if (!carrier && !trackingNumber && !trackingUrl) return <p className="text-stone-500">No tracking</p>;
  const label = [carrier, trackingNumber].filter(Boolean).join(' · ') || 'Track parcel';
  return trackingUrl ? (
    <a
      href={trackingUrl}
      target="_blank"
      rel="noopener noreferrer"
      className="inline-flex max-w-full items-center gap-1 font-medium break-all text-brand-700 hover:underline"
    >
      {label}
      <ExternalLink aria-hidden className="size-3.5 shrink-0" />
      <span className="sr-only">(opens the carrier’s tracking page)</span>
    </a>
  ) : (
    <p className="text-stone-700">{label}</p>
  );
}
