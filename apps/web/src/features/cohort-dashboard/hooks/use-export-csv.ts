import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-context';
import { fetchCohortCsv, saveBlob } from '../api';

/** Downloads the cohort's student table as CSV (nothing to invalidate: it only reads). */
export function useExportCsv(cohortId: string, fileName: string) {
  const client = useApiClient();
  return useMutation({
    mutationFn: () => fetchCohortCsv(client, cohortId),
    onSuccess: (blob) => saveBlob(blob, fileName),
  });
}
