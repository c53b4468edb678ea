import { FormattedMessage, useIntl } from 'react-intl';
import type { ImportSummary } from '../import/worker-messages';
import { PlainCsvButton } from '../../files/PlainCsvButton';
import { saveFile } from '../../files/save-file';
import { violationInWords } from '../violation-words';

/** What happened to the file: how many stored, and each rejected row with its reason. */
export function ImportReport({
  summary,
  fileName,
  onClose,
}: {
  summary: ImportSummary;
  fileName: string;
  onClose: () => void;
}) {
  const intl = useIntl();
  const { stored, newRespondents, rejectedRows, errorCount, warningCount, shown } = summary;
  return (
    <section
      className="roster-panel"
      aria-label={intl.formatMessage({ id: 'roster.report.label', defaultMessage: 'Import result' })}
    >
      <h3>
        <FormattedMessage id="roster.report.title" defaultMessage="Import finished" />
      </h3>
      <p role="status" data-testid="import-summary">
        <FormattedMessage
          id="roster.report.summary"
          defaultMessage="{stored, plural, one {# respondent stored} other {# respondents stored}} ({fresh, plural, one {# new} other {# new}}). {rejected, plural, one {# row rejected.} other {# rows rejected.}}{warnings, plural, =0 {} one { # warning.} other { # warnings.}}"
          values={{ stored, fresh: newRespondents, rejected: rejectedRows, warnings: warningCount }}
        />
      </p>
      {errorCount + warningCount > 0 ? (
        <>
          <div className="button-row">
            {/* The report quotes what the rows held (names, numbers): it says it is plain text before it is saved. */}
            <PlainCsvButton
              label={intl.formatMessage({
                id: 'roster.report.download',
                defaultMessage: 'Download the problems (CSV)',
              })}
              onSave={() => saveFile(`${fileName.replace(/\.[^.]*$/, '')}-problems.csv`, summary.report)}
            />
          </div>
          {/* It scrolls on its own: focusable, so a keyboard can scroll it too. */}
          <div className="report-scroll" tabIndex={0}>
            <table
              className="mapping-table"
              aria-label={intl.formatMessage({ id: 'roster.report.problems', defaultMessage: 'Problems by row' })}
            >
              <thead>
                <tr>
                  <th scope="col">
                    <FormattedMessage id="roster.report.row" defaultMessage="Row" />
                  </th>
                  <th scope="col">
                    <FormattedMessage id="roster.report.column" defaultMessage="Column" />
                  </th>
                  <th scope="col">
                    <FormattedMessage id="roster.report.problem" defaultMessage="Problem" />
                  </th>
                  <th scope="col">
                    <FormattedMessage id="roster.report.whatToDo" defaultMessage="What to do" />
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((v, index) => {
                  const { message, action } = violationInWords(intl, v);
                  return (
                    <tr key={index} data-rule={v.rule} className={v.severity === 'warning' ? 'warning' : undefined}>
                      {/* Spreadsheets number rows without grouping (row 1001, not 1,001), in the locale's digits. */}
                      <td>{intl.formatNumber(v.row, { useGrouping: false })}</td>
                      <td>
                        <bdi>{v.column}</bdi>
                      </td>
                      <td>
                        {v.severity === 'warning' ? (
                          <FormattedMessage
                            id="roster.report.warning"
                            defaultMessage="Warning: {problem}"
                            values={{ problem: message }}
                          />
                        ) : (
                          message
                        )}
                      </td>
                      <td>{action}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {shown.length < errorCount + warningCount ? (
            <p className="muted">
              <FormattedMessage
                id="roster.report.firstShown"
                defaultMessage="The first {shown, plural, one {problem is} other {# problems are}} shown; the download has all {total, number}."
                values={{ shown: shown.length, total: errorCount + warningCount }}
              />
            </p>
          ) : null}
        </>
      ) : null}
      <button type="button" className="secondary" onClick={onClose}>
        <FormattedMessage id="roster.report.close" defaultMessage="Close" />
      </button>
    </section>
  );
}
