import { useState } from 'react';
import { suggestMapping, type ColumnMapping } from '../../../../common/roster/column-mapping';
import { database } from '../../db/database';
import { importInWorker, inspectInWorker, type RunningImport } from '../import/import-client';
import type { FileInspection } from '../import/inspect-file';
import type { StreamProgress } from '../import/validate-stream';
import type { ImportSummary } from '../import/worker-messages';
import type { RosterListRow } from '../rows';
import { loadMapping, loadSampleFields, saveMapping } from '../settings-store';
import { ImportReport } from './ImportReport';
import { MappingStep } from './MappingStep';

type Step =
  | { kind: 'choose'; notice?: string }
  | { kind: 'reading'; file: File }
  | { kind: 'mapping'; file: File; inspection: FileInspection; mapping: ColumnMapping; remembered: boolean }
  | { kind: 'importing'; file: File; running: RunningImport; progress: StreamProgress | null }
  | { kind: 'done'; file: File; summary: ImportSummary };

/** Choose a CSV file, map its columns, import it with a progress bar and cancel, then read the report. */
export function ImportPanel({ list }: { list: RosterListRow }) {
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [sampleFields, setSampleFields] = useState<Awaited<ReturnType<typeof loadSampleFields>>>([]);

  const choose = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    setStep({ kind: 'reading', file });
    const [inspected, fields] = await Promise.all([inspectInWorker(file), loadSampleFields(database, list.accountId)]);
    setSampleFields(fields);
    if (!inspected.ok) {
      setStep({ kind: 'choose', notice: `${file.name}: ${inspected.reason}` });
      return;
    }
    const remembered = await loadMapping(database, inspected.inspection.signature);
    const usable = remembered && remembered.targets.length === inspected.inspection.headers.length ? remembered : null;
    setStep({
      kind: 'mapping',
      file,
      inspection: inspected.inspection,
      mapping: usable ?? suggestMapping(inspected.inspection.headers, fields),
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
        mapping,
        sampleFields,
      },
      (progress) => setStep((current) => (current.kind === 'importing' ? { ...current, progress } : current)),
    );
    setStep({ kind: 'importing', file, running, progress: null });
    const end = await running.finished;
    if (end.kind === 'done') setStep({ kind: 'done', file, summary: end.summary });
    else setStep({ kind: 'choose', notice: end.message });
  };

  switch (step.kind) {
    case 'choose':
    case 'reading':
      return (
        <div className="roster-panel">
          <label className="file-choose">
            Import a CSV file into {list.name}
            <input
              type="file"
              accept=".csv,.txt,text/csv,text/plain"
              disabled={step.kind === 'reading'}
              onChange={(e) => void choose(e.target.files?.[0])}
            />
          </label>
          {step.kind === 'reading' ? <p role="status">Reading {step.file.name}…</p> : null}
          {step.kind === 'choose' && step.notice ? (
            <p role="alert" className="roster-problem">
              {step.notice}
            </p>
          ) : null}
        </div>
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
          onImport={() => void start(step.file, step.inspection, step.mapping)}
          onCancel={() => setStep({ kind: 'choose' })}
        />
      );
    case 'importing': {
      const { progress } = step;
      return (
        <section className="roster-panel" aria-label="Importing">
          <label>
            Importing {step.file.name}
            <progress max={progress?.totalBytes ?? 1} value={progress?.bytesRead ?? 0} />
          </label>
          <p role="status">
            {progress
              ? `${progress.rowsRead.toLocaleString()} rows read, ${progress.rejected.toLocaleString()} with problems`
              : 'Starting…'}
          </p>
          <button type="button" className="secondary" onClick={() => step.running.cancel()}>
            Cancel import
          </button>
        </section>
      );
    }
    case 'done':
      return (
        <ImportReport summary={step.summary} fileName={step.file.name} onClose={() => setStep({ kind: 'choose' })} />
      );
  }
}
