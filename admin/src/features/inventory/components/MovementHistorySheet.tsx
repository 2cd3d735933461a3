import { Link } from '@tanstack/react-router';
import { Sheet } from '../../../shared/ui/Sheet';
import { useVariantLevels } from '../use-stock';
import { MovementsTable } from './MovementsTable';

/** Every movement of one variant, across locations, beside the levels. */
export function MovementHistorySheet({ variantId, onClose }: { variantId: string | undefined; onClose: () => void }) {
  return (
    <Sheet
      open={Boolean(variantId)}
      onOpenChange={(open) => !open && onClose()}
      title="Movement history"
      description={variantId && <VariantName variantId={variantId} />}
      className="sm:max-w-4xl"
    >
      {variantId && (
        <div className="space-y-3 p-4 sm:p-5">
          <LevelsSummary variantId={variantId} />
          <MovementsTable filter={{ variantId }} showSku={false} />
          <Link
            to="/inventory/movements"
            search={{ variantId }}
            className="inline-block text-[13px] font-medium text-brand-700 hover:underline"
          >
            Open in the movements page
          </Link>
        </div>
      )}
    </Sheet>
  );
}

function VariantName({ variantId }: { variantId: string }) {
  const level = useVariantLevels(variantId).data?.[0];
  return level ? `${level.productTitle} · ${level.variantTitle} (${level.sku})` : 'Loading…';
}

function LevelsSummary({ variantId }: { variantId: string }) {
  const levels = useVariantLevels(variantId).data ?? [];
  if (levels.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-2">
      {levels.map((level) => (
        <li key={level.locationId} className="rounded-lg border border-stone-200 bg-white px-3 py-2">
          <span className="block text-xs text-stone-500">{level.locationName}</span>
          <span className="font-semibold text-stone-900 tabular-nums">{level.onHand.toLocaleString()}</span>
          <span className="text-xs text-stone-500"> on hand · {level.available.toLocaleString()} available</span>
        </li>
      ))}
    </ul>
  );
}
