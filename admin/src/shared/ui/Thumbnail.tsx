import clsx from 'clsx';
import { ImageOff } from 'lucide-react';

const SIZES = { sm: 'size-9', md: 'size-12', lg: 'size-24' };

/** A product picture, square and cropped; a quiet placeholder when there is none. */
export function Thumbnail({ src, alt = '', size = 'sm' }: { src: string | null | undefined; alt?: string; size?: keyof typeof SIZES }) {
  const box = clsx('shrink-0 overflow-hidden rounded-md border border-stone-200 bg-stone-100', SIZES[size]);
  if (!src) {
    return (
      <span className={clsx(box, 'flex items-center justify-center text-stone-400')}>
        <ImageOff aria-hidden className="size-4" />
      </span>
    );
  }
  return <img src={src} alt={alt} loading="lazy" decoding="async" className={clsx(box, 'object-cover')} />;
}
