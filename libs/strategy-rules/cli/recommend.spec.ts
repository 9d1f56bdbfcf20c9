import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RULES_VERSION } from '../src/index';
import { USAGE, runCli } from './recommend';

const ROOT = resolve(__dirname, '../../..');
const CLI = join(__dirname, 'recommend.ts');
const EXAMPLE = join(__dirname, '../examples/us-img-dr.json');
const example = readFileSync(EXAMPLE, 'utf8');

const files: Record<string, string> = {
  'example.json': example,
  'many.json': JSON.stringify([JSON.parse(example), { ...JSON.parse(example), target: 'IR' }]),
  'bad.json': JSON.stringify({ ...JSON.parse(example), applicantType: 'ALIEN', exams: [{ exam: 'STEP2CK', result: 'PASS', score: 999, date: '2026-02-30' }] }),
  'bad-many.json': JSON.stringify([JSON.parse(example), { ...JSON.parse(example), rotations: [{ specialty: 'IR', setting: 'HOME', inUS: true, weeks: -1, status: 'COMPLETED' }] }, 'nope']),
  'broken.json': '{ "applicantType": ',
};
const read = (file: string) => {
  if (!(file in files)) throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
  return files[file];
};

describe('recommend CLI (in process)', () => {
  it('prints one recommendation for one profile', () => {
    const out = runCli(['example.json', '--as-of', '2026-07-01'], read);
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('');
    const rec = JSON.parse(out.stdout) as { primaryPathway: string; asOf: string; rulesVersion: string };
    expect(rec).toMatchObject({ primaryPathway: 'DR', asOf: '2026-07-01', rulesVersion: RULES_VERSION });
  });

  it('prints an array for an array, and accepts --as-of=DATE', () => {
    const out = runCli(['many.json', '--as-of=2026-07-01'], read);
    expect(out.code).toBe(0);
    const recs = JSON.parse(out.stdout) as { primaryPathway: string }[];
    expect(recs.map((r) => r.primaryPathway)).toEqual(['DR', 'DR_THEN_IR']);
  });

  it('exits 2 with every field error as "path: message"', () => {
    const out = runCli(['bad.json'], read);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    const lines = out.stderr.trim().split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^applicantType: /),
        'exams[0].score: a Step 2 CK score must be between 1 and 300',
        'exams[0].date: date must be a real calendar date written YYYY-MM-DD',
      ]),
    );
  });

  it('prefixes errors in an array with the item index', () => {
    const out = runCli(['bad-many.json'], read);
    expect(out.code).toBe(2);
    expect(out.stderr.trim().split('\n')).toEqual(['[1].rotations[0].weeks: weeks must be at least 1', '[2]: profile must be a JSON object']);
  });

  it('exits 2 on unreadable files, broken JSON, bad dates and bad arguments', () => {
    expect(runCli(['missing.json'], read)).toEqual({ code: 2, stdout: '', stderr: 'missing.json: cannot read input (ENOENT)\n' });
    expect(runCli(['broken.json'], read).stderr).toMatch(/^\(root\): not valid JSON/);
    expect(runCli(['example.json', '--as-of', '2026-02-30'], read)).toMatchObject({ code: 2, stderr: expect.stringContaining('--as-of:') as unknown });
    expect(runCli([], read)).toEqual({ code: 2, stdout: '', stderr: `FILE: missing (use "-" for stdin)\n${USAGE}\n` });
    expect(runCli(['a.json', 'b.json'], read).code).toBe(2);
    expect(runCli(['example.json', '--verbose'], read).stderr).toMatch(/--verbose: unknown option/);
  });
});

describe('recommend CLI (as a process)', () => {
  const spawn = (args: string[], input?: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 30_000 });

  it('reads the example file and prints JSON', () => {
    const res = spawn([EXAMPLE, '--as-of', '2026-07-01']);
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({ primaryPathway: 'DR', applications: { diagnosticRadiology: { min: 60, max: 80 } } });
  });

  it('reads stdin with "-" and exits 2 on invalid input without a stack trace', () => {
    const ok = spawn(['-', '--as-of', '2026-07-01'], example);
    expect(ok.status).toBe(0);
    const bad = spawn(['-'], JSON.stringify({ target: 'IR' }));
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^applicantType: /m);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});
