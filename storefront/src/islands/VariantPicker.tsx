import type { DeliveryOptionView, OptionView, StoreVariantView } from '@tillpoint/sdk';
import { useState, type ReactNode } from 'react';
import { AvailabilityBadge } from '../components/AvailabilityBadge';
import { DiscountBadge } from '../components/DiscountBadge';
import { PriceTag } from '../components/PriceTag';
import { describeAvailability, isPurchasable } from '../lib/availability';
import type { DeliveryCountry } from '../lib/delivery-countries';
import { formatMoney } from '../lib/money';
import { isColourOption } from '../lib/swatches';
import { AddToCartButton } from './cart/AddToCartButton';
import { DeliveryEstimate } from './DeliveryEstimate';
import { OptionSelector } from './OptionSelector';
import { useDeliveryOptions } from './use-delivery-options';

interface Props {
  handle: string;
  options: OptionView[];
  variants: StoreVariantView[];
  initialVariantId: string;
  country: string;
  countries: DeliveryCountry[];
  /** The store's own country: the destination when the address names none. */
  homeCountry: string;
  /** The server's answer for the first variant and country; null when the API did not give one. */
  initialDelivery: DeliveryOptionView[] | null;
  /** Variant id → id of the gallery image that shows it. */
  variantImages: Record<string, string>;
  /** The form doing the same job without JavaScript, rendered by the server inside <noscript>. */
  children?: ReactNode;
}

type Selection = Record<string, string>;

const matches = (variant: StoreVariantView, wanted: Selection) =>
  Object.entries(wanted).every(([name, value]) => variant.options[name] === value);

/**
 * Price, options, availability and delivery of the product page, following the shopper's choice of
 * variant. The server renders it for the first variant; without JavaScript the form in `children` reloads
 * the page for another one.
 */
export function VariantPicker({
  handle,
  options,
  variants,
  initialVariantId,
  country: initialCountry,
  countries,
  homeCountry,
  initialDelivery,
  variantImages,
  children,
}: Props) {
  const [variantId, setVariantId] = useState(initialVariantId);
  const [country, setCountry] = useState(initialCountry);
  const [announcement, setAnnouncement] = useState('');
  const [delivery, loadDelivery] = useDeliveryOptions(handle, {
    variantId: initialVariantId,
    country: initialCountry,
    options: initialDelivery,
  });
  const variant = variants.find((v) => v.id === variantId) ?? variants[0];

  function choose(name: string, value: string): void {
    const wanted = { ...variant.options, [name]: value };
    // A value that doesn't exist with the other choices switches them to the closest variant that has it.
    const next = variants.find((v) => matches(v, wanted)) ?? closestWith(variants, name, value, variant.options);
    if (!next || next.id === variant.id) return;
    setVariantId(next.id);
    setAnnouncement(`${next.title}: ${formatMoney(next.price)}. ${describeAvailability(next.availability).label}.`);
    loadDelivery(next.id, country);
    showImage(variantImages[next.id]);
    rememberInAddress(next.id, country, homeCountry);
  }

  function changeCountry(code: string): void {
    setCountry(code);
    loadDelivery(variant.id, code);
    rememberInAddress(variant.id, code, homeCountry);
  }

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-3">
        <PriceTag price={variant.price} wasPrice={variant.wasPrice} size="lg" />
        <DiscountBadge percent={variant.discountPercent} />
      </div>
      <p className="sr-only" role="status">
        {announcement}
      </p>
      {options.length > 0 && (
        <div data-requires-js className="space-y-5">
          {options.map((option) => (
            <OptionSelector
              key={option.name}
              name={option.name}
              swatches={isColourOption(option.name)}
              onChoose={(value) => choose(option.name, value)}
              choices={option.values.map((value) => {
                const candidate = variants.find((v) => matches(v, { ...variant.options, [option.name]: value }));
                return {
                  value,
                  selected: variant.options[option.name] === value,
                  unavailable: !candidate,
                  soldOut: candidate ? !isPurchasable(candidate.availability) : false,
                };
              })}
            />
          ))}
        </div>
      )}
      {children}
      <div className="space-y-3">
        <AvailabilityBadge availability={variant.availability} size="md" />
        <AddToCartButton variantId={variant.id} purchasable={isPurchasable(variant.availability)} />
      </div>
      <DeliveryEstimate
        state={delivery}
        country={country}
        countries={countries}
        onCountryChange={changeCountry}
        soldOut={!isPurchasable(variant.availability)}
      />
    </div>
  );
}

/** The variant with `name: value` that keeps most of the other choices, preferring one that can be ordered. */
function closestWith(variants: StoreVariantView[], name: string, value: string, current: Selection): StoreVariantView | undefined {
  const score = (v: StoreVariantView) =>
    (isPurchasable(v.availability) ? 100 : 0) + Object.entries(current).filter(([n, val]) => n !== name && v.options[n] === val).length;
  return variants.filter((v) => v.options[name] === value).sort((a, b) => score(b) - score(a))[0];
}

/** Brings the variant's picture into view in the gallery (rendered by the page, outside this island). */
function showImage(imageId: string | undefined): void {
  const slide = imageId ? document.getElementById(`image-${imageId}`) : null;
  const track = slide?.parentElement;
  if (!slide || !track) return;
  const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
  track.scrollTo({ left: slide.offsetLeft, behavior: smooth ? 'smooth' : 'auto' });
}

/** A reload or a shared link shows the same variant and destination. */
function rememberInAddress(variantId: string, country: string, homeCountry: string): void {
  const url = new URL(window.location.href);
  url.searchParams.set('variant', variantId);
  if (country === homeCountry) url.searchParams.delete('country');
  else url.searchParams.set('country', country);
  history.replaceState(history.state, '', url);
}
