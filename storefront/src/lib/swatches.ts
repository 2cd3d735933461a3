/** Colour names a catalog commonly uses, as swatch colours; unknown names are shown as text only. */
const SWATCHES: Record<string, string> = {
  beige: '#d9c7a7',
  black: '#1c1917',
  blue: '#2563eb',
  brown: '#6b4423',
  burgundy: '#7f1d32',
  camel: '#b98a55',
  charcoal: '#3f3f46',
  cream: '#f3ead3',
  ecru: '#e9e2cf',
  forest: '#1f4d36',
  green: '#3f7d4f',
  grey: '#9ca3af',
  gray: '#9ca3af',
  khaki: '#a39a6b',
  mustard: '#c99a2e',
  natural: '#e7dcc5',
  navy: '#1e2a4a',
  oatmeal: '#d8ccb4',
  olive: '#6b6b3a',
  pink: '#e8a5b5',
  red: '#b91c1c',
  rust: '#a4472a',
  sage: '#9caf88',
  sand: '#d6c29c',
  sky: '#8fb8de',
  stone: '#a8a29e',
  tan: '#c19a6b',
  terracotta: '#c0603f',
  white: '#ffffff',
};

const COLOUR_OPTION = /^colou?r$/i;

/** True for the option that holds colours ("Colour" or "Color"). */
export function isColourOption(name: string): boolean {
  return COLOUR_OPTION.test(name.trim());
}

/** A CSS colour for a colour name such as "Navy", or undefined when we don't know it. */
export function swatchColour(value: string): string | undefined {
  return SWATCHES[value.trim().toLowerCase()];
}
