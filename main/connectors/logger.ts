/**
 * The logging surface connectors need. Fields are plain values; callers never
 * pass headers, bodies or form fields, which is how credentials stay out of logs.
 */
export type LogFields = Readonly<Record<string, string | number | boolean | undefined>>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
}

export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
};

export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };
