import type { StudentListItem } from '@advising/contracts';
import { PATHWAY_LABELS } from '../../cohorts/labels';
import { pathwayChange } from '../student-filters';

/** Change of the engine's pathway since last month: an arrow for the eye and words for everyone. */
export function PathwayChange({ student }: { student: Pick<StudentListItem, 'pathway' | 'pathwayMonthAgo'> }) {
  const direction = pathwayChange(student);
  if (direction === 'none' || student.pathwayMonthAgo === null) {
    return (
      <span className="change change--none">
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">No change since last month</span>
      </span>
    );
  }
  const from = PATHWAY_LABELS[student.pathwayMonthAgo];
  return (
    <span className={`change change--${direction}`} data-direction={direction}>
      <span aria-hidden="true">{direction === 'up' ? '▲' : '▼'}</span> {direction === 'up' ? 'Up' : 'Down'}
      <span className="change__from"> from {from}</span>
    </span>
  );
}
