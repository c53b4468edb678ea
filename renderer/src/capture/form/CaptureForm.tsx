import { useCallback, useMemo, useRef, useState } from 'react';
import { validateAnswers, type LocalSurvey } from '../../../../common/capture';
import { database } from '../../db/database';
import { finalizeDraft } from '../data/finalize';
import { deviceTimeZone } from '../device';
import { useCaptureSettings } from '../use-capture-settings';
import { startDraft } from '../home/start-draft';
import { useCaptureView } from '../view-state';
import { focusBlock, handleFormKeys } from './keyboard';
import { QuestionList } from './QuestionList';
import { useDraftEditor } from './use-draft-editor';

/** The next household gets the newest version of the survey, which may be newer than this draft's. */
async function newestVersionOf(survey: LocalSurvey): Promise<LocalSurvey | undefined> {
  const versions = await database.surveys
    .where('surveyId')
    .equals(survey.surveyId)
    .filter((v) => v.accountId === survey.accountId)
    .toArray();
  return versions.sort((a, b) => b.fetchedAt - a.fetchedAt)[0];
}

/** Filling in one response. Every change is saved as a draft; Finish turns it into a response in the outbox. */
export function CaptureForm({ draftId }: { draftId: string }) {
  const editor = useDraftEditor(draftId);
  const settings = useCaptureSettings();
  const show = useCaptureView((state) => state.show);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const onTouched = useCallback((questionId: string) => {
    setTouched((previous) => (previous.has(questionId) ? previous : new Set([...previous, questionId])));
  }, []);

  const ready = editor.state.status === 'ready' ? editor.state : null;
  const problems = useMemo(() => {
    if (!ready) return new Map<string, string>();
    const all = validateAnswers(ready.survey.questions, ready.draft.answers, { requireAnswers: attempted });
    // Before Finish, only fields the worker has left show their problems: no red while typing an address.
    if (attempted) return all;
    return new Map([...all].filter(([key]) => touched.has(key)));
  }, [ready, attempted, touched]);

  if (editor.state.status === 'loading') return <p>Opening the draft…</p>;
  if (editor.state.status === 'missing' || !ready) {
    return (
      <div className="notice-box" role="alert">
        <p>This draft is no longer here; it was finished or deleted.</p>
        <button type="button" onClick={() => show({ name: 'home' })}>
          Back to surveys
        </button>
      </div>
    );
  }

  const { draft, survey } = ready;

  const finish = async (startAnother: boolean): Promise<void> => {
    setAttempted(true);
    setOutcome(null);
    const now = validateAnswers(survey.questions, draft.answers, { requireAnswers: true });
    if (now.size > 0) {
      setOutcome(
        `${now.size} answer${now.size === 1 ? ' needs' : 's need'} attention before this response can be finished.`,
      );
      const first = [...now.keys()][0];
      const block = formRef.current?.querySelector(`[id^="q${first}-"]`)?.closest('[data-qblock]');
      focusBlock(block);
      return;
    }
    if (!settings) return;
    setBusy(true);
    await editor.flush();
    const result = await finalizeDraft(database, {
      draftId: draft.id,
      settings,
      timeZone: deviceTimeZone(),
      now: Date.now(),
    });
    setBusy(false);
    if (!result.ok) {
      setOutcome(result.error.message);
      return;
    }
    const next = startAnother ? await newestVersionOf(survey) : undefined;
    if (next) show({ name: 'form', draftId: await startDraft(next) });
    else show({ name: 'home' });
  };

  const leave = async (): Promise<void> => {
    await editor.flush();
    show({ name: 'home' });
  };

  return (
    <div className="capture-form">
      <div className="form-header">
        <h2>{survey.name}</h2>
        <p className="hint" data-testid="draft-progress">
          {draft.answered} of {draft.total} answered · saved as you go
        </p>
      </div>
      <form
        ref={formRef}
        aria-label={`Response to ${survey.name}`}
        onKeyDown={handleFormKeys}
        onSubmit={(event) => {
          event.preventDefault();
          void finish(false);
        }}
        noValidate
      >
        <QuestionList
          questions={survey.questions}
          answers={draft.answers}
          problems={problems}
          onAnswer={editor.setAnswer}
          onTouched={onTouched}
        />
        <div className="form-actions">
          <p aria-live="polite" className="outcome">
            {outcome ?? ''}
          </p>
          <button type="button" className="secondary" onClick={() => void leave()}>
            Save draft and close
          </button>
          <button type="button" className="secondary" disabled={busy || !settings} onClick={() => void finish(true)}>
            Finish and start next
          </button>
          <button type="submit" data-finalize disabled={busy || !settings}>
            Finish response
          </button>
        </div>
      </form>
    </div>
  );
}
