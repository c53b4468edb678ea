import { FormattedMessage, useIntl } from 'react-intl';
import { useState } from 'react';
import type { QmobRespondent } from '../../../../common/qmob/schemas';
import { normaliseDraft, type RespondentDraft, type SampleFieldConfig } from '../../../../common/roster/respondent';
import type { RuleViolation } from '../../../../common/roster/rule-violation';
import { FormActions } from '../../components/FormActions';
import { useSaving } from '../../components/use-saving';
import { draftOfQmobRespondent, toQmobRespondent } from '../../roster/operations/qmob-respondent';
import { RespondentFields } from '../../roster/ui/RespondentFields';
import { correctionProblems } from '../correction-check';

interface RespondentCorrectionProps {
  respondents: readonly QmobRespondent[];
  /** The respondents the server's message points at: shown first, the first one focused. */
  culprits: readonly string[];
  /**
   * Every sample field the editor offers, whether or not a respondent has it yet: the account's
   * declared fields and the one the server named, so a refusal about a missing field can be fixed here.
   */
  sampleFields: readonly SampleFieldConfig[];
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
  // Edited as the roster's forms edit a respondent (plain text, "" for what is left out); turned back into QMob's JSON on saving.
  const [drafts, setDrafts] = useState<RespondentDraft[]>(() => respondents.map(draftOfQmobRespondent));
  const [fillValue, setFillValue] = useState('');
  const { saving, whileSaving } = useSaving();
  // What the rules found at the last press of Save, by place in the batch.
  const [problems, setProblems] = useState<ReadonlyMap<number, RuleViolation[]>>(new Map());
  // By the username the server saw, so a culprit stays in its place while its username is corrected.
  const isCulprit = (index: number): boolean => culprits.includes(respondents[index]?.username ?? '');
  // Those with problems first, then those the server named: the 50 shown are the ones to fix.
  const rank = (index: number): number => (problems.has(index) ? 2 : isCulprit(index) ? 1 : 0);
  const order = drafts.map((draft, index) => ({ draft, index })).sort((a, b) => rank(b.index) - rank(a.index));
  const firstCulpritIndex = order.find(({ index }) => isCulprit(index))?.index;
  const focusField =
    problemField !== undefined && sampleFields.some((field) => field.alias === problemField)
      ? problemField
      : 'phonenumber';
  const lacksProblemField = (draft: RespondentDraft): boolean =>
    problemField !== undefined && (draft.sampleFields[problemField] ?? '').trim() === '';
  const missingProblemField = drafts.filter(lacksProblemField).length;

  const update = (index: number, changed: RespondentDraft): void =>
    setDrafts((current) => current.map((draft, at) => (at === index ? changed : draft)));
  const fillMissing = (): void => {
    if (problemField === undefined || fillValue.trim() === '') return;
    setDrafts((current) =>
      current.map((draft) =>
        lacksProblemField(draft)
          ? { ...draft, sampleFields: { ...draft.sampleFields, [problemField]: fillValue.trim() } }
          : draft,
      ),
    );
  };

  return (
    <form
      className="correction"
      aria-label={intl.formatMessage({ id: 'outbox.correct.respondentsLabel', defaultMessage: 'Correct respondents' })}
      onSubmit={(event) => {
        event.preventDefault();
        const normalised = drafts.map(normaliseDraft);
        const found = correctionProblems(normalised, sampleFields, intl);
        setProblems(found);
        if (found.size > 0) return;
        void whileSaving(() => onSubmit(normalised.map(toQmobRespondent)));
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
        {order.slice(0, SHOWN).map(({ draft, index }) => (
          <fieldset key={index} className={isCulprit(index) ? 'culprit' : undefined}>
            <legend translate="no">
              {draft.username ||
                intl.formatMessage(
                  { id: 'outbox.correct.respondentNumber', defaultMessage: 'Respondent {number, number}' },
                  { number: index + 1 },
                )}
            </legend>
            <RespondentFields
              draft={draft}
              onChange={(changed) => update(index, changed)}
              sampleFields={sampleFields}
              problems={problems.get(index) ?? []}
              focusField={index === firstCulpritIndex ? focusField : undefined}
            />
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
