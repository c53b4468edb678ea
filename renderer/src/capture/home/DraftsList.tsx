import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { draftCards } from './draft-cards';
import { database } from '../../db/database';
import { formatDateTime } from '../../i18n/format';
import { deleteDraft, restoreDraft } from '../data/drafts';
import { useCaptureView } from '../view-state';
import { ConfirmButton } from './ConfirmButton';

/** Responses started and not finished, newest first, with how far each got. */
export function DraftsList() {
  const intl = useIntl();
  const [search, setSearch] = useState('');
  const searchId = useId();
  // An async querier: Dexie follows a live query across the native awaits inside draftCards only then.
  const drafts = useLiveQuery(async () => await draftCards(database, search), [search]);
  const show = useCaptureView((state) => state.show);
  const notify = useCaptureView((state) => state.notify);
  const remove = async (id: string): Promise<void> => {
    const deleted = await deleteDraft(database, id);
    if (!deleted) return;
    notify({
      text: intl.formatMessage(
        { id: 'capture.drafts.deleted', defaultMessage: 'Draft of “{survey}” deleted.' },
        { survey: deleted.surveyName },
      ),
      undo: {
        label: intl.formatMessage({ id: 'capture.drafts.undoDelete', defaultMessage: 'Undo delete' }),
        run: () => restoreDraft(database, deleted),
      },
      takesFocus: true,
    });
  };
  if (!drafts) return null;
  if (drafts.total === 0)
    return (
      <p className="hint">
        <FormattedMessage
          id="capture.drafts.empty"
          defaultMessage="No drafts. Every response you start is kept here until you finish it."
        />
      </p>
    );
  return (
    <>
      <p className="field-inline drafts-search">
        <label htmlFor={searchId}>
          <FormattedMessage id="capture.drafts.search" defaultMessage="Find a draft by respondent or survey" />
        </label>
        <input id={searchId} type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
      </p>
      {drafts.cards.length === 0 ? (
        <p className="hint" role="status" data-testid="no-draft-matches">
          <FormattedMessage id="capture.drafts.noMatch" defaultMessage="No draft matches." />
        </p>
      ) : null}
      <ul className="cards" aria-label={intl.formatMessage({ id: 'capture.drafts.label', defaultMessage: 'Drafts' })}>
        {drafts.cards.map(({ draft, respondent, progress }) => (
          <li
            key={draft.id}
            className="card"
            aria-label={intl.formatMessage(
              {
                id: 'capture.drafts.cardLabel',
                defaultMessage: 'Draft of {survey}{named, select, yes {: {respondent}} other {}}',
              },
              { survey: draft.surveyName, named: respondent ? 'yes' : 'no', respondent: respondent ?? '' },
            )}
            data-testid="draft"
          >
            <div>
              <h3 data-testid="draft-respondent">
                {respondent ?? (
                  <FormattedMessage id="capture.drafts.noRespondent" defaultMessage="Respondent not named yet" />
                )}
              </h3>
              <p>
                {draft.corrects ? (
                  <FormattedMessage
                    id="capture.drafts.correctionOf"
                    defaultMessage="Correction of a response to {survey}"
                    values={{ survey: draft.surveyName }}
                  />
                ) : (
                  <span translate="no">{draft.surveyName}</span>
                )}
              </p>
              <p className="hint">
                <FormattedMessage
                  id="capture.drafts.progress"
                  defaultMessage="Started {started} · {answered, number} of {total, number} answered"
                  values={{
                    started: formatDateTime(intl, draft.startedAt),
                    answered: progress.answered,
                    total: progress.total,
                  }}
                />
              </p>
              <progress
                max={Math.max(progress.total, 1)}
                value={progress.answered}
                aria-label={intl.formatMessage({ id: 'capture.drafts.progressLabel', defaultMessage: 'Progress' })}
              />
            </div>
            <div className="actions">
              <button type="button" onClick={() => show({ name: 'form', draftId: draft.id })}>
                <FormattedMessage id="capture.drafts.resume" defaultMessage="Resume" />
              </button>
              <ConfirmButton
                label={intl.formatMessage({ id: 'common.delete', defaultMessage: 'Delete' })}
                question={intl.formatMessage({
                  id: 'capture.drafts.deleteQuestion',
                  defaultMessage: 'Delete this draft and its answers?',
                })}
                confirmLabel={intl.formatMessage({
                  id: 'capture.drafts.deleteConfirm',
                  defaultMessage: 'Delete draft',
                })}
                onConfirm={() => void remove(draft.id)}
              />
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
