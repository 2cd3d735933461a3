/** Where the common carriers show a parcel, so staff need type only the carrier and the number. */
const TRACKING_PAGES: Record<string, (number: string) => string> = {
  postnl: (n) => `https://jouw.postnl.nl/track-and-trace/${n}`,
  dhl: (n) => `https://www.dhl.com/global-en/home/tracking/tracking-parcel.html?tracking-id=${n}`,
  dpd: (n) => `https://tracking.dpd.de/status/en_US/parcel/${n}`,
  ups: (n) => `https://www.ups.com/track?tracknum=${n}`,
  fedex: (n) => `https://www.fedex.com/fedextrack/?trknbr=${n}`,
  gls: (n) => `https://gls-group.com/track/${n}`,
  usps: (n) => `https://tools.usps.com/go/TrackConfirmAction?tLabels=${n}`,
  bpost: (n) => `https://track.bpost.cloud/btr/web/#/search?itemCode=${n}`,
};

export interface Tracking {
  carrier: string | null;
  trackingNumber: string | null;
  trackingUrl: string | null;
}

/** The tracking as given, trimmed, with a link made from a known carrier's page when none was given. */
export function trackingOf(input: { carrier?: string; trackingNumber?: string; trackingUrl?: string }): Tracking {
  const carrier = input.carrier?.trim() || null;
  const trackingNumber = input.trackingNumber?.trim() || null;
  const page = carrier ? TRACKING_PAGES[carrier.toLowerCase().replace(/[^a-z]/g, '')] : undefined;
  const made = page && trackingNumber ? page(encodeURIComponent(trackingNumber)) : null;
  return { carrier, trackingNumber, trackingUrl: input.trackingUrl?.trim() || made };
}

export function hasTracking(tracking: Tracking): boolean {
  return Boolean(tracking.carrier || tracking.trackingNumber || tracking.trackingUrl);
}
