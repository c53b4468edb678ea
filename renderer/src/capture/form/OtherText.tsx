import { FormattedMessage } from 'react-intl';
import { fieldId } from './question-props';

/** The "other, please specify" box under a choice that has one; its text is sent in `value.other`. */
export function OtherText({
  entryQuestionID,
  label,
  value,
  onChange,
  onBlur,
}: {
  entryQuestionID: number;
  label: string;
  value: string;
  onChange(text: string): void;
  onBlur(): void;
}) {
  const id = fieldId(entryQuestionID, 'other');
  return (
    <div className="other-text">
      <label htmlFor={id}>
        <FormattedMessage
          id="capture.form.pleaseSpecify"
          defaultMessage="{choice}, please specify"
          values={{ choice: <bdi>{label}</bdi> }}
        />
      </label>
      <input
        id={id}
        type="text"
        dir="auto"
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
      />
    </div>
  );
}
