import {
  APPLICANT_TYPES,
  EXAM_NAMES,
  EXAM_RESULTS,
  LETTER_STATUSES,
  RESEARCH_FIELDS,
  RESEARCH_KINDS,
  RESEARCH_STATUSES,
  ROLES,
  ROTATION_OUTCOMES,
  ROTATION_SETTINGS,
  ROTATION_STATUSES,
  SPECIALTIES,
  TARGETS,
  BULK_JOB_STATUS_LABELS,
  BULK_TRIGGER_LABELS,
} from '@advising/contracts';

const ATTENTION_SEVERITIES = ['CRITICAL', 'WARNING'] as const;
import { BANDS, PATHWAYS } from '@advising/strategy-rules';

/**
 * OpenAPI schemas of what each operation answers, written beside the contract types in
 * libs/contracts they describe (the views are interfaces, invisible at run time). `completeOpenApi`
 * registers them as components and attaches them to their operations by operationId.
 */
type Schema = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const str = (extra: Schema = {}): Schema => ({ type: 'string', ...extra });
const uuid: Schema = { type: 'string', format: 'uuid' };
const date: Schema = { type: 'string', format: 'date' };
const dateTime: Schema = { type: 'string', format: 'date-time' };
const int = (minimum?: number, maximum?: number): Schema => ({ type: 'integer', ...(minimum === undefined ? {} : { minimum }), ...(maximum === undefined ? {} : { maximum }) });
const bool: Schema = { type: 'boolean' };
const oneOf = (values: readonly string[]): Schema => ({ type: 'string', enum: [...values] });
const nullable = (schema: Schema): Schema => ('$ref' in schema ? { type: 'object', allOf: [schema], nullable: true } : { ...schema, nullable: true });
const arr = (items: Schema): Schema => ({ type: 'array', items });
const counts = (description: string): Schema => ({ type: 'object', description, additionalProperties: int(0) });
/** An object whose listed properties are all present unless named in `optional`. */
const obj = (properties: Record<string, Schema>, optional: string[] = []): Schema => ({
  type: 'object',
  required: Object.keys(properties).filter((k) => !optional.includes(k)),
  properties,
});
const page = (item: string): Schema => obj({ items: arr(ref(item)), nextCursor: nullable(str({ description: 'Pass as `cursor` for the next page; null on the last page' })), total: int(0) });

const version = int(1, 2147483647);
const pathway = oneOf(PATHWAYS);
const band = oneOf(BANDS);

const recommendationChange = obj({ code: str({ description: 'What changed, e.g. PATHWAY_CHANGED' }), message: str({ description: 'The change in words' }) });
recommendationChange['additionalProperties'] = true;

