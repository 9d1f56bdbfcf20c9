import type { ExamView, ResearchView, RotationView } from '@advising/contracts';
import type { ExamAttempt, ResearchItem, Rotation } from './student-record.entities';

export const toExamView = (e: ExamAttempt): ExamView => ({ id: e.id, exam: e.exam, result: e.result, score: e.score, date: e.date, version: e.version });

/** Evaluator comments are for advisors and admins; everyone else gets the rotation without them. */
export const toRotationView = (r: Rotation, withEvaluatorComment: boolean): RotationView => ({
  id: r.id,
  specialty: r.specialty,
  setting: r.setting,
  siteName: r.siteName,
  inUS: r.inUS,
  weeks: r.weeks,
  startDate: r.startDate,
  endDate: r.endDate,
  status: r.status,
  outcome: r.outcome,
  ...(withEvaluatorComment ? { evaluatorComment: r.evaluatorComment } : {}),
  version: r.version,
});

export const toResearchView = (r: ResearchItem): ResearchView => ({ id: r.id, field: r.field, kind: r.kind, status: r.status, title: r.title, date: r.date, version: r.version });
