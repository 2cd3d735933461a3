/** The import shown on the page, from the address, so a reload keeps following it. */
export function parseImportSearch(search: Record<string, unknown>): { id?: string } {
  return { id: typeof search.id === 'string' && search.id ? search.id : undefined };
}
