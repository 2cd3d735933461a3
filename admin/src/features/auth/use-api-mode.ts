import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';

/** 'embedded' when the API runs on its own demo database: the sign-in page then shows the demo login. */
export function useApiMode(): 'embedded' | 'server' | undefined {
  const health = useQuery({ queryKey: ['health'], queryFn: () => api().getHealth(), staleTime: Infinity, retry: false });
  return health.data?.mode;
}
