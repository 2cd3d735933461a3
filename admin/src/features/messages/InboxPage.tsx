import { Link, useSearch } from '@tanstack/react-router';
import { PageHeader } from '../../shared/ui/PageHeader';
import { ThreadList } from './components/ThreadList';

const FILTERS = [
  { label: 'All', search: {} },
  { label: 'Unread', search: { unread: true } },
] as const;

/** Conversations with customers across orders; each opens its order at the thread. */
export function InboxPage() {
  const { unread } = useSearch({ from: '/_app/messages' });
  return (
    <>
      <PageHeader
        title="Messages"
        description="What customers wrote about their orders, the most recent conversation first. Open one to read it all and reply."
      />
      <nav aria-label="Show" className="mb-4 inline-flex rounded-lg bg-stone-100 p-0.5">
        {FILTERS.map((filter) => (
          <Link
            key={filter.label}
            to="/messages"
            search={filter.search}
            // Exact: "All" ({}) must not count as active on the unread filter, whose search it is part of.
            activeOptions={{ exact: true, includeSearch: true }}
            className="rounded-md px-3 py-1 font-medium text-stone-600 hover:text-stone-900 aria-[current=page]:bg-white aria-[current=page]:text-stone-900 aria-[current=page]:shadow-xs"
          >
            {filter.label}
          </Link>
        ))}
      </nav>
      <ThreadList key={String(Boolean(unread))} unreadOnly={Boolean(unread)} />
    </>
  );
}
