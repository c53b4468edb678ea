import type { QmobRespondent } from '../../../../common/qmob/schemas';
import type { RespondentRow } from '../rows';

/** A stored respondent as QMob's add_respondent JSON carries it: empty values are left out, not sent as "". */
export function toQmobRespondent(row: RespondentRow): QmobRespondent {
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
