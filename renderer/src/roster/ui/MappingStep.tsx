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
import { coreFieldLabel, type SampleFieldConfig } from '../../../../common/roster/respondent';
import { FormattedMessage, useIntl } from 'react-intl';
import { defineMessages } from '../../i18n/define-messages';
import type { TextEncodingName } from '../import/encoding';
import type { FileInspection } from '../import/inspect-file';

/** A long cell (100,000 characters happen) must not stretch the table: shown cut, stored whole. */
const SHOWN_CHARS = 60;
const shorten = (value: string): string => (value.length > SHOWN_CHARS ? `${value.slice(0, SHOWN_CHARS)}…` : value);

/** The encodings a file can be read in, as the chooser names them. */
const encodingWords = defineMessages<TextEncodingName>({
  'utf-8': { id: 'roster.encoding.utf8', defaultMessage: 'UTF-8' },
  'utf-16le': { id: 'roster.encoding.utf16le', defaultMessage: 'UTF-16 (little-endian)' },
  'utf-16be': { id: 'roster.encoding.utf16be', defaultMessage: 'UTF-16 (big-endian)' },
  'windows-1252': { id: 'roster.encoding.windows1252', defaultMessage: 'Windows-1252 (Western European)' },
});
const encodings = Object.keys(encodingWords) as TextEncodingName[];

/** The delimiters the layout detection finds, by name; another one is shown as itself. */
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
  const intl = useIntl();
  const labels = columnLabels(intl, inspection.headers);
  const targets: ColumnTarget[] = [
    'username',
    'phonenumber',
    'email',
    ...sampleFields.map((f) => sampleTarget(f.alias)),
    'ignore',
  ];
  const problems = mappingProblems(intl, mapping, inspection.headers);
  const previewAliases = sampleFields
    .filter((f) => mapping.targets.includes(sampleTarget(f.alias)))
    .map((f) => f.alias);
  const setTarget = (index: number, value: string): void => {
    const parsed = columnTargetSchema.safeParse(value);
    if (!parsed.success) return;
    onChange({ targets: mapping.targets.map((target, i) => (i === index ? parsed.data : target)) });
  };

  return (
    <section
      className="roster-panel"
      aria-label={intl.formatMessage({ id: 'roster.mapping.label', defaultMessage: 'Map columns' })}
    >
      <h3>
        <FormattedMessage
          id="roster.mapping.title"
          defaultMessage="Map the columns of {file}"
          values={{ file: <bdi translate="no">{fileName}</bdi> }}
        />
      </h3>
      <p className="muted">
        <FormattedMessage
          id="roster.mapping.read"
          defaultMessage="Read as {encoding}{chosen, select, yes { (as you chose)} other {}}, columns separated by {delimiter, select, comma {commas} semicolon {semicolons} tab {tabs} pipe {vertical bars (|)} other {“{other}”}}.{remembered, select, yes { The mapping you used last time for files like this one is filled in.} other {}}"
          values={{
            encoding: intl.formatMessage(encodingWords[inspection.encoding]),
            chosen: inspection.chosen ? 'yes' : 'no',
            delimiter: delimiterNames[inspection.layout.delimiter] ?? 'other',
            other: inspection.layout.delimiter,
            remembered: remembered ? 'yes' : 'no',
          }}
        />
      </p>
      {inspection.invalidBytes > 0 ? (
        <p role="alert" className="roster-problem" data-testid="invalid-bytes">
          <FormattedMessage
            id="roster.mapping.invalidBytes"
            defaultMessage="{count, plural, one {# byte is not valid UTF-8 (shown as �). The rows holding it will be reported and not stored.} other {# bytes are not valid UTF-8 (shown as �). The rows holding them will be reported and not stored.}} If the names in the preview look wrong, choose the file’s encoding below."
            values={{ count: inspection.invalidBytes }}
          />
        </p>
      ) : null}
      <label>
        <FormattedMessage id="roster.mapping.encoding" defaultMessage="Text encoding" />
        <select value={inspection.encoding} onChange={(e) => onEncoding(e.target.value as TextEncodingName)}>
          {encodings.map((encoding) => (
            <option key={encoding} value={encoding}>
              {intl.formatMessage(encodingWords[encoding])}
            </option>
          ))}
        </select>
      </label>
      <table className="mapping-table">
        <thead>
          <tr>
            <th scope="col">
              <FormattedMessage id="roster.mapping.columnHeader" defaultMessage="Column" />
            </th>
            <th scope="col">
              <FormattedMessage id="roster.mapping.firstValues" defaultMessage="First values" />
            </th>
            <th scope="col">
              <FormattedMessage id="roster.mapping.goesTo" defaultMessage="Goes to" />
            </th>
          </tr>
        </thead>
        <tbody>
          {labels.map((label, index) => (
            <tr key={`${label}-${index}`}>
              <td translate="no">{shorten(label)}</td>
              <td className="muted" translate="no">
                {inspection.sampleRows
                  .slice(0, 3)
                  .map((row) => shorten(row[index] ?? ''))
                  .join(' · ')}
              </td>
              <td>
                <select
                  aria-label={intl.formatMessage(
                    { id: 'roster.mapping.fieldFor', defaultMessage: 'Field for column {column}' },
                    { column: label },
                  )}
                  value={mapping.targets[index] ?? 'ignore'}
                  onChange={(e) => setTarget(index, e.target.value)}
                >
                  {targets.map((target) => (
                    <option key={target} value={target}>
                      {targetLabel(intl, target)}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4>
        <FormattedMessage id="roster.mapping.preview" defaultMessage="Preview" />
      </h4>
      <table
        className="mapping-table"
        aria-label={intl.formatMessage({
          id: 'roster.mapping.previewLabel',
          defaultMessage: 'Preview of the first rows',
        })}
      >
        <thead>
          <tr>
            <th scope="col">{coreFieldLabel(intl, 'username')}</th>
            <th scope="col">{coreFieldLabel(intl, 'phonenumber')}</th>
            <th scope="col">{coreFieldLabel(intl, 'email')}</th>
            {previewAliases.map((alias) => (
              <th scope="col" key={alias} translate="no">
                {alias}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {inspection.sampleRows.map((row, index) => {
            const draft = applyMapping(mapping, row);
            return (
              <tr key={index} translate="no">
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
          <FormattedMessage id="roster.mapping.import" defaultMessage="Import respondents" />
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          <FormattedMessage id="roster.mapping.another" defaultMessage="Choose another file" />
        </button>
      </div>
    </section>
  );
}
