import type { QmobRespondent } from '../../../../common/qmob/schemas';
import type { RespondentDraft } from '../../../../common/roster/respondent';

/** A respondent (stored, or a normalised draft) as QMob's add_respondent JSON carries it: empty values are left out, not sent as "". */
export function toQmobRespondent(row: RespondentDraft): QmobRespondent {
  const sampleFields = Object.entries(row.sampleFields)
    .filter(([, value]) => value !== '')
    .map(([alias, value]) => ({ alias, value }));
  return {
    username: row.username,
    ...(row.phonenumber !== '' ? { phonenumber: row.phonenumber } : {}),
    ...(row.email !== '' ? { email: row.email } : {}),
    ...(sampleFields.length > 0 ? { sample_fields: sampleFields } : {}),
  };
}

/**
 * The other way, for a form that edits a queued respondent: what is left out becomes "". A
 * respondent toQmobRespondent wrote comes back unchanged through normaliseDraft and toQmobRespondent.
 */
export function draftOfQmobRespondent(respondent: QmobRespondent): RespondentDraft {
  return {
    username: respondent.username,
    phonenumber: respondent.phonenumber ?? '',
    email: respondent.email ?? '',
    sampleFields: Object.fromEntries((respondent.sample_fields ?? []).map((field) => [field.alias, field.value])),
  };
}
