import type { CategoryNodeView, PaymentProviderId, PreferencesDto, ShippingMethodKind } from '@tillpoint/sdk';
import { PROVIDER_LABELS } from './payment-labels';

export interface Choice {
  value: string;
  label: string;
  description?: string;
}

const NO_PREFERENCE: Choice = { value: '', label: 'No preference' };

export const DELIVERY_KIND_CHOICES: readonly Choice[] = [
  NO_PREFERENCE,
  { value: 'standard', label: 'Standard', description: 'The usual, lowest-cost delivery' },
  { value: 'express', label: 'Express', description: 'The fastest way, where offered' },
  { value: 'pickup', label: 'Pick up', description: 'Collect from one of our locations' },
];

const DELIVERY_KINDS = new Set(DELIVERY_KIND_CHOICES.map((c) => c.value).filter(Boolean));

/** The ways to pay a customer may prefer: those the store offers, and the one already chosen even if no longer offered. */
export function paymentChoices(offered: readonly PaymentProviderId[], current: PaymentProviderId | null): Choice[] {
  const ids = [...new Set([...offered, ...(current ? [current] : [])])];
  return [NO_PREFERENCE, ...ids.map((id) => ({ value: id, label: PROVIDER_LABELS[id] }))];
}

export interface CategoryChoice {
  id: string;
  name: string;
  depth: number;
}

/** The category tree as one list, parents before children, each with how deep it sits (for indenting). */
export function categoryChoices(tree: readonly CategoryNodeView[], depth = 0): CategoryChoice[] {
  return tree.flatMap((node) => [{ id: node.id, name: node.name, depth }, ...categoryChoices(node.children, depth + 1)]);
}

/** One group per top-level category (it and everything under it), so a group never splits across columns. */
export function categoryGroups(tree: readonly CategoryNodeView[]): CategoryChoice[][] {
  return tree.map((node) => categoryChoices([node]));
}

/** A form post without JavaScript: an unticked box is simply absent, so "absent" means off. */
export async function preferencesFromForm(request: Request): Promise<PreferencesDto> {
  const form = await request.formData().catch(() => new FormData());
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : '';
  };
  const on = (name: string) => form.has(name);
  const delivery = text('preferredDeliveryKind');
  const payment = text('preferredPaymentProvider');
  return {
    marketingEmails: on('marketingEmails'),
    favouriteCategoryIds: form.getAll('favouriteCategoryIds').filter((v): v is string => typeof v === 'string'),
    preferredDeliveryKind: DELIVERY_KINDS.has(delivery) ? (delivery as ShippingMethodKind) : null,
    preferredPaymentProvider: payment in PROVIDER_LABELS ? (payment as PaymentProviderId) : null,
    emails: { shipped: on('emails.shipped'), delivered: on('emails.delivered'), messageReplies: on('emails.messageReplies') },
  };
}
