import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import {
  defaultLanguageOf,
  LEGACY_REFETCH_REASON,
  serializeSurveyPackage,
  UNREADABLE_REFETCH_REASON,
  questionCount,
  uncapturableCount,
  type LocalSurvey,
} from '../../../../common/capture';
import { database } from '../../db/database';
import { errorInWords } from '../../i18n/error-words';
import { formatDateTime } from '../../i18n/format';
import { latestVersions } from '../data/surveys';
import { safeFileName, saveTextFile } from '../../files/save-file';
import { useCaptureView } from '../view-state';
import { downloadSurvey } from './refresh-survey';
import { startDraft } from './start-draft';

/** Why a stored survey must be fetched again: the reasons common/ stores, in the interface's language. */
function refetchReasonText(intl: IntlShape, reason: string): string {
  if (reason === LEGACY_REFETCH_REASON)
    return intl.formatMessage({
      id: 'capture.library.refetchLegacy',
      defaultMessage:
        'Saved by an older version of Outpost: download it again to get its sections, branching and languages.',
    });
  if (reason === UNREADABLE_REFETCH_REASON)
    return intl.formatMessage({
      id: 'capture.library.refetchUnreadable',
      defaultMessage:
        'This copy of the survey could not be read by this version of Outpost: download it again to capture with it.',
    });
  return reason;
}

function SurveyCard({ survey }: { survey: LocalSurvey }) {
  const intl = useIntl();
  const show = useCaptureView((state) => state.show);
  const [refresh, setRefresh] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const [languageID, setLanguageID] = useState<number | null>(defaultLanguageOf(survey)?.languageID ?? null);
  const cannotCapture = uncapturableCount(survey.questions);
  const languageSelectId = `language-${survey.id}`;
  const refreshNow = async (): Promise<void> => {
    setRefresh({ busy: true, error: null });
    const result = await downloadSurvey(survey.accountId, survey.surveyId);
    setRefresh({ busy: false, error: result.ok ? null : errorInWords(intl, result.error).message });
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
        <h3 translate="no">{survey.name}</h3>
        <p className="hint">
          <FormattedMessage
            id="capture.library.summary"
            defaultMessage="{questions, plural, one {# question} other {# questions}}{sections, plural, =0 {} =1 {} other { in # sections}} · fetched {fetched}"
            values={{
              // Questions as the form counts them (common/capture/progress), not every item of the survey.
              questions: questionCount(survey.questions),
              sections: survey.blocks.length,
              fetched: formatDateTime(intl, survey.fetchedAt),
            }}
          />
        </p>
        {cannotCapture > 0 ? (
          <p className="notice" data-testid="uncapturable-count">
            <FormattedMessage
              id="capture.library.uncapturable"
              defaultMessage="{count, plural, one {# question} other {# questions}} of this survey cannot be captured in Outpost; they are shown read-only and stay unanswered."
              values={{ count: cannotCapture }}
            />
          </p>
        ) : null}
        {survey.logicGraph === null ? (
          <p className="hint" data-testid="branching-unavailable">
            <FormattedMessage
              id="capture.library.noBranching"
              defaultMessage="Branching is not available for this survey: every section is shown, in order."
            />
          </p>
        ) : null}
        {survey.refetchReason ? <p className="notice">{refetchReasonText(intl, survey.refetchReason)}</p> : null}
        {survey.languages.length > 1 ? (
          <p className="field-inline">
            <label htmlFor={languageSelectId}>
              <FormattedMessage id="capture.library.interviewLanguage" defaultMessage="Interview language" />
            </label>
            <select
              id={languageSelectId}
              value={String(languageID ?? '')}
              onChange={(event) => setLanguageID(event.target.value === '' ? null : Number(event.target.value))}
            >
              {survey.languages.map((language) => (
                <option key={language.name} value={String(language.languageID ?? '')}>
                  {language.default
                    ? intl.formatMessage(
                        { id: 'capture.library.defaultLanguage', defaultMessage: '{language} (default)' },
                        { language: language.name },
                      )
                    : language.name}
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
          <FormattedMessage id="capture.library.newResponse" defaultMessage="New response" />
        </button>
        <button type="button" className="secondary" onClick={exportPackage}>
          <FormattedMessage id="capture.library.exportPackage" defaultMessage="Export package" />
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => void refreshNow()}
          disabled={refresh.busy}
          title={intl.formatMessage({
            id: 'capture.library.refreshHint',
            defaultMessage: 'Download the newest version; drafts keep the one they started on',
          })}
        >
          {refresh.busy ? (
            <FormattedMessage id="capture.library.refreshing" defaultMessage="Refreshing…" />
          ) : (
            <FormattedMessage id="capture.library.refresh" defaultMessage="Refresh" />
          )}
        </button>
      </div>
    </li>
  );
}

/** The surveys on this laptop: the newest version of each (older ones stay while drafts use them). */
export function SurveyLibrary() {
  const intl = useIntl();
  const surveys = useLiveQuery(async () => latestVersions(await database.surveys.toArray()), []);
  if (!surveys)
    return (
      <p>
        <FormattedMessage id="capture.library.loading" defaultMessage="Loading surveys…" />
      </p>
    );
  if (surveys.length === 0) {
    return (
      <p className="hint">
        <FormattedMessage
          id="capture.library.empty"
          defaultMessage="No surveys on this laptop yet. Download one from an account or import a survey package below."
        />
      </p>
    );
  }
  return (
    <ul
      className="cards"
      aria-label={intl.formatMessage({ id: 'capture.library.label', defaultMessage: 'Surveys on this laptop' })}
    >
      {surveys.map((survey) => (
        <SurveyCard key={survey.id} survey={survey} />
      ))}
    </ul>
  );
}
