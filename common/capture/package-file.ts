import { z } from 'zod';
import { fail, ok, type Result } from '../result';
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

export function parseSurveyPackage(text: string): Result<LocalSurvey> {
  if (text.length > SURVEY_PACKAGE_MAX_CHARS) {
    return fail('package-too-large', 'This file is too large to be an Outpost survey package. Nothing was imported.');
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail(
      'package-not-json',
      'This file is not an Outpost survey package (it is not JSON). Nothing was imported.',
    );
  }
  const header = z.object({ format: z.literal(SURVEY_PACKAGE_FORMAT) }).safeParse(data);
  if (!header.success)
    return fail('package-wrong-format', 'This file is not an Outpost survey package. Nothing was imported.');
  const version = z.object({ version: z.literal(READABLE_PACKAGE_VERSIONS) }).safeParse(data);
  if (!version.success) {
    return fail(
      'package-wrong-version',
      'This survey package was made by a different version of Outpost. Update Outpost on both laptops and export it again. Nothing was imported.',
    );
  }
  const parsed = readablePackageSchema.safeParse(data);
  if (!parsed.success) {
    return fail(
      'package-invalid',
      'This survey package is damaged or incomplete. Export it again. Nothing was imported.',
      issuesInWords(parsed.error, 'file', 5),
    );
  }
  const ids = parsed.data.survey.questions.map((question) => question.questionID);
  if (new Set(ids).size !== ids.length) {
    return fail(
      'package-invalid',
      'This survey package lists a question twice. Export it again. Nothing was imported.',
    );
  }
  return ok(parsed.data.survey);
}
