import { routePath, ROUTES } from '@advising/contracts';
import { useDeferredValue } from 'react';
import { Link, useParams } from 'react-router';
import { useSignedInUser } from '../../../app/current-user-context';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { ExamsSection } from '../../student-record/components/ExamsSection';
import { LettersSection } from '../../student-record/components/LettersSection';
import { ProfileSection } from '../../student-record/components/ProfileSection';
import { RecommendationPanel } from '../../student-record/components/RecommendationPanel';
import { ResearchSection } from '../../student-record/components/ResearchSection';
import { RotationsSection } from '../../student-record/components/RotationsSection';
import { TimelineSection } from '../../student-record/components/TimelineSection';
import { useStudent } from '../../student-record/hooks/use-student-queries';
import '../../student-record/student-record.css';
import { AcknowledgementPanel } from './AcknowledgementPanel';
import { NotesSection } from './NotesSection';
import { OverrideSection } from './OverrideSection';

const STAFF = new Set(['ADVISOR', 'ADMIN']);

/** An advisor's (or admin's) view of one student: the recommendation and why, its history, and the whole record. */
export function StudentPage() {
  const user = useSignedInUser();
  const { studentId = '' } = useParams();
  if (!STAFF.has(user.role)) {
    return (
      <section className="page" aria-labelledby="page-title">
        <PageHeader title="Not available" description="This page is not part of your role's workspace." />
      </section>
    );
  }
  return <StudentRecordPage studentId={studentId} />;
}

function StudentRecordPage({ studentId }: { studentId: string }) {
  const student = useStudent(studentId);
  // The whole record is a big first render: React builds it in the background, in slices that
  // leave the page responsive, and shows it when it is complete.
  const show = useDeferredValue(student.isSuccess, false);

  if (student.isPending || (student.isSuccess && !show)) {
    return (
      <section className="page" aria-labelledby="page-title">
        <PageHeader title="Student" focusOnMount={false} />
        <LoadingState label="Loading the student…" />
      </section>
    );
  }
  if (student.isError) {
    return (
      <section className="page" aria-labelledby="page-title">
        <PageHeader title="Student" />
        <ErrorState title="This student could not be loaded" error={student.error} onRetry={() => void student.refetch()} />
      </section>
    );
  }

  const detail = student.data;
  const target = detail.profile?.target ?? detail.target;
  const recommendation = detail.recommendation ?? null;

  return (
    <section className="page student-page" aria-labelledby="page-title">
      {detail.cohort !== null && (
        <nav className="breadcrumbs" aria-label="Breadcrumb">
          <Link to={routePath(ROUTES.cohort, { cohortId: detail.cohort.id })}>{detail.cohort.name}</Link>
          <span aria-hidden="true"> › </span>
          <span aria-current="page">{detail.displayName}</span>
        </nav>
      )}
      <PageHeader
        title={detail.displayName}
        description={
          <>
            {detail.email}
            {detail.email !== null && detail.cohort !== null && ' · '}
            {detail.cohort !== null && detail.cohort.name}
          </>
        }
      />

      <nav className="section-nav" aria-label="On this page">
        <ul>
          <li>
            <a href="#recommendation">Recommendation</a>
          </li>
          <li>
            <a href="#history">Timeline</a>
          </li>
          <li>
            <a href="#record">Record</a>
          </li>
          <li>
            <a href="#notes">Notes</a>
          </li>
        </ul>
      </nav>

      <div id="recommendation" className="student-page__block">
        {recommendation === null ? (
          <div className="card card--empty">
            <p>There is no recommendation yet: it is computed once the profile is set up.</p>
          </div>
        ) : (
          <RecommendationPanel recommendation={recommendation} target={target} override={detail.override} audience="staff" studentId={detail.id} />
        )}
        <OverrideSection studentId={detail.id} override={detail.override ?? null} recommendation={recommendation} />
      </div>

      <div id="history" className="student-page__block">
        <TimelineSection studentId={detail.id} target={target} audience="staff" />
      </div>

      <div id="record" className="student-page__block student-page__record">
        <ProfileSection student={detail} canEdit />
        <ExamsSection studentId={detail.id} exams={detail.exams ?? []} canEdit />
        <RotationsSection studentId={detail.id} rotations={detail.rotations ?? []} canEdit canEditEvaluatorComment />
        <ResearchSection studentId={detail.id} research={detail.research ?? []} canEdit />
        <LettersSection studentId={detail.id} letters={detail.letters} viewer="staff" />
      </div>

      <div id="notes" className="student-page__block">
        {detail.acknowledgement != null && <AcknowledgementPanel acknowledgement={detail.acknowledgement} />}
        <NotesSection studentId={detail.id} />
      </div>
    </section>
  );
}
