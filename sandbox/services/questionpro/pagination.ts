import { z } from 'zod';

const positiveIntText = z
  .string()
  .regex(/^[1-9]\d*$/)
  .transform(Number);

const pageQuerySchema = z.object({
  page: positiveIntText.default(1),
  perPage: positiveIntText.pipe(z.int().max(1000)).default(100),
});

export interface PageRequest {
  page: number;
  perPage: number;
}

/** Reads page/perPage (defaults 1 and 100, as documented); null when malformed (400 1003). */
export function parsePageQuery(query: URLSearchParams): PageRequest | null {
  const parsed = pageQuerySchema.safeParse({
    page: query.get('page') ?? undefined,
    perPage: query.get('perPage') ?? undefined,
  });
  return parsed.success ? parsed.data : null;
}

export interface Pagination {
  perPage: number;
  totalItems: number;
  currentPage: number;
  totalPages: number;
  links: { self: string; first: string; last: string; prev?: string; next?: string };
}

/** Slices one page and describes it the way the v2 list endpoints do. */
export function paginate<T>(
  items: readonly T[],
  request: PageRequest,
  resourceUrl: string,
  extraQuery: Readonly<Record<string, string>> = {},
): { page: T[]; pagination: Pagination } {
  const totalPages = Math.ceil(items.length / request.perPage);
  const linkTo = (page: number): string => {
    const query = new URLSearchParams({ ...extraQuery, page: String(page), perPage: String(request.perPage) });
    return `${resourceUrl}?${query.toString()}`;
  };
  const lastPage = Math.max(1, totalPages);
  const links: Pagination['links'] = { self: linkTo(request.page), first: linkTo(1), last: linkTo(lastPage) };
  if (request.page > 1) links.prev = linkTo(Math.min(request.page - 1, lastPage));
  if (request.page < totalPages) links.next = linkTo(request.page + 1);
  const start = (request.page - 1) * request.perPage;
  return {
    page: items.slice(start, start + request.perPage),
    pagination: { perPage: request.perPage, totalItems: items.length, currentPage: request.page, totalPages, links },
  };
}
