import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/lib/api-client';

export interface QueryClientOptions {
  /** Called when any request is answered 401: the session has ended. */
  onUnauthorized?: (client: QueryClient) => void;
}

/** Server state for the whole app. Client errors (4xx) are answers, not glitches: no retry. */
export function createQueryClient({ onUnauthorized }: QueryClientOptions = {}): QueryClient {
  const handle = (error: unknown) => {
    if (isApiError(error, 401)) {
      onUnauthorized?.(client);
    }
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: handle }),
    mutationCache: new MutationCache({ onError: handle }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failures, error) => !(isApiError(error) && error.status < 500) && failures < 2,
      },
      mutations: { retry: false },
    },
  });
  return client;
}
