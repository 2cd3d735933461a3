import type { StockLevelView } from '@tillpoint/sdk';

/** On hand, reserved and available at a glance, with what on hand becomes once the form is sent. */
export function StockFacts({ level, after }: { level: StockLevelView; after: number | null }) {
  const facts: [string, number, string?][] = [
    ['On hand', level.onHand, after !== null && after !== level.onHand ? `→ ${after.toLocaleString()}` : undefined],
    ['Reserved', level.reserved],
    ['Available', level.available],
  ];
  return (
    <dl className="grid grid-cols-3 gap-2 rounded-lg bg-stone-50 p-3 text-center">
      {facts.map(([label, value, change]) => (
        <div key={label}>
          <dt className="text-xs text-stone-500">{label}</dt>
          <dd className="text-base font-semibold text-stone-900 tabular-nums">
            {value.toLocaleString()}
            {change && (
              <span className={`ml-1.5 text-sm ${after !== null && after < 0 ? 'text-red-700' : 'text-brand-700'}`}>{change}</span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
