/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** This shopper's API client; rotated tokens are written back to the session cookies. */
    api: import('@tillpoint/sdk').TillpointClient;
    /** The store's name, currency and brand colour (a neutral fallback when the API is unreachable). */
    store: import('@tillpoint/sdk').StoreInfoView;
    /** The signed-in customer, or null. */
    customer: import('@tillpoint/sdk').CustomerView | null;
    /** False when the API did not answer (or failed) while preparing this request. */
    apiReachable: boolean;
  }
}
