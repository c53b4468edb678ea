import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { defineMessages } from '../../i18n/define-messages';
import { saySentence } from '../../../../common/i18n/phrase';
import {
  answerKey,
  answersOffRoute,
  entriesOf,
  blocksInLanguage,
  defaultLanguageOf,
  formDirectionOf,
  languageById,
  progressOf,
  questionNumbers,
  questionsInLanguage,
  questionsWithProblems,
  questionsOnRoute,
  routeOf,
  validateAnswers,
  type LocalSurvey,
} from '../../../../common/capture';
import { database } from '../../db/database';
import { useNavigation } from '../../state/navigation';
import { dropDraftIfUntouched } from '../data/drafts';
import { errorInWords } from '../../i18n/error-words';
import { textDirection } from '../../i18n/locale-choice';
import { finalizeDraft } from '../data/finalize';
import { DELIVERED_MEANWHILE } from '../data/finish-correction';
import { CorrectionBanner } from './CorrectionBanner';
import { DraftPosition } from '../PositionStatus';
import { deviceTimeZone } from '../device';
import { useCaptureSettings } from '../use-capture-settings';
import { startDraft } from '../home/start-draft';
import { useCaptureView } from '../view-state';
import { focusBlock, handleFormKeys } from './keyboard';
import { QuestionList } from './QuestionList';
import { QuestionNumbers } from './question-numbers';
import { SectionList } from './SectionList';
import { useDraftEditor, type DraftEditor } from './use-draft-editor';

/** The next household gets the newest version of the survey, which may be newer than this draft's. */
async function newestVersionOf(survey: LocalSurvey): Promise<LocalSurvey | undefined> {
  const versions = await database.surveys
    .where('surveyId')
    .equals(survey.surveyId)
    .filter((v) => v.accountId === survey.accountId)
    .toArray();
  return versions.sort((a, b) => b.fetchedAt - a.fetchedAt)[0];
}

/**
 * The Save/Finish bar's real height (it grows when a message or narrow window wraps it), as
 * --form-actions-height on the form: the scroll margin that keeps a focused control clear of it.
 */
function useStickyBarHeight() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const bar = ref.current;
    const owner = bar?.closest<HTMLElement>('.capture-form');
    if (!bar || !owner) return;
    const observer = new ResizeObserver(() => {
      owner.style.setProperty('--form-actions-height', `${Math.ceil(bar.getBoundingClientRect().height)}px`);
    });
    observer.observe(bar);
    return () => observer.disconnect();
  });
  return ref;
}

/**
 * Chromium scrolls a focused text box only as far as its caret: the whole control is brought clear
 * of the Save/Finish bar (its scroll margin), whichever way focus arrived.
 */
function revealFocused(event: React.FocusEvent<HTMLElement>): void {
  const target = event.target;
  if (target.closest('.form-actions')) return;
  target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/**
 * Every way out of the form ("Save draft and close", the Surveys tab chosen again) keeps what was
 * typed, and drops a draft nothing was ever answered in.
 */
function useLeaveForm(draftId: string, editor: DraftEditor): () => Promise<void> {
  const show = useCaptureView((state) => state.show);
  const reselected = useNavigation((state) => state.reselected);
  const { flush } = editor;
  const leave = useCallback(async (): Promise<void> => {
    await flush();
    await dropDraftIfUntouched(database, draftId);
    show({ name: 'home' });
  }, [flush, draftId, show]);
  const seen = useRef(reselected);
  useEffect(() => {
    if (seen.current === reselected) return;
    seen.current = reselected;
    void leave();
  }, [reselected, leave]);
  return leave;
}

/** A form opened (new, resumed, the next one) puts focus on its first question, not on the page. */
function useFocusFirstQuestion(formRef: React.RefObject<HTMLFormElement | null>, ready: boolean): void {
  const done = useRef(false);
  useEffect(() => {
    if (!ready || done.current) return;
    done.current = true;
    for (const block of formRef.current?.querySelectorAll('[data-qblock]') ?? []) if (focusBlock(block)) return;
  }, [ready, formRef]);
}

const words = defineMessages({
  routeWaiting: {
    id: 'capture.form.routeWaiting',
    defaultMessage: 'Answer the question that decides which section comes next.',
  },
  needAttention: {
    id: 'capture.form.questionsNeedAttention',
    defaultMessage:
      '{count, plural, one {# question needs} other {# questions need}} attention before this response can be finished.',
  },
});

/**
 * Filling in one response, section by section along the route the logic graph gives (every
 * section in order without one). Every change is saved as a draft; Finish turns it into a
 * response in the outbox, built from the visited sections only.
 */
export function CaptureForm({ draftId }: { draftId: string }) {
  const intl = useIntl();
  const editor = useDraftEditor(draftId);
  const settings = useCaptureSettings();
  const show = useCaptureView((state) => state.show);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [section, setSection] = useState<number | null>(null);
  const [opened, setOpened] = useState<ReadonlySet<number>>(new Set());
  const formRef = useRef<HTMLFormElement>(null);
  const actionsRef = useStickyBarHeight();
  const leave = useLeaveForm(draftId, editor);
  const ready = editor.state.status === 'ready' ? editor.state : null;
  useFocusFirstQuestion(formRef, ready !== null);

  const onTouched = useCallback((entryKey: string) => {
    setTouched((previous) => (previous.has(entryKey) ? previous : new Set([...previous, entryKey])));
  }, []);

  const route = useMemo(() => (ready ? routeOf(ready.survey, ready.draft.answers) : null), [ready]);
  const problems = useMemo(() => {
    if (!ready || !route) return new Map<string, string>();
    const onRoute = questionsOnRoute(ready.survey, route);
    const all = validateAnswers(onRoute, ready.draft.answers, { requireAnswers: attempted });
    // Before Finish, only fields the worker has left show their problems: no red while typing an address.
    const shownNow = attempted ? [...all] : [...all].filter(([key]) => touched.has(key));
    // Said here, so a change of language says them again.
    return new Map(shownNow.map(([key, problem]) => [key, saySentence(intl, problem)]));
  }, [ready, route, attempted, touched, intl]);
  const language = ready
    ? (languageById(ready.survey, ready.draft.languageID) ?? defaultLanguageOf(ready.survey))
    : undefined;
  const shown = useMemo(() => (ready ? questionsInLanguage(ready.survey.questions, language) : []), [ready, language]);

  if (editor.state.status === 'loading')
    return (
      <p>
        <FormattedMessage id="capture.form.opening" defaultMessage="Opening the draft…" />
      </p>
    );
  if (editor.state.status === 'missing' || !ready || !route) {
    return (
      <div className="notice-box" role="alert">
        <p>
          <FormattedMessage
            id="capture.form.missing"
            defaultMessage="This draft is no longer here; it was finished or deleted."
          />
        </p>
        <button type="button" onClick={() => show({ name: 'home' })}>
          <FormattedMessage id="capture.form.backToSurveys" defaultMessage="Back to surveys" />
        </button>
      </div>
    );
  }

  const { draft, survey } = ready;
  const blocks = blocksInLanguage(survey.blocks, language);
  const first = route.sections[0] ?? survey.blocks[0]?.blockID ?? 0;
  const current = section !== null && route.sections.includes(section) ? section : first;
  const openedNow = new Set([...opened, current]);
  const position = route.sections.indexOf(current);
  const next = route.sections[position + 1];
  const atEnd = next === undefined;
  const sectionQuestions = shown.filter((question) => question.blockID === current);
  const offRoute = answersOffRoute(survey, route, draft.answers);
  const direction = formDirectionOf(shown);
  const title = blocks.find((block) => block.blockID === current)?.title ?? '';
  // Progress and numbers from the answers now, in questions along the route: the one definition the library uses too.
  const onRoute = questionsOnRoute(survey, route);
  const progress = progressOf(onRoute, draft.answers);
  const numbers = questionNumbers(onRoute);

  const open = (blockID: number): void => {
    setSection(blockID);
    setOpened((previous) => new Set([...previous, current, blockID]));
    setOutcome(null);
    requestAnimationFrame(() => focusBlock(formRef.current?.querySelector('[data-qblock]')));
  };

  const finish = async (startAnother: boolean): Promise<void> => {
    setAttempted(true);
    setOutcome(null);
    if (!route.complete) {
      setOutcome(intl.formatMessage(words.routeWaiting));
      return;
    }
    const now = validateAnswers(onRoute, draft.answers, { requireAnswers: true });
    if (now.size > 0) {
      // Counted in questions, as the progress line counts them (common/capture/progress).
      setOutcome(intl.formatMessage(words.needAttention, { count: questionsWithProblems(onRoute, now) }));
      const firstProblem = [...now.keys()][0];
      const owner = onRoute.find((question) => entriesOf(question).some((entry) => answerKey(entry) === firstProblem));
      if (owner && owner.blockID !== current) setSection(owner.blockID);
      requestAnimationFrame(() => {
        const block = formRef.current?.querySelector(`[id^="q${firstProblem}-"]`)?.closest('[data-qblock]');
        focusBlock(block);
      });
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
      // Delivered while the correction was open: it becomes a new linked response, said before the next Finish.
      if (result.error.code === DELIVERED_MEANWHILE && draft.corrects)
        editor.setCorrection({ ...draft.corrects, mode: 'follow-up' });
      setOutcome(errorInWords(intl, result.error).message);
      return;
    }
    if (result.value.correction) {
      show(
        { name: 'responses' },
        {
          text: intl.formatMessage(
            {
              id: 'capture.form.corrected',
              defaultMessage:
                '{how, select, replaced {Correction saved: it replaces the response waiting in the outbox.} other {Correction finished: it goes to QuestionPro as a new response linked to the old one. {deleted, select, yes {The old one is deleted there once the correction has arrived.} other {The old one stays on QuestionPro.}}}}',
            },
            { how: result.value.correction, deleted: result.value.deleteItemId ? 'yes' : 'no' },
          ),
          takesFocus: true,
        },
      );
      return;
    }
    const following = startAnother ? await newestVersionOf(survey) : undefined;
    const finished = intl.formatMessage(
      {
        id: 'capture.form.finished',
        defaultMessage:
          'Response to “{survey}” finished: it is in the outbox and goes to QuestionPro when online.{next, select, yes { This is the next one.} other {}}',
      },
      { survey: survey.name, next: following ? 'yes' : 'no' },
    );
    if (following)
      show(
        { name: 'form', draftId: await startDraft(following, draft.languageID ?? null) },
        { text: finished, takesFocus: false },
      );
    else show({ name: 'home' }, { text: finished, takesFocus: true });
  };

  return (
    <div className="capture-form" onFocus={revealFocused}>
      <div className="form-header">
        <h2 translate="no">{survey.name}</h2>
        <p className="hint" data-testid="draft-progress">
          <FormattedMessage
            id="capture.form.questionProgress"
            defaultMessage="{answered, number} of {total, plural, one {# question} other {# questions}} answered · saved as you go"
            values={{ answered: progress.answered, total: progress.total }}
          />
        </p>
        <DraftPosition draftId={draft.id} />
        {survey.languages.length > 1 ? (
          <p className="field-inline">
            <label htmlFor="interview-language">
              <FormattedMessage id="capture.library.interviewLanguage" defaultMessage="Interview language" />
            </label>
            <select
              id="interview-language"
              value={String(language?.languageID ?? '')}
              onChange={(event) => editor.setLanguage(event.target.value === '' ? null : Number(event.target.value))}
            >
              {survey.languages.map((candidate) => (
                <option key={candidate.name} value={String(candidate.languageID ?? '')}>
                  {candidate.name}
                </option>
              ))}
            </select>
          </p>
        ) : null}
      </div>
      {draft.corrects ? <CorrectionBanner corrects={draft.corrects} onChange={editor.setCorrection} /> : null}
      {survey.blocks.length > 1 || route.sections.length > 1 ? (
        <SectionList
          survey={survey}
          blocks={blocks}
          route={route.sections}
          opened={openedNow}
          current={current}
          answers={draft.answers}
          onOpen={open}
        />
      ) : null}
      {offRoute > 0 ? (
        <p className="notice" role="status" data-testid="off-route-notice">
          <FormattedMessage
            id="capture.form.offRoute"
            defaultMessage="{count, plural, one {# answer is} other {# answers are}} in sections this route no longer visits. They stay in the draft but will not be sent."
            values={{ count: offRoute }}
          />
        </p>
      ) : null}
      <form
        ref={formRef}
        aria-label={intl.formatMessage(
          { id: 'capture.form.label', defaultMessage: 'Response to {survey}' },
          { survey: survey.name },
        )}
        dir={direction}
        onKeyDown={handleFormKeys}
        onSubmit={(event) => {
          event.preventDefault();
          if (atEnd) void finish(false);
          else open(next);
        }}
        noValidate
      >
        {route.sections.length > 1 || survey.blocks.length > 1 ? (
          <h3 className="section-title" dir="auto">
            {title}
          </h3>
        ) : null}
        <QuestionNumbers.Provider value={numbers}>
          <QuestionList
            questions={sectionQuestions}
            answers={draft.answers}
            problems={problems}
            onAnswer={editor.setAnswer}
            onTouched={onTouched}
          />
        </QuestionNumbers.Provider>
        <div className="form-actions" dir={textDirection(intl.locale)} ref={actionsRef}>
          <p aria-live="polite" className="outcome">
            {outcome ?? (atEnd && !route.complete ? intl.formatMessage(words.routeWaiting) : '')}
          </p>
          <button type="button" className="secondary" onClick={() => void leave()}>
            <FormattedMessage id="capture.form.saveAndClose" defaultMessage="Save draft and close" />
          </button>
          {atEnd && draft.corrects ? (
            <button type="submit" data-finalize disabled={busy || !settings}>
              {intl.formatMessage({ id: 'capture.form.saveCorrection', defaultMessage: 'Save correction' })}
            </button>
          ) : atEnd ? (
            <>
              <button
                type="button"
                className="secondary"
                disabled={busy || !settings}
                onClick={() => void finish(true)}
              >
                <FormattedMessage id="capture.form.finishAndNext" defaultMessage="Finish and start next" />
              </button>
              <button type="submit" data-finalize disabled={busy || !settings}>
                <FormattedMessage id="capture.form.finish" defaultMessage="Finish response" />
              </button>
            </>
          ) : (
            <button type="submit" data-finalize>
              <FormattedMessage id="capture.form.nextSection" defaultMessage="Next section" />
            </button>
          )}
        </div>
      </form>
    </div>
  );
}
