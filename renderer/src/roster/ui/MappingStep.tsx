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
import { encodingLabels, type TextEncodingName } from '../import/encoding';
import type { FileInspection } from '../import/inspect-file';

/** A long cell (100,000 characters happen) must not stretch the table: shown cut, stored whole. */
const SHOWN_CHARS = 60;
const shorten = (value: string): string => (value.length > SHOWN_CHARS ? `${value.slice(0, SHOWN_CHARS)}…` : value);
const encodings = Object.keys(encodingLabels) as TextEncodingName[];

const delimiterNames: Readonly<Record<string, string>> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

interface MappingStepProps {
  fileName: string;
  inspection: FileInspection;
  mapping: ColumnMapping;
  remembered: boolean;
  sampleFields: readonly SampleFieldConfig[];
  onChange: (mapping: ColumnMapping) => void;
  /** Reads the file again in another encoding; the preview shows the names as they would be stored. */
  onEncoding: (encoding: TextEncodingName) => void;
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
  onEncoding,
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
        Read as {encodingLabels[inspection.encoding]}
        {inspection.chosen ? ' (as you chose)' : ''}, columns separated by{' '}
        {delimiterNames[inspection.layout.delimiter] ?? inspection.layout.delimiter}.
        {remembered ? ' The mapping you used last time for files like this one is filled in.' : ''}
      </p>
      {inspection.invalidBytes > 0 ? (
        <p role="alert" className="roster-problem" data-testid="invalid-bytes">
          {inspection.invalidBytes} byte{inspection.invalidBytes === 1 ? ' is' : 's are'} not valid UTF-8 (shown as �).
          The rows holding {inspection.invalidBytes === 1 ? 'it' : 'them'} will be reported and not stored. If the names
          in the preview look wrong, choose the file’s encoding below.
        </p>
      ) : null}
      <label>
        Text encoding
        <select value={inspection.encoding} onChange={(e) => onEncoding(e.target.value as TextEncodingName)}>
          {encodings.map((encoding) => (
            <option key={encoding} value={encoding}>
              {encodingLabels[encoding]}
            </option>
          ))}
        </select>
      </label>
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
              <td>{shorten(label)}</td>
              <td className="muted">
                {inspection.sampleRows
                  .slice(0, 3)
                  .map((row) => shorten(row[index] ?? ''))
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
                <td>{shorten(draft.username)}</td>
                <td>{shorten(draft.phonenumber)}</td>
                <td>{shorten(draft.email)}</td>
                {previewAliases.map((alias) => (
                  <td key={alias}>{shorten(draft.sampleFields[alias] ?? '')}</td>
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
