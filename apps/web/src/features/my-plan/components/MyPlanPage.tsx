import { useSignedInUser } from '../../../app/current-user-context';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { ExamsSection } from '../../student-record/components/ExamsSection';
import { LettersSection } from '../../student-record/components/LettersSection';
import { ProfileFacts } from '../../student-record/components/ProfileSection';
import { RecommendationPanel } from '../../student-record/components/RecommendationPanel';
import { ResearchSection } from '../../student-record/components/ResearchSection';
import { RotationsSection } from '../../student-record/components/RotationsSection';
import { TimelineSection } from '../../student-record/components/TimelineSection';
import { useStudent } from '../../student-record/hooks/use-student-queries';
import '../../student-record/student-record.css';
import { DownloadRecordButton } from './DownloadRecordButton';
import { WhatIfPanel } from './WhatIfPanel';

const DESCRIPTION = 'Your recommended pathway, how many programs of each kind to apply to, the letters you still need and your next steps.';

/** The student's own plan: what to do next and why, how it changed, and the record behind it. */
export function MyPlanPage() {
  const user = useSignedInUser();
  const student = useStudent(user.id);

  if (student.isPending) {
    return (
      <section className="page" aria-labelledby="page-title">
        <PageHeader title="My plan" description={DESCRIPTION} />
        <LoadingState label="Loading your plan…" />
      </section>
    );
  }
  if (student.isError) {
    return (
      <section className="page" aria-labelledby="page-title">
        <PageHeader title="My plan" description={DESCRIPTION} />
        <ErrorState title="Your plan could not be loaded" error={student.error} onRetry={() => void student.refetch()} />
      </section>
    );
  }

  const detail = student.data;
  const target = detail.profile?.target ?? detail.target;
  const recommendation = detail.recommendation ?? null;

  return (
    <section className="page my-plan" aria-labelledby="page-title">
      <div className="my-plan__header">
        <PageHeader title="My plan" description={DESCRIPTION} />
        <DownloadRecordButton />
      </div>

      <nav className="section-nav" aria-label="On this page">
        <ul>
          <li>
            <a href="#plan">Plan</a>
          </li>
          <li>
            <a href="#what-if">What if</a>
          </li>
          <li>
            <a href="#history">History</a>
          </li>
          <li>
            <a href="#record">My record</a>
          </li>
        </ul>
      </nav>

      <div id="plan" className="student-page__block">
        {recommendation === null ? (
          <div className="card card--empty">
            <p>Your plan appears here once your advising office has set up your profile.</p>
          </div>
        ) : (
          <RecommendationPanel recommendation={recommendation} target={target} override={detail.override} audience="student" studentId={detail.id} />
        )}
      </div>

      <div id="what-if" className="student-page__block">
        {recommendation !== null && <WhatIfPanel studentId={detail.id} />}
      </div>

      <div id="history" className="student-page__block">
        <TimelineSection studentId={detail.id} target={target} audience="student" />
      </div>

      <div id="record" className="student-page__block student-page__record">
        {detail.profile !== null && (
          <section className="card record-section" aria-labelledby="my-profile">
            <h2 id="my-profile">My profile</h2>
            <ProfileFacts profile={detail.profile} />
            <p className="muted">Something wrong here? Ask your advisor to correct it.</p>
          </section>
        )}
        <ExamsSection studentId={detail.id} exams={detail.exams ?? []} canEdit />
        <RotationsSection studentId={detail.id} rotations={detail.rotations ?? []} canEdit canEditEvaluatorComment={false} />
        <ResearchSection studentId={detail.id} research={detail.research ?? []} canEdit />
        <LettersSection studentId={detail.id} letters={detail.letters} viewer="student" />
      </div>
    </section>
  );
}
