import { create } from 'zustand';
import { SYSTEM_CHOICE } from './locale-choice';

/**
 * The user's language choice: "system" (follow the OS) or a catalogue code. Kept in localStorage,
 * not in the database: it must apply before the data is unlocked, and it is no one's personal data.
 */
const STORAGE_KEY = 'outpost.locale';

function storedChoice(): string {
  try {
    return localStorage.getItem(STORAGE_KEY) ?? SYSTEM_CHOICE;
  } catch {
    return SYSTEM_CHOICE;
  }
}

interface LocaleChoiceState {
  readonly choice: string;
  setChoice(choice: string): void;
}

export const useLocaleChoice = create<LocaleChoiceState>((set) => ({
  choice: storedChoice(),
  setChoice: (choice) => {
    try {
      if (choice === SYSTEM_CHOICE) localStorage.removeItem(STORAGE_KEY);
      else localStorage.setItem(STORAGE_KEY, choice);
    } catch {
      // storage refused: the choice still applies until the app closes
    }
    set({ choice });
  },
}));
