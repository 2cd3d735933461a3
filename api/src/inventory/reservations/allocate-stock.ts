/** A variant wanted, with what the store allows for it. Untracked variants are never allocated: nothing counts them. */
export interface WantedItem {
  variantId: string;
  quantity: number;
  tracked: boolean;
  backorder: boolean;
}

export interface LevelOffer {
  variantId: string;
  locationId: string;
  available: number;
}

export interface Allocation {
  variantId: string;
  locationId: string;
  quantity: number;
}

export interface Shortage {
  variantId: string;
  requested: number;
  available: number;
}

/**
 * Where each unit comes from. Fewest parcels first: a location that can send the whole line wins, then
 * the locations with the most available. A backorder variant takes what is there and books the rest
 * against its best location (or `fallbackLocationId` when it has none). Pure: callers pass locked levels.
 */
export function allocateStock(
  items: readonly WantedItem[],
  offers: readonly LevelOffer[],
  fallbackLocationId: string | null,
): { allocations: Allocation[]; shortages: Shortage[] } {
  const allocations: Allocation[] = [];
  const shortages: Shortage[] = [];
  for (const item of items) {
    if (!item.tracked || item.quantity <= 0) continue;
    const candidates = offers
      .filter((offer) => offer.variantId === item.variantId)
      .sort(
        (a, b) =>
          Number(b.available >= item.quantity) - Number(a.available >= item.quantity) ||
          b.available - a.available ||
          (a.locationId < b.locationId ? -1 : 1),
      );
    const total = candidates.reduce((sum, offer) => sum + Math.max(0, offer.available), 0);
    if (total < item.quantity && !item.backorder) {
      shortages.push({ variantId: item.variantId, requested: item.quantity, available: total });
      continue;
    }
    let remaining = item.quantity;
    for (const offer of candidates) {
      const take = Math.min(remaining, Math.max(0, offer.available));
      if (take > 0) allocations.push({ variantId: item.variantId, locationId: offer.locationId, quantity: take });
      remaining -= take;
    }
    const backorderAt = candidates[0]?.locationId ?? fallbackLocationId;
    if (remaining > 0 && backorderAt) addTo(allocations, { variantId: item.variantId, locationId: backorderAt, quantity: remaining });
    else if (remaining > 0) shortages.push({ variantId: item.variantId, requested: item.quantity, available: total });
  }
  return { allocations, shortages };
}

function addTo(allocations: Allocation[], extra: Allocation): void {
  const same = allocations.find((a) => a.variantId === extra.variantId && a.locationId === extra.locationId);
  if (same) same.quantity += extra.quantity;
  else allocations.push(extra);
}
