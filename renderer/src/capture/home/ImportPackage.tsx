import { useId, useState, type ChangeEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { database } from '../../db/database';
import { errorInWords } from '../../i18n/error-words';
import { importSurveyPackage, packageImportSentence } from '../data/import-package';
import { MAX_READ_BYTES } from '../files';

/** For laptops that never go online: a survey package exported on another machine. */
export function ImportPackage() {
  const intl = useIntl();
  const id = useId();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const onFile = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const input = event.target;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_READ_BYTES) {
      setMessage({
        text: intl.formatMessage({
          id: 'error.package-too-large',
          defaultMessage: 'This file is too large to be an Outpost survey package. Nothing was imported.',
        }),
        error: true,
      });
      return;
    }
    const imported = await importSurveyPackage(database, await file.text());
    if (!imported.ok) {
      setMessage({ text: errorInWords(intl, imported.error).message, error: true });
      return;
    }
    setMessage({ text: packageImportSentence(imported.value), error: false });
  };

  return (
    <div className="field">
      <label htmlFor={id}>
        <FormattedMessage id="capture.package.importLabel" defaultMessage="Import a survey package" />
      </label>
      <input id={id} type="file" accept=".json,application/json" onChange={(event) => void onFile(event)} />
      <p
        className={message?.error ? 'field-problem' : 'hint'}
        role={message?.error ? 'alert' : undefined}
        aria-live="polite"
      >
        {message?.text ?? ''}
      </p>
    </div>
  );
}
