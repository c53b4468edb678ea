import { useEffect } from 'react';
import { create } from 'zustand';

export const sections = [
  { id: 'surveys', label: 'Surveys' },
  { id: 'roster', label: 'Roster' },
  { id: 'outbox', label: 'Outbox' },
  { id: 'settings', label: 'Settings' },
] as const;

export type SectionId = (typeof sections)[number]['id'];

const isSectionId = (value: string): value is SectionId => sections.some((section) => section.id === value);

function sectionFromHash(hash: string): SectionId {
  const id = hash.replace(/^#\/?/, '');
  return isSectionId(id) ? id : 'surveys';
}

interface NavigationState {
  section: SectionId;
  setSection(section: SectionId): void;
}

/** The current section lives in the URL hash so Back/Forward and reloads keep the user's place. */
export const useNavigation = create<NavigationState>((set) => ({
  section: sectionFromHash(window.location.hash),
  setSection: (section) => {
    if (window.location.hash !== `#/${section}`) window.location.hash = `#/${section}`;
    set({ section });
  },
}));

export function useHashSync(): void {
  useEffect(() => {
    const onHashChange = (): void => useNavigation.setState({ section: sectionFromHash(window.location.hash) });
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
}