export const RESPONSE_SCHEMAS: Record<string, Schema> = {
  PersonRef: obj({ id: uuid, displayName: str() }),
  HealthLive: obj({ status: oneOf(['ok']) }),
  RecommendationChange: recommendationChange,
  Recommendation: {
    ...obj({
      rulesVersion: str(),
      asOf: date,
      bands: obj({ ir: band, dr: band, basis: oneOf(['STEP2CK', 'STEP1', 'NONE']) }),
      primaryPathway: pathway,
      alternatives: arr(pathway),
      applications: { type: 'object', description: 'How many programs of which kind to apply to' },
      letters: { type: 'object', description: 'Letters needed and secured, from whom' },
      step3: { ...oneOf(['BEFORE_APPLYING', 'OPTIONAL', 'AFTER_MATCH', 'NOT_NEEDED']), description: 'Whether and when to take Step 3' },
      flags: arr({ type: 'object', description: 'A red or amber flag with its code, level and words' }),
      actions: arr({ type: 'object', description: 'A next step with its code, priority and words' }),
      reasons: arr({ type: 'object', description: 'A rule that shaped the result, with its source' }),
    }),
    description: "The rules engine's recommendation (libs/strategy-rules `Recommendation`)",
  },
  CohortView: obj({ id: uuid, name: str(), matchYear: int(2000, 2100), advisors: arr(ref('PersonRef')), studentCount: int(0), needsAttention: int(0), version }),
  StudentProfileView: obj({ applicantType: oneOf(APPLICANT_TYPES), target: oneOf(TARGETS), graduationYear: int(1950, 2100), applicationYear: nullable(int(1950, 2100)), needsVisa: bool, homeProgramHasIR: bool, previousApplications: int(0, 10), version }),
  ExamView: obj({ id: uuid, exam: oneOf(EXAM_NAMES), result: oneOf(EXAM_RESULTS), score: nullable(int(1, 300)), date: nullable(date), version }),
  RotationView: obj(
    { id: uuid, specialty: oneOf(SPECIALTIES), setting: oneOf(ROTATION_SETTINGS), siteName: str(), inUS: bool, weeks: int(1, 52), startDate: nullable(date), endDate: nullable(date), status: oneOf(ROTATION_STATUSES), outcome: nullable(oneOf(ROTATION_OUTCOMES)), evaluatorComment: nullable(str({ description: 'Advisors and admins only' })), version },
    ['evaluatorComment'],
  ),
  ResearchView: obj({ id: uuid, field: oneOf(RESEARCH_FIELDS), kind: oneOf(RESEARCH_KINDS), status: oneOf(RESEARCH_STATUSES), title: str(), date: nullable(date), version }),
  LetterView: obj(
    {
      id: uuid,
      student: ref('PersonRef'),
      mentor: nullable(ref('PersonRef')),
      writerName: str(),
      writerSpecialty: oneOf(SPECIALTIES),
      writerInUS: bool,
      status: oneOf(LETTER_STATUSES),
      dueDate: nullable(date),
      requestedAt: dateTime,
      committedAt: nullable(dateTime),
      submittedAt: nullable(dateTime),
      declinedAt: nullable(dateTime),
      mentorNote: nullable(str({ description: 'The mentor, advisors and admins only' })),
      version,
    },
    ['mentorNote'],
  ),
  OverrideView: obj(
    {
      pathway: nullable(pathway),
      reason: str(),
      advisor: ref('PersonRef'),
      createdAt: dateTime,
      plan: nullable(ref('Recommendation')),
      difference: nullable(str({ description: "The advisor's plan next to the rules' own, in one line" })),
    },
    ['plan', 'difference'],
  ),
  AttentionItem: obj({
    key: str({ description: 'Stable within a student, e.g. letters:overdue' }),
    severity: oneOf(ATTENTION_SEVERITIES),
    title: str(),
    detail: str(),
    action: str({ description: 'What to do next' }),
    date: nullable(date),
  }),
  AttentionAcknowledgementView: obj({
    id: uuid,
    advisor: nullable(ref('PersonRef')),
    note: str(),
    followUpOn: date,
    items: arr(ref('AttentionItem')),
    createdAt: dateTime,
    active: bool,
  }),
  BulkJobView: obj({
    id: uuid,
    trigger: oneOf(Object.keys(BULK_TRIGGER_LABELS)),
    asOf: date,
    status: oneOf(Object.keys(BULK_JOB_STATUS_LABELS)),
    done: int(0),
    total: int(0),
    changed: int(0),
    attempts: int(0),
    createdAt: dateTime,
    finishedAt: nullable(dateTime),
  }),
  NoteView: obj({ id: uuid, author: ref('PersonRef'), body: str(), createdAt: dateTime }),
  SnapshotView: obj({ id: uuid, rulesVersion: str(), computedAt: dateTime, trigger: str(), actor: nullable(ref('PersonRef')), pathway, bandIR: band, bandDR: band, changes: arr(ref('RecommendationChange')), recommendation: ref('Recommendation') }),
  TimelineEntry: obj({ kind: oneOf(['RECOMPUTED', 'OVERRIDE']), at: dateTime, snapshot: ref('SnapshotView'), override: ref('OverrideView') }, ['snapshot', 'override']),
  StudentDetail: obj(
    {
      id: uuid,
      displayName: str(),
      email: nullable(str({ format: 'email', description: 'null for a mentor' })),
      target: oneOf(TARGETS),
      cohort: nullable(obj({ id: uuid, name: str(), matchYear: int(2000, 2100) })),
      profile: nullable(ref('StudentProfileView')),
      exams: arr(ref('ExamView')),
      rotations: arr(ref('RotationView')),
      research: arr(ref('ResearchView')),
      letters: arr(ref('LetterView')),
      recommendation: nullable(ref('Recommendation')),
      override: nullable(ref('OverrideView')),
      notes: arr(ref('NoteView')),
      acknowledgement: nullable(ref('AttentionAcknowledgementView')),
    },
    ['exams', 'rotations', 'research', 'recommendation', 'override', 'notes', 'acknowledgement'],
  ),
  StudentListItem: obj({
    id: uuid,
    displayName: str(),
    email: str({ format: 'email' }),
    cohortId: nullable(uuid),
    applicantType: oneOf(APPLICANT_TYPES),
    target: oneOf(TARGETS),
    step2ck: nullable(int(1, 300)),
    bandIR: band,
    bandDR: band,
    pathway,
    overridePathway: nullable(pathway),
    pathwayMonthAgo: nullable(pathway),
    lettersSecured: int(0),
    lettersNeeded: int(0),
    rotationsCompleted: int(0),
    rotationsTotal: int(0),
    flags: arr(str()),
    criticalFlags: int(0),
    lettersAtRisk: int(0),
  }),
  CohortSummary: obj({
    cohortId: uuid,
    students: int(0),
    byPathway: counts('Students by pathway'),
    byBandIR: counts('Students by IR band'),
    byBandDR: counts('Students by DR band'),
    byFlag: counts('Students by flag code'),
    letters: obj({ byStatus: counts('Letters by status'), secured: int(0), needed: int(0), atRisk: int(0) }),
    rotations: obj({ byOutcome: counts('Rotations by outcome (PENDING: no outcome yet)'), completed: int(0), total: int(0) }),
    pathwayChanges: obj({ last30: obj({ upgrades: int(0), downgrades: int(0) }), last90: obj({ upgrades: int(0), downgrades: int(0) }) }),
    needsAttention: arr(obj({ studentId: uuid, displayName: str(), severity: oneOf(ATTENTION_SEVERITIES), items: arr(ref('AttentionItem')) })),
    acknowledged: int(0),
  }),
  UserView: obj({ id: uuid, email: str({ format: 'email' }), displayName: str(), role: oneOf(ROLES), active: bool, createdAt: dateTime, version }),
  CreatedUserView: {
    allOf: [ref('UserView'), obj({ oneTimePassword: str({ description: 'Only when generated: shown this once, never stored in clear' }) }, ['oneTimePassword'])],
  },
  AuditEventView: obj({ id: str({ pattern: '^\\d+$' }), at: dateTime, actor: nullable(ref('PersonRef')), action: str(), studentId: nullable(uuid), entity: nullable(str()), entityId: nullable(str()) }),
  ImportResult: obj({
    dryRun: bool,
    rows: arr(obj({ row: int(2), ok: bool, email: nullable(str()), errors: arr(obj({ column: str(), message: str() })) })),
    created: int(0),
    updated: int(0),
    failed: int(0),
  }),
  WhatIfResult: obj({ current: ref('Recommendation'), whatIf: ref('Recommendation'), changes: arr(ref('RecommendationChange')) }),
  StudentRecordExport: obj({ exportedAt: dateTime, student: ref('StudentDetail'), history: arr(ref('TimelineEntry')) }),
  CohortRotationView: { allOf: [ref('RotationView'), obj({ student: ref('PersonRef') })] },
  MentorLetterRequestView: { allOf: [ref('LetterView'), obj({ studentTarget: oneOf(TARGETS), overdue: bool })] },
  StudentPage: page('StudentListItem'),
  UserPage: page('UserView'),
  AuditEventPage: page('AuditEventView'),
};

