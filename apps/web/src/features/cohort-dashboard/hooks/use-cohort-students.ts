import type { StudentListItem } from '@advising/contracts';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useEffect, useMemo } from 'react';
import { useApiClient } from '../../../lib/api-context';
import { queryKeys } from '../../../lib/query-keys';
import { fetchStudentPage } from '../api';

const NO_STUDENTS: StudentListItem[] = [];

/**
 * Every student of the cohort, fetched page by page with the cursor; the table shows the first
 * page while the rest arrive, then filters and sorts in the browser (instant on 2,000 rows).
 */
export function useCohortStudents(cohortId: string) {
  const query = useInfiniteQuery(cohortStudentsQuery(useApiClient(), cohortId));
  const { hasNextPage, isFetchingNextPage, isError, fetchNextPage } = query;

  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isError) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, isError, fetchNextPage]);

  const students = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? NO_STUDENTS, [query.data]);
  const total = query.data?.pages[0]?.total ?? 0;
  return { query, students, total, complete: query.isSuccess && !hasNextPage };
}

export const cohortStudentsQuery = (client: ApiClient, cohortId: string) =>
  infiniteQueryOptions({
    queryKey: queryKeys.cohorts.students(cohortId),
    queryFn: ({ pageParam, signal }) => fetchStudentPage(client, cohortId, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
