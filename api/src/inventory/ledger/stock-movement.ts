/** What a movement did to a stock level; the ledger's `kind` column allows exactly these. */
export const MOVEMENT_KINDS = ['received', 'sold', 'returned', 'reserved', 'released', 'transfer_in', 'transfer_out', 'adjusted'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

export const ACTOR_TYPES = ['staff', 'api_key', 'system'] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

/** Who caused a movement: a staff member, an integrator's key, or the system itself (a checkout, a job). */
export interface StockActor {
  type: ActorType;
  /** Staff user or API key id; null for the system. */
  id: string | null;
}

/** What caused a movement: an order, a transfer, an adjustment, a purchase order... */
export interface StockReference {
  type: string;
  id: string;
}

/** One change to the level of one variant at one location, as a caller asks the ledger for it. */
export interface MovementInput {
  variantId: string;
  locationId: string;
  kind: MovementKind;
  /** Why, for `adjusted` above all (`damaged`, `cycle_count`...). */
  reason?: string | null;
  onHandDelta: number;
  reservedDelta: number;
  reference?: StockReference | null;
  note?: string | null;
  actor: StockActor;
}

/** A level as it stands (inside the transaction that locked it), with what the views need to name it. */
export interface StockLevelState {
  variantId: string;
  sku: string;
  productId: string;
  productTitle: string;
  variantTitle: string;
  locationId: string;
  locationName: string;
  onHand: number;
  reserved: number;
  available: number;
  lowStockThreshold: number;
  trackInventory: boolean;
  allowBackorder: boolean;
  updatedAt: Date;
}

/** A ledger row as written. Ids are bigints, carried as strings. */
export interface RecordedMovement {
  id: string;
  variantId: string;
  sku: string;
  locationId: string;
  locationName: string;
  kind: MovementKind;
  reason: string | null;
  onHandDelta: number;
  reservedDelta: number;
  reference: StockReference | null;
  note: string | null;
  actor: StockActor;
  createdAt: Date;
}

/** What `StockLedger.apply` answers: the movements in the order given, and each touched level once, after the change. */
export interface LedgerResult {
  movements: RecordedMovement[];
  levels: StockLevelState[];
}

export interface LevelKey {
  variantId: string;
  locationId: string;
}

/** The key of a level in the ledger's maps; case-insensitive, as UUIDs are. */
export function levelKey(key: LevelKey): string {
  return `${key.variantId.toLowerCase()}|${key.locationId.toLowerCase()}`;
}
