import { describe, expect, it } from 'vitest';
import { csrfEndpoint, json, mockApi, noContent } from '@/testing/mock-api';
import { ApiError, apiRequest } from './api-client';

describe('apiRequest', () => {
  it('sends no CSRF header on a read', async () => {
    document.cookie = 'XSRF-TOKEN=abc; path=/';
    const api = mockApi({ 'GET /api/venues': () => json([]) });

    await apiRequest('/api/venues');

    expect(api.requests[0]?.headers.has('X-XSRF-TOKEN')).toBe(false);
    expect(api.requests[0]?.credentials).toBe('same-origin');
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'] as const)('sends the cookie token on %s', async (method) => {
    document.cookie = 'XSRF-TOKEN=a%2Fb%3D; path=/'; // cookie values arrive URL-encoded
    const api = mockApi({ [`${method} /api/plans/1`]: noContent });

    await apiRequest('/api/plans/1', { method, body: { name: 'Summit week' } });

    const [request] = api.requests;
    expect(request?.headers.get('X-XSRF-TOKEN')).toBe('a/b=');
    expect(request?.headers.get('Content-Type')).toBe('application/json');
    expect(request?.body).toBe('{"name":"Summit week"}');
  });

  it('fetches the cookie once when it is missing', async () => {
    const api = mockApi({ 'GET /api/csrf': csrfEndpoint('new'), 'POST /logout': noContent });

    await apiRequest('/logout', { method: 'POST' });
    await apiRequest('/logout', { method: 'POST' });

    expect(api.sent('GET /api/csrf')).toHaveLength(1);
    expect(api.sent('POST /logout').map((r) => r.headers.get('X-XSRF-TOKEN'))).toEqual(['new', 'new']);
  });

  it('rejects with the problem detail, field errors included', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const body = {
      title: 'Bad Request',
      status: 400,
      detail: 'The plan is not valid.',
      errors: [{ path: 'horizon.end', message: 'must be after the start' }],
    };
    mockApi({
      'POST /api/plans': () =>
        new Response(JSON.stringify(body), { status: 400, headers: { 'Content-Type': 'application/problem+json' } }),
    });

    const error = await apiRequest('/api/plans', { method: 'POST', body: {} }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).message).toBe('The plan is not valid.');
    expect((error as ApiError).problem.errors).toEqual(body.errors);
  });

  it('keeps the status of an error without a problem body', async () => {
    mockApi({
      'GET /api/me': () => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
    });

    const error = (await apiRequest('/api/me').catch((e: unknown) => e)) as ApiError;

    expect(error.status).toBe(502);
    expect(error.problem.title).toBe('Bad Gateway');
  });

  it('asks for answers in the UI language', async () => {
    const api = mockApi({ 'GET /api/me': () => json({}) });
    await apiRequest('/api/me');
    expect(api.requests[0]?.headers.get('Accept-Language')).toBe('en');
  });
});
