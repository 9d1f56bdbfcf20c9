import type { PreloadContext } from '../../app/route-preload';
import { notesQuery, studentQuery, timelineQuery } from '../student-record/hooks/use-student-queries';

/** The student page's requests (advisors and admins only), started together as soon as the user is known. */
export function preloadStudentPage({ queryClient, client, params, user }: PreloadContext): void {
  const studentId = params['studentId'];
  if (studentId === undefined || (user.role !== 'ADVISOR' && user.role !== 'ADMIN')) return;
  void queryClient.prefetchQuery(studentQuery(client, studentId));
  void queryClient.prefetchQuery(timelineQuery(client, studentId));
  void queryClient.prefetchQuery(notesQuery(client, studentId));
}
