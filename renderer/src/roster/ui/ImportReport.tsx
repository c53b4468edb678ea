import type { ImportSummary } from '../import/worker-messages';
import { PlainCsvButton } from '../../files/PlainCsvButton';
import { saveFile } from '../../files/save-file';

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
  const { stored, newRespondents, rejectedRows, errorCount, warningCount, shown } = summary;
  return (
    <section className="roster-panel" aria-label="Import result">
      <h3>Import finished</h3>
      <p role="status" data-testid="import-summary">
        {stored} respondent{stored === 1 ? '' : 's'} stored ({newRespondents} new). {rejectedRows} row
        {rejectedRows === 1 ? '' : 's'} rejected.
        {warningCount > 0 ? ` ${warningCount} warning${warningCount === 1 ? '' : 's'}.` : ''}
      </p>
      {errorCount + warningCount > 0 ? (
        <>
          <div className="button-row">
            {/* The report quotes what the rows held (names, numbers): it says it is plain text before it is saved. */}
            <PlainCsvButton
              label="Download the problems (CSV)"
              onSave={() => saveFile(`${fileName.replace(/\.[^.]*$/, '')}-problems.csv`, summary.report)}
            />
          </div>
          <div className="report-scroll">
            <table className="mapping-table" aria-label="Problems by row">
              <thead>
                <tr>
                  <th scope="col">Row</th>
                  <th scope="col">Column</th>
                  <th scope="col">Problem</th>
                  <th scope="col">What to do</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((v, index) => (
                  <tr key={index} data-rule={v.rule} className={v.severity === 'warning' ? 'warning' : undefined}>
                    <td>{v.row}</td>
                    <td>{v.column}</td>
                    <td>
                      {v.severity === 'warning' ? 'Warning: ' : ''}
                      {v.message}
                    </td>
                    <td>{v.action}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {shown.length < errorCount + warningCount ? (
            <p className="muted">
              The first {shown.length} problems are shown; the download has all {errorCount + warningCount}.
            </p>
          ) : null}
        </>
      ) : null}
      <button type="button" className="secondary" onClick={onClose}>
        Close
      </button>
    </section>
  );
}
