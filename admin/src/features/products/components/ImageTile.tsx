import type { AdminVariantView, ImageView } from '@tillpoint/sdk';
import { ArrowLeft, ArrowRight, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../../shared/ui/Button';
import { Input } from '../../../shared/ui/Input';
import { Select } from '../../../shared/ui/Select';

const ALL_VARIANTS = '__all__';

interface ImageTileProps {
  image: ImageView;
  position: number;
  count: number;
  variants: readonly AdminVariantView[];
  canManage: boolean;
  onChange: (changes: { alt?: string; variantId?: string | null }) => void;
  onMove: (step: -1 | 1) => void;
  onDelete: () => void;
}

/** One product image with what can be said about it: its alt text, its variant, its place. */
export function ImageTile({ image, position, count, variants, canManage, onChange, onMove, onDelete }: ImageTileProps) {
  const [alt, setAlt] = useState(image.alt);
  const variantOptions = [
    { value: ALL_VARIANTS, label: 'All variants' },
    ...variants.map((variant) => ({ value: variant.id, label: variant.title })),
  ];
  const label = `image ${position + 1}`;

  return (
    <li className="flex flex-col overflow-hidden rounded-lg border border-stone-200 bg-white">
      <div className="relative aspect-square bg-stone-100">
        <img src={image.thumbnailUrl} alt={image.alt} loading="lazy" className="size-full object-cover" />
        {position === 0 && (
          <span className="absolute top-2 left-2 rounded-md bg-stone-900/75 px-1.5 py-0.5 text-xs font-medium text-white">Main</span>
        )}
      </div>
      <div className="space-y-2 p-2.5">
        <Input
          aria-label={`Alt text of ${label}`}
          placeholder="Alt text: what it shows"
          value={alt}
          disabled={!canManage}
          maxLength={200}
          onChange={(event) => setAlt(event.target.value)}
          onBlur={() => alt !== image.alt && onChange({ alt })}
          className="h-8 text-[13px]"
        />
        {variants.length > 1 && (
          <Select
            aria-label={`Variant of ${label}`}
            className="h-8 w-full text-[13px]"
            disabled={!canManage}
            value={image.variantId ?? ALL_VARIANTS}
            options={variantOptions}
            onValueChange={(value) => onChange({ variantId: value === ALL_VARIANTS ? null : value })}
          />
        )}
        {canManage && (
          <div className="flex items-center justify-between">
            <span className="flex gap-0.5">
              <Button
                variant="ghost"
                size="icon-sm"
                disabled={position === 0}
                onClick={() => onMove(-1)}
                aria-label={`Move ${label} earlier`}
              >
                <ArrowLeft aria-hidden />
              </Button>
              <Button
                variant="ghost"
                size="icon-sm"
                disabled={position === count - 1}
                onClick={() => onMove(1)}
                aria-label={`Move ${label} later`}
              >
                <ArrowRight aria-hidden />
              </Button>
            </span>
            <Button variant="danger-ghost" size="icon-sm" onClick={onDelete} aria-label={`Delete ${label}`}>
              <Trash2 aria-hidden />
            </Button>
          </div>
        )}
      </div>
    </li>
  );
}
