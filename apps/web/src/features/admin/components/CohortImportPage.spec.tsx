import { type CohortView, type ImportResult, ROUTES, routePath } from '@advising/contracts';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';
import { IMPORT_HEADER, IMPORT_TEMPLATE } from '../import-csv';
import { FakeAdminApi } from '../test-api';

// The page is a lazy route chunk: give its first render time on a busy machine.
configure({ asyncUtilTimeout: 5000 });

const COHORT: CohortView = { id: 'c1', name: 'Match 2027', matchYear: 2027, advisors: [], studentCount: 3, needsAttention: 0, version: 1 };
const HEADER = IMPORT_HEADER.join(',');
const GOOD = `${HEADER}\nana@school.edu,Ana Lima,US_MD,IR,2027,2026,false,true,0,PASS,,PASS,248,2026-06-20\nbo@school.edu,Bo Chen,US_DO,DR,2027,,,,,,,,,\n`;
const BAD = `${HEADER}\nana@school.edu,Ana Lima,US_MD,IR,2027,,,,,,,,,\nbo@school.edu,Bo Chen,MARTIAN,XX,2027,,,,,,,,,\n`;

function adminOnImport() {
  const api = new FakeAdminApi();
  const { refreshToken } = api.auth.issue('ADMIN');
  api.on('GET', '/cohorts', () => json(200, [COHORT]));
  api.on('POST', '/cohorts/c1/import', (call) => {
    const dryRun = call.query.get('dryRun') === 'true';
    const bad = String(call.body).includes('MARTIAN');
    const result: ImportResult = {
      dryRun,
      rows: [
        { row: 2, ok: true, email: 'ana@school.edu', errors: [] },
        bad
          ? {
              row: 3,
              ok: false,
              email: 'bo@school.edu',
              errors: [
                { column: 'applicantType', message: 'must be one of US_MD, US_DO, US_IMG, NON_US_IMG' },
                { column: 'target', message: 'must be IR or DR' },
              ],
            }
          : { row: 3, ok: true, email: 'bo@school.edu', errors: [] },
      ],
      created: bad ? 1 : 2,
      updated: 0,
      failed: bad ? 1 : 0,
    };
    return json(dryRun ? 201 : 201, result);
  });
  const view = renderApp({ fetch: api.fetch, path: routePath(ROUTES.adminImport, { cohortId: 'c1' }), refreshToken });
  return { api, ...view };
}

