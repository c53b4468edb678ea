import { useEffect, useId, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { RemoteSurvey } from '../../../../common/contract/ops/surveys';
import { call } from '../../api/client';
import { errorInWords } from '../../i18n/error-words';
import { downloadSurvey } from './refresh-survey';

interface AccountChoice {
  id: string;
  label: string;
}

/** Surveys from a QuestionPro account: listed and fetched by main (which holds the key), kept here. */
export function DownloadPanel() {
  const intl = useIntl();
  const id = useId();
  const [accounts, setAccounts] = useState<AccountChoice[] | null>(null);
  const [accountId, setAccountId] = useState('');
  const [remote, setRemote] = useState<RemoteSurvey[] | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let active = true;
    void call('accounts.list').then((result) => {
      if (!active) return;
      const list = result.ok
        ? result.value
            .filter((account) => account.kind === 'questionpro')
            .map(({ id: accountKey, label }) => ({ id: accountKey, label }))
        : [];
      setAccounts(list);
      setAccountId((current) => current || (list[0]?.id ?? ''));
    });
    return () => {
      active = false;
    };
  }, []);

  const list = async (): Promise<void> => {
    setBusy(true);
    setMessage(null);
    const result = await call('surveys.listRemote', { accountId });
    setBusy(false);
    if (result.ok) setRemote(result.value);
    else setMessage({ text: errorInWords(intl, result.error).message, error: true });
  };

  const download = async (survey: RemoteSurvey): Promise<void> => {
    setBusy(true);
    setMessage({
      text: intl.formatMessage(
        { id: 'capture.download.downloading', defaultMessage: 'Downloading “{survey}”…' },
        { survey: survey.name },
      ),
      error: false,
    });
    const result = await downloadSurvey(accountId, survey.surveyId);
    setBusy(false);
    if (!result.ok) {
      setMessage({ text: errorInWords(intl, result.error).message, error: true });
      return;
    }
    setMessage({
      text: intl.formatMessage(
        { id: 'capture.download.done', defaultMessage: 'Downloaded “{survey}”: it now works offline.' },
        { survey: result.value.name },
      ),
      error: false,
    });
  };

  if (accounts === null)
    return (
      <p className="hint">
        <FormattedMessage id="capture.download.lookingForAccounts" defaultMessage="Looking for accounts…" />
      </p>
    );
  if (accounts.length === 0)
    return (
      <p className="hint">
        <FormattedMessage
          id="capture.download.noAccount"
          defaultMessage="Add a QuestionPro account in Settings to download surveys."
        />
      </p>
    );

  return (
    <div className="download">
      <div className="field field-row">
        <label htmlFor={id}>
          <FormattedMessage id="capture.download.account" defaultMessage="Account" />
        </label>
        <select id={id} value={accountId} onChange={(event) => setAccountId(event.target.value)}>
          {accounts.map((account) => (
            <option key={account.id} value={account.id} translate="no">
              {account.label}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => void list()} disabled={busy || !accountId}>
          <FormattedMessage id="capture.download.showSurveys" defaultMessage="Show surveys" />
        </button>
      </div>
      <p
        className={message?.error ? 'field-problem' : 'hint'}
        role={message?.error ? 'alert' : undefined}
        aria-live="polite"
      >
        {message?.text ?? ''}
      </p>
      {remote ? (
        <ul
          className="cards"
          aria-label={intl.formatMessage({
            id: 'capture.download.remoteList',
            defaultMessage: 'Surveys in the account',
          })}
        >
          {remote.map((survey) => (
            <li key={survey.surveyId} className="card">
              <div>
                <h3 translate="no">{survey.name}</h3>
                <p className="hint">
                  {survey.questionCount === null ? (
                    <FormattedMessage id="capture.download.questionsUnknown" defaultMessage="? questions" />
                  ) : (
                    <FormattedMessage
                      id="capture.download.questions"
                      defaultMessage="{count, plural, one {# question} other {# questions}}"
                      values={{ count: survey.questionCount }}
                    />
                  )}
                  {survey.status ? (
                    <>
                      {' '}
                      <FormattedMessage
                        id="capture.download.status"
                        defaultMessage="· {status}"
                        values={{ status: <span translate="no">{survey.status}</span> }}
                      />
                    </>
                  ) : null}
                </p>
              </div>
              <button
                type="button"
                onClick={() => void download(survey)}
                disabled={busy}
                aria-label={intl.formatMessage(
                  { id: 'capture.download.downloadLabel', defaultMessage: 'Download {survey}' },
                  { survey: survey.name },
                )}
              >
                <FormattedMessage id="capture.download.download" defaultMessage="Download" />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
