import { z } from 'zod';

/**
 * QuestionPro serves each customer from one datacenter; a key issued on one host
 * is rejected by every other, so the account must say which host it belongs to.
 */
export const DATACENTERS = ['us', 'eu', 'ca', 'sg', 'au', 'ae', 'surveyanalytics', 'sa'] as const;

export const DatacenterSchema = z.enum(DATACENTERS);
export type Datacenter = z.infer<typeof DatacenterSchema>;

/** Host per datacenter, from the vendor's environment page. */
export const DATACENTER_HOSTS: Readonly<Record<Datacenter, string>> = {
  us: 'api.questionpro.com',
  eu: 'api.questionpro.eu',
  ca: 'api.questionpro.ca',
  sg: 'api.questionpro.sg',
  au: 'api.questionpro.au',
  ae: 'api.questionpro.ae',
  surveyanalytics: 'api.surveyanalytics.com',
  sa: 'api.questionprosa.com',
};

/** Labels for the Settings picker; kept here so main and renderer agree. */
export const DATACENTER_LABELS: Readonly<Record<Datacenter, string>> = {
  us: 'United States (api.questionpro.com)',
  eu: 'Europe (api.questionpro.eu)',
  ca: 'Canada (api.questionpro.ca)',
  sg: 'Singapore (api.questionpro.sg)',
  au: 'Australia (api.questionpro.au)',
  ae: 'United Arab Emirates (api.questionpro.ae)',
  surveyanalytics: 'SurveyAnalytics (api.surveyanalytics.com)',
  sa: 'Saudi Arabia (api.questionprosa.com)',
};

/** Path every QuestionPro API v2 call lives under. */
export const QUESTIONPRO_BASE_PATH = '/a/api/v2';
