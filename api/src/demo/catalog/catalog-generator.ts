import { COLOURS, LeafPlan, LEAVES } from './catalog-plan';
import { Random } from './random';

export interface PlannedVariant {
  sku: string;
  options: Record<string, string>;
  title: string;
  price: number;
  compareAt: number | null;
  weightGrams: number;
  /** Units per location code. */
  stock: Record<string, number>;
  allowBackorder: boolean;
  backorderExpectedAt: string | null;
  lowStockThreshold: number;
}

export interface PlannedProduct {
  handle: string;
  title: string;
  vendor: string;
  description: string;
  category: string;
  tags: string[];
  options: { name: string; values: string[] }[];
  variants: PlannedVariant[];
  /** One image per colour (or one), as the drawing of the category in that colour. */
  images: { colour: string; alt: string }[];
  salesCount: number;
  daysSincePublished: number;
}

const VENDORS = ['Northfold', 'Kestrel & Co', 'Atelier Lune', 'Fjell', 'Marlow Studio', 'Tillpoint Basics'];
export const LOCATION_CODES = ['WH-NL', 'STORE-AMS'] as const;

function roundPrice(cents: number): number {
  return Math.max(490, Math.round(cents / 500) * 500 - 10);
}

function addDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A realistic product for a leaf category; `n` makes its handle and SKUs unique. */
function planProduct(leaf: LeafPlan, random: Random, n: number, variantsEach?: number): PlannedProduct {
  const title = `${random.pick(leaf.adjectives)} ${random.pick(leaf.materials)} ${random.pick(leaf.items)}`;
  const colours = random.sample(COLOURS, random.int(1, leaf.colours)).map((c) => c.name);
  const sizes = leaf.sizes ? random.sample(leaf.sizes, Math.min(leaf.sizes.length, random.int(3, 5))) : null;
  const options = variantsEach
    ? [{ name: 'Size', values: ['XS', 'S', 'M', 'L', 'XL', 'XXL'].slice(0, variantsEach) }]
    : [
        ...(sizes ? [{ name: 'Size', values: sizes }] : []),
        ...(colours.length > 1 || leaf.colours > 1 ? [{ name: 'Colour', values: colours }] : []),
      ];
  const combos: Record<string, string>[] = [{}];
  for (const option of options) {
    const next: Record<string, string>[] = [];
    for (const combo of combos) for (const value of option.values) next.push({ ...combo, [option.name]: value });
    combos.splice(0, combos.length, ...next.slice(0, 12));
  }
  const base = roundPrice(random.int(leaf.price[0], leaf.price[1]));
  const compareAt = random.chance(0.1) ? roundPrice(base * 1.25) : null;
  const prefix = leaf.handle.slice(0, 3).toUpperCase();
  const variants = combos.map((values, i) => {
    const scarce = random.chance(0.15);
    const gone = random.chance(0.08);
    const backorder = gone && random.chance(0.5);
    return {
      sku: `${prefix}-${String(n).padStart(5, '0')}-${i + 1}`,
      options: values,
      title: Object.values(values).join(' / ') || 'Default',
      price: base + (values.Size && ['XL', '44', '45'].includes(values.Size) ? 500 : 0),
      compareAt,
      weightGrams: random.int(leaf.weight[0], leaf.weight[1]),
      stock: {
        'WH-NL': gone ? 0 : scarce ? random.int(1, 3) : random.int(4, 60),
        'STORE-AMS': gone || scarce ? 0 : random.chance(0.6) ? random.int(1, 12) : 0,
      },
      allowBackorder: backorder,
      backorderExpectedAt: backorder ? addDays(random.int(10, 30)) : null,
      lowStockThreshold: 5,
    };
  });
  return {
    handle: `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${n}`,
    title,
    vendor: random.pick(VENDORS),
    description: `${leaf.description}\n\n**Material:** ${title.split(' ')[1]}.\n\n- Designed in Amsterdam\n- Free returns within 30 days\n- Care: see the label`,
    category: leaf.handle,
    tags: [
      ...new Set([
        leaf.handle,
        title.split(' ')[1].toLowerCase(),
        ...(random.chance(0.3) ? ['new'] : []),
        ...(random.chance(0.25) ? ['gift'] : []),
      ]),
    ],
    options,
    variants,
    images: (colours.length ? colours : ['Oatmeal']).map((colour) => ({ colour, alt: `${title} in ${colour}` })),
    salesCount: random.int(0, 500),
    daysSincePublished: random.int(0, 365),
  };
}

/**
 * `count` products spread over every leaf category, the same for the same seed. `variantsEach` gives
 * every product exactly that many variants (by size), for benchmarks that need a fixed shape.
 */
export function planCatalog(count: number, options: { seed?: number; variantsEach?: number } = {}): PlannedProduct[] {
  const random = new Random(options.seed ?? 20261126);
  return Array.from({ length: count }, (_, i) => planProduct(LEAVES[i % LEAVES.length], random, i + 1, options.variantsEach));
}
