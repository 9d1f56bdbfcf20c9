import type { Agent } from 'node:http';
import { type Exchange, keepAliveAgent, send, sleep } from './http';

export const DEMO_ADMIN = { email: 'admin@demo-med.edu', password: 'match-demo-2026' };
const STUDENT_PASSWORD = 'fault-suite-password-2026';

/** A student account of the suite's own, with a marker written into every record it creates. */
export interface Student {
  id: string;
  email: string;
  token: string;
  marker: string;
}

type Kind = 'research' | 'rotation' | 'letter';

/** What the API acknowledged (2xx) for one student: every one of these must be in the database afterwards. */
export interface Ledger {
  created: Map<string, { kind: Kind; label: string }>;
  /** Research items: the highest acknowledged version and the title it carried. */
  updated: Map<string, { version: number; title: string }>;
}

/** The figures of one case. */
export class CaseStats {
  sent = 0;
  ok = 0;
  byStatus = new Map<number, number>();
  connectionErrors = 0;
  ackedWrites = 0;
  wrongData = 0;
  conflicts = 0;
  /** 503 answers of a process shutting down (Connection: close, no Retry-After). */
  closing503 = 0;
  readonly violations: string[] = [];
  /** Completion times of 2xx answers, with the time their request was sent. */
  private readonly okTimes: { sentAt: number; doneAt: number }[] = [];
  /** Every exchange's times and status (null: a connection error). */
  private readonly exchanges: { sentAt: number; doneAt: number; status: number | null }[] = [];

  count(exchange: Exchange): void {
    this.sent += 1;
    this.exchanges.push({ sentAt: exchange.sentAt, doneAt: exchange.doneAt, status: exchange.status });
    if (exchange.status === null) this.connectionErrors += 1;
    else {
      this.byStatus.set(exchange.status, (this.byStatus.get(exchange.status) ?? 0) + 1);
      if (exchange.status >= 200 && exchange.status < 300) {
        this.ok += 1;
        this.okTimes.push({ sentAt: exchange.sentAt, doneAt: exchange.doneAt });
      }
    }
  }

  violation(message: string): void {
    this.violations.push(message);
  }

  /** ms from `faultEnd` to the first 2xx of a request sent at or after it; null if none. */
  recoveryMs(faultEnd: number): number | null {
    let first: number | null = null;
    for (const t of this.okTimes) if (t.sentAt >= faultEnd && (first === null || t.doneAt < first)) first = t.doneAt;
    return first === null ? null : first - faultEnd;
  }

  /**
   * Requests in flight at `at` (sent at least `marginMs` before, so the server had them): how many
   * were answered, and how many were cut off with a connection error.
   */
  inFlightAt(at: number, marginMs: number): { answered: number; cutOff: number } {
    let answered = 0;
    let cutOff = 0;
    for (const e of this.exchanges) {
      if (e.sentAt > at - marginMs || e.doneAt < at) continue;
      if (e.status === null) cutOff += 1;
      else answered += 1;
    }
    return { answered, cutOff };
  }

  get fiveXX(): string {
    const parts = [...this.byStatus.entries()].filter(([s]) => s >= 500).sort(([a], [b]) => a - b);
    return parts.length ? parts.map(([s, n]) => `${s}×${n}`).join(' ') : '0';
  }
}

export interface LoadOptions {
  /** Where to send each request: one base URL, or several (requests alternate). */
  targets: string[];
  students: Student[];
  ledgers: Map<string, Ledger>;
  stats: CaseStats;
  /** Whether a 503 with Connection: close and no Retry-After (a process shutting down) is a clean refusal here. */
  closingAllowed?: boolean;
  /** Bound on the requests of the whole load. */
  maxRequests?: number;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * Several students, each a sequential client with keep-alive connections: create research,
 * rotations and letter requests, change research with the version last seen, read their own
 * record and their own identity. Every answer is judged as it arrives.
 */
export class Load {
  private stopped = false;
  private readonly runs: Promise<void>[] = [];
  private readonly agents: Agent[] = [];
  private next = 0;

  constructor(private readonly options: LoadOptions) {}

  start(): void {
    for (const student of this.options.students) {
      const agent = keepAliveAgent();
      this.agents.push(agent);
      this.runs.push(this.worker(student, agent));
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.runs);
    for (const agent of this.agents) agent.destroy();
  }

  private target(): string {
    const { targets } = this.options;
    return targets[this.next++ % targets.length];
  }

