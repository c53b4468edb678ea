import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { SampleFieldConfig } from '../../../../common/roster/respondent';
import { sampleFieldConfigSchema } from '../../../../common/roster/respondent';
import { database } from '../../db/database';
import { loadSampleFields, saveSampleFields } from '../settings-store';

/**
 * The account's custom sample fields as QMob configures them: which exist, which are whole numbers, which are
 * required. Each control of the new-field row has its own label (for=id, not wrapped: a wrapped select would
 * lend its options' text to the name) and its own room: the row wraps instead of the controls overlapping.
 */
export function SampleFieldsEditor({ accountId, accountLabel }: { accountId: string; accountLabel: string }) {
  const intl = useIntl();
  const ids = useId();
  const fields = useLiveQuery(() => loadSampleFields(database, accountId), [accountId]) ?? [];
  const [alias, setAlias] = useState('');
  const [type, setType] = useState<SampleFieldConfig['type']>('text');
  const [required, setRequired] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const add = async (): Promise<void> => {
    const parsed = sampleFieldConfigSchema.safeParse({ alias, type, required });
    if (!parsed.success || fields.some((f) => f.alias === parsed.data.alias)) {
      setProblem(
        parsed.success
          ? intl.formatMessage(
              { id: 'roster.sampleFields.exists', defaultMessage: 'There is already a field {alias}.' },
              { alias: parsed.data.alias },
            )
          : intl.formatMessage({ id: 'roster.sampleFields.noAlias', defaultMessage: 'Give the field its QMob alias.' }),
      );
      return;
    }
    setProblem(null);
    setAlias('');
    await saveSampleFields(database, accountId, [...fields, parsed.data]);
  };
  const remove = (name: string): Promise<void> =>
    saveSampleFields(
      database,
      accountId,
      fields.filter((f) => f.alias !== name),
    );

  return (
    <details className="roster-panel">
      <summary>
        <FormattedMessage
          id="roster.sampleFields.summary"
          defaultMessage="Sample fields of {account} ({count, number})"
          values={{ account: <bdi translate="no">{accountLabel}</bdi>, count: fields.length }}
        />
      </summary>
      <ul className="sample-fields">
        {fields.map((field) => (
          <li key={field.alias}>
            <FormattedMessage
              id="roster.sampleFields.field"
              defaultMessage="{alias} — {type, select, integer {whole number} other {text}}{required, select, yes {, required} other {}}"
              values={{
                alias: <code translate="no">{field.alias}</code>,
                type: field.type,
                required: field.required ? 'yes' : 'no',
              }}
            />{' '}
            <button
              type="button"
              className="secondary"
              onClick={() => void remove(field.alias)}
              aria-label={intl.formatMessage(
                { id: 'roster.sampleFields.removeLabel', defaultMessage: 'Remove sample field {alias}' },
                { alias: field.alias },
              )}
            >
              <FormattedMessage id="roster.sampleFields.remove" defaultMessage="Remove" />
            </button>
          </li>
        ))}
      </ul>
      <div className="sample-field-form" data-testid="sample-field-form">
        <div className="sample-field-control">
          <label htmlFor={`${ids}-alias`}>
            <FormattedMessage id="roster.sampleFields.alias" defaultMessage="Alias" />
          </label>
          <input id={`${ids}-alias`} value={alias} onChange={(e) => setAlias(e.target.value)} />
        </div>
        <div className="sample-field-control">
          <label htmlFor={`${ids}-type`}>
            <FormattedMessage id="roster.sampleFields.type" defaultMessage="Type" />
          </label>
          <select
            id={`${ids}-type`}
            value={type}
            onChange={(e) => setType(e.target.value === 'integer' ? 'integer' : 'text')}
          >
            <option value="text">
              {intl.formatMessage({ id: 'roster.sampleFields.text', defaultMessage: 'Text' })}
            </option>
            <option value="integer">
              {intl.formatMessage({ id: 'roster.sampleFields.integer', defaultMessage: 'Whole number' })}
            </option>
          </select>
        </div>
        <div className="sample-field-check">
          <input
            id={`${ids}-required`}
            type="checkbox"
            checked={required}
            onChange={(e) => setRequired(e.target.checked)}
          />
          <label htmlFor={`${ids}-required`}>
            <FormattedMessage id="roster.sampleFields.required" defaultMessage="Required" />
          </label>
        </div>
        <button type="button" onClick={() => void add()}>
          <FormattedMessage id="roster.sampleFields.add" defaultMessage="Add sample field" />
        </button>
      </div>
      {problem ? (
        <p role="alert" className="roster-problem">
          {problem}
        </p>
      ) : null}
    </details>
  );
}
