/**
 * Strings that only the test sandbox's fault injection and admin API contain (sandbox/ outside
 * sandbox/services), and the library the sandbox's TLS used to need. Each was in the built
 * out/main/index.js while main imported sandbox/index for Practice; none may be in what ships.
 */
export const testToolingMarkers = [
  // The admin API: its path and its token header.
  '/_sandbox',
  'x-sandbox-token',
  // Fault knobs and the fault roll.
  'dropAfterStoreRate',
  'hangRate',
  'holdRate',
  'stallRate',
  'burst429',
  'literalErrorBodyRate',
  'qmobFailure',
  'rollFault',
  'hangingResponses',
  // Replaced by @peculiar/x509.
  'node-forge',
] as const;

/** Strings of what Practice does need, so a check for the markers' absence cannot pass on an empty bundle. */
export const practiceMarkers = ['add_respondent', 'copy_respondents_to_list', 'outpost-sandbox-ca.pem'] as const;
