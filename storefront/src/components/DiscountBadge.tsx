interface Props {
  percent: number;
  /** Variants are reduced by different amounts: "Up to -30%". */
  upTo?: boolean;
  className?: string;
}

/** "-20%" beside a reduced price or over a product image. */
export function DiscountBadge({ percent, upTo = false, className = '' }: Props) {
  if (percent <= 0) return null;
  return (
    <span
      className={`inline-flex items-center rounded-md bg-red-700 px-2 py-0.5 text-xs font-semibold text-white tabular-nums ${className}`}
    >
      {upTo ? `Up to -${percent}%` : `-${percent}%`}
    </span>
  );
}
