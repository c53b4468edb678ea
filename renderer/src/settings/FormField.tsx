import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

interface FieldFrameProps {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  children: (describedBy: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode;
}

/**
 * A label, an optional hint and an optional error, tied to the control with
 * aria-describedby so a screen reader reads the error together with the field.
 */
function FieldFrame({ label, hint, error, children }: FieldFrameProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div className={error ? 'account-field account-field-invalid' : 'account-field'}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className="account-field-hint">
          {hint}
        </p>
      ) : null}
      {children({
        id,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(error ? { 'aria-invalid': true as const } : {}),
      })}
      {error ? (
        <p id={errorId} className="account-field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

interface TextFieldProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'aria-describedby' | 'aria-invalid'
> {
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
}

/** An uncontrolled input: values are read from the form at submit, so secrets never sit in React state. */
export function TextField({ label, hint, error, ...inputProps }: TextFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error}>
      {(a11y) => <input {...inputProps} {...a11y} />}
    </FieldFrame>
  );
}

interface SelectFieldProps {
  name: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
}

export function SelectField({ name, label, value, options, onChange, hint, error }: SelectFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error}>
      {(a11y) => (
        <select {...a11y} name={name} value={value} onChange={(event) => onChange(event.target.value)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
