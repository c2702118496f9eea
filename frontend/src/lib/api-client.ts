import type { ProblemDetail } from '@/types/api';

/** An answer of the backend that was not a success, with its RFC 7807 problem detail. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetail;

  constructor(status: number, problem: ProblemDetail) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'X-XSRF-TOKEN';
const CSRF_ENDPOINT = '/api/csrf';

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The language the backend should answer in (problem details, for instance). */
let acceptLanguage = 'en';

export function setApiLanguage(language: string): void {
  acceptLanguage = language;
}

export function readCookie(name: string): string | undefined {
  const prefix = `${name}=`;
  for (const part of document.cookie.split(';')) {
    const cookie = part.trim();
    if (cookie.startsWith(prefix)) {
      return decodeURIComponent(cookie.slice(prefix.length));
    }
  }
  return undefined;
}

/**
 * The CSRF token from the readable XSRF-TOKEN cookie. When the cookie is missing (first visit,
 * after sign-out) GET /api/csrf makes the server set it.
 */
async function csrfToken(): Promise<string | undefined> {
  const existing = readCookie(CSRF_COOKIE);
  if (existing) {
    return existing;
  }
  const response = await fetch(CSRF_ENDPOINT, { credentials: 'same-origin' });
  if (!response.ok) {
    throw await toApiError(response);
  }
  return readCookie(CSRF_COOKIE);
}

async function toApiError(response: Response): Promise<ApiError> {
  let problem: ProblemDetail = { status: response.status, title: response.statusText || undefined };
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    try {
      problem = { ...problem, ...((await response.json()) as ProblemDetail) };
    } catch {
      // A body that is not JSON after all: keep status and title.
    }
  }
  return new ApiError(response.status, problem);
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** A plain object is sent as JSON; URLSearchParams as an HTML form. */
  body?: object;
  signal?: AbortSignal;
}

/**
 * Calls the backend on the same origin with the session cookie. Mutating requests carry the
 * CSRF header. Resolves with the parsed JSON body, or undefined for an empty answer (204);
 * rejects with an ApiError holding the problem detail otherwise.
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers = new Headers({ Accept: 'application/json, application/problem+json' });
  headers.set('Accept-Language', acceptLanguage);

  let body: BodyInit | undefined;
  if (options.body instanceof URLSearchParams) {
    headers.set('Content-Type', 'application/x-www-form-urlencoded;charset=UTF-8');
    body = options.body.toString();
  } else if (options.body !== undefined) {
    headers.set('Content-Type', 'application/json');
    body = JSON.stringify(options.body);
  }

  if (MUTATING.has(method)) {
    const token = await csrfToken();
    if (token) {
      headers.set(CSRF_HEADER, token);
    }
  }

  const response = await fetch(path, {
    method,
    headers,
    body,
    credentials: 'same-origin',
    signal: options.signal,
  });
  if (!response.ok) {
    throw await toApiError(response);
  }
  if (response.status === 204 || response.headers.get('Content-Length') === '0') {
    return undefined as T;
  }
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}
