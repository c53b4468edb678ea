import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';

/**
 * Like useLiveQuery, but re-runs at most every `intervalMs`: during a sync every
 * delivered item changes the outbox, and re-reading tens of thousands of rows on
 * each change would make the list stutter.
 */
export function useThrottledLiveQuery<T>(
  query: () => Promise<T>,
  deps: readonly unknown[],
  intervalMs = 400,
): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    let latest: { value: T } | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastShown = 0;
    const show = (): void => {
      timer = undefined;
      lastShown = Date.now();
      if (latest) setValue(() => (latest as { value: T }).value);
    };
    const subscription = liveQuery(query).subscribe({
      next: (result) => {
        latest = { value: result };
        if (timer !== undefined) return;
        const wait = Math.max(0, lastShown + intervalMs - Date.now());
        timer = setTimeout(show, wait);
      },
    });
    return () => {
      subscription.unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
    };
    // The query is rebuilt by the caller from `deps`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return value;
}
