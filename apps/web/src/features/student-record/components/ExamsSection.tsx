import { EXAM_NAMES, EXAM_RESULTS, type ExamView } from '@advising/contracts';
import type { ExamName, ExamResult } from '@advising/strategy-rules';
import type { ExamInput } from '../api';
import { useRecordItemWrites } from '../hooks/use-student-write';
import { EXAM_LABELS, EXAM_RESULT_LABELS, formatDate } from '../labels';
import { optionsOf, SelectField, TextField } from './form-fields';
import { ItemSection } from './ItemSection';

export interface ExamFormValues {
  exam: ExamName;
  result: ExamResult;
  score: string;
  date: string;
}

const FIELDS = ['exam', 'result', 'score', 'date'] as const;

export function toExamInput(values: ExamFormValues): ExamInput {
  const score = values.score.trim();
  return {
    exam: values.exam,
    result: values.result,
    // Sent as typed (a number when it reads as one) so the API's own message explains a bad score.
    score: score === '' ? null : Number.isNaN(Number(score)) ? (score as unknown as number) : Number(score),
    date: values.date === '' ? null : values.date,
  };
}

function toValues(exam: ExamView | null): ExamFormValues {
  return {
    exam: exam?.exam ?? 'STEP2CK',
    result: exam?.result ?? 'PASS',
    score: exam?.score == null ? '' : String(exam.score),
    date: exam?.date ?? '',
  };
}

export function describeExam(exam: ExamView): string {
  const score = exam.score === null ? '' : `, score ${exam.score}`;
  return `${EXAM_LABELS[exam.exam]}: ${EXAM_RESULT_LABELS[exam.result].toLowerCase()}${score}`;
}

export function ExamsSection({ studentId, exams, canEdit }: { studentId: string; exams: readonly ExamView[]; canEdit: boolean }) {
  const writes = useRecordItemWrites(studentId, 'exams', toExamInput);

  return (
    <ItemSection<ExamView, ExamFormValues>
      title="Exams"
      noun="exam"
      addLabel="Log an exam"
      testId="exams-section"
      items={sortExams(exams)}
      emptyText="No exams recorded yet."
      canEdit={canEdit}
      itemName={describeExam}
      renderItem={(exam) => (
        <>
          <span className="record-list__title">{describeExam(exam)}</span>
          <span className="record-list__meta">{exam.date === null ? 'No date' : formatDate(exam.date)}</span>
        </>
      )}
      renderFields={() => (
        <>
          <SelectField<ExamFormValues> name="exam" label="Exam" options={optionsOf(EXAM_NAMES, EXAM_LABELS)} />
          <SelectField<ExamFormValues> name="result" label="Result" options={optionsOf(EXAM_RESULTS, EXAM_RESULT_LABELS)} />
          <TextField<ExamFormValues> name="score" label="Score" inputMode="numeric" hint="Three digits; leave empty for a scheduled exam or a pass/fail Step 1." />
          <TextField<ExamFormValues> name="date" label="Date taken or scheduled" type="date" />
        </>
      )}
      toValues={toValues}
      fields={FIELDS}
      {...writes}
    />
  );
}

/** Newest first; undated at the end. */
function sortExams(exams: readonly ExamView[]): ExamView[] {
  return [...exams].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
}