  private async worker(student: Student, agent: Agent): Promise<void> {
    const { stats } = this.options;
    const ledger = this.options.ledgers.get(student.id) ?? { created: new Map(), updated: new Map() };
    this.options.ledgers.set(student.id, ledger);
    /** Research items of this student: the version we know (null: a change whose outcome we do not know). */
    const research: { id: string; version: number | null; title: string }[] = [];
    let n = 0;
    const maxRequests = this.options.maxRequests ?? 4000;
    while (!this.stopped && stats.sent < maxRequests) {
      const step = n++ % 6;
      const tag = `${student.marker} #${n}`;
      let exchange: Exchange;
      if (step === 0) {
        const title = `${tag} research`;
        exchange = await this.call(agent, 'POST', `/api/students/${student.id}/research`, student, { field: 'IR', kind: 'ABSTRACT', status: 'SUBMITTED', title });
        if (this.judge(exchange, student, 'create research')) {
          const body = exchange.body as { id: string; version: number; title: string };
          if (body.title !== title) this.wrong(`${student.marker}: created research answered with title "${body.title}"`);
          ledger.created.set(body.id, { kind: 'research', label: title });
          research.push({ id: body.id, version: body.version, title });
          stats.ackedWrites += 1;
        }
      } else if (step === 2) {
        const siteName = `${tag} site`;
        exchange = await this.call(agent, 'POST', `/api/students/${student.id}/rotations`, student, { specialty: 'IR', setting: 'AWAY', siteName, weeks: 4, status: 'PLANNED' });
        if (this.judge(exchange, student, 'create rotation')) {
          const body = exchange.body as { id: string; siteName: string };
          if (body.siteName !== siteName) this.wrong(`${student.marker}: created rotation answered with site "${body.siteName}"`);
          ledger.created.set(body.id, { kind: 'rotation', label: siteName });
          stats.ackedWrites += 1;
        }
      } else if (step === 4) {
        const writerName = `${tag} writer`;
        exchange = await this.call(agent, 'POST', `/api/students/${student.id}/letters`, student, { writerName, writerSpecialty: n % 12 === 5 ? 'IR' : 'DR', writerInUS: true });
        if (this.judge(exchange, student, 'create letter')) {
          const body = exchange.body as { id: string; writerName: string; student?: { id: string } };
          if (body.writerName !== writerName || body.student?.id !== student.id) this.wrong(`${student.marker}: created letter answered for student ${body.student?.id} / "${body.writerName}"`);
          ledger.created.set(body.id, { kind: 'letter', label: writerName });
          stats.ackedWrites += 1;
        }
      } else if (step === 3 && research.length > 0) {
        const item = research[research.length - 1];
        if (item.version === null) {
          // The last change's outcome is unknown: read the record to learn the version.
          exchange = await this.readRecord(agent, student, ledger, research);
        } else {
          const title = `${tag} research rev`;
          exchange = await this.call(agent, 'PATCH', `/api/students/${student.id}/research/${item.id}`, student, { version: item.version, title });
          if (exchange.status === 409) {
            // Only this client changes this item: a 409 on a version we know is a lost update somewhere.
            stats.conflicts += 1;
            this.options.stats.violation(`${student.marker}: 409 on research ${item.id} at version ${item.version}, which this client alone changes`);
            item.version = null;
          } else if (this.judge(exchange, student, 'change research')) {
            const body = exchange.body as { id: string; version: number; title: string };
            if (body.id !== item.id || body.title !== title) this.wrong(`${student.marker}: changed research answered ${body.id} "${body.title}"`);
            item.version = body.version;
            item.title = title;
            const known = ledger.updated.get(item.id);
            if (!known || known.version < body.version) ledger.updated.set(item.id, { version: body.version, title });
            stats.ackedWrites += 1;
          } else if (exchange.status === null || exchange.status >= 500) {
            item.version = null;
          }
        }
      } else if (step === 5) {
        exchange = await this.call(agent, 'GET', '/api/auth/me', student);
        if (this.judge(exchange, student, 'read identity') && (exchange.body as { id?: string }).id !== student.id) {
          this.wrong(`${student.marker}: /api/auth/me named ${(exchange.body as { id?: string }).id}`);
        }
      } else {
        exchange = await this.readRecord(agent, student, ledger, research);
      }
      const unavailable = exchange.status === null || exchange.status === 503;
      await sleep(unavailable ? 150 : 20);
    }
  }

  /** GET the student's own record: it must name the student, hold only their records and every acknowledged create. */
  private async readRecord(agent: Agent, student: Student, ledger: Ledger, research: { id: string; version: number | null; title: string }[]): Promise<Exchange> {
    const exchange = await this.call(agent, 'GET', `/api/students/${student.id}`, student);
    if (!this.judge(exchange, student, 'read record')) return exchange;
    const body = exchange.body as { id?: string; research?: { id: string; title: string; version: number }[]; rotations?: { id: string; siteName: string }[]; letters?: { id: string; writerName: string; student?: { id: string } }[] };
    if (body.id !== student.id) {
      this.wrong(`${student.marker}: GET /students/${student.id} answered the record of ${body.id}`);
      return exchange;
    }
    const seen = new Set<string>();
    for (const r of body.research ?? []) {
      seen.add(r.id);
      if (!r.title.startsWith(student.marker + ' ')) this.wrong(`${student.marker}: record holds research "${r.title}"`);
      const mine = research.find((x) => x.id === r.id);
      if (mine) {
        mine.version = r.version;
        mine.title = r.title;
      }
    }
    for (const r of body.rotations ?? []) {
      seen.add(r.id);
      if (!r.siteName.startsWith(student.marker + ' ')) this.wrong(`${student.marker}: record holds rotation "${r.siteName}"`);
    }
    for (const l of body.letters ?? []) {
      seen.add(l.id);
      if (!l.writerName.startsWith(student.marker + ' ') || l.student?.id !== student.id) this.wrong(`${student.marker}: record holds letter "${l.writerName}" of ${l.student?.id}`);
    }
    for (const [id, what] of ledger.created) {
      if (!seen.has(id)) this.wrong(`${student.marker}: acknowledged ${what.kind} "${what.label}" (${id}) missing from the record`);
    }
    return exchange;
  }

