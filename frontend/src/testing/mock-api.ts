import { vi } from 'vitest';

/** One request the code under test sent. */
export interface RecordedRequest {
  method: string;
  path: string;
  /** The query string, with its `?` (empty when none). */
  search: string;
  headers: Headers;
  body: string | undefined;
  credentials: RequestCredentials | undefined;
}

export type Handler = (request: RecordedRequest) => Response | Promise<Response>;

/**
 * Answers every test has unless it gives its own: the sign-in page asks for the directory on every visit,
 * and the start page for the work of the signed-in user (here none).
 */
const DEFAULTS: Record<string, Handler> = {
  'GET /api/sign-in-options': () => json({ directory: null }),
  'GET /api/overview': () => json({ now: '2027-04-10T00:00:00Z' }),
};

/**
 * Replaces fetch with a table of answers keyed "METHOD /path", recording every request. A
 * request with no answer in the table (nor in the defaults) fails the test loudly (501 and an error in the log).
 */
export function mockApi(handlers: Record<string, Handler>) {
  const requests: RecordedRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(typeof input === 'string' ? input : input.toString(), 'http://localhost');
    const request: RecordedRequest = {
      method: (init.method ?? 'GET').toUpperCase(),
      path: url.pathname,
      search: url.search,
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? init.body : undefined,
      credentials: init.credentials,
    };
    requests.push(request);
    const handler = handlers[`${request.method} ${request.path}`] ?? DEFAULTS[`${request.method} ${request.path}`];
    if (!handler) {
      console.error(`No mocked answer for ${request.method} ${request.path}`);
      return new Response(null, { status: 501 });
    }
    return handler(request);
  });
  vi.stubGlobal('fetch', fetchMock);

  return {
    requests,
    /** The requests sent to one "METHOD /path". */
    sent: (key: string) => requests.filter((r) => `${r.method} ${r.path}` === key),
  };
}

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

export function problem(status: number, title: string, detail?: string): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title, status, detail }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

/** GET /api/csrf as the backend answers it: 204, and the XSRF-TOKEN cookie set. */
export function csrfEndpoint(token: string): Handler {
  return () => {
    document.cookie = `XSRF-TOKEN=${token}; path=/`;
    return noContent();
  };
}

export const notSignedIn: Handler = () => problem(401, 'Unauthorized', 'Full authentication is required.');
