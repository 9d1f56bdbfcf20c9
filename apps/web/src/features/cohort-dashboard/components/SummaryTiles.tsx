import type { CohortSummary, StudentListItem } from '@advising/contracts';

/** The cohort at a glance: four numbers. "Flagged" comes from the student rows once they are loaded. */
export function SummaryTiles({ summary, students, studentsComplete }: { summary: CohortSummary; students: readonly StudentListItem[]; studentsComplete: boolean }) {
  const flagged = students.filter((s) => s.flags.length > 0).length;
  const critical = students.filter((s) => s.criticalFlags > 0).length;
  return (
    <ul className="tiles" aria-label="Cohort at a glance">
      <li className="tile">
        <span className="tile__label">Students</span>
        <span className="tile__value">{summary.students}</span>
        <span className="tile__note">
          {summary.needsAttention.length} need attention
          {summary.acknowledged > 0 && ` · ${summary.acknowledged} acknowledged`}
        </span>
      </li>
      <li className="tile">
        <span className="tile__label">Letters secured</span>
        <span className="tile__value">
          {summary.letters.secured}
          <span className="tile__of"> of {summary.letters.needed} needed</span>
        </span>
        <span className="tile__note">{summary.letters.atRisk} at risk</span>
      </li>
      <li className="tile">
        <span className="tile__label">Rotations completed</span>
        <span className="tile__value">
          {summary.rotations.completed}
          <span className="tile__of"> of {summary.rotations.total}</span>
        </span>
        <span className="tile__note">{summary.rotations.byOutcome.FAIL ?? 0} failed</span>
      </li>
      <li className="tile">
        <span className="tile__label">Students flagged</span>
        <span className="tile__value">{studentsComplete ? flagged : '…'}</span>
        <span className="tile__note">{studentsComplete ? `${critical} with a critical flag` : 'Counting…'}</span>
      </li>
    </ul>
  );
}
