import { useCallback, useEffect, useRef, useState } from 'react';
import type { Answer, DraftRow, LocalSurvey } from '../../../../common/capture';
import { database } from '../../db/database';
import { saveDraft, withAnswers } from '../data/drafts';

/** Quiet time after the last change before it is written; a kill loses at most this much typing. */
export const SAVE_DEBOUNCE_MS = 250;
/** Someone typing without pause is still saved this often. */
const SAVE_MAX_WAIT_MS = 1_000;

export type EditorState =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'ready'; draft: DraftRow; survey: LocalSurvey };

export interface DraftEditor {
  state: EditorState;
  setAnswer(entryKey: string, answer: Answer): void;
  /** Switches the interview language; answers are kept (they are keyed by IDs, not texts). */
  setLanguage(languageID: number | null): void;
  /** A correction's choices (delete the old one on QuestionPro; the mode, when it was delivered meanwhile). */
  setCorrection(corrects: NonNullable<DraftRow['corrects']>): void;
  /** Writes any pending change now (before finalize, on leaving). */
  flush(): Promise<void>;
}

/**
 * The open draft: answers live in React state for instant typing and are written to
 * IndexedDB shortly after every change, and at once when the page is hidden or closed.
 */
export function useDraftEditor(draftId: string): DraftEditor {
  const [state, setState] = useState<EditorState>({ status: 'loading' });
  const draftRef = useRef<DraftRow | null>(null);
  const surveyRef = useRef<LocalSurvey | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const dirtySince = useRef<number | null>(null);

  useEffect(() => {
    let active = true;
    void (async () => {
      const draft = await database.drafts.get(draftId);
      const survey = draft ? await database.surveys.get(draft.surveyKey) : undefined;
      if (!active) return;
      if (!draft || !survey) {
        setState({ status: 'missing' });
        return;
      }
      draftRef.current = draft;
      surveyRef.current = survey;
      setState({ status: 'ready', draft, survey });
    })();
    return () => {
      active = false;
    };
  }, [draftId]);

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (dirtySince.current === null || !draftRef.current) return;
    dirtySince.current = null;
    await saveDraft(database, draftRef.current);
  }, []);

  const change = useCallback(
    (update: (current: DraftRow, survey: LocalSurvey) => DraftRow): void => {
      const current = draftRef.current;
      const survey = surveyRef.current;
      if (!current || !survey) return;
      const next = update(current, survey);
      draftRef.current = next;
      setState({ status: 'ready', draft: next, survey });
      const now = Date.now();
      dirtySince.current ??= now;
      if (timer.current) clearTimeout(timer.current);
      const overdue = now - dirtySince.current >= SAVE_MAX_WAIT_MS;
      timer.current = setTimeout(() => void flush(), overdue ? 0 : SAVE_DEBOUNCE_MS);
    },
    [flush],
  );

  const setAnswer = useCallback(
    (entryKey: string, answer: Answer): void =>
      change((current, survey) => withAnswers(current, survey, { ...current.answers, [entryKey]: answer }, Date.now())),
    [change],
  );

  const setLanguage = useCallback(
    (languageID: number | null): void => change((current) => ({ ...current, languageID, updatedAt: Date.now() })),
    [change],
  );

  const setCorrection = useCallback(
    (corrects: NonNullable<DraftRow['corrects']>): void =>
      change((current) => ({ ...current, corrects, updatedAt: Date.now() })),
    [change],
  );

  useEffect(() => {
    const onHide = (): void => {
      void flush();
    };
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') void flush();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      void flush();
    };
  }, [flush]);

  return { state, setAnswer, setLanguage, setCorrection, flush };
}
