import { describeQmobError, matchQmobMessage, type ServiceError } from '../../../common/errors/index';
import { tryParseJson } from '../errors/http-error';
import { buildServiceError, unexpectedResponse } from '../errors/service-error-factory';
import { QmobStatusBodySchema } from './schemas';

/** The final result of an asynchronous import, as POSTed by QMob to callback_url. */
export type QmobImportResult =
  | {
      readonly ok: true;
      readonly id?: string;
      readonly message: string;
      readonly imported?: number;
      readonly total?: number;
    }
  | { readonly ok: false; readonly id?: string; readonly error: ServiceError };

/** Parses a callback body ({"status","message","id"}); anything else becomes a typed error. */
export function parseQmobCallback(body: string): QmobImportResult {
  const raw = tryParseJson(body);
  const parsed = raw.ok ? QmobStatusBodySchema.safeParse(raw.value) : undefined;
  if (!parsed?.success) return { ok: false, error: unexpectedResponse('qmob', 200, true) };
  const { status, message, id } = parsed.data;
  const idPart = id !== undefined ? { id } : {};
  if (status === 'ok') {
    const target = matchQmobMessage(message, 'callback')?.target ?? {};
    return {
      ok: true,
      ...idPart,
      message,
      ...(target.imported !== undefined ? { imported: target.imported } : {}),
      ...(target.total !== undefined ? { total: target.total } : {}),
    };
  }
  const described = describeQmobError({ operation: 'callback', message });
  return { ok: false, ...idPart, error: buildServiceError('qmob', described, { serverMessage: message }) };
}
