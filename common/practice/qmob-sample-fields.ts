import type { SampleFieldConfig } from '../roster/respondent';

/**
 * The custom sample fields of the Practice QMob company, as its server checks them. The
 * Practice account starts with them declared, so the first send is not refused for a field
 * the new user could not know about; the sandbox enforces this same list.
 */
export const PRACTICE_QMOB_SAMPLE_FIELDS: readonly SampleFieldConfig[] = [
  { alias: 'site_code', type: 'text', required: true },
  { alias: 'age', type: 'integer', required: false },
  { alias: 'household_size', type: 'integer', required: false },
];
