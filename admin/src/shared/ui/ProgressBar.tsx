import clsx from 'clsx';

interface ProgressBarProps {
  /** Done so far; with `max` 0 (the total is not known yet) the bar moves without a figure. */
  value: number;
  max: number;
  label: string;
  tone?: 'brand' | 'success' | 'danger';
}

const TONES = { brand: 'bg-brand-600', success: 'bg-emerald-600', danger: 'bg-red-600' };

export function ProgressBar({ value, max, label, tone = 'brand' }: ProgressBarProps) {
  const known = max > 0;
  const percent = known ? Math.min(100, Math.round((value / max) * 100)) : 0;
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={known ? max : undefined}
      aria-valuenow={known ? value : undefined}
      aria-valuetext={known ? `${percent}%` : 'Starting'}
      className="h-2.5 w-full overflow-hidden rounded-full bg-stone-200"
    >
      <div
        className={clsx('h-full rounded-full transition-[width] duration-500', TONES[tone], !known && 'w-1/3 animate-pulse')}
        style={known ? { width: `${percent}%` } : undefined}
      />
    </div>
  );
}
