/** The inbox's filter as the address holds it: `?unread=true` shows only threads waiting for staff. */
export interface InboxSearch {
  unread?: boolean;
}

export function parseInboxSearch(search: Record<string, unknown>): InboxSearch {
  // The router parses `true` from the address; a hand-typed "true" string counts too.
  return { unread: search.unread === true || search.unread === 'true' ? true : undefined };
}
