import { isKnownTimeZone, type DeviceLocation } from '../../../common/capture';

/** The laptop's zone as the system reports it; UTC if the browser reports something Intl cannot use. */
export function deviceTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isKnownTimeZone(zone) ? zone : 'UTC';
}

/**
 * The position, if the user allowed it and the system has one within a few seconds; never an
 * error, since a response without a position is still a good response.
 */
export function currentLocation(timeoutMs = 8_000): Promise<DeviceLocation | null> {
  if (!('geolocation' in navigator)) return Promise.resolve(null);
  return new Promise((resolve) => {
    navigator.geolocation.getCurrentPosition(
      (position) => resolve({ latitude: position.coords.latitude, longitude: position.coords.longitude }),
      () => resolve(null),
      { enableHighAccuracy: false, timeout: timeoutMs, maximumAge: 10 * 60_000 },
    );
  });
}
