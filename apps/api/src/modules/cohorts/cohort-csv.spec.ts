import { BadRequestException, PayloadTooLargeException } from '@nestjs/common';
import { neutraliseFormula, exportFileName } from './cohort-export.service';
import { IMPORT_COLUMNS, parseImportCsv, readCsvBody } from './import-csv';
import { containsPattern, decodeCursor, encodeCursor } from './student-list.service';

const HEADER = IMPORT_COLUMNS.join(',');

describe('cohort CSV helpers', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', 'Ana', '', null, 248].map(neutraliseFormula)).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx", 'Ana', '', '', '248']);
  });

  it('builds safe file names', () => {
    expect(exportFileName('Match 2027 "IR" / DR')).toBe('cohort-match-2027-ir-dr.csv');
    expect(exportFileName('???')).toBe('cohort-students.csv');
  });

  it('parses quoted cells, a BOM and CRLF; numbers rows as in the file', () => {
    const rows = parseImportCsv(`\uFEFF${HEADER}\r\na@b.co,"Lee, ""Jo""",US_MD,IR,2027,,,,,,,,,\r\n\r\nc@d.co,C,US_MD,DR,2026,,yes,no,1,PASS,,FAIL,201,2025-05-05\r\n`);
    expect(rows.map((r) => [r.result.row, r.result.ok])).toEqual([
      [2, true],
      [4, true],
    ]);
    expect(rows[0].student?.displayName).toBe('Lee, "Jo"');
    expect(rows[1].student?.exams).toEqual([
      { exam: 'STEP1', result: 'PASS', score: null, date: null },
      { exam: 'STEP2CK', result: 'FAIL', score: 201, date: '2025-05-05' },
    ]);
  });

  it('refuses bodies that are not CSV text', () => {
    expect(() => readCsvBody({ csv: 'x' })).toThrow(BadRequestException);
    expect(() => readCsvBody('a\u0000b')).toThrow(BadRequestException);
    expect(() => readCsvBody('x'.repeat(5 * 1024 * 1024 + 1))).toThrow(PayloadTooLargeException);
    expect(() => parseImportCsv('email,displayName')).toThrow(BadRequestException);
  });

  it('cursors round-trip and refuse tampering', () => {
    const id = '3f1c3b8e-1d2a-4c5b-9e8f-0a1b2c3d4e5f';
    const cursor = encodeCursor({ sort: '-step2ck', key: '250', id });
    expect(decodeCursor(cursor, '-step2ck', 'bigint')).toEqual({ sort: '-step2ck', key: '250', id });
    expect(() => decodeCursor(cursor, 'name', 'text')).toThrow(BadRequestException);
    expect(() => decodeCursor(encodeCursor({ sort: 'step2ck', key: '1; DROP', id }), 'step2ck', 'bigint')).toThrow(BadRequestException);
    expect(() => decodeCursor('%%%', 'name', 'text')).toThrow(BadRequestException);
  });

  it('takes LIKE wildcards literally', () => {
    expect(containsPattern('100%_a\\b')).toBe('%100\\%\\_a\\\\b%');
  });
});
