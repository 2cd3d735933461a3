import { useUnreadMessageCount } from '../use-messages';

/** How many conversations wait for staff, beside the Messages link; nothing when none do. */
export function UnreadMessagesBadge() {
  const threads = useUnreadMessageCount().data?.threads ?? 0;
  if (threads === 0) return null;
  return (
    <span
      data-testid="unread-messages"
      className="ml-auto rounded-full bg-brand-700 px-1.5 py-px text-xs font-semibold text-white tabular-nums"
    >
      {threads > 99 ? '99+' : threads}
      <span className="sr-only"> unread</span>
    </span>
  );
}
