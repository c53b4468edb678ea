import type { QmobLocation } from '../../../common/accounts/index';

export type QmobAction = 'add_respondent' | 'copy_respondents_to_list' | 'remove_respondents_from_list';

/**
 * https://<branded_instance>.myqmob.com/reactor-webapp/pt/<project>/pn/lumicompass/api/<action>,
 * or the same path under a custom address (the Practice sandbox).
 */
export function qmobActionUrl(location: QmobLocation, project: string, action: QmobAction): string {
  if ('customBaseUrl' in location) {
    const base = location.customBaseUrl.replace(/\/+$/, '');
    // A custom address may be just an origin or already the full API base (as the sandbox prints it).
    if (/\/reactor-webapp\//.test(base)) return `${base}/${action}`;
    return `${base}/reactor-webapp/pt/${encodeURIComponent(project)}/pn/lumicompass/api/${action}`;
  }
  return `https://${location.instance.toLowerCase()}.myqmob.com/reactor-webapp/pt/${encodeURIComponent(project)}/pn/lumicompass/api/${action}`;
}
