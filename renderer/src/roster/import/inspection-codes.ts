/**
 * The error codes of a file inspection (inspect-file's InspectionResult), apart so the page can
 * tell them without bundling the reader itself.
 */

/** The file cannot be imported; the error's message says why, in the interface's language. */
export const FILE_REFUSED = 'roster.file-refused';
/** The user stopped the reading (nothing to say about the file). */
export const READING_CANCELLED = 'roster.reading-cancelled';
