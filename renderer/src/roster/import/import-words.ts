import type { MessageDescriptor } from 'react-intl';
import { currentIntl } from '../../i18n/current-intl';
import { defineMessages } from '../../i18n/define-messages';

/**
 * What the import says about a file as a whole (why it is refused, why it stopped), in the
 * interface's language: the page's, or the one the page gave the import worker
 * (i18n/worker-language.ts). Problems of single rows are RuleViolations, which carry phrases.
 */
export const importWords = defineMessages({
  cancelled: { id: 'roster.importFile.cancelled', defaultMessage: 'The import was cancelled; nothing was imported.' },
  readCancelled: { id: 'roster.importFile.readCancelled', defaultMessage: 'Reading the file was cancelled.' },
  unreadable: { id: 'roster.importFile.unreadable', defaultMessage: 'Outpost could not read the file.' },
  stoppedUnexpectedly: {
    id: 'roster.importFile.stoppedUnexpectedly',
    defaultMessage: 'The import stopped unexpectedly; nothing was stored.',
  },
  columnsChanged: {
    id: 'roster.importFile.columnsChanged',
    defaultMessage: 'The file’s columns changed since they were mapped. Choose the file again.',
  },
  empty: { id: 'roster.importFile.empty', defaultMessage: 'The file is empty.' },
  noHeader: { id: 'roster.importFile.noHeader', defaultMessage: 'The file has no header row.' },
  oneColumn: {
    id: 'roster.importFile.oneColumn',
    defaultMessage:
      'The file has only one column: it does not look like a CSV table of respondents (username plus phone or e-mail).',
  },
  noRespondents: {
    id: 'roster.importFile.noRespondents',
    defaultMessage:
      'The file has a header row but no respondents under it: nothing to import. Check that you chose the right file.',
  },
  listGone: { id: 'roster.importFile.listGone', defaultMessage: 'The list to import into no longer exists.' },
  changedWhileImported: {
    id: 'roster.importFile.changedWhileImported',
    defaultMessage: 'The file changed while it was imported. Nothing was stored; choose the file again.',
  },
  binaryData: {
    id: 'roster.importFile.binaryData',
    defaultMessage: 'The file holds binary data, not a CSV table. Save the spreadsheet as “CSV” and choose that file.',
  },
  json: {
    id: 'roster.importFile.json',
    defaultMessage: 'The file holds JSON, not a CSV table. Export the respondents as CSV and choose that file.',
  },
  webPage: { id: 'roster.importFile.webPage', defaultMessage: 'The file holds a web page or XML, not a CSV table.' },
  otherFormat: {
    id: 'roster.importFile.otherFormat',
    defaultMessage:
      'The file is {format, select, zip {a ZIP archive (or an Excel .xlsx / OpenDocument spreadsheet, which are ZIP archives)} emptyZip {an empty ZIP archive} spannedZip {a ZIP archive} xls {an old Excel workbook (.xls)} gzip {a gzip archive} sevenZip {a 7-Zip archive} rar {a RAR archive} xz {an xz archive} bzip2 {a bzip2 archive} pdf {a PDF document} other {a tar archive}}, not a CSV table, whatever its name says. Open it in its program (for a spreadsheet: Excel, LibreOffice), save the respondents as “CSV UTF-8” and choose that file.',
  },
  storage: {
    id: 'roster.importFile.storage',
    defaultMessage:
      'This file needs about {needed} of storage, but this computer lets Outpost use only {available} more. Nothing was stored. Free space on the disk (empty the recycle bin, remove large files you no longer need){fitting, plural, =0 {,} one {, or split the file into parts of at most # row,} other {, or split the file into parts of at most # rows,}} then import again.',
  },
  diskFull: {
    id: 'roster.importFile.diskFull',
    defaultMessage:
      'The computer ran out of space for Outpost’s data while storing, so nothing was stored. Free space on the disk (empty the recycle bin, remove large files you no longer need) or import a smaller file.',
  },
  gone: {
    id: 'roster.importFile.gone',
    defaultMessage:
      'The file could not be read any more (it was moved, changed or is on a drive that was removed). Nothing was stored; choose the file again.',
  },
  unexpected: {
    id: 'roster.importFile.unexpected',
    defaultMessage:
      'The import stopped because of an unexpected problem, and nothing was stored. Try again; if it happens again, restart Outpost.',
  },
});

export const sayImport = (message: MessageDescriptor, values?: Record<string, string | number>): string =>
  currentIntl().formatMessage(message, values);
