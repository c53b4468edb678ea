import { useEffect, useRef, useState } from 'react';
import type { QmobRespondent } from '../../../../common/qmob/schemas';

interface RespondentCorrectionProps {
  respondents: readonly QmobRespondent[];
  /** The respondents the server's message points at: shown first, the first one focused. */
  culprits: readonly string[];
  onSubmit: (respondents: QmobRespondent[]) => void;
  onCancel: () => void;
}

/** Edits the respondents of a refused add batch; the fix goes out as a new item that replaces the old one. */
export function RespondentCorrection({ respondents, culprits, onSubmit, onCancel }: RespondentCorrectionProps) {
  const [draft, setDraft] = useState<QmobRespondent[]>(() => respondents.map((respondent) => ({ ...respondent })));
  const firstCulprit = useRef<HTMLInputElement>(null);
  useEffect(() => firstCulprit.current?.focus(), []);
  const order = draft
    .map((respondent, index) => ({ respondent, index }))
    .sort(
      (a, b) => Number(culprits.includes(b.respondent.username)) - Number(culprits.includes(a.respondent.username)),
    );
  const firstCulpritIndex = order.find(({ respondent }) => culprits.includes(respondent.username))?.index;

  const update = (index: number, change: Partial<QmobRespondent>): void =>
    setDraft((current) => current.map((respondent, at) => (at === index ? { ...respondent, ...change } : respondent)));
  const optional = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());

  return (
    <form
      className="correction"
      aria-label="Correct respondents"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(draft);
      }}
    >
      <div className="correction-rows">
        {order.slice(0, 50).map(({ respondent, index }) => (
          <fieldset key={index} className={culprits.includes(respondent.username) ? 'culprit' : undefined}>
            <legend>{respondent.username || `Respondent ${index + 1}`}</legend>
            <label>
              Username
              <input
                value={respondent.username}
                onChange={(event) => update(index, { username: event.target.value.trim() })}
              />
            </label>
            <label>
              Phone
              <input
                ref={index === firstCulpritIndex ? firstCulprit : undefined}
                value={respondent.phonenumber ?? ''}
                inputMode="tel"
                onChange={(event) => update(index, { phonenumber: optional(event.target.value) })}
              />
            </label>
            <label>
              E-mail
              <input
                type="email"
                value={respondent.email ?? ''}
                onChange={(event) => update(index, { email: optional(event.target.value) })}
              />
            </label>
            {(respondent.sample_fields ?? []).map((field, fieldIndex) => (
              <label key={field.alias}>
                {field.alias}
                <input
                  value={field.value}
                  onChange={(event) =>
                    update(index, {
                      sample_fields: (respondent.sample_fields ?? []).map((candidate, at) =>
                        at === fieldIndex ? { ...candidate, value: event.target.value } : candidate,
                      ),
                    })
                  }
                />
              </label>
            ))}
          </fieldset>
        ))}
        {order.length > 50 ? <p>The other {order.length - 50} respondents are sent as they are.</p> : null}
      </div>
      <div className="correction-buttons">
        <button type="submit">Save and send again</button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
