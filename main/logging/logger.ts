import { MIN_REDACTED_LENGTH, REDACTED, secretPattern } from '../secrets/secret-forms';
/** Where main-process code writes diagnostics. Implementations must never receive secrets: see Redactor. */
export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export interface LogRecord {
  level: LogLevel;
  message: string;
  fields?: Record<string, unknown>;
}

/**
 * Replaces every registered secret (API keys, passwords) with a placeholder in
 * whatever is about to be logged: a last line of defence behind code that
 * already avoids logging credentials.
 */
export class Redactor {
  private readonly secrets = new Set<string>();
  private pattern: RegExp | undefined;

  register(secret: string): void {
    if (secret.length < MIN_REDACTED_LENGTH || this.secrets.has(secret)) return;
    this.secrets.add(secret);
    this.pattern = secretPattern(this.secrets);
  }

  /** Every registered secret in every form it can take in a log line (see secretForms). */
  redact(text: string): string {
    return this.pattern ? text.replace(this.pattern, REDACTED) : text;
  }
}

/** Writes one JSON line per record to a sink, secrets redacted. */
export class JsonLineLogger implements Logger {
  constructor(
    private readonly write: (line: string) => void,
    private readonly redactor: Redactor,
    private readonly now: () => Date = () => new Date(),
    private readonly verbose = false,
  ) {}

  debug(message: string, fields?: Record<string, unknown>): void {
    if (this.verbose) this.emit({ level: 'debug', message, ...(fields ? { fields } : {}) });
  }
  info(message: string, fields?: Record<string, unknown>): void {
    this.emit({ level: 'info', message, ...(fields ? { fields } : {}) });
  }
  warn(message: string, fields?: Record<string, unknown>): void {
    this.emit({ level: 'warn', message, ...(fields ? { fields } : {}) });
  }
  error(message: string, fields?: Record<string, unknown>): void {
    this.emit({ level: 'error', message, ...(fields ? { fields } : {}) });
  }

  private emit(record: LogRecord): void {
    const line = JSON.stringify({ time: this.now().toISOString(), ...record }, errorReplacer);
    this.write(this.redactor.redact(line));
  }
}

/** Errors serialise as `{}` by default; keep their name and message (stacks stay out of the UI, not the log). */
function errorReplacer(_key: string, value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  return value;
}

/** Keeps records in memory: for tests that search logs for secrets. */
export class MemoryLogger implements Logger {
  readonly records: LogRecord[] = [];
  debug(message: string, fields?: Record<string, unknown>): void {
    this.records.push({ level: 'debug', message, ...(fields ? { fields } : {}) });
  }
  info(message: string, fields?: Record<string, unknown>): void {
    this.records.push({ level: 'info', message, ...(fields ? { fields } : {}) });
  }
  warn(message: string, fields?: Record<string, unknown>): void {
    this.records.push({ level: 'warn', message, ...(fields ? { fields } : {}) });
  }
  error(message: string, fields?: Record<string, unknown>): void {
    this.records.push({ level: 'error', message, ...(fields ? { fields } : {}) });
  }
}
