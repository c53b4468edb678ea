import { parseSurveyPackage, type LocalSurvey } from '../../../../common/capture';
import { fail, ok, type Result } from '../../../../common/result';
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

const when = (ms: number): string =>
  `${new Date(ms).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })} UTC`;

export async function importSurveyPackage(db: OutpostDatabase, text: string): Promise<Result<PackageImport>> {
  const parsed = parseSurveyPackage(text);
  if (!parsed.ok) return parsed;
  const survey = parsed.value;
  return db.transaction('rw', db.surveys, db.drafts, async (): Promise<Result<PackageImport>> => {
    const existing = await db.surveys.get(survey.id);
    if (existing) {
      if (sameSurveyContent(existing, survey)) return ok({ kind: 'already-here', survey: existing });
      const drafts = await db.drafts.where('surveyKey').equals(survey.id).count();
      return fail(
        'package-conflicts',
        `This package holds “${survey.name}” of ${when(survey.fetchedAt)}, but the version of that date already here has other questions` +
          (drafts > 0 ? `, and ${drafts} draft${drafts === 1 ? ' is' : 's are'} started on it` : '') +
          '. Nothing was imported, so no draft changes. Download the survey again where it was exported, export a new package, and import that.',
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
      return fail(
        'package-older',
        `A newer version of “${newest.name}” is already here (${when(newest.fetchedAt)}); this package holds the older one of ${when(survey.fetchedAt)}. Nothing was imported: new interviews keep using the newer version, and drafts keep the version they started on.`,
      );
    }
    await db.surveys.add(survey);
    return ok({ kind: 'imported', survey, replacesNewest: newest });
  });
}

/** What the import says, in words. */
export function packageImportSentence(result: PackageImport): string {
  const { survey } = result;
  const questions = `${survey.questions.length} question${survey.questions.length === 1 ? '' : 's'}`;
  if (result.kind === 'already-here')
    return `“${survey.name}” of ${when(survey.fetchedAt)} is already here, with the same questions. Nothing changed.`;
  if (result.replacesNewest)
    return `Imported “${survey.name}” (${questions}) of ${when(survey.fetchedAt)}. New interviews use this version; drafts started on the one of ${when(result.replacesNewest.fetchedAt)} keep theirs.`;
  return `Imported “${survey.name}” (${questions}).`;
}
