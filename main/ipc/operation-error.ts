/**
 * Thrown by handlers for failures the user should read as they are
 * ("The survey package is damaged"). Anything else thrown becomes a generic
 * "internal" error, so that no stack or internal detail reaches the UI.
 */
export class OperationError extends Error {
  constructor(
    readonly code: string,
    readonly userMessage: string,
    readonly details?: readonly string[],
  ) {
    super(userMessage);
    this.name = 'OperationError';
  }
}
