import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { serializeSurveyPackage, type LocalSurvey } from '../../../../common/capture';
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
          {survey.questions.length} questions · fetched {formatDate(survey.fetchedAt)}
        </p>
        {refresh.error ? <p className="field-problem">{refresh.error}</p> : null}
      </div>
      <div className="actions">
        <button
          type="button"
          onClick={() => void startDraft(survey).then((draftId) => show({ name: 'form', draftId }))}
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
