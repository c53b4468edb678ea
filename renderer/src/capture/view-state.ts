import { create } from 'zustand';

export type CaptureView = { name: 'home' } | { name: 'form'; draftId: string } | { name: 'responses' };

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
  show(view: CaptureView): void;
}

export const useCaptureView = create<CaptureViewState>((set) => ({
  view: restored(),
  show: (view) => {
    try {
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify(view));
    } catch {
      // Storage full or blocked: the view still changes, it just is not remembered.
    }
    set({ view });
  },
}));
