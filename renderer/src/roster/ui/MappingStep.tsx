import {
  applyMapping,
  columnLabels,
  mappingProblems,
  sampleTarget,
  targetLabel,
  type ColumnMapping,
  type ColumnTarget,
} from '../../../../common/roster/column-mapping';
import { columnTargetSchema } from '../../../../common/roster/column-mapping';
import type { SampleFieldConfig } from '../../../../common/roster/respondent';
import { encodingLabels } from '../import/encoding';
import type { FileInspection } from '../import/inspect-file';

const delimiterNames: Readonly<Record<string, string>> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

interface MappingStepProps {
  fileName: string;
  inspection: FileInspection;
  mapping: ColumnMapping;
  remembered: boolean;
  sampleFields: readonly SampleFieldConfig[];
  onChange: (mapping: ColumnMapping) => void;
  onImport: () => void;
  onCancel: () => void;
}

/** Which column feeds which field, with a preview of the first rows as they will be read. */
export function MappingStep({
  fileName,
  inspection,
  mapping,
  remembered,
  sampleFields,
  onChange,
  onImport,
  onCancel,
}: MappingStepProps) {
  const labels = columnLabels(inspection.headers);
  const targets: ColumnTarget[] = [
    'username',
    'phonenumber',
    'email',
    ...sampleFields.map((f) => sampleTarget(f.alias)),
    'ignore',
  ];
  const problems = mappingProblems(mapping, inspection.headers);
  const previewAliases = sampleFields
    .filter((f) => mapping.targets.includes(sampleTarget(f.alias)))
    .map((f) => f.alias);
  const setTarget = (index: number, value: string): void => {
    const parsed = columnTargetSchema.safeParse(value);
    if (!parsed.success) return;
    onChange({ targets: mapping.targets.map((target, i) => (i === index ? parsed.data : target)) });
  };

  return (
    <section className="roster-panel" aria-label="Map columns">
      <h3>Map the columns of {fileName}</h3>
      <p className="muted">
        Read as {encodingLabels[inspection.encoding]}, columns separated by{' '}
        {delimiterNames[inspection.layout.delimiter] ?? inspection.layout.delimiter}.
        {remembered ? ' The mapping you used last time for files like this one is filled in.' : ''}
      </p>
      <table className="mapping-table">
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">First values</th>
            <th scope="col">Goes to</th>
          </tr>
        </thead>
        <tbody>
          {labels.map((label, index) => (
            <tr key={`${label}-${index}`}>
              <td>{label}</td>
              <td className="muted">
                {inspection.sampleRows
                  .slice(0, 3)
                  .map((row) => row[index] ?? '')
                  .join(' · ')}
              </td>
              <td>
                <select
                  aria-label={`Field for column ${label}`}
                  value={mapping.targets[index] ?? 'ignore'}
                  onChange={(e) => setTarget(index, e.target.value)}
                >
                  {targets.map((target) => (
                    <option key={target} value={target}>
                      {targetLabel(target)}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4>Preview</h4>
      <table className="mapping-table" aria-label="Preview of the first rows">
        <thead>
          <tr>
            <th scope="col">Username</th>
            <th scope="col">Phone number</th>
            <th scope="col">E-mail</th>
            {previewAliases.map((alias) => (
              <th scope="col" key={alias}>
                {alias}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {inspection.sampleRows.map((row, index) => {
            const draft = applyMapping(mapping, row);
            return (
              <tr key={index}>
                <td>{draft.username}</td>
                <td>{draft.phonenumber}</td>
                <td>{draft.email}</td>
                {previewAliases.map((alias) => (
                  <td key={alias}>{draft.sampleFields[alias] ?? ''}</td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      {problems.length > 0 ? (
        <ul role="alert" className="roster-problem">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      ) : null}
      <div className="button-row">
        <button type="button" onClick={onImport} disabled={problems.length > 0}>
          Import respondents
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Choose another file
        </button>
      </div>
    </section>
  );
}
