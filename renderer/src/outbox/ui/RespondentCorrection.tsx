import { FormattedMessage, useIntl } from 'react-intl';
import { useEffect, useRef, useState } from 'react';
import type { QmobRespondent } from '../../../../common/qmob/schemas';
import { withSampleField } from '../../../../common/qmob/sample-field-value';
import { FormActions } from '../../components/FormActions';
import { useSaving } from '../../components/use-saving';

interface RespondentCorrectionProps {
  respondents: readonly QmobRespondent[];
  /** The respondents the server's message points at: shown first, the first one focused. */
  culprits: readonly string[];
  /**
   * Every sample field the editor offers, whether or not a respondent has it yet: the account's
   * declared fields and the one the server named, so a refusal about a missing field can be fixed here.
   */
  sampleFields: readonly string[];
  /** The field the server's message names, if any: focused on the first culprit, and fillable for all at once. */
  problemField: string | undefined;
  /** Saves the correction; the form shows it is saving until this settles. */
  onSubmit: (respondents: QmobRespondent[]) => Promise<void>;
  onCancel: () => void;
}

const SHOWN = 50;

/** Edits the respondents of a refused add batch; the fix goes out as a new item that replaces the old one. */
export function RespondentCorrection({
  respondents,
  culprits,
  sampleFields,
  problemField,
  onSubmit,
  onCancel,
}: RespondentCorrectionProps) {
  const intl = useIntl();
  const [draft, setDraft] = useState<QmobRespondent[]>(() => respondents.map((respondent) => ({ ...respondent })));
  const [fillValue, setFillValue] = useState('');
  const { saving, whileSaving } = useSaving();
  const firstCulprit = useRef<HTMLInputElement>(null);
  useEffect(() => firstCulprit.current?.focus(), []);
  const order = draft
    .map((respondent, index) => ({ respondent, index }))
    .sort(
      (a, b) => Number(culprits.includes(b.respondent.username)) - Number(culprits.includes(a.respondent.username)),
    );
  const firstCulpritIndex = order.find(({ respondent }) => culprits.includes(respondent.username))?.index;
  const focusField = problemField !== undefined && sampleFields.includes(problemField) ? problemField : 'phonenumber';
  const valueOf = (respondent: QmobRespondent, alias: string): string =>
    respondent.sample_fields?.find((field) => field.alias === alias)?.value ?? '';
  const missingProblemField =
    problemField === undefined
      ? 0
      : draft.filter((respondent) => valueOf(respondent, problemField).trim() === '').length;

  const update = (index: number, change: (respondent: QmobRespondent) => QmobRespondent): void =>
    setDraft((current) => current.map((respondent, at) => (at === index ? change(respondent) : respondent)));
  const optional = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());
  const fillMissing = (): void => {
    if (problemField === undefined || fillValue.trim() === '') return;
    setDraft((current) =>
      current.map((respondent) =>
        valueOf(respondent, problemField).trim() === ''
          ? withSampleField(respondent, problemField, fillValue.trim())
          : respondent,
      ),
    );
  };

  return (
    <form
      className="correction"
      aria-label={intl.formatMessage({ id: 'outbox.correct.respondentsLabel', defaultMessage: 'Correct respondents' })}
      onSubmit={(event) => {
        event.preventDefault();
        void whileSaving(() => onSubmit(draft));
      }}
    >
      {problemField !== undefined && missingProblemField > 0 ? (
        <div
          className="correction-fill"
          role="group"
          aria-label={intl.formatMessage(
            { id: 'outbox.correct.fillLabel', defaultMessage: 'Fill in {field} for every respondent' },
            { field: problemField },
          )}
        >
          <label>
            <FormattedMessage
              id="outbox.correct.fillValue"
              defaultMessage="Value of {field} for {count, plural, one {the respondent} other {the # respondents}} without one"
              values={{ field: <span translate="no">{problemField}</span>, count: missingProblemField }}
            />
            <input autoComplete="off" value={fillValue} onChange={(event) => setFillValue(event.target.value)} />
          </label>
          <button type="button" className="secondary" disabled={fillValue.trim() === ''} onClick={fillMissing}>
            <FormattedMessage id="outbox.correct.fill" defaultMessage="Fill in" />
          </button>
        </div>
      ) : null}
      <div className="correction-rows">
        {order.slice(0, SHOWN).map(({ respondent, index }) => (
          <fieldset key={index} className={culprits.includes(respondent.username) ? 'culprit' : undefined}>
            <legend translate="no">
              {respondent.username ||
                intl.formatMessage(
                  { id: 'outbox.correct.respondentNumber', defaultMessage: 'Respondent {number, number}' },
                  { number: index + 1 },
                )}
            </legend>
            <label>
              <FormattedMessage id="roster.field.username" defaultMessage="Username" />
              <input
                autoComplete="off"
                value={respondent.username}
                onChange={(event) => update(index, (r) => ({ ...r, username: event.target.value.trim() }))}
              />
            </label>
            <label>
              <FormattedMessage id="roster.field.phone" defaultMessage="Phone" />
              <input
                autoComplete="off"
                ref={index === firstCulpritIndex && focusField === 'phonenumber' ? firstCulprit : undefined}
                value={respondent.phonenumber ?? ''}
                inputMode="tel"
                onChange={(event) => update(index, (r) => ({ ...r, phonenumber: optional(event.target.value) }))}
              />
            </label>
            <label>
              <FormattedMessage id="roster.field.email" defaultMessage="E-mail" />
              <input
                autoComplete="off"
                type="email"
                value={respondent.email ?? ''}
                onChange={(event) => update(index, (r) => ({ ...r, email: optional(event.target.value) }))}
              />
            </label>
            {sampleFields.map((alias) => (
              <label key={alias}>
                <span translate="no">{alias}</span>
                <input
                  autoComplete="off"
                  ref={index === firstCulpritIndex && focusField === alias ? firstCulprit : undefined}
                  value={valueOf(respondent, alias)}
                  onChange={(event) => update(index, (r) => withSampleField(r, alias, event.target.value))}
                />
              </label>
            ))}
          </fieldset>
        ))}
        {order.length > SHOWN ? (
          <p>
            <FormattedMessage
              id="outbox.correct.others"
              defaultMessage="{count, plural, one {The other respondent is sent as is} other {The other # respondents are sent as they are}}{field, select, none {} other {, apart from {field} filled in above}}."
              values={{ count: order.length - SHOWN, field: problemField ?? 'none' }}
            />
          </p>
        ) : null}
      </div>
      <FormActions
        submitLabel={<FormattedMessage id="outbox.correct.save" defaultMessage="Save and send again" />}
        saving={saving}
        onCancel={onCancel}
      />
    </form>
  );
}
