import { Link } from '@tanstack/react-router';
import type { AdminOrderView } from '@tillpoint/sdk';
import { ArrowLeft, Printer } from 'lucide-react';
import type { ReactNode } from 'react';
import { useStoreName, useStorefrontUrl } from '../../../app/use-store-info';
import { formatDate } from '../../../shared/format/dates';
import { Button } from '../../../shared/ui/Button';
import { ProblemNotice } from '../../../shared/ui/Notice';
import { LoadingState } from '../../../shared/ui/Spinner';
import { PostalAddress } from '../components/PostalAddress';
import { useOrder } from '../use-orders';
import './print-document.css';

interface PrintDocumentProps {
  orderId: string;
  /** "Invoice", "Packing slip": the document's title on paper and in the tab. */
  title: string;
  children: (order: AdminOrderView) => ReactNode;
}

/**
 * A printable page for one order: on screen a sheet of paper under a bar with Print, on paper only the
 * sheet. It stands outside the admin's frame, so nothing but the document is printed.
 */
export function PrintDocument({ orderId, title, children }: PrintDocumentProps) {
  const order = useOrder(orderId);
  const heading = order.data ? `${title} · Order #${order.data.number}` : title;
  return (
    <div className="min-h-dvh bg-stone-100 print:bg-white">
      <title>{heading}</title>
      <div className="sticky top-0 z-10 border-b border-stone-200 bg-white/95 backdrop-blur print:hidden">
        <div className="mx-auto flex h-14 max-w-[210mm] items-center justify-between gap-3 px-4">
          <Link
            to="/orders/$orderId"
            params={{ orderId }}
            className="inline-flex items-center gap-1 text-[13px] font-medium text-stone-600 hover:text-stone-900"
          >
            <ArrowLeft aria-hidden className="size-3.5" /> {order.data ? `Order #${order.data.number}` : 'Order'}
          </Link>
          <Button variant="primary" onClick={() => window.print()} disabled={!order.data}>
            <Printer aria-hidden /> Print
          </Button>
        </div>
      </div>
      <main className="px-4 py-8 print:p-0">
        {order.error ? (
          <ProblemNotice error={order.error} title="The order could not be loaded" className="mx-auto max-w-[210mm]" />
        ) : !order.data ? (
          <LoadingState label="Loading the order…" />
        ) : (
          <article
            aria-label={heading}
            className="mx-auto max-w-[210mm] bg-white px-[14mm] py-[12mm] text-[13px] leading-relaxed text-stone-800 shadow-sm ring-1 ring-stone-200 print:max-w-none print:p-0 print:shadow-none print:ring-0"
          >
            <DocumentHeading title={title} order={order.data} />
            {children(order.data)}
          </article>
        )}
      </main>
    </div>
  );
}

function DocumentHeading({ title, order }: { title: string; order: AdminOrderView }) {
  const storeName = useStoreName();
  const storefront = useStorefrontUrl();
  return (
    <header className="mb-8 flex items-start justify-between gap-6 border-b border-stone-200 pb-6">
      <div>
        <p className="text-lg font-semibold tracking-tight text-stone-900">{storeName}</p>
        {storefront && <p className="text-stone-500">{storefront.replace(/^https?:\/\//, '')}</p>}
      </div>
      <div className="text-right">
        <h1 className="text-2xl font-semibold tracking-tight text-stone-900">{title}</h1>
        <p className="text-stone-500">
          Order #{order.number} · {formatDate(order.placedAt)}
        </p>
      </div>
    </header>
  );
}

/** A labelled block of the document: "Ship to", "Bill to", "Details". */
export function DocumentBlock({ label, children }: { label: string; children: ReactNode }) {
  return (
    <section>
      <h2 className="mb-1 text-[11px] font-semibold tracking-wider text-stone-500 uppercase">{label}</h2>
      <div className="text-stone-800">{children}</div>
    </section>
  );
}

/** Where the parcel goes. */
export function ShipToBlock({ order }: { order: AdminOrderView }) {
  return (
    <DocumentBlock label="Ship to">
      <PostalAddress address={order.shippingAddress} />
    </DocumentBlock>
  );
}
