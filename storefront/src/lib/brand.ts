const HEX_COLOUR = /^#(?:[0-9a-f]{3}){1,2}$/i;
const FALLBACK_BRAND = '#292524';
const WHITE = '#ffffff';
const INK = '#1c1917';
/** WCAG AA for normal text. */
const MIN_TEXT_CONTRAST = 4.5;

/**
 * CSS custom properties for the brand colour set in the API: the colour itself, a text colour that
 * reads on top of it, and a variant dark enough to use as text on white.
 */
export function brandStyle(colour: string): string {
  const brand = HEX_COLOUR.test(colour) ? expand(colour) : FALLBACK_BRAND;
  const onBrand = contrast(brand, WHITE) >= contrast(brand, INK) ? WHITE : INK;
  const ink = contrast(brand, WHITE) >= MIN_TEXT_CONTRAST ? brand : INK;
  return `--brand: ${brand}; --brand-contrast: ${onBrand}; --brand-ink: ${ink};`;
}

function expand(hex: string): string {
  return hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex.toLowerCase();
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
