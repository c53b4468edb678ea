/**
 * The error codes of reading and importing a roster file (InspectionResult, ImportEnd), apart so
 * the page can tell them without bundling the reader itself.
 */

/** The file cannot be imported; the error's message says why, in the interface's language. */
export const FILE_REFUSED = 'roster.file-refused';
/** The user stopped the reading (nothing to say about the file). */
export const READING_CANCELLED = 'roster.reading-cancelled';
/** The import stopped (the file, the worker or the store failed); what it stored may need undoing. */
export const IMPORT_FAILED = 'roster.import-failed';
/** The user stopped the import; the worker undid what it stored. */
export const IMPORT_CANCELLED = 'roster.import-cancelled';
