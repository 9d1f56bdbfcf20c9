import type { ImportResult } from '@advising/contracts';
import { summarize } from '../import-csv';

export interface ImportPreviewProps {
  result: ImportResult;
  /** The caption says what was checked. */
  caption: string;
}

/** Per-row results of an import: row number, email, whether it is ready, and each error by column. */
export function ImportPreview({ result, caption }: ImportPreviewProps) {
  const summary = summarize(result);
  return (
    <div data-testid="import-preview">
      <ul className="import-summary" aria-label="Rows checked">
        <li>
          <strong>{summary.total}</strong> {summary.total === 1 ? 'row' : 'rows'}
        </li>
        <li>
          <strong>{summary.ready}</strong> ready
        </li>
        <li className={summary.failed ? 'result-error' : undefined}>
          <strong>{summary.failed}</strong> with errors
        </li>
        {result.dryRun && (
          <li>
            would create <strong>{summary.created}</strong> and update <strong>{summary.updated}</strong>
          </li>
        )}
      </ul>
      <div className="admin-table-scroll">
        <table className="admin-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Email</th>
              <th scope="col">Result</th>
              <th scope="col">Errors by column</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((row) => (
              <tr key={row.row} className={row.ok ? undefined : 'admin-table__row--error'} data-testid="import-row">
                <th scope="row">{row.row}</th>
                <td>{row.email ?? '—'}</td>
                <td>{row.ok ? <span className="result-ok">✓ Ready</span> : <span className="result-error">✗ {row.errors.length === 1 ? '1 error' : `${row.errors.length} errors`}</span>}</td>
                <td>
                  {row.errors.length === 0 ? (
                    '—'
                  ) : (
                    <ul className="error-list">
                      {row.errors.map((error, index) => (
                        <li key={`${error.column}-${index}`}>
                          <strong>{error.column}</strong>: {error.message}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
