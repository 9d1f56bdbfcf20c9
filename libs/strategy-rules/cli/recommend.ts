/**
 * npm run recommend -- FILE [--as-of YYYY-MM-DD]
 *
 * Reads a profile (or an array of profiles) as JSON from FILE, or from stdin when FILE is "-", and prints the
 * recommendation (or an array of them) as JSON. Invalid input exits with code 2 and one `path: message` line per
 * problem on stderr. This file does the I/O; the library under ../src stays pure.
 */
import { readFileSync } from 'node:fs';
import { type ApplicantProfile, type Recommendation, recommend, validateProfile } from '../src/index';
import { isCalendarDate } from '../src/engine/dates';

export const USAGE = 'usage: npm run recommend -- FILE [--as-of YYYY-MM-DD]   (FILE "-" reads stdin)';

export interface CliOutcome {
  code: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

interface ParsedArgs {
  file: string;
  asOf?: string;
}

function parseArgs(argv: readonly string[]): ParsedArgs | string[] {
  const errors: string[] = [];
  let file: string | undefined;
  let asOf: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--as-of') {
      asOf = argv[++i];
      if (asOf === undefined) errors.push('--as-of: a date is required');
    } else if (arg.startsWith('--as-of=')) {
      asOf = arg.slice('--as-of='.length);
    } else if (arg.startsWith('--')) {
      errors.push(`${arg}: unknown option`);
    } else if (file === undefined) {
      file = arg;
    } else {
      errors.push(`${arg}: only one FILE is accepted`);
    }
  }
  if (asOf !== undefined && !isCalendarDate(asOf)) errors.push(`--as-of: "${asOf}" is not a calendar date written YYYY-MM-DD`);
  if (file === undefined) errors.push('FILE: missing (use "-" for stdin)');
  return errors.length > 0 || file === undefined ? errors : { file, asOf };
}

function prefixed(prefix: string, path: string): string {
  if (prefix === '') return path;
  return path === '(root)' ? prefix : path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}

/** The whole CLI as a function of its arguments and a reader, so it can be tested without a process. */
export function runCli(argv: readonly string[], read: (file: string) => string): CliOutcome {
  const args = parseArgs(argv);
  if (Array.isArray(args)) return { code: 2, stdout: '', stderr: `${args.join('\n')}\n${USAGE}\n` };

  let text: string;
  try {
    text = read(args.file);
  } catch (err) {
    const reason = err instanceof Error && 'code' in err ? String((err as NodeJS.ErrnoException).code) : 'unreadable';
    return { code: 2, stdout: '', stderr: `${args.file}: cannot read input (${reason})\n` };
  }

  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (err) {
    return { code: 2, stdout: '', stderr: `(root): not valid JSON (${err instanceof Error ? err.message : 'parse error'})\n` };
  }

  const many = Array.isArray(input);
  const items: unknown[] = many ? (input as unknown[]) : [input];
  const errors: string[] = [];
  const profiles: ApplicantProfile[] = [];
  items.forEach((item, i) => {
    const result = validateProfile(item, args.asOf === undefined ? undefined : { asOf: args.asOf });
    if (result.ok) profiles.push(result.profile);
    else for (const e of result.errors) errors.push(`${prefixed(many ? `[${i}]` : '', e.path)}: ${e.message}`);
  });
  if (errors.length > 0) return { code: 2, stdout: '', stderr: `${errors.join('\n')}\n` };

  const options = args.asOf === undefined ? undefined : { asOf: args.asOf };
  const recs: Recommendation[] = profiles.map((p) => recommend(p, options));
  return { code: 0, stdout: `${JSON.stringify(many ? recs : recs[0], null, 2)}\n`, stderr: '' };
}

function main(): void {
  let outcome: CliOutcome;
  try {
    outcome = runCli(process.argv.slice(2), (file) => readFileSync(file === '-' ? 0 : file, 'utf8'));
  } catch (err) {
    outcome = { code: 1, stdout: '', stderr: `error: ${err instanceof Error ? err.message : String(err)}\n` };
  }
  if (outcome.stdout !== '') process.stdout.write(outcome.stdout);
  if (outcome.stderr !== '') process.stderr.write(outcome.stderr);
  process.exitCode = outcome.code;
}

if (require.main === module) main();
