import sharp from 'sharp';
import type { Silhouette } from './catalog-plan';

/** Simple flat drawings on an 800 × 800 canvas: enough for a demo store to look like a shop, made offline. */
const SHAPES: Record<Silhouette, string> = {
  sweater: 'M250 220 L340 170 Q400 215 460 170 L550 220 L630 430 L560 460 L540 360 L540 640 L260 640 L260 360 L240 460 L170 430 Z',
  tshirt: 'M240 220 L330 175 Q400 220 470 175 L560 220 L620 320 L550 350 L530 300 L530 630 L270 630 L270 300 L250 350 L180 320 Z',
  shirt:
    'M250 215 L345 170 L400 230 L455 170 L550 215 L620 440 L560 460 L535 360 L535 640 L265 640 L265 360 L240 460 L180 440 Z M398 235 L398 640',
  trousers: 'M285 170 L515 170 L540 640 L440 640 L400 330 L360 640 L260 640 Z',
  jacket: 'M245 210 L345 165 L400 205 L455 165 L555 210 L630 460 L560 480 L540 380 L540 650 L260 650 L260 380 L240 480 L170 460 Z',
  dress: 'M330 170 L470 170 L480 300 L590 640 L210 640 L320 300 Z',
  shoe: 'M170 470 Q180 380 260 370 L390 360 Q430 300 500 320 L560 380 Q650 400 640 480 L640 520 L170 520 Z',
  boot: 'M300 180 L450 180 L460 430 Q600 440 620 500 L620 560 L290 560 Z',
  bag: 'M220 330 L580 330 L610 620 L190 620 Z M320 330 Q320 220 400 220 Q480 220 480 330',
  hat: 'M250 480 Q250 250 400 250 Q550 250 550 480 Z M220 480 L580 480 L580 540 L220 540 Z',
  sock: 'M340 170 L460 170 L460 470 Q460 520 510 540 L580 570 Q620 610 580 640 L400 640 Q330 640 340 560 Z',
  blanket: 'M210 230 L590 230 L590 570 L210 570 Z M210 300 L590 300 M210 500 L590 500',
  mug: 'M270 300 L500 300 L490 590 L280 590 Z M500 360 Q590 360 590 440 Q590 520 495 520',
  candle: 'M320 330 L480 330 L480 620 L320 620 Z M400 240 Q430 290 400 320 Q370 290 400 240',
};

export interface DemoImage {
  large: Buffer;
  thumb: Buffer;
  width: number;
  height: number;
}

export async function renderDemoImage(
  silhouette: Silhouette,
  colour: { hue: number; saturation: number; lightness: number },
): Promise<DemoImage> {
  const { hue, saturation, lightness } = colour;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800" viewBox="0 0 800 800">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="hsl(${hue}, 25%, 94%)"/><stop offset="1" stop-color="hsl(${hue}, 20%, 84%)"/></linearGradient></defs>
    <rect width="800" height="800" fill="url(#g)"/>
    <ellipse cx="400" cy="690" rx="250" ry="26" fill="hsl(${hue}, 15%, 70%)" opacity="0.5"/>
    <path d="${SHAPES[silhouette]}" fill="hsl(${hue}, ${saturation}%, ${lightness}%)" stroke="hsl(${hue}, ${saturation}%, ${Math.max(lightness - 12, 5)}%)"
      stroke-width="6" stroke-linejoin="round"/></svg>`;
  const base = sharp(Buffer.from(svg));
  const [large, thumb] = await Promise.all([
    base.clone().webp({ quality: 78, effort: 0 }).toBuffer(),
    base.clone().resize({ width: 480 }).webp({ quality: 78, effort: 0 }).toBuffer(),
  ]);
  return { large, thumb, width: 800, height: 800 };
}
