export interface Page<Item> {
  items: Item[];
  nextCursor: string | null;
}

type ListOptions = { query?: { cursor?: string; limit?: number } & Record<string, unknown> } & Record<string, unknown>;

/**
 * Every page of a list, one after another: `for await (const page of pages(tp.adminListStaff, {}))`.
 * Pages are fetched lazily, so breaking out of the loop stops the requests.
 */
export async function* pages<Item, Options extends ListOptions>(
  list: (options: Options) => Promise<Page<Item>>,
  options: Options = {} as Options,
): AsyncGenerator<Page<Item>, void, undefined> {
  let cursor = options.query?.cursor;
  do {
    const page = await list({ ...options, query: { ...options.query, cursor } });
    yield page;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

/** Every item of a list across its pages: `for await (const key of paginate(tp.adminListApiKeys))`. */
export async function* paginate<Item, Options extends ListOptions>(
  list: (options: Options) => Promise<Page<Item>>,
  options?: Options,
): AsyncGenerator<Item, void, undefined> {
  for await (const page of pages(list, options)) yield* page.items;
}
