import { useEffect } from 'react';
import { defineMessages } from '../i18n/define-messages';
import { create } from 'zustand';

const labels = defineMessages({
  surveys: { id: 'nav.surveys', defaultMessage: 'Surveys' },
  roster: { id: 'nav.roster', defaultMessage: 'Roster' },
  outbox: { id: 'nav.outbox', defaultMessage: 'Outbox' },
  settings: { id: 'nav.settings', defaultMessage: 'Settings' },
});

export const sections = [
  { id: 'surveys', label: labels.surveys },
  { id: 'roster', label: labels.roster },
  { id: 'outbox', label: labels.outbox },
  { id: 'settings', label: labels.settings },
] as const;

export type SectionId = (typeof sections)[number]['id'];

const isSectionId = (value: string): value is SectionId => sections.some((section) => section.id === value);

function sectionFromHash(hash: string): SectionId {
  const id = hash.replace(/^#\/?/, '');
  return isSectionId(id) ? id : 'surveys';
}

interface NavigationState {
  section: SectionId;
  /** Counts choosing the section already open: a section goes back to its start (the Surveys tab leaves a form). */
  reselected: number;
  setSection(section: SectionId): void;
}

/** The current section lives in the URL hash so Back/Forward and reloads keep the user's place. */
export const useNavigation = create<NavigationState>((set) => ({
  section: sectionFromHash(window.location.hash),
  reselected: 0,
  setSection: (section) => {
    if (window.location.hash !== `#/${section}`) window.location.hash = `#/${section}`;
    set((state) => (state.section === section ? { reselected: state.reselected + 1 } : { section }));
  },
}));

export function useHashSync(): void {
  useEffect(() => {
    const onHashChange = (): void => useNavigation.setState({ section: sectionFromHash(window.location.hash) });
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
}
