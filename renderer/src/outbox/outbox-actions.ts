import type { OutboxItem, OutboxPayload } from '../../../common/outbox/outbox-item';
import { outboxPayloadSchema } from '../../../common/outbox/outbox-item';
import type { OutboxStore } from '../../../common/outbox/outbox-store';
import { failSaying, ok, type Result } from '../../../common/result';
import { saveJsonFile } from '../files/save-file';
import { defineMessages, said } from '../../../common/i18n/phrase';

const words = defineMessages({
  movedOn: {
    id: 'outbox.action.movedOn',
    defaultMessage: 'This item changed meanwhile (it may be on its way already); nothing was done.',
  },
  invalidCorrection: { id: 'outbox.action.invalidCorrection', defaultMessage: 'The correction is not a valid item.' },
});

/**
 * What the outbox's buttons do. Each is one store transition; the store tells the
 * agent, which starts delivery at once instead of at its next heartbeat.
 */

/** The item moved on meanwhile (another window, the engine): the button no longer applies. */
const movedOn = (): Result<never> => failSaying('outbox-item-moved', said(words.movedOn));

/** Send again as soon as possible. */
export async function retryNow(store: OutboxStore, id: string): Promise<Result<OutboxItem>> {
  const retried = await store.retryNow(id, Date.now());
  return retried ? ok(retried) : movedOn();
}

/** "Edit and send again": the correction replaces the refused item; both keep the link. */
export async function requeueCorrected(
  store: OutboxStore,
  id: string,
  payload: OutboxPayload,
): Promise<Result<OutboxItem>> {
  const checked = outboxPayloadSchema.safeParse(payload);
  if (!checked.success) return failSaying('invalid-correction', said(words.invalidCorrection));
  return store.replace(id, checked.data, Date.now());
}

/** Discarding is final, so the item is saved to a file first. */
export async function discardAfterExport(store: OutboxStore, item: OutboxItem): Promise<Result<OutboxItem>> {
  saveJsonFile(`outpost-discarded-${item.id}.json`, [item]);
  const discarded = await store.discard(item.id, Date.now());
  return discarded ? ok(discarded) : movedOn();
}

export function exportItems(items: readonly OutboxItem[]): void {
  saveJsonFile(`outpost-outbox-${new Date().toISOString().slice(0, 19).replaceAll(':', '-')}.json`, items);
}
