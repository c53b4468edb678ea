import { toCsvText } from '../../../../common/roster/csv-export';
import type { RuleViolation } from '../../../../common/roster/rule-violation';
import { currentIntl } from '../../i18n/current-intl';
import { defineMessages } from '../../i18n/define-messages';
import { violationInWords } from '../violation-words';

/** The problems shown on screen; the downloadable report holds every one. */
export const SHOWN_PROBLEMS = 500;
/** Report text is handed to a Blob in pieces of about this size, so a file of 1.5 million bad rows never sits in memory as one string. */
const FLUSH_CHARS = 1 << 20;

/**
 * The report is read by the field worker who imported the file, so its headers, severities and
 * problems follow the interface's language (the worker is given it; see i18n/worker-language.ts).
 * The rule column keeps Outpost's stable rule ids, the same in every language, for support.
 */
const reportWords = defineMessages({
  row: { id: 'roster.problemsReport.row', defaultMessage: 'row' },
  column: { id: 'roster.problemsReport.column', defaultMessage: 'column' },
  rule: { id: 'roster.problemsReport.rule', defaultMessage: 'rule' },
  severity: { id: 'roster.problemsReport.severity', defaultMessage: 'severity' },
  problem: { id: 'roster.problemsReport.problem', defaultMessage: 'problem' },
  whatToDo: { id: 'roster.problemsReport.whatToDo', defaultMessage: 'what to do' },
  error: { id: 'roster.problemsReport.error', defaultMessage: 'error' },
  warning: { id: 'roster.problemsReport.warning', defaultMessage: 'warning' },
});

const reportHeader = (): string[] => {
  const intl = currentIntl();
  return [
    reportWords.row,
    reportWords.column,
    reportWords.rule,
    reportWords.severity,
    reportWords.problem,
    reportWords.whatToDo,
  ].map((word) => intl.formatMessage(word));
};

function reportLine(v: RuleViolation): string[] {
  const intl = currentIntl();
  const { message, action } = violationInWords(intl, v);
  return [
    // Spreadsheet row numbers: plain digits, as the spreadsheet shows them.
    String(v.row),
    v.column,
    v.rule,
    intl.formatMessage(v.severity === 'error' ? reportWords.error : reportWords.warning),
    message,
    action,
  ];
}

/**
 * Collects an import's problems with bounded memory: counts, the first few for
 * the screen, and the full report as CSV pieces (with the BOM every other CSV
 * export of Outpost carries, so Excel reads accents right).
 */
export class ProblemReport {
  readonly shown: RuleViolation[] = [];
  errors = 0;
  warnings = 0;
  readonly #parts: (Blob | string)[] = ['\ufeff', toCsvText([reportHeader()])];
  #pending: string[][] = [];
  #pendingChars = 0;

  add(violations: readonly RuleViolation[]): void {
    for (const v of violations) {
      if (v.severity === 'error') this.errors += 1;
      else this.warnings += 1;
      if (this.shown.length < SHOWN_PROBLEMS) this.shown.push(v);
      const line = reportLine(v);
      this.#pending.push(line);
      this.#pendingChars += line.reduce((sum, cell) => sum + cell.length + 1, 0);
      if (this.#pendingChars >= FLUSH_CHARS) this.#flush();
    }
  }

  #flush(): void {
    if (this.#pending.length === 0) return;
    this.#parts.push(new Blob([toCsvText(this.#pending)]));
    this.#pending = [];
    this.#pendingChars = 0;
  }

  get total(): number {
    return this.errors + this.warnings;
  }

  toBlob(): Blob {
    this.#flush();
    return new Blob(this.#parts, { type: 'text/csv;charset=utf-8' });
  }
}
