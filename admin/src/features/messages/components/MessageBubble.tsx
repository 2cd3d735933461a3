import type { AdminOrderMessageView } from '@tillpoint/sdk';
import clsx from 'clsx';
import { formatDateTime } from '../../../shared/format/dates';

/** One message: the customer's on the left, the store's on the right, as in any chat. */
export function MessageBubble({ message }: { message: AdminOrderMessageView }) {
  const fromStore = message.from === 'staff';
  const author = message.authorName ?? (fromStore ? 'The store (API)' : 'Customer');
  return (
    <li className={clsx('flex', fromStore ? 'justify-end' : 'justify-start')}>
      <div
        className={clsx(
          'max-w-[85%] rounded-lg px-3 py-2',
          fromStore ? 'bg-brand-50 text-stone-900 ring-1 ring-brand-700/15' : 'bg-stone-100 text-stone-900',
        )}
      >
        <p className="text-xs text-stone-500">
          <span className="font-medium text-stone-700">{author}</span> ·{' '}
          <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>
          {fromStore && <> · {message.readByCustomerAt ? 'Seen by the customer' : 'Not seen yet'}</>}
        </p>
        <p className="mt-1 break-words whitespace-pre-wrap">{message.body}</p>
      </div>
    </li>
  );
}
