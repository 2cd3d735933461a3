import { formatDateTime, formatRelative } from '../format/dates';

/** "3 minutes ago", with the exact time on hover; `empty` when there is no time ("Never"). */
export function RelativeTime({ at, empty = '—' }: { at: string | null; empty?: string }) {
  if (!at) return <span className="text-stone-400">{empty}</span>;
  return (
    <time dateTime={at} title={formatDateTime(at)}>
      {formatRelative(at)}
    </time>
  );
}
