import { QueryClient } from '@tanstack/react-query';
import { isProblemError } from '@tillpoint/sdk';

const MAX_RETRIES = 2;

/** Server state for the whole app. A 4xx answer will not change by asking again; a network blip or 5xx may. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        retry: (failures, error) => failures < MAX_RETRIES && !(isProblemError(error) && error.status < 500),
      },
      mutations: { retry: false },
    },
  });
}
