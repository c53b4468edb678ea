import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import type { AppError, Result } from '../../../common/result';
import type { FieldErrors, FormOutcome } from './form-validation';

/** Where a form's submission stands, as AccountFormShell shows it: busy, main's refusal, and the handler. */
export interface AccountFormSubmission {
  formRef: RefObject<HTMLFormElement | null>;
  busy: boolean;
  submitError: AppError | undefined;
  onSubmit: (event: FormEvent<HTMLFormElement>) => Promise<void>;
}

/**
 * What both account forms share: field errors that move focus to the first
 * invalid field, one error from main, and a busy flag. `submit` clears the secret
 * input as soon as the value has been handed over, whatever main answers.
 */
export function useAccountForm<F extends string, Payload, Saved>(options: {
  secretFieldName: string;
  read: (form: FormData) => FormOutcome<F, Payload>;
  send: (payload: Payload) => Promise<Result<Saved>>;
  onSaved: (saved: Saved) => void;
}): { fieldErrors: FieldErrors<F>; submission: AccountFormSubmission } {
  const formRef = useRef<HTMLFormElement>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<F>>({});
  const [submitError, setSubmitError] = useState<AppError>();
  const [busy, setBusy] = useState(false);
  const { secretFieldName, read, send, onSaved } = options;

  // Keyboard users start typing at once; screen readers announce the form's first field.
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input, select')?.focus();
  }, []);

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [fieldErrors]);

  const clearSecretInput = (): void => {
    const input = formRef.current?.elements.namedItem(secretFieldName);
    if (input instanceof HTMLInputElement) input.value = '';
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    const outcome = read(new FormData(event.currentTarget));
    setSubmitError(undefined);
    if (!outcome.ok) {
      setFieldErrors(outcome.error);
      return;
    }
    setFieldErrors({});
    setBusy(true);
    const result = await send(outcome.value);
    clearSecretInput();
    setBusy(false);
    if (result.ok) onSaved(result.value);
    else setSubmitError(result.error);
  };

  return { fieldErrors, submission: { formRef, busy, submitError, onSubmit } };
}
