import { z } from 'zod';
import { defineMessages, said, saySentence, type PhraseIntl } from '../i18n/phrase';
import { restoreNeutralised } from './csv-export';
import {
  coreFieldLabel,
  respondentCoreFields,
  type RespondentCoreField,
  type RespondentDraft,
  type SampleFieldConfig,
} from './respondent';

/**
 * Which respondent field each CSV column feeds. Mappings are kept per column
 * position (headers may repeat) and remembered per file layout, so the next file
 * from the same spreadsheet maps itself.
 */
export const columnTargetSchema = z.union([
  z.enum(['username', 'phonenumber', 'email', 'ignore']),
  z.templateLiteral(['sample:', z.string().min(1)]),
]);
export type ColumnTarget = z.infer<typeof columnTargetSchema>;

export const columnMappingSchema = z.object({
  /** One target per column, in file order. */
  targets: z.array(columnTargetSchema),
});
export interface ColumnMapping {
  targets: ColumnTarget[];
}

export const sampleTarget = (alias: string): ColumnTarget => `sample:${alias}`;
export const aliasOfTarget = (target: ColumnTarget): string | null =>
  target.startsWith('sample:') ? target.slice('sample:'.length) : null;

/**
 * Outpost's words about columns, said in the language of the `intl` each function is given (the
 * page's, or the one the import worker was given).
 */
const words = defineMessages({
  ignore: { id: 'roster.mapping.ignore', defaultMessage: 'Ignore this column' },
  sampleField: { id: 'roster.mapping.sampleField', defaultMessage: 'Sample field {alias}' },
  column: { id: 'roster.mapping.column', defaultMessage: 'column {number, number}' },
  repeated: { id: 'roster.mapping.repeated', defaultMessage: '{name} (column {number, number})' },
  noColumn: { id: 'roster.mapping.noColumn', defaultMessage: '{field} (no column)' },
  mismatch: {
    id: 'roster.mapping.mismatch',
    defaultMessage: 'The mapping does not match the file’s columns; choose the columns again.',
  },
  noUsername: { id: 'roster.mapping.noUsername', defaultMessage: 'Choose the column that holds the username.' },
  noContact: {
    id: 'roster.mapping.noContact',
    defaultMessage: 'Choose a column for the phone number or the e-mail address.',
  },
  twice: {
    id: 'roster.mapping.twice',
    defaultMessage: 'Columns {first} and {second} both feed {target}; keep one.',
  },
});

/** The column's position as people count it: "column 3". */
const columnNumbered = (intl: PhraseIntl, index: number): string =>
  saySentence(intl, said(words.column, { number: index + 1 }));

export function targetLabel(intl: PhraseIntl, target: ColumnTarget): string {
  if (target === 'ignore') return saySentence(intl, said(words.ignore));
  const alias = aliasOfTarget(target);
  return alias === null
    ? coreFieldLabel(intl, target as RespondentCoreField)
    : saySentence(intl, said(words.sampleField, { alias }));
}

const normaliseHeader = (header: string): string => header.trim().toLowerCase();

/** A file layout's identity: its headers in order, ignoring case and surrounding spaces. */
export function headerSignature(headers: readonly string[]): string {
  return `${headers.length}:${headers.map(normaliseHeader).join('\u001f')}`;
}

/** How a column is named in reports: its header, made unique when headers repeat or are blank. */
export function columnLabels(intl: PhraseIntl, headers: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const header of headers) counts.set(normaliseHeader(header), (counts.get(normaliseHeader(header)) ?? 0) + 1);
  return headers.map((header, index) => {
    const name = header.trim();
    if (name === '') return columnNumbered(intl, index);
    return (counts.get(normaliseHeader(header)) ?? 0) > 1
      ? saySentence(intl, said(words.repeated, { name, number: index + 1 }))
      : name;
  });
}

const synonyms: Readonly<Record<RespondentCoreField, readonly string[]>> = {
  username: ['username', 'user name', 'user', 'respondent id', 'respondent', 'id', 'login'],
  phonenumber: ['phonenumber', 'phone number', 'phone', 'mobile', 'cell', 'msisdn', 'telephone', 'tel'],
  email: ['email', 'e-mail', 'mail', 'email address', 'e-mail address'],
};
const compact = (text: string): string => normaliseHeader(text).replace(/[\s_-]+/g, '');

/** A first guess from the header names; each target is used at most once (first column wins). */
export function suggestMapping(headers: readonly string[], sampleFields: readonly SampleFieldConfig[]): ColumnMapping {
  const used = new Set<ColumnTarget>();
  const targets = headers.map((header): ColumnTarget => {
    const name = compact(header);
    const candidates: ColumnTarget[] = [
      ...respondentCoreFields.filter((field) => synonyms[field].some((synonym) => compact(synonym) === name)),
      ...sampleFields.filter((field) => compact(field.alias) === name).map((field) => sampleTarget(field.alias)),
    ];
    const target = candidates.find((candidate) => !used.has(candidate));
    if (!target) return 'ignore';
    used.add(target);
    return target;
  });
  return { targets };
}

/** Problems that stop an import before it starts, in plain words. */
export function mappingProblems(intl: PhraseIntl, mapping: ColumnMapping, headers: readonly string[]): string[] {
  const labels = columnLabels(intl, headers);
  const say = (sentence: Parameters<typeof said>[0], values?: Parameters<typeof said>[1]): string =>
    saySentence(intl, said(sentence, values));
  const problems: string[] = [];
  if (mapping.targets.length !== headers.length) problems.push(say(words.mismatch));
  if (!mapping.targets.includes('username')) problems.push(say(words.noUsername));
  if (!mapping.targets.includes('phonenumber') && !mapping.targets.includes('email'))
    problems.push(say(words.noContact));
  const seen = new Map<ColumnTarget, number>();
  mapping.targets.forEach((target, index) => {
    if (target === 'ignore') return;
    const first = seen.get(target);
    if (first === undefined) seen.set(target, index);
    else
      problems.push(
        say(words.twice, {
          first: labels[first] ?? columnNumbered(intl, first),
          second: labels[index] ?? columnNumbered(intl, index),
          target: targetLabel(intl, target),
        }),
      );
  });
  return problems;
}

/** Turns one CSV row into a draft; missing cells are empty, extra cells are ignored. */
export function applyMapping(mapping: ColumnMapping, cells: readonly string[]): RespondentDraft {
  const draft: RespondentDraft = { username: '', phonenumber: '', email: '', sampleFields: {} };
  mapping.targets.forEach((target, index) => {
    if (target === 'ignore') return;
    const value = restoreNeutralised((cells[index] ?? '').trim());
    const alias = aliasOfTarget(target);
    if (alias === null) draft[target as RespondentCoreField] = value;
    else draft.sampleFields[alias] = value;
  });
  return draft;
}

/** The reverse view used to point rule violations at columns. */
export function columnOfTargetFinder(
  intl: PhraseIntl,
  mapping: ColumnMapping,
  headers: readonly string[],
): (field: RespondentCoreField | { alias: string }) => string {
  const labels = columnLabels(intl, headers);
  const byTarget = new Map<ColumnTarget, string>();
  mapping.targets.forEach((target, index) => {
    if (!byTarget.has(target)) byTarget.set(target, labels[index] ?? columnNumbered(intl, index));
  });
  return (field) => {
    const target: ColumnTarget = typeof field === 'string' ? field : sampleTarget(field.alias);
    return (
      byTarget.get(target) ??
      saySentence(
        intl,
        said(words.noColumn, { field: typeof field === 'string' ? coreFieldLabel(intl, field) : field.alias }),
      )
    );
  };
}
