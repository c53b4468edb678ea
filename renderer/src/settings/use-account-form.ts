import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import type { AppError, Result } from '../../../common/result';
import { useSaving } from '../components/use-saving';
import type { FieldErrors, FormOutcome } from './form-validation';

/** Where a form's submission stands, as AccountFormShell shows it: saving, main's refusal, and the handler. */
export interface AccountFormSubmission {
  formRef: RefObject<HTMLFormElement | null>;
  saving: boolean;
  submitError: AppError | undefined;
  onSubmit: (event: FormEvent<HTMLFormElement>) => Promise<void>;
}

/**
 * What both account forms share: field errors that move focus to the first
 * invalid field, one error from main, and one save at a time. `submit` clears the secret
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
  const { saving, whileSaving } = useSaving();
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
    if (saving) return;
    const outcome = read(new FormData(event.currentTarget));
    setSubmitError(undefined);
    if (!outcome.ok) {
      setFieldErrors(outcome.error);
      return;
    }
    setFieldErrors({});
    const result = await whileSaving(() => send(outcome.value));
    clearSecretInput();
    if (result === undefined) return;
    if (result.ok) onSaved(result.value);
    else setSubmitError(result.error);
  };

  return { fieldErrors, submission: { formRef, saving, submitError, onSubmit } };
}
