import type { TFunction } from 'i18next';
import { isApiError } from '@/lib/api-client';

/**
 * What to tell the person about a failed request: the backend's own explanation (the problem
 * detail, in the language we asked for), else the given fallback. A request that never reached
 * the server says so.
 */
export function errorMessage(error: unknown, t: TFunction, fallback: string): string {
  if (isApiError(error)) {
    return error.problem.detail ?? fallback;
  }
  if (error instanceof TypeError) {
    return t('errors.network'); // fetch rejects with a TypeError when the network fails
  }
  return fallback;
}
