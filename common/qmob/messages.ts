/**
 * Every QMob status message from the Respondent APIs seed document (a verbatim copy: test/fixtures/seeds/qmob-respondent-apis.txt),
 * verbatim, including its punctuation quirks (some end with a period, some do not).
 * Parameterised messages are functions so the fixed parts cannot drift.
 */

/** HTTP-level answers, sent as plain text with the given status. */
export const qmobHttpErrors = {
  actionNotSupported: { status: 400, message: 'Action not supported' },
  notSupported: { status: 403, message: 'Not supported' },
} as const;

export const qmobCommonMessages = {
  missingParameter: 'Error missing required parameter.',
  authenticationFailure: 'Authentication failure.',
  unparsableJson: 'Could not parse json parameter as a JSONObject.',
  noRespondentsFound: 'Could not parse json parameter as a JSONObject. No respondents found!',
  couldNotFetchRespondentList: 'Could not validate respondents. Could not fetch respondent list.',
  respondentsDoNotExist: (usernames: readonly string[]): string =>
    `Could not validate respondents. Respondent(s) does not exist! (${usernames.join(',')})`,
} as const;

export const qmobAddRespondentMessages = {
  importStarted: 'Import started successfully',
  couldNotFetchSampleFields: 'Could not fetch sample fields for user.',
  fieldInvalid: (alias: string): string => `Field contains invalid data.; sample field ${alias}`,
  fieldEmpty: (alias: string): string => `Field cannot be empty.; sample field ${alias}`,
  usernameCharset: "Import failed, Respondent ID must use only characters 'A-Z a-z 0-9 ._-@'",
  usernameMissing: 'Import failed, Username must be specified.',
  phoneInvalid: 'Import failed, Phone number not valid. (Use only 0-9 and +).',
  phoneOrEmailMissing: 'Import failed, Either phone number or e-mail must be specified!',
  emailInvalid: 'Import failed, Invalid e-mail!',
  previewListFull: (max: number): string =>
    `Import failed, Too many respondents. A preview group can only contain a maximum of ${max} respondents.`,
  couldNotStartImport: 'Could not start bulk import from API call.',
} as const;

/** Messages POSTed to `callback_url` when an asynchronous import ends. */
export const qmobImportCallbackMessages = {
  finished: (imported: number, total: number): string =>
    `Respondent import finished successfully. ${imported} of ${total} respondents imported.`,
  canceled: 'Import was canceled by the server before finishing.',
  couldNotOverwrite: (username: string): string => `Could not overwrite respondent ${username}, import stopped.`,
  couldNotImport: (username: string, details: string): string =>
    `Could not import respondent ${username}, aborting import. ${details}`,
  couldNotFlush: (details: string): string =>
    `Could not flush database write queue, it is possible that not all respondents was imported. ${details}`,
} as const;

export const qmobCopyMessages = {
  copied: (listId: string): string => `Respondents copied to list ${listId}`,
  previewListFull: (max: number): string =>
    `Too many respondents. A preview group can only contain a maximum of ${max} respondents`,
  unableToAssign: 'Unable to assign respondents.',
  copyFailed: 'Error copying respondents.',
} as const;

export const qmobRemoveMessages = {
  removed: (listId: string): string => `Respondents removed from list ${listId}`,
  wouldLeaveWithoutList: (usernames: readonly string[]): string =>
    `The following respondents could not be deleted from the list: [${usernames.join(',')}]`,
} as const;

/** Allowed respondent username characters, per the seed: 'A-Z a-z 0-9 ._-@'. */
export const QMOB_USERNAME_PATTERN = /^[A-Za-z0-9._\-@]+$/;
/** Allowed phone characters, per the seed: "Use only 0-9 and +". */
export const QMOB_PHONE_PATTERN = /^[0-9+]+$/;
