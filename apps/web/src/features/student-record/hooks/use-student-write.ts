import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-context';
import { queryKeys } from '../../../lib/query-keys';
import { createItem, deleteItem, type RecordKind, type RecordKinds, updateItem } from '../api';

/**
 * A write to a student's record. Every write may recompute the recommendation, so afterwards the
 * whole student (detail, timeline, notes) and the cohort views are fetched again, also after a failure: a 409 means the
 * record changed under us and the fresh version is wanted.
 */
export function useStudentWrite<TArgs, TResult>(studentId: string, write: (client: ApiClient, args: TArgs) => Promise<TResult>) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<TResult, unknown, TArgs>({
    mutationFn: (args) => write(client, args),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.students.one(studentId) }),
        // The cohort dashboards and boards count these facts too.
        queryClient.invalidateQueries({ queryKey: queryKeys.cohorts.all }),
      ]),
  });
}

/** Add, edit and delete for one list of a student's facts (exams, rotations, research), in the shape ItemSection takes. */
export function useRecordItemWrites<K extends RecordKind, F>(studentId: string, kind: K, toInput: (values: F) => RecordKinds[K]['input']) {
  const create = useStudentWrite(studentId, (client: ApiClient, values: F) => createItem(client, studentId, kind, toInput(values)));
  const update = useStudentWrite(studentId, (client: ApiClient, args: { itemId: string; values: F; version: number }) =>
    updateItem(client, studentId, kind, args.itemId, toInput(args.values), args.version),
  );
  const remove = useStudentWrite(studentId, (client: ApiClient, args: { itemId: string; version: number }) =>
    deleteItem(client, studentId, kind, args.itemId, args.version),
  );
  return {
    create: (values: F) => create.mutateAsync(values),
    update: (item: { id: string }, values: F, version: number) => update.mutateAsync({ itemId: item.id, values, version }),
    remove: (item: { id: string }, version: number) => remove.mutateAsync({ itemId: item.id, version }),
  };
}
