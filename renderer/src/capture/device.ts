import { isKnownTimeZone, type DeviceLocation, type Position } from '../../../common/capture';

/** The laptop's zone as the system reports it; UTC if the browser reports something Intl cannot use. */
export function deviceTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isKnownTimeZone(zone) ? zone : 'UTC';
}

/** What asking the system for the position came to. */
export type PositionReading = { location: DeviceLocation | null; position: Position };

/**
 * The position, if the user allowed it and the system has one within a few seconds; never an
 * error, since a response without a position is still a good response, but the reason there is
 * none (refused, not available) is kept so the detail can say it.
 */
export function readPosition(timeoutMs = 8_000): Promise<PositionReading> {
  if (!('geolocation' in navigator)) return Promise.resolve({ location: null, position: { state: 'unavailable' } });
  return new Promise((resolve) => {
    navigator.geolocation.getCurrentPosition(
      (reading) =>
        resolve({
          location: { latitude: reading.coords.latitude, longitude: reading.coords.longitude },
          position: { state: 'recorded', accuracy: reading.coords.accuracy, at: reading.timestamp },
        }),
      (error) =>
        resolve({
          location: null,
          position: { state: error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable' },
        }),
      { enableHighAccuracy: false, timeout: timeoutMs, maximumAge: 10 * 60_000 },
    );
  });
}
