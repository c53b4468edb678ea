import { parseSurveyPackage, questionCount, type LocalSurvey } from '../../../../common/capture';
import { said, type Said } from '../../../../common/i18n/phrase';
import { failSaying, ok, type Result } from '../../../../common/result';
import { defineMessages } from '../../i18n/define-messages';
import type { OutpostDatabase } from '../../db/database';

/**
 * A survey package never changes what a draft stands on. A version (id =
 * account/survey/fetchedAt) is immutable once here: the same id with other
 * content is refused, the same content is "already here", an older version
 * than the newest here is not imported (it could only confuse which one new
 * interviews use), and only a new, newer version is stored.
 */
export type PackageImport =
  | { kind: 'imported'; survey: LocalSurvey; replacesNewest: LocalSurvey | null }
  | { kind: 'already-here'; survey: LocalSurvey };

/** Key-order-independent JSON: two parses of the same survey compare equal whatever the file's key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export const sameSurveyContent = (a: LocalSurvey, b: LocalSurvey): boolean => canonical(a) === canonical(b);

/** A version is named by its UTC date, the same on every laptop (said where it is shown, in its language). */
const when = (ms: number) => ({ utcInstant: ms });

/** What an import says, refused or done: sentences said where they are shown, in the language of that moment. */
const words = defineMessages({
  conflicts: {
    id: 'capture.package.conflicts',
    defaultMessage:
      'This package holds “{survey}” of {date}, but the version of that date already here has other questions{drafts, plural, =0 {} one {, and # draft is started on it} other {, and # drafts are started on it}}. Nothing was imported, so no draft changes. Download the survey again where it was exported, export a new package, and import that.',
  },
  older: {
    id: 'capture.package.older',
    defaultMessage:
      'A newer version of “{survey}” is already here ({newest}); this package holds the older one of {date}. Nothing was imported: new interviews keep using the newer version, and drafts keep the version they started on.',
  },
  alreadyHere: {
    id: 'capture.package.alreadyHere',
    defaultMessage: '“{survey}” of {date} is already here, with the same questions. Nothing changed.',
  },
  replaces: {
    id: 'capture.package.replaces',
    defaultMessage:
      'Imported “{survey}” ({questions, plural, one {# question} other {# questions}}) of {date}. New interviews use this version; drafts started on the one of {previous} keep theirs.',
  },
  imported: {
    id: 'capture.package.imported',
    defaultMessage: 'Imported “{survey}” ({questions, plural, one {# question} other {# questions}}).',
  },
});

export async function importSurveyPackage(db: OutpostDatabase, text: string): Promise<Result<PackageImport>> {
  const parsed = parseSurveyPackage(text);
  if (!parsed.ok) return parsed;
  const survey = parsed.value;
  return db.transaction('rw', db.surveys, db.drafts, async (): Promise<Result<PackageImport>> => {
    const existing = await db.surveys.get(survey.id);
    if (existing) {
      if (sameSurveyContent(existing, survey)) return ok({ kind: 'already-here', survey: existing });
      const drafts = await db.drafts.where('surveyKey').equals(survey.id).count();
      return failSaying(
        'package-conflicts',
        said(words.conflicts, { survey: survey.name, date: when(survey.fetchedAt), drafts }),
      );
    }
    const versions = await db.surveys.where('surveyId').equals(survey.surveyId).toArray();
    const newest = versions
      .filter((version) => version.accountId === survey.accountId)
      .reduce<LocalSurvey | null>(
        (best, version) => (!best || version.fetchedAt > best.fetchedAt ? version : best),
        null,
      );
    if (newest && newest.fetchedAt > survey.fetchedAt) {
      return failSaying(
        'package-older',
        said(words.older, { survey: newest.name, newest: when(newest.fetchedAt), date: when(survey.fetchedAt) }),
      );
    }
    await db.surveys.add(survey);
    return ok({ kind: 'imported', survey, replacesNewest: newest });
  });
}

/** What the import did, as a sentence said where it is shown (saySentence). */
export function packageImportSentence(result: PackageImport): Said {
  const { survey } = result;
  const questions = questionCount(survey.questions);
  if (result.kind === 'already-here')
    return said(words.alreadyHere, { survey: survey.name, date: when(survey.fetchedAt) });
  if (result.replacesNewest)
    return said(words.replaces, {
      survey: survey.name,
      questions,
      date: when(survey.fetchedAt),
      previous: when(result.replacesNewest.fetchedAt),
    });
  return said(words.imported, { survey: survey.name, questions });
}
