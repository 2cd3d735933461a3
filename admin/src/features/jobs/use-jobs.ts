import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { JobStatus, JobView, QueueName } from '@tillpoint/sdk';
import { api } from '../../api/client';
import { useCursorList, type CursorList } from '../../shared/hooks/use-cursor-list';

const JOBS_KEY = ['jobs'] as const;
const PAGE_SIZE = 50;
/** Jobs move on their own; the page follows without a reload button. */
export const JOBS_REFRESH_MS = 5000;

export interface JobFilter {
  status?: JobStatus;
  queue?: QueueName;
}

export function useQueues() {
  return useQuery({ queryKey: [...JOBS_KEY, 'queues'], queryFn: () => api().adminListQueues(), refetchInterval: JOBS_REFRESH_MS });
}

export function useJobs(filter: JobFilter): CursorList<JobView> {
  return useCursorList([...JOBS_KEY, 'list', filter], (cursor) => api().adminListJobs({ query: { ...filter, limit: PAGE_SIZE, cursor } }), {
    refetchInterval: JOBS_REFRESH_MS,
  });
}

/** A failed job gets a fresh set of attempts, starting now. */
export function useRetryJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api().adminRetryJob({ path: { id } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: JOBS_KEY }),
  });
}
