import { FormattedMessage, useIntl } from 'react-intl';
import { useState } from 'react';
import { suggestMapping, type ColumnMapping } from '../../../../common/roster/column-mapping';
import { database } from '../../db/database';
import type { TextEncodingName } from '../import/encoding';
import { importInWorker, inspectInWorker, type RunningImport, type RunningInspection } from '../import/import-client';
import { recoverInterruptedImports } from '../import/import-runs';
import type { FileInspection } from '../import/inspect-file';
import { IMPORT_FAILED, READING_CANCELLED } from '../import/import-codes';
import { importWords, readingWords, type ProgressWords } from '../import/progress-words';
import type { StreamProgress } from '../import/validate-stream';
import type { ImportSummary, ReadingProgress } from '../import/worker-messages';
import type { RosterListRow } from '../rows';
import { loadMapping, loadSampleFields, saveMapping } from '../settings-store';
import { ImportReport } from './ImportReport';
import { MappingStep } from './MappingStep';

type Step =
  | { kind: 'choose'; notice?: string }
  | { kind: 'reading'; file: File; running: RunningInspection; progress: ReadingProgress | null }
  | { kind: 'mapping'; file: File; inspection: FileInspection; mapping: ColumnMapping; remembered: boolean }
  | { kind: 'importing'; file: File; running: RunningImport; progress: StreamProgress | null; cancelling: boolean }
  | { kind: 'done'; file: File; summary: ImportSummary };

function Progress({
  label,
  words,
  onCancel,
  cancelling,
}: {
  label: string;
  words: ProgressWords;
  onCancel: () => void;
  cancelling: boolean;
}) {
  const intl = useIntl();
  return (
    <section className="roster-panel" aria-label={label}>
      <label>
        {intl.formatMessage(
          { id: 'roster.import.phase', defaultMessage: '{label}: {phase}' },
          { label, phase: words.phase },
        )}
        <progress max={words.max} value={words.value} />
      </label>
      <p role="status" data-testid="import-progress">
        {words.text}
      </p>
      <button type="button" className="secondary" onClick={onCancel} disabled={cancelling}>
        {cancelling ? (
          <FormattedMessage id="roster.import.cancelling" defaultMessage="Cancelling…" />
        ) : (
          <FormattedMessage id="roster.import.cancel" defaultMessage="Cancel import" />
        )}
      </button>
    </section>
  );
}

/** Choose a CSV file, map its columns, import it with progress and cancel in every phase, then read the report. */
export function ImportPanel({ list }: { list: RosterListRow }) {
  const intl = useIntl();
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [sampleFields, setSampleFields] = useState<Awaited<ReturnType<typeof loadSampleFields>>>([]);

  const read = async (file: File, encoding?: TextEncodingName): Promise<void> => {
    const running = inspectInWorker(
      file,
      (progress) => setStep((current) => (current.kind === 'reading' ? { ...current, progress } : current)),
      encoding,
    );
    setStep({ kind: 'reading', file, running, progress: null });
    const [inspected, fields] = await Promise.all([running.finished, loadSampleFields(database, list.accountId)]);
    setSampleFields(fields);
    if (!inspected.ok) {
      const { code, message } = inspected.error;
      setStep({ kind: 'choose', notice: code === READING_CANCELLED ? message : `${file.name}: ${message}` });
      return;
    }
    const remembered = await loadMapping(database, inspected.value.signature);
    const usable = remembered && remembered.targets.length === inspected.value.headers.length ? remembered : null;
    setStep({
      kind: 'mapping',
      file,
      inspection: inspected.value,
      mapping: usable ?? suggestMapping(inspected.value.headers, fields),
      remembered: usable !== null,
    });
  };

  const start = async (file: File, inspection: FileInspection, mapping: ColumnMapping): Promise<void> => {
    await saveMapping(database, inspection.signature, mapping);
    const running = importInWorker(
      file,
      {
        accountId: list.accountId,
        listId: list.id,
        headers: inspection.headers,
        signature: inspection.signature,
        encoding: inspection.encoding,
        mapping,
        sampleFields,
      },
      (progress) => setStep((current) => (current.kind === 'importing' ? { ...current, progress } : current)),
    );
    setStep({ kind: 'importing', file, running, progress: null, cancelling: false });
    const end = await running.finished;
    if (end.ok) setStep({ kind: 'done', file, summary: end.value });
    else {
      // A worker that died mid-import cannot undo itself: its lock is gone, so recovery can.
      if (end.error.code === IMPORT_FAILED) await recoverInterruptedImports(database);
      setStep({ kind: 'choose', notice: end.error.message });
    }
  };

  switch (step.kind) {
    case 'choose':
      return (
        <div className="roster-panel">
          <label className="file-choose">
            <FormattedMessage
              id="roster.import.choose"
              defaultMessage="Import a CSV file into {list}"
              values={{ list: <span translate="no">{list.name}</span> }}
            />
            <input
              type="file"
              accept=".csv,.txt,text/csv,text/plain"
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) void read(file);
              }}
            />
          </label>
          {step.notice ? (
            <p role="alert" className="roster-problem">
              {step.notice}
            </p>
          ) : null}
        </div>
      );
    case 'reading':
      return (
        <Progress
          label={intl.formatMessage(
            { id: 'roster.import.reading', defaultMessage: 'Reading {file}' },
            { file: step.file.name },
          )}
          words={readingWords(step.progress)}
          cancelling={false}
          onCancel={() => step.running.cancel()}
        />
      );
    case 'mapping':
      return (
        <MappingStep
          fileName={step.file.name}
          inspection={step.inspection}
          mapping={step.mapping}
          remembered={step.remembered}
          sampleFields={sampleFields}
          onChange={(mapping) => setStep({ ...step, mapping })}
          onEncoding={(encoding) => void read(step.file, encoding)}
          onImport={() => void start(step.file, step.inspection, step.mapping)}
          onCancel={() => setStep({ kind: 'choose' })}
        />
      );
    case 'importing':
      return (
        <Progress
          label={intl.formatMessage(
            { id: 'roster.import.importing', defaultMessage: 'Importing {file}' },
            { file: step.file.name },
          )}
          words={importWords(step.progress)}
          cancelling={step.cancelling}
          onCancel={() => {
            step.running.cancel();
            setStep({ ...step, cancelling: true });
          }}
        />
      );
    case 'done':
      return (
        <ImportReport summary={step.summary} fileName={step.file.name} onClose={() => setStep({ kind: 'choose' })} />
      );
  }
}
