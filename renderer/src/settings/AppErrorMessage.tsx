import { FormattedMessage } from 'react-intl';
import type { AppError } from '../../../common/result';
import { useErrorInWords } from '../i18n/error-words';
import { ServerWords } from '../i18n/ServerWords';

/**
 * An error as the field worker should read it: the catalogue's plain explanation, what to do, and
 * the server's own words verbatim (support asks for them). Details are names, fields and a
 * library's words, shown as they came (translate="no").
 */
export function AppErrorMessage({ error }: { error: AppError }) {
  const words = useErrorInWords(error);
  // Connector errors repeat the action and the server's words in `details`; say each thing once.
  const details = (error.details ?? []).filter(
    (detail) => detail !== error.action && !(error.serverMessage && detail.includes(error.serverMessage)),
  );
  return (
    <div className="app-error" data-testid="app-error">
      <p className="app-error-message">{words.message}</p>
      {words.action ? (
        <p className="app-error-action">
          <FormattedMessage
            id="problem.whatToDo"
            defaultMessage="<strong>What to do:</strong> {action}"
            values={{ strong: (chunks) => <strong>{chunks}</strong>, action: words.action }}
          />
        </p>
      ) : null}
      {details.length > 0 ? (
        <ul className="app-error-details" translate="no">
          {details.map((detail) => (
            <li key={detail} dir="auto">
              {detail}
            </li>
          ))}
        </ul>
      ) : null}
      {error.serverMessage ? <ServerWords words={error.serverMessage} /> : null}
    </div>
  );
}
