import { useId, useState, type ChangeEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { packageTooLarge } from '../../../../common/capture';
import { ok } from '../../../../common/result';
import { database } from '../../db/database';
import { outcomeInWords, type Outcome } from '../../i18n/outcome-words';
import { importSurveyPackage, packageImportSentence } from '../data/import-package';
import { MAX_READ_BYTES } from '../files';

/**
 * For laptops that never go online: a survey package exported on another machine. What the last
 * import did (or why it was refused) is kept as phrases and said when drawn, in the language then.
 */
export function ImportPackage() {
  const intl = useIntl();
  const id = useId();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const onFile = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const input = event.target;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_READ_BYTES) {
      setOutcome(packageTooLarge());
      return;
    }
    const imported = await importSurveyPackage(database, await file.text());
    setOutcome(imported.ok ? ok(packageImportSentence(imported.value)) : imported);
  };

  const refused = outcome !== null && !outcome.ok;
  const text = outcome === null ? '' : outcomeInWords(intl, outcome);
  return (
    <div className="field">
      <label htmlFor={id}>
        <FormattedMessage id="capture.package.importLabel" defaultMessage="Import a survey package" />
      </label>
      <input id={id} type="file" accept=".json,application/json" onChange={(event) => void onFile(event)} />
      <p className={refused ? 'field-problem' : 'hint'} role={refused ? 'alert' : undefined} aria-live="polite">
        {text}
      </p>
    </div>
  );
}
