import type { LetterView, MentorLetterRequestView } from '@advising/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-context';
import { queryKeys } from '../../../lib/query-keys';
import { fetchMyLetterRequests, type LetterEditInput, transitionLetter, type TransitionInput, updateLetter } from '../api';

/** The letter requests addressed to the signed-in mentor (`GET /api/me/letter-requests`). */
export function useMyLetterRequests() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.letterRequests.mine(),
    queryFn: ({ signal }) => fetchMyLetterRequests(client, signal),
  });
}

/** After a change: the mentor's queue and the student's record (letters feed the recommendation). */
function useInvalidateLetter() {
  const queryClient = useQueryClient();
  return (letter: LetterView) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.letterRequests.all }),
      queryClient.invalidateQueries({ queryKey: queryKeys.students.one(letter.student.id) }),
    ]);
}

/** Keep the changed letter in the cached queue at once, so the card shows it before the refetch. */
function usePatchCachedLetter() {
  const queryClient = useQueryClient();
  return (letter: LetterView) =>
    queryClient.setQueryData<MentorLetterRequestView[]>(queryKeys.letterRequests.mine(), (old) =>
      old?.map((item) => (item.id === letter.id ? { ...item, ...letter } : item)),
    );
}

export function useTransitionLetter() {
  const client = useApiClient();
  const invalidate = useInvalidateLetter();
  const patch = usePatchCachedLetter();
  return useMutation<LetterView, unknown, TransitionInput>({
    mutationFn: (input) => transitionLetter(client, input),
    onSuccess: async (letter) => {
      patch(letter);
      await invalidate(letter);
    },
  });
}

export function useUpdateLetter() {
  const client = useApiClient();
  const invalidate = useInvalidateLetter();
  const patch = usePatchCachedLetter();
  return useMutation<LetterView, unknown, LetterEditInput>({
    mutationFn: (input) => updateLetter(client, input),
    onSuccess: async (letter) => {
      patch(letter);
      await invalidate(letter);
    },
  });
}
