import { z } from 'zod';
import { defineMessages, said } from '../i18n/phrase';
import { failSaying, ok, type Result } from '../result';
import { storedSurveySchema } from './legacy';
import type { LocalSurvey } from './survey-model';
import { issuesInWords } from '../zod-words';

/**
 * The survey package: one survey version in a file, for laptops that never go online.
 * Import is all-or-nothing: any problem gives one clear sentence and changes nothing.
 */
export const SURVEY_PACKAGE_FORMAT = 'outpost.survey-package';
export const SURVEY_PACKAGE_VERSION = 2;
/** Version 1 held the survey in the older local format: still read, converted (see legacy.ts). */
const READABLE_PACKAGE_VERSIONS = [1, SURVEY_PACKAGE_VERSION] as const;
/** Far above any real survey (thousands of questions are a few MB), low enough to refuse junk fast. */
export const SURVEY_PACKAGE_MAX_CHARS = 20 * 1024 * 1024;

export interface SurveyPackage {
  format: typeof SURVEY_PACKAGE_FORMAT;
  version: typeof SURVEY_PACKAGE_VERSION;
  exportedAt: number;
  survey: LocalSurvey;
}

const readablePackageSchema = z.strictObject({
  format: z.literal(SURVEY_PACKAGE_FORMAT),
  version: z.literal(READABLE_PACKAGE_VERSIONS),
  exportedAt: z.int().nonnegative(),
  survey: storedSurveySchema,
});

export function serializeSurveyPackage(survey: LocalSurvey, exportedAt: number): string {
  const file: SurveyPackage = { format: SURVEY_PACKAGE_FORMAT, version: SURVEY_PACKAGE_VERSION, exportedAt, survey };
  return JSON.stringify(file, null, 2);
}

/**
 * Why a file is not imported, said in the interface's language where it is shown (errorInWords).
 * The ids are the ones these refusals were said by when they were looked up by their code.
 */
const words = defineMessages({
  tooLarge: {
    id: 'error.package-too-large',
    defaultMessage: 'This file is too large to be an Outpost survey package. Nothing was imported.',
  },
  notJson: {
    id: 'error.package-not-json',
    defaultMessage: 'This file is not an Outpost survey package (it is not JSON). Nothing was imported.',
  },
  wrongFormat: {
    id: 'error.package-wrong-format',
    defaultMessage: 'This file is not an Outpost survey package. Nothing was imported.',
  },
  wrongVersion: {
    id: 'error.package-wrong-version',
    defaultMessage:
      'This survey package was made by a different version of Outpost. Update Outpost on both laptops and export it again. Nothing was imported.',
  },
  invalid: {
    id: 'error.package-invalid',
    defaultMessage: 'This survey package is damaged or incomplete. Export it again. Nothing was imported.',
  },
  questionTwice: {
    id: 'capture.package.refusal.questionTwice',
    defaultMessage: 'This survey package lists a question twice. Export it again. Nothing was imported.',
  },
});

/** Refused before it is read: the file itself (a size the caller checks first) or its text is too large. */
export const packageTooLarge = (): Result<never> => failSaying('package-too-large', said(words.tooLarge));

export function parseSurveyPackage(text: string): Result<LocalSurvey> {
  if (text.length > SURVEY_PACKAGE_MAX_CHARS) return packageTooLarge();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return failSaying('package-not-json', said(words.notJson));
  }
  const header = z.object({ format: z.literal(SURVEY_PACKAGE_FORMAT) }).safeParse(data);
  if (!header.success) return failSaying('package-wrong-format', said(words.wrongFormat));
  const version = z.object({ version: z.literal(READABLE_PACKAGE_VERSIONS) }).safeParse(data);
  if (!version.success) return failSaying('package-wrong-version', said(words.wrongVersion));
  const parsed = readablePackageSchema.safeParse(data);
  if (!parsed.success) {
    // The details name the fields for support, in zod's words; the sentence is what a person reads.
    return failSaying('package-invalid', said(words.invalid), { details: issuesInWords(parsed.error, 'file', 5) });
  }
  const ids = parsed.data.survey.questions.map((question) => question.questionID);
  if (new Set(ids).size !== ids.length) return failSaying('package-invalid', said(words.questionTwice));
  return ok(parsed.data.survey);
}
