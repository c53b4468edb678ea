import type { z } from 'zod';
import { ok, failWith, type Result } from '../../../common/result';
import type { ServiceError } from '../../../common/errors';
import { unexpectedResponse } from '../errors/service-error-factory';
import type { QuestionProHttp } from './questionpro-http';
import { pageOf } from './schemas';

export interface PageWalk {
  readonly path: string;
  readonly query?: Readonly<Record<string, string>>;
  readonly perPage: number;
  readonly signal?: AbortSignal;
  /** Hard stop against a server that keeps saying "more": 10 000 pages is far beyond any real survey. */
  readonly maxPages?: number;
}

/**
 * Walks page/perPage until the `pagination` object says we have the last page.
 * Without a pagination object, a short page ends the walk.
 */
export async function collectPages<T extends z.ZodType>(
  http: QuestionProHttp,
  walk: PageWalk,
  item: T,
): Promise<Result<z.output<T>[], ServiceError>> {
  const items: z.output<T>[] = [];
  const maxPages = walk.maxPages ?? 10_000;
  let previous = '';
  for (let page = 1; page <= maxPages; page += 1) {
    const r = await http.call(
      {
        method: 'GET',
        path: walk.path,
        query: { ...walk.query, page: String(page), perPage: String(walk.perPage) },
        idempotent: true,
        ...(walk.signal ? { signal: walk.signal } : {}),
      },
      pageOf(item),
    );
    if (!r.ok) return r;
    const p = r.value.pagination;
    const page_ = r.value.response;
    // Some endpoints ignore page/perPage and send everything each time: a page larger than
    // asked for, or the same page again, means there is nothing more to fetch.
    const fingerprint = JSON.stringify(page_);
    if (!p && page > 1 && fingerprint === previous) return ok(items);
    previous = fingerprint;
    items.push(...page_);
    const last = p ? p.currentPage >= p.totalPages : page_.length !== walk.perPage;
    if (last) return ok(items);
  }
  return failWith(unexpectedResponse('questionpro', 200, true));
}