describe('cohort CSV import', { timeout: 20_000 }, () => {
  it('offers the template with the exact header', async () => {
    adminOnImport();
    expect(await screen.findByRole('heading', { level: 1, name: 'Import students: Match 2027' })).toBeInTheDocument();
    expect(IMPORT_TEMPLATE.trim()).toBe(
      'email,displayName,applicantType,target,graduationYear,applicationYear,needsVisa,homeProgramHasIR,previousApplications,step1Result,step1Score,step2ckResult,step2ckScore,step2ckDate',
    );
    const link = screen.getByRole('link', { name: 'Download the template (CSV)' });
    expect(link).toHaveAttribute('download', 'cohort-import-template.csv');
    expect(decodeURIComponent(link.getAttribute('href') ?? '')).toBe(`data:text/csv;charset=utf-8,${IMPORT_TEMPLATE}`);
  });

  it('previews the rows with errors by column and keeps the import closed until every row is ready', async () => {
    const user = userEvent.setup();
    const { api } = adminOnImport();
    const file = new File([BAD], 'students.csv', { type: 'text/csv' });
    await user.upload(await screen.findByLabelText('CSV file'), file);
    await waitFor(() => expect(screen.getByLabelText('Or paste the CSV here')).toHaveValue(BAD));
    expect(screen.getByRole('button', { name: 'Import' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Check the file (dry run)' }));

    const preview = await screen.findByTestId('import-preview');
    const call = api.callsTo('POST', '/cohorts/c1/import')[0];
    expect(call.query.get('dryRun')).toBe('true');
    expect(call.contentType).toBe('text/csv');
    expect(call.body).toBe(BAD);
    const rows = within(preview).getAllByTestId('import-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('2ana@school.edu✓ Ready');
    expect(rows[1]).toHaveTextContent('3bo@school.edu✗ 2 errors');
    expect(rows[1]).toHaveTextContent('applicantType: must be one of US_MD, US_DO, US_IMG, NON_US_IMG');
    expect(rows[1]).toHaveTextContent('target: must be IR or DR');
    expect(within(preview).getByRole('list', { name: 'Rows checked' })).toHaveTextContent('2 rows1 ready1 with errors');
    expect(screen.getByRole('button', { name: 'Import' })).toBeDisabled();
    expect(screen.getByText(/Fix the rows with errors in the file, then check it again/)).toBeInTheDocument();
  });

  it('imports for real after a clean dry run, and asks for a new check when the text changes', async () => {
    const user = userEvent.setup();
    const { api } = adminOnImport();
    const textarea = await screen.findByLabelText('Or paste the CSV here');
    await user.click(textarea);
    await user.paste(GOOD);
    await user.click(screen.getByRole('button', { name: 'Check the file (dry run)' }));
    await screen.findByTestId('import-preview');
    const importButton = screen.getByRole('button', { name: 'Import 2 students' });
    expect(importButton).toBeEnabled();
    // The result heading takes focus in the next frame; typing before that frame would land on the heading.
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Dry run: what each row would do' })).toHaveFocus());

    await user.type(textarea, ' ');
    expect(screen.getByText('The file has changed since it was checked: check it again before importing.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import' })).toBeDisabled();
    await user.type(textarea, '{Backspace}');

    await user.click(screen.getByRole('button', { name: 'Import 2 students' }));
    expect(await screen.findByTestId('import-outcome')).toHaveTextContent('Imported into Match 2027: 2 created, 0 updated.');
    const calls = api.callsTo('POST', '/cohorts/c1/import');
    expect(calls.map((c) => c.query.get('dryRun'))).toEqual(['true', 'false']);
    expect(calls[1].body).toBe(GOOD);
  });

  it('shows the per-row results when the real import is refused, and file-level problems', async () => {
    const user = userEvent.setup();
    const { api } = adminOnImport();
    const textarea = await screen.findByLabelText('Or paste the CSV here');
    await user.click(textarea);
    await user.paste(GOOD);
    await user.click(screen.getByRole('button', { name: 'Check the file (dry run)' }));
    await screen.findByTestId('import-preview');

    api.on('POST', '/cohorts/c1/import', () =>
      json(400, {
        statusCode: 400,
        error: 'Bad Request',
        code: 'VALIDATION_FAILED',
        message: '1 row(s) have errors; nothing was imported.',
        details: [{ field: 'row:3 col:email', message: 'is already used by another account' }],
        result: {
          dryRun: false,
          rows: [
            { row: 2, ok: true, email: 'ana@school.edu', errors: [] },
            { row: 3, ok: false, email: 'bo@school.edu', errors: [{ column: 'email', message: 'is already used by another account' }] },
          ],
          created: 0,
          updated: 0,
          failed: 1,
        },
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Import 2 students' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('1 row(s) have errors; nothing was imported.');
    expect(screen.getAllByTestId('import-row')[1]).toHaveTextContent('email: is already used by another account');
    expect(screen.getByRole('button', { name: 'Import' })).toBeDisabled();

    api.on('POST', '/cohorts/c1/import', () =>
      json(400, {
        statusCode: 400,
        error: 'Bad Request',
        code: 'VALIDATION_FAILED',
        message: 'The header is not the expected one.',
        details: [{ field: 'header', message: 'missing column: target' }],
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Check the file (dry run)' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('The header is not the expected one.header: missing column: target'));
    expect(screen.queryByTestId('import-preview')).not.toBeInTheDocument();
  });
});
