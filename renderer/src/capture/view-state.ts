import { create } from 'zustand';

export type CaptureView = { name: 'home' } | { name: 'form'; draftId: string } | { name: 'responses' };

/**
 * What just happened, said where the user lands: a response finished, a draft deleted (with its
 * undo). Lives in memory only: an undo holds the deleted draft, which is never written in the clear.
 */
export interface CaptureNotice {
  text: string;
  undo?: { label: string; run(): Promise<void> };
  /** Where the notice takes focus (a form being opened keeps focus on its first question instead). */
  takesFocus: boolean;
}

const STORAGE_KEY = 'outpost.capture.view';

// Kept for the session so that a reload (or a crash and restart of the page) reopens the draft being filled.
function restored(): CaptureView {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    const value: unknown = raw ? JSON.parse(raw) : null;
    if (typeof value === 'object' && value !== null && 'name' in value) {
      if (value.name === 'responses') return { name: 'responses' };
      if (value.name === 'form' && 'draftId' in value && typeof value.draftId === 'string')
        return { name: 'form', draftId: value.draftId };
    }
  } catch {
    // A damaged entry just means starting from the survey list.
  }
  return { name: 'home' };
}

interface CaptureViewState {
  view: CaptureView;
  notice: CaptureNotice | null;
  /** Changes the view; a notice given here is shown on the new view, any older one goes. */
  show(view: CaptureView, notice?: CaptureNotice): void;
  notify(notice: CaptureNotice | null): void;
}

export const useCaptureView = create<CaptureViewState>((set) => ({
  view: restored(),
  notice: null,
  show: (view, notice) => {
    try {
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify(view));
    } catch {
      // Storage full or blocked: the view still changes, it just is not remembered.
    }
    set({ view, notice: notice ?? null });
  },
  notify: (notice) => set({ notice }),
}));
