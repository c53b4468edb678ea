import { useEffect, useRef, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { PRODUCT_NAME } from './i18n/product';
import { SectionNav } from './components/SectionNav';
import { OutboxAgentContext } from './outbox/agent-context';
import type { OutboxAgent } from '../../common/outbox/outbox-agent';
import { createOutboxAgent } from './outbox/outbox-agent';
import { StatusBar } from './components/StatusBar';
import { OutboxSection } from './sections/OutboxSection';
import { RosterSection } from './sections/RosterSection';
import { SettingsSection } from './sections/SettingsSection';
import { SurveysSection } from './sections/SurveysSection';
import { useConnectivitySync } from './state/connectivity';
import { useReportOpenDrafts } from './updates/use-report-drafts';
import { sections, useHashSync, useNavigation, type SectionId } from './state/navigation';

const sectionViews: Record<SectionId, () => React.JSX.Element> = {
  surveys: SurveysSection,
  roster: RosterSection,
  outbox: OutboxSection,
  settings: SettingsSection,
};

/** Alt+1…4 jump between sections from anywhere. */
function useSectionShortcuts(): void {
  const setSection = useNavigation((state) => state.setSection);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      const section = sections[Number(event.key) - 1];
      if (!section) return;
      event.preventDefault();
      setSection(section.id);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [setSection]);
}

/** One agent for the app's life: it keeps the engine fed whatever section is open. */
function useOutboxAgentLifecycle(): OutboxAgent {
  const [agent] = useState(createOutboxAgent);
  useEffect(() => {
    agent.start();
    return () => agent.stop();
  }, [agent]);
  return agent;
}

export function App() {
  const agent = useOutboxAgentLifecycle();
  useHashSync();
  useConnectivitySync();
  useReportOpenDrafts();
  useSectionShortcuts();
  const section = useNavigation((state) => state.section);
  const mainRef = useRef<HTMLElement>(null);
  const isFirstRender = useRef(true);

  // A new section opens at its top (not at the last one's scroll position), with focus on it so keyboard and
  // screen-reader users land on its heading.
  useEffect(() => {
    if (isFirstRender.current) {
      isFirstRender.current = false;
      return;
    }
    mainRef.current?.scrollTo({ top: 0 });
    mainRef.current?.focus({ preventScroll: true });
  }, [section]);

  const View = sectionViews[section];
  return (
    <OutboxAgentContext.Provider value={agent}>
      <div className="app">
        <button type="button" className="skip-link" onClick={() => mainRef.current?.focus()}>
          <FormattedMessage id="app.skipToContent" defaultMessage="Skip to content" />
        </button>
        <header className="app-header">
          <span className="brand" translate="no">
            {PRODUCT_NAME}
          </span>
          <SectionNav />
        </header>
        <main id="main" ref={mainRef} tabIndex={-1} className="app-main" data-section={section}>
          <View />
        </main>
        <StatusBar />
      </div>
    </OutboxAgentContext.Provider>
  );
}
