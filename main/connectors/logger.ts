import type { Logger as MainLogger } from '../logging/logger';
/**
 * The logging surface connectors need. Fields are plain values; callers never
 * pass headers, bodies or form fields, which is how credentials stay out of logs.
 */
export type LogFields = Readonly<Record<string, string | number | boolean | undefined>>;

/** The main process logger, narrowed to what connectors use. */
export type Logger = Pick<MainLogger, 'debug' | 'info' | 'warn'>;

export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
};

export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };
