import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import {
  defaultLanguageOf,
  serializeSurveyPackage,
  uncapturableCount,
  type LocalSurvey,
} from '../../../../common/capture';
import { database } from '../../db/database';
import { latestVersions } from '../data/surveys';
import { safeFileName, saveTextFile } from '../../files/save-file';
import { useCaptureView } from '../view-state';
import { downloadSurvey } from './refresh-survey';
import { startDraft } from './start-draft';

const formatDate = (ms: number): string =>
  new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function SurveyCard({ survey }: { survey: LocalSurvey }) {
  const show = useCaptureView((state) => state.show);
  const [refresh, setRefresh] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const [languageID, setLanguageID] = useState<number | null>(defaultLanguageOf(survey)?.languageID ?? null);
  const cannotCapture = uncapturableCount(survey.questions);
  const languageSelectId = `language-${survey.id}`;
  const refreshNow = async (): Promise<void> => {
    setRefresh({ busy: true, error: null });
    const result = await downloadSurvey(survey.accountId, survey.surveyId);
    setRefresh({ busy: false, error: result.ok ? null : result.error.message });
  };
  const exportPackage = (): void =>
    saveTextFile(
      `${safeFileName(survey.name, 'survey')}.outpost-survey.json`,
      serializeSurveyPackage(survey, Date.now()),
      'application/json',
    );
  return (
    <li className="card" aria-label={survey.name}>
      <div>
        <h3>{survey.name}</h3>
        <p className="hint">
          {survey.questions.length} questions
          {survey.blocks.length > 1 ? ` in ${survey.blocks.length} sections` : ''} · fetched{' '}
          {formatDate(survey.fetchedAt)}
        </p>
        {cannotCapture > 0 ? (
          <p className="notice" data-testid="uncapturable-count">
            {cannotCapture} question{cannotCapture === 1 ? '' : 's'} of this survey cannot be captured in Outpost; they
            are shown read-only and stay unanswered.
          </p>
        ) : null}
        {survey.logicGraph === null ? (
          <p className="hint" data-testid="branching-unavailable">
            Branching is not available for this survey: every section is shown, in order.
          </p>
        ) : null}
        {survey.refetchReason ? <p className="notice">{survey.refetchReason}</p> : null}
        {survey.languages.length > 1 ? (
          <p className="field-inline">
            <label htmlFor={languageSelectId}>Interview language</label>
            <select
              id={languageSelectId}
              value={String(languageID ?? '')}
              onChange={(event) => setLanguageID(event.target.value === '' ? null : Number(event.target.value))}
            >
              {survey.languages.map((language) => (
                <option key={language.name} value={String(language.languageID ?? '')}>
                  {language.name}
                  {language.default ? ' (default)' : ''}
                </option>
              ))}
            </select>
          </p>
        ) : null}
        {refresh.error ? <p className="field-problem">{refresh.error}</p> : null}
      </div>
      <div className="actions">
        <button
          type="button"
          onClick={() => void startDraft(survey, languageID).then((draftId) => show({ name: 'form', draftId }))}
        >
          New response
        </button>
        <button type="button" className="secondary" onClick={exportPackage}>
          Export package
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => void refreshNow()}
          disabled={refresh.busy}
          title="Download the newest version; drafts keep the one they started on"
        >
          {refresh.busy ? 'Refreshing…' : 'Refresh'}
        </button>
      </div>
    </li>
  );
}

/** The surveys on this laptop: the newest version of each (older ones stay while drafts use them). */
export function SurveyLibrary() {
  const surveys = useLiveQuery(async () => latestVersions(await database.surveys.toArray()), []);
  if (!surveys) return <p>Loading surveys…</p>;
  if (surveys.length === 0) {
    return (
      <p className="hint">
        No surveys on this laptop yet. Download one from an account or import a survey package below.
      </p>
    );
  }
  return (
    <ul className="cards" aria-label="Surveys on this laptop">
      {surveys.map((survey) => (
        <SurveyCard key={survey.id} survey={survey} />
      ))}
    </ul>
  );
}
