import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-context';
import { queryKeys } from '../../../lib/query-keys';
import {
  addCohortStudents,
  type AuditFilters,
  createCohort,
  createUser,
  fetchAuditEvents,
  fetchCohorts,
  fetchJobs,
  fetchUsers,
  importCohortCsv,
  retryJob,
  setCohortAdvisors,
  startRecompute,
  updateCohort,
  updateUser,
  type UserFilters,
} from '../api';

const USER_PAGE = 50;
const AUDIT_PAGE = 50;

/** Users matching the filters, a page at a time ("load more"). */
export function useUserList(filters: UserFilters) {
  const client = useApiClient();
  return useInfiniteQuery({
    queryKey: queryKeys.admin.userList({ role: filters.role, active: filters.active, q: filters.q }),
    queryFn: ({ pageParam, signal }) => fetchUsers(client, { ...filters, cursor: pageParam, limit: USER_PAGE }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** Every user of one kind (for pickers): active advisors, students… up to 500. */
export function useUserOptions(filters: UserFilters, enabled = true) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.admin.userList({ role: filters.role, active: filters.active, q: filters.q, all: 'true' }),
    queryFn: ({ signal }) => fetchUsers(client, { ...filters, limit: 500 }, signal),
    enabled,
    staleTime: 30_000,
  });
}

export function useCreateUser() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Parameters<typeof createUser>[1]) => createUser(client, input),
    onSuccess: async (_user, input) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.admin.users() });
      if (input.profile?.cohortId) await queryClient.invalidateQueries({ queryKey: queryKeys.admin.cohorts() });
    },
  });
}

export function useUpdateUser() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Parameters<typeof updateUser>[1]) => updateUser(client, input),
    // Also after an error: a 409 means the list is out of date.
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.admin.users() }),
        // Advisors shown on cohorts, students counted in them.
        queryClient.invalidateQueries({ queryKey: queryKeys.admin.cohorts() }),
      ]);
    },
  });
}

export function useAdminCohorts() {
  const client = useApiClient();
  return useQuery({ queryKey: queryKeys.admin.cohorts(), queryFn: ({ signal }) => fetchCohorts(client, signal) });
}

function useCohortMutation<I>(run: (client: ReturnType<typeof useApiClient>, input: I) => Promise<unknown>, alsoUsers = false) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: I) => run(client, input),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.admin.cohorts() });
      if (alsoUsers) await queryClient.invalidateQueries({ queryKey: queryKeys.admin.users() });
    },
  });
}

export const useCreateCohort = () => useCohortMutation(createCohort);
export const useUpdateCohort = () => useCohortMutation(updateCohort);
export const useSetCohortAdvisors = () => useCohortMutation(setCohortAdvisors);
export const useAddCohortStudents = () => useCohortMutation(addCohortStudents);

/** Dry run or real import; a real import changes the cohort, its students and the user list. */
export function useImportCohort() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Parameters<typeof importCohortCsv>[1]) => importCohortCsv(client, input),
    onSuccess: async (result) => {
      if (result.dryRun) return;
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.admin.cohorts() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.admin.users() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.students.all }),
      ]);
    },
  });
}

export function useAuditEvents(filters: AuditFilters) {
  const client = useApiClient();
  return useInfiniteQuery({
    queryKey: queryKeys.admin.audit({ ...filters }),
    queryFn: ({ pageParam, signal }) => fetchAuditEvents(client, { ...filters, cursor: pageParam, limit: AUDIT_PAGE }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** The institution's bulk jobs; polled every 2 s while one is waiting or running. */
export function useJobs() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.admin.jobs(),
    queryFn: ({ signal }) => fetchJobs(client, signal),
    refetchInterval: (query) => (query.state.data?.some((job) => job.status === 'QUEUED' || job.status === 'RUNNING') ? 2000 : false),
  });
}

export function useStartRecompute() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => startRecompute(client),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.admin.jobs() }),
  });
}

export function useRetryJob() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (jobId: string) => retryJob(client, jobId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.admin.jobs() }),
  });
}
