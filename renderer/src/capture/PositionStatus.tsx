import { useLiveQuery } from 'dexie-react-hooks';
import { FormattedMessage, useIntl } from 'react-intl';
import type { DeviceLocation, Position } from '../../../common/capture';
import { database } from '../db/database';

/** "1.29210° S, 36.82190° E": hemispheres spelled out, five decimals (about a metre). */
function coordinates(location: DeviceLocation): string {
  const part = (value: number, positive: string, negative: string): string =>
    `${Math.abs(value).toFixed(5)}° ${value < 0 ? negative : positive}`;
  return `${part(location.latitude, 'N', 'S')}, ${part(location.longitude, 'E', 'W')}`;
}

/** Where a response was taken, or why it has no position, in words. */
export function PositionWords({
  position,
  location,
}: {
  position: Position | undefined;
  location: DeviceLocation | null;
}) {
  const intl = useIntl();
  const state = position?.state ?? (location ? 'recorded' : 'unknown');
  return (
    <FormattedMessage
      id="capture.position.state"
      defaultMessage="{state, select, recorded {Recorded: {where}{accuracy, select, none {} other {, within about {metres} m}}} waiting {Finding the laptop’s position…} denied {Not recorded: this laptop refused location access} unavailable {Not recorded: the laptop could not find its position} off {Not recorded: turned off in Settings → Capture} other {Not recorded}}"
      values={{
        state,
        where: location ? coordinates(location) : '',
        accuracy: position?.accuracy === undefined ? 'none' : 'some',
        metres: intl.formatNumber(Math.round(position?.accuracy ?? 0)),
      }}
    />
  );
}

/** The open draft's position as it arrives (it is asked for when the draft starts). */
export function DraftPosition({ draftId }: { draftId: string }) {
  const stored = useLiveQuery(() => database.drafts.get(draftId), [draftId]);
  if (!stored) return null;
  return (
    <p className="hint" data-testid="draft-position">
      <FormattedMessage id="capture.position.label" defaultMessage="Position:" />{' '}
      <PositionWords position={stored.position} location={stored.location} />
    </p>
  );
}
