import type { QmobLocation } from '../../../common/accounts/index.js';

export type QmobAction = 'add_respondent' | 'copy_respondents_to_list' | 'remove_respondents_from_list';

/**
 * https://<branded_instance>.myqmob.com/reactor-webapp/pt/<project>/pn/lumicompass/api/<action>,
 * or the same path under a custom address (the Practice sandbox).
 */
export function qmobActionUrl(location: QmobLocation, project: string, action: QmobAction): string {
  const origin = 'instance' in location ? `https://${location.instance.toLowerCase()}.myqmob.com` : location.customBaseUrl.replace(/\/+$/, '');
  return `${origin}/reactor-webapp/pt/${encodeURIComponent(project)}/pn/lumicompass/api/${action}`;
}
