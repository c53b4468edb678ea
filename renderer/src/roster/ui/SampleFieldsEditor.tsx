import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { SampleFieldConfig } from '../../../../common/roster/respondent';
import { sampleFieldConfigSchema } from '../../../../common/roster/respondent';
import { database } from '../../db/database';
import { loadSampleFields, saveSampleFields } from '../settings-store';

/** The account's custom sample fields as QMob configures them: which exist, which are whole numbers, which are required. */
export function SampleFieldsEditor({ accountId, accountLabel }: { accountId: string; accountLabel: string }) {
  const fields = useLiveQuery(() => loadSampleFields(database, accountId), [accountId]) ?? [];
  const [alias, setAlias] = useState('');
  const [type, setType] = useState<SampleFieldConfig['type']>('text');
  const [required, setRequired] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const add = async (): Promise<void> => {
    const parsed = sampleFieldConfigSchema.safeParse({ alias, type, required });
    if (!parsed.success || fields.some((f) => f.alias === parsed.data.alias)) {
      setProblem(parsed.success ? `There is already a field ${parsed.data.alias}.` : 'Give the field its QMob alias.');
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
        Sample fields of {accountLabel} ({fields.length})
      </summary>
      <ul className="sample-fields">
        {fields.map((field) => (
          <li key={field.alias}>
            <code>{field.alias}</code> — {field.type === 'integer' ? 'whole number' : 'text'}
            {field.required ? ', required' : ''}{' '}
            <button
              type="button"
              className="secondary"
              onClick={() => void remove(field.alias)}
              aria-label={`Remove sample field ${field.alias}`}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <div className="roster-form row">
        <label>
          Alias
          <input value={alias} onChange={(e) => setAlias(e.target.value)} />
        </label>
        <label>
          Type
          <select value={type} onChange={(e) => setType(e.target.value === 'integer' ? 'integer' : 'text')}>
            <option value="text">Text</option>
            <option value="integer">Whole number</option>
          </select>
        </label>
        <label className="inline">
          <input type="checkbox" checked={required} onChange={(e) => setRequired(e.target.checked)} /> Required
        </label>
        <button type="button" onClick={() => void add()}>
          Add sample field
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
