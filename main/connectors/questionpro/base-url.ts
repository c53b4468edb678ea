import { DATACENTER_HOSTS, QUESTIONPRO_BASE_PATH, type QuestionProLocation } from '../../../common/accounts/index';

/**
 * The API root for an account: a datacenter host, or a custom address (the
 * sandbox) that may or may not already end in /a/api/v2.
 */
export function questionProBaseUrl(location: QuestionProLocation): string {
  if ('datacenter' in location) return `https://${DATACENTER_HOSTS[location.datacenter]}${QUESTIONPRO_BASE_PATH}`;
  const trimmed = location.customBaseUrl.replace(/\/+$/, '');
  return trimmed.endsWith(QUESTIONPRO_BASE_PATH) ? trimmed : `${trimmed}${QUESTIONPRO_BASE_PATH}`;
}