/** What each operation answers on success (204s and files aside), by operationId. */
export const OPERATION_RESPONSES: Record<string, Schema> = {
  HealthController_live: ref('HealthLive'),
  RecommendationsController_timeline: arr(ref('TimelineEntry')),
  RecommendationsController_whatIf: ref('WhatIfResult'),
  RecommendationsController_setOverride: ref('OverrideView'),
  RecordsController_createExam: ref('ExamView'),
  RecordsController_updateExam: ref('ExamView'),
  RecordsController_createRotation: ref('RotationView'),
  RecordsController_updateRotation: ref('RotationView'),
  RecordsController_createResearch: ref('ResearchView'),
  RecordsController_updateResearch: ref('ResearchView'),
  CohortRotationsController_list: arr(ref('CohortRotationView')),
  StudentsController_get: ref('StudentDetail'),
  StudentsController_updateProfile: ref('StudentProfileView'),
  LettersController_create: ref('LetterView'),
  LettersController_update: ref('LetterView'),
  LettersController_transition: ref('LetterView'),
  LettersController_mine: arr(ref('MentorLetterRequestView')),
  LettersController_mentors: arr(ref('PersonRef')),
  CohortLettersController_list: arr(ref('LetterView')),
  NotesController_list: arr(ref('NoteView')),
  NotesController_create: ref('NoteView'),
  AttentionController_acknowledge: ref('AttentionAcknowledgementView'),
  JobsController_list: arr(ref('BulkJobView')),
  JobsController_recomputeNow: ref('BulkJobView'),
  JobsController_retry: ref('BulkJobView'),
  MeController_record: ref('StudentRecordExport'),
  CohortsController_list: arr(ref('CohortView')),
  CohortsController_create: ref('CohortView'),
  CohortsController_update: ref('CohortView'),
  CohortsController_setAdvisors: ref('CohortView'),
  CohortsController_addStudents: ref('CohortView'),
  CohortsController_summary: ref('CohortSummary'),
  CohortsController_import: ref('ImportResult'),
  CohortsController_export: { type: 'string', description: 'CSV text' },
  StudentListController_list: ref('StudentPage'),
  AdminController_listUsers: ref('UserPage'),
  AdminController_createUser: ref('CreatedUserView'),
  AdminController_updateUser: ref('UserView'),
  AdminController_listAuditEvents: ref('AuditEventPage'),
};
