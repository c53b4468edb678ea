import type { QmobRespondent } from './schemas';

/**
 * The respondent with one sample field set: an existing field takes the new value; a field the
 * respondent does not have yet is added only when the value is not empty, so an editor that
 * shows every declared field sends nothing for the ones left blank.
 */
export function withSampleField(respondent: QmobRespondent, alias: string, value: string): QmobRespondent {
  const fields = respondent.sample_fields ?? [];
  if (fields.some((field) => field.alias === alias)) {
    return {
      ...respondent,
      sample_fields: fields.map((field) => (field.alias === alias ? { ...field, value } : field)),
    };
  }
  if (value.trim() === '') return respondent;
  return { ...respondent, sample_fields: [...fields, { alias, value }] };
}
