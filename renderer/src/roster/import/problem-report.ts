import { toCsvText } from '../../../../common/roster/csv-export';
import type { RuleViolation } from '../../../../common/roster/rule-violation';

/** The problems shown on screen; the downloadable report holds every one. */
export const SHOWN_PROBLEMS = 500;
/** Report text is handed to a Blob in pieces of about this size, so a file of 1.5 million bad rows never sits in memory as one string. */
const FLUSH_CHARS = 1 << 20;

export const REPORT_HEADER = ['row', 'column', 'rule', 'severity', 'problem', 'what to do'] as const;

const reportLine = (v: RuleViolation): string[] => [String(v.row), v.column, v.rule, v.severity, v.message, v.action];

/**
 * Collects an import's problems with bounded memory: counts, the first few for
 * the screen, and the full report as CSV pieces (with the BOM every other CSV
 * export of Outpost carries, so Excel reads accents right).
 */
export class ProblemReport {
  readonly shown: RuleViolation[] = [];
  errors = 0;
  warnings = 0;
  readonly #parts: (Blob | string)[] = ['\ufeff', toCsvText([[...REPORT_HEADER]])];
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
