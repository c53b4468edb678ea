import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { CaptureNoticeBanner } from './CaptureNoticeBanner';
import { FormattedMessage } from 'react-intl';
import { database } from '../db/database';
import './capture.css';
import { CaptureForm } from './form/CaptureForm';
import { DownloadPanel } from './home/DownloadPanel';
import { DraftsList } from './home/DraftsList';
import { ImportPackage } from './home/ImportPackage';
import { SurveyLibrary } from './home/SurveyLibrary';
import { ResponsesView } from './responses/ResponsesView';
import { useCaptureView } from './view-state';

function Home() {
  const show = useCaptureView((state) => state.show);
  const responseCount = useLiveQuery(() => database.responses.count(), []);
  return (
    <div className="capture-home">
      <section aria-labelledby="library-heading">
        <div className="toolbar">
          <h2 id="library-heading">
            <FormattedMessage id="capture.home.library" defaultMessage="On this laptop" />
          </h2>
          <button type="button" className="secondary" onClick={() => show({ name: 'responses' })}>
            {responseCount === undefined ? (
              <FormattedMessage id="capture.home.responsesCounting" defaultMessage="Responses (…)" />
            ) : (
              <FormattedMessage
                id="capture.home.responses"
                defaultMessage="Responses ({count, number})"
                values={{ count: responseCount }}
              />
            )}
          </button>
        </div>
        <SurveyLibrary />
      </section>
      <section aria-labelledby="drafts-heading">
        <h2 id="drafts-heading">
          <FormattedMessage id="capture.home.drafts" defaultMessage="Drafts" />
        </h2>
        <DraftsList />
      </section>
      <section aria-labelledby="get-heading">
        <h2 id="get-heading">
          <FormattedMessage id="capture.home.getSurveys" defaultMessage="Get surveys" />
        </h2>
        <DownloadPanel />
        <ImportPackage />
      </section>
    </div>
  );
}

/** The Surveys section: library, drafts, the form being filled, and the finished responses. */
export function CaptureWorkspace() {
  const view = useCaptureView((state) => state.view);
  const notify = useCaptureView((state) => state.notify);
  // A notice is about the moment: it does not come back when the user returns from another section.
  useEffect(() => () => notify(null), [notify]);
  return (
    <div className="capture">
      <CaptureNoticeBanner />
      {view.name === 'form' ? (
        <CaptureForm key={view.draftId} draftId={view.draftId} />
      ) : view.name === 'responses' ? (
        <ResponsesView />
      ) : (
        <Home />
      )}
    </div>
  );
}
