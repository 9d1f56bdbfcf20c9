import { type ImportResult, ROUTES } from '@advising/contracts';
import { type ChangeEvent, useId, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import '../admin.css';
import { useAdminCohorts, useImportCohort } from '../hooks/use-admin';
import { countDataRows, describeImportError, IMPORT_HEADER, IMPORT_TEMPLATE_HREF, type ImportFailure, summarize } from '../import-csv';
import { ImportPreview } from './ImportPreview';

export function CohortImportPage() {
  const { cohortId = '' } = useParams();
  const cohorts = useAdminCohorts();
  const cohort = cohorts.data?.find((c) => c.id === cohortId);

  return (
    <section className="page admin-page" aria-labelledby="page-title">
      <PageHeader
        title={cohort ? `Import students: ${cohort.name}` : 'Import students'}
        description="Add or update a cohort's students from a CSV file. Check the file first: the dry run shows what each row would do, and nothing is written until you import."
      />
      <p>
        <Link to={ROUTES.adminCohorts}>← Back to cohorts</Link>
      </p>
      {cohorts.isPending ? (
        <LoadingState label="Loading the cohort…" />
      ) : cohorts.isError ? (
        <ErrorState title="The cohort could not be loaded" error={cohorts.error} onRetry={() => void cohorts.refetch()} />
      ) : cohort === undefined ? (
        <div className="card card--empty">
          <p>This cohort does not exist or is not part of your institution.</p>
        </div>
      ) : (
        <ImportSteps cohortId={cohort.id} cohortName={cohort.name} />
      )}
    </section>
  );
}

function ImportSteps({ cohortId, cohortName }: { cohortId: string; cohortName: string }) {
  const importer = useImportCohort();
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  /** The dry run, and the exact text it checked. */
  const [preview, setPreview] = useState<{ csv: string; result: ImportResult } | null>(null);
  const [outcome, setOutcome] = useState<ImportResult | null>(null);
  const [failure, setFailure] = useState<ImportFailure | null>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const id = useId();

  const stale = preview !== null && preview.csv !== csv;
  const previewOk = preview !== null && !stale && preview.result.rows.length > 0 && preview.result.rows.every((r) => r.ok);

  const focusResult = () => requestAnimationFrame(() => resultRef.current?.focus());

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setFileError(null);
    if (!file) return;
    if (file.size > 5 * 1024 * 1024) {
      setFileError('The file is larger than 5 MB: split it into smaller files.');
      return;
    }
    try {
      setCsv(await file.text());
      setFileName(file.name);
      setOutcome(null);
      setFailure(null);
    } catch {
      setFileError('The file could not be read. Choose it again, or paste its contents below.');
    }
  };

  const run = (dryRun: boolean) => {
    setFailure(null);
    setOutcome(null);
    const text = csv;
    importer.mutate(
      { cohortId, csv: text, dryRun },
      {
        onSuccess: (result) => {
          if (dryRun) setPreview({ csv: text, result });
          else {
            setOutcome(result);
            setPreview(null);
          }
          focusResult();
        },
        onError: (cause) => {
          const view = describeImportError(cause);
          setFailure(view);
          setPreview(view.result ? { csv: text, result: { ...view.result, dryRun: true } } : null);
          focusResult();
        },
      },
    );
  };

  const rows = countDataRows(csv);

  return (
    <div className="import-steps">
      <section className="card" aria-labelledby={`${id}-step1`}>
        <h2 id={`${id}-step1`}>1. Choose the file</h2>
        <p>
          The first line must be this header (columns in any order):{' '}
          <code className="import-header" data-testid="import-header">
            {IMPORT_HEADER.join(',')}
          </code>
        </p>
        <p>
          <a href={IMPORT_TEMPLATE_HREF} download="cohort-import-template.csv">
            Download the template (CSV)
          </a>
        </p>
        <div className="import-source">
          <div className="field">
            <label htmlFor={`${id}-file`}>CSV file</label>
            <input
              id={`${id}-file`}
              type="file"
              accept=".csv,text/csv"
              onChange={(e) => void onFile(e)}
              aria-invalid={fileError !== null}
              aria-describedby={fileError ? `${id}-file-error` : undefined}
            />
            {fileError && (
              <p id={`${id}-file-error`} className="field__error">
                {fileError}
              </p>
            )}
            {fileName && <p className="admin-hint">Loaded {fileName}: its contents are shown below.</p>}
          </div>
          <div className="field">
            <label htmlFor={`${id}-text`}>Or paste the CSV here</label>
            <textarea
              id={`${id}-text`}
              rows={8}
              spellCheck={false}
              value={csv}
              onChange={(e) => {
                setCsv(e.target.value);
                setOutcome(null);
              }}
              aria-describedby={`${id}-text-hint`}
            />
            <p id={`${id}-text-hint`} className="admin-hint">
              {rows === 0 ? 'No student rows yet.' : `${rows} student ${rows === 1 ? 'row' : 'rows'} after the header.`}
            </p>
          </div>
        </div>
      </section>

      <section className="card" aria-labelledby={`${id}-step2`}>
        <h2 id={`${id}-step2`}>2. Check and import</h2>
        <div className="admin-form__actions">
          <button type="button" className="button button--secondary" disabled={csv.trim() === '' || importer.isPending} onClick={() => run(true)}>
            {importer.isPending && importer.variables?.dryRun ? 'Checking…' : 'Check the file (dry run)'}
          </button>
          <button type="button" className="button button--primary" disabled={!previewOk || importer.isPending} onClick={() => run(false)}>
            {importer.isPending && importer.variables?.dryRun === false
              ? 'Importing…'
              : previewOk
                ? `Import ${preview.result.rows.length} ${preview.result.rows.length === 1 ? 'student' : 'students'}`
                : 'Import'}
          </button>
        </div>
        <p className="admin-hint">
          {preview === null
            ? 'Check the file first: the import is enabled once every row is ready.'
            : stale
              ? 'The file has changed since it was checked: check it again before importing.'
              : previewOk
                ? 'Every row is ready. Importing writes all rows in one go.'
                : 'Fix the rows with errors in the file, then check it again: the import writes all rows or none.'}
        </p>

        <h3 ref={resultRef} tabIndex={-1} className="import-result-title">
          {outcome !== null ? 'Import complete' : failure !== null ? 'Nothing was imported' : preview !== null ? 'Dry run: what each row would do' : 'Results'}
        </h3>
        {importer.isPending && <LoadingState label={importer.variables?.dryRun ? 'Checking every row…' : 'Importing…'} />}
        {failure !== null && (
          <div className="alert alert--error" role="alert">
            <p>{failure.message}</p>
            {failure.problems.length > 0 && (
              <ul className="error-list">
                {failure.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        {outcome !== null && (
          <div className="alert alert--info" role="status" data-testid="import-outcome">
            Imported into {cohortName}: {outcome.created} created, {outcome.updated} updated.{' '}
            <Link to={ROUTES.adminCohorts}>Back to cohorts</Link>
          </div>
        )}
        {preview !== null && !stale && <ImportPreview result={preview.result} caption={`Dry run of ${summarize(preview.result).total} rows`} />}
        {preview === null && outcome === null && failure === null && !importer.isPending && <p className="admin-hint">No file checked yet.</p>}
      </section>
    </div>
  );
}
