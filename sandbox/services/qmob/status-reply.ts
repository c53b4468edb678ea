import { jsonReply, type Reply } from '../reply';

/** Valid QMob requests are answered HTTP 200 with {"status","message"[,"id"]}. */
export const qmobError = (message: string): Reply => jsonReply({ status: 'error', message });

export const qmobOk = (message: string, extra: { id?: string; stored?: boolean } = {}): Reply =>
  jsonReply(extra.id === undefined ? { status: 'ok', message } : { status: 'ok', message, id: extra.id }, {
    stored: extra.stored ?? false,
  });
