import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseStudentView, writeStudentView, type StudentView } from '../student-filters';

/**
 * The student table's filters and sort, kept in the URL so a view can be shared or bookmarked.
 * Typing replaces the history entry; choosing a filter or a sort adds one, so Back undoes it.
 */
export function useStudentView(): [StudentView, (patch: Partial<StudentView>, options?: { replace?: boolean }) => void] {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => parseStudentView(params), [params]);
  const update = useCallback(
    (patch: Partial<StudentView>, options?: { replace?: boolean }) => {
      setParams((current) => writeStudentView({ ...parseStudentView(current), ...patch }, current), { replace: options?.replace ?? false, preventScrollReset: true });
    },
    [setParams],
  );
  return [view, update];
}
