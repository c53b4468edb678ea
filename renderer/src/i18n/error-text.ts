import type { IntlShape, MessageDescriptor } from 'react-intl';
import type { AppError } from '../../../common/result';
import { errorInWords } from './error-words';

/**
 * The words for an error that came from main or a service. Main sends a stable code (and, where the
 * sentence needs them, its values); the renderer says it in the interface's language. A code the
 * catalogue does not know is shown in the words main sent (English), never hidden.
 */
type Values = Record<string, string | number>;

function valuesOf(error: AppError): Values {
  const params = (error as AppError & { params?: Values }).params ?? {};
  return { ...params };
}

/** A message looked up by its id, not declared here: error-messages.ts declares these for extraction. */
const lookedUp = (id: string): MessageDescriptor => ({ id });

function known(intl: IntlShape, id: string): boolean {
  return Object.prototype.hasOwnProperty.call(intl.messages, id);
}

// An error that carries its own phrases (the error catalogue, main's sentences) is said by them first.
export function errorMessage(intl: IntlShape, error: AppError): string {
  if (error.words) return errorInWords(intl, error).message;
  const id = `error.${error.code}`;
  return known(intl, id) ? intl.formatMessage(lookedUp(id), valuesOf(error)) : error.message;
}

export function errorAction(intl: IntlShape, error: AppError): string | undefined {
  if (error.words) return errorInWords(intl, error).action;
  const id = `error.${error.code}.action`;
  if (known(intl, id)) return intl.formatMessage(lookedUp(id), valuesOf(error));
  return error.action;
}