  private call(agent: Agent, method: string, path: string, student: Student, body?: unknown): Promise<Exchange> {
    return send(agent, this.target(), method, path, { token: student.token, body }).then((exchange) => {
      this.options.stats.count(exchange);
      return exchange;
    });
  }

  private wrong(message: string): void {
    this.options.stats.wrongData += 1;
    this.options.stats.violation(`wrong data: ${message}`);
  }

  /** true for a 2xx with a body; records a violation for any answer a fault may not produce. */
  private judge(exchange: Exchange, student: Student, what: string): boolean {
    const { status } = exchange;
    if (status === null) return false;
    if (status >= 200 && status < 300) {
      if (!isObject(exchange.body)) {
        this.options.stats.violation(`${student.marker}: ${what} answered ${status} without a JSON body`);
        return false;
      }
      return true;
    }
    if (status === 503) {
      if (exchange.headers['retry-after']) return false;
      if (this.options.closingAllowed && String(exchange.headers['connection']).toLowerCase() === 'close') {
        this.options.stats.closing503 += 1;
        return false;
      }
      this.options.stats.violation(`${student.marker}: ${what} answered 503 without Retry-After (connection: ${String(exchange.headers['connection'])})`);
      return false;
    }
    const detail = isObject(exchange.body) ? String(exchange.body['message'] ?? '') : String(exchange.body).slice(0, 120);
    this.options.stats.violation(`${student.marker}: ${what} answered ${status} ${detail}`);
    return false;
  }
}

/** Signs in (retrying while the service is unavailable); the access token. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<{ token: string; id: string }> {
  const agent = keepAliveAgent();
  try {
    for (let attempt = 0; ; attempt++) {
      const exchange = await send(agent, baseUrl, 'POST', '/api/auth/login', { body: { email, password }, timeoutMs: 30_000 });
      if (exchange.status === 200 && isObject(exchange.body)) {
        const token = String(exchange.body['accessToken']);
        const me = await send(agent, baseUrl, 'GET', '/api/auth/me', { token, timeoutMs: 30_000 });
        if (me.status !== 200 || !isObject(me.body)) throw new Error(`GET /api/auth/me after signing in as ${email} answered ${String(me.status)}`);
        return { token, id: String(me.body['id']) };
      }
      if (attempt >= 5 || (exchange.status !== null && exchange.status !== 503)) throw new Error(`Signing in as ${email} answered ${String(exchange.status ?? exchange.error)}: ${JSON.stringify(exchange.body)}`);
      await sleep(1000);
    }
  } finally {
    agent.destroy();
  }
}

/** The suite's own students (created by the demo admin, each with a password), signed in. */
export async function createStudents(baseUrl: string, count: number, runTag: string): Promise<Student[]> {
  const admin = await signIn(baseUrl, DEMO_ADMIN.email, DEMO_ADMIN.password);
  const agent = keepAliveAgent();
  try {
    const created: { id: string; email: string; marker: string }[] = [];
    for (let i = 0; i < count; i++) {
      const marker = `[F${runTag}-${i + 1}]`;
      const email = `fault-${runTag}-${i + 1}@demo-med.edu`.toLowerCase();
      const exchange = await send(agent, baseUrl, 'POST', '/api/admin/users', {
        token: admin.token,
        timeoutMs: 30_000,
        body: { email, displayName: `Fault ${runTag} ${i + 1}`, role: 'STUDENT', password: STUDENT_PASSWORD, profile: { applicantType: i % 2 ? 'US_IMG' : 'US_MD', target: i % 3 ? 'IR' : 'DR', graduationYear: 2027 } },
      });
      if (exchange.status !== 201 || !isObject(exchange.body)) throw new Error(`Creating ${email} answered ${String(exchange.status ?? exchange.error)}: ${JSON.stringify(exchange.body)}`);
      created.push({ id: String(exchange.body['id']), email, marker });
    }
    const students: Student[] = [];
    for (const c of created) {
      const { token, id } = await signIn(baseUrl, c.email, STUDENT_PASSWORD);
      if (id !== c.id) throw new Error(`${c.email} signed in as ${id}, created as ${c.id}`);
      students.push({ ...c, token });
    }
    return students;
  } finally {
    agent.destroy();
  }
}
