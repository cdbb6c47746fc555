import { describe, expect, it, vi } from 'vitest';
import { execute, GraphQLRequestError, setReaderLanguage, type TypedOperation } from './graphql';

const Ping = 'query Ping { ping }' as unknown as TypedOperation<{ ping: string }, Record<string, never>>;
const Vote = 'mutation Vote($id: ID!) { castVote(id: $id) }' as unknown as TypedOperation<{ castVote: boolean }, { id: string }>;

function respond(body: unknown, status = 200): typeof fetch {
  return vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));
}

describe('execute', () => {
  it('POSTs the operation as JSON to /graphql with same-origin credentials', async () => {
    const fetch = respond({ data: { castVote: true } });
    await expect(execute(Vote, { id: 'p1' }, { fetch })).resolves.toEqual({ castVote: true });
    const [url, init] = vi.mocked(fetch).mock.calls[0]!;
    expect(url).toBe('/graphql');
    expect(init?.method).toBe('POST');
    expect(init?.credentials).toBe('same-origin');
    expect(new Headers(init?.headers).get('Content-Type')).toBe('application/json');
    expect(JSON.parse(String(init?.body))).toEqual({ query: String(Vote), variables: { id: 'p1' } });
  });

  it('asks for the language the reader chose, so the server picks texts by it', async () => {
    const fetch = respond({ data: { ping: 'pong' } });
    setReaderLanguage('ti');
    await execute(Ping, {}, { fetch });
    setReaderLanguage('ar');
    await execute(Ping, {}, { fetch });
    const sent = vi.mocked(fetch).mock.calls.map(([, init]) => new Headers(init?.headers).get('Accept-Language'));
    expect(sent).toEqual(['ti', 'ar']);
  });

  it('surfaces every error with its extensions.code and field', async () => {
    const fetch = respond({
      data: null,
      errors: [
        { message: 'no', extensions: { code: 'BAD_USER_INPUT', field: 'pin' } },
        { message: 'locked', path: ['youthLogin'], extensions: { code: 'RATE_LIMITED' } },
      ],
    });
    const error = await execute(Ping, {}, { fetch }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    const failure = error as GraphQLRequestError;
    expect(failure.code).toBe('BAD_USER_INPUT');
    expect(failure.hasCode('RATE_LIMITED')).toBe(true);
    expect(failure.errors).toEqual([
      { message: 'no', code: 'BAD_USER_INPUT', field: 'pin' },
      { message: 'locked', code: 'RATE_LIMITED', path: ['youthLogin'] },
    ]);
  });

  it('keeps retryAfter, triesLeft and triesBeforeLock, and drops them when they are not sensible numbers', async () => {
    const fetch = respond({
      errors: [
        { message: 'wrong', extensions: { code: 'UNAUTHENTICATED', triesLeft: 2, triesBeforeLock: 9 } },
        { message: 'wait', extensions: { code: 'RATE_LIMITED', retryAfter: 29.2, triesLeft: 0, triesBeforeLock: 1 } },
        { message: 'odd', extensions: { code: 'RATE_LIMITED', retryAfter: '30', triesLeft: -1, triesBeforeLock: 1.5 } },
      ],
    });
    const error = (await execute(Ping, {}, { fetch }).catch((e: unknown) => e)) as GraphQLRequestError;
    expect(error.errors).toEqual([
      { message: 'wrong', code: 'UNAUTHENTICATED', triesLeft: 2, triesBeforeLock: 9 },
      { message: 'wait', code: 'RATE_LIMITED', retryAfter: 30, triesLeft: 0, triesBeforeLock: 1 },
      { message: 'odd', code: 'RATE_LIMITED' },
    ]);
  });

  it('treats an error without a code as INTERNAL', async () => {
    const fetch = respond({ errors: [{ message: 'boom' }] });
    await expect(execute(Ping, {}, { fetch })).rejects.toMatchObject({ code: 'INTERNAL' });
  });

  it('reports a failed connection as NETWORK', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(execute(Ping, {}, { fetch })).rejects.toMatchObject({ code: 'NETWORK' });
  });

  it('reads a 503 with a GraphQL error as UNAVAILABLE (the database is briefly out of reach), not NETWORK', async () => {
    const fetch = respond({ errors: [{ message: 'briefly unavailable', extensions: { code: 'UNAVAILABLE', retryable: true } }] }, 503);
    await expect(execute(Ping, {}, { fetch })).rejects.toMatchObject({ code: 'UNAVAILABLE' });
  });

  it('reports a non-JSON error page as NETWORK', async () => {
    const fetch = vi.fn(async () => new Response('<html>Bad gateway</html>', { status: 502 }));
    await expect(execute(Ping, {}, { fetch })).rejects.toMatchObject({ code: 'NETWORK' });
  });
});
