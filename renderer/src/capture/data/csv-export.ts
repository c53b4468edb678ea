import { buildCsvRows, toCsv, type CsvResponse } from '../../../../common/capture';
import type { OutpostDatabase } from '../../db/database';
import { currentIntl } from '../../i18n/current-intl';

/**
 * CSV of one survey's responses, with the columns of its newest version (older versions'
 * answers land in the columns of the questions they share with it). Outpost's own column names
 * are in the interface's language.
 */
export async function exportSurveyCsv(db: OutpostDatabase, accountId: string, surveyId: number): Promise<string> {
  const versions = await db.surveys
    .where('surveyId')
    .equals(surveyId)
    .filter((s) => s.accountId === accountId)
    .toArray();
  const newest = versions.sort((a, b) => b.fetchedAt - a.fetchedAt)[0];
  if (!newest) return toCsv([]);
  const responses = await db.responses.where('surveyKey').startsWith(`${accountId}/${surveyId}/`).toArray();
  responses.sort((a, b) => a.finalizedAt - b.finalizedAt);
  const items = await db.outbox.bulkGet(responses.map((response) => response.outboxId));
  const rows: CsvResponse[] = responses.map((response, index) => ({
    id: response.id,
    finalizedAt: response.finalizedAt,
    state: items[index]?.state ?? 'finalized',
    enumeratorId: response.body.customVariables?.custom1 ?? '',
    answers: response.answers,
  }));
  return toCsv(buildCsvRows(currentIntl(), newest.questions, rows));
}
