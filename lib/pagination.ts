export const listingPageSize = 20;

/**
 * Reads `?page=` strictly: absent means 1; anything that is not a plain positive integer
 * (-1, abc, 1e3, a 5 MB string) is `null`, which routes answer with a 404.
 */
export function parsePageParam(raw: string | string[] | undefined): number | null {
  if (raw === undefined) return 1;
  if (Array.isArray(raw) || raw.length > 9 || !/^[1-9]\d*$/.test(raw)) return null;
  return Number(raw);
}

export type PageWindow = { page: number; totalPages: number; totalItems: number; offset: number; limit: number };

/** `null` when the requested page lies past the end (page 1 of an empty list still exists). */
export function pageWindow(page: number, totalItems: number, limit = listingPageSize): PageWindow | null {
  const totalPages = Math.max(1, Math.ceil(totalItems / limit));
  if (page > totalPages) return null;
  return { page, totalPages, totalItems, offset: (page - 1) * limit, limit };
}
