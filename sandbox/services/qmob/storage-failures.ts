/**
 * The stages at which QMob's storage can fail, each answered with its own message from the seed
 * documents. The service itself never fails on purpose: only the test sandbox chooses a stage
 * (sandbox/fault-settings.ts); Practice always answers "no failure".
 */
export const qmobFailureStages = [
  'fetch-sample-fields',
  'start-import',
  'fetch-respondents',
  'assign',
  'copy-general',
  'import-cancel',
  'import-overwrite',
  'import-respondent',
  'import-flush',
] as const;
export type QmobFailureStage = (typeof qmobFailureStages)[number];
