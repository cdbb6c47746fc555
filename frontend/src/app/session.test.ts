import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadViewer } from './session';

function serve(body: unknown, status = 200): void {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(body), { status })));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadViewer', () => {
  it('knows a signed-in child', async () => {
    serve({ data: { me: { __typename: 'YouthMember', id: 'm1', pseudonym: 'Blue Fox', avatar: 'fox', language: 'ti' } } });
    await expect(loadViewer()).resolves.toEqual({ kind: 'youth', id: 'm1', pseudonym: 'Blue Fox', avatar: 'fox', language: 'ti' });
  });

  it('knows a signed-in staff user', async () => {
    serve({ data: { me: { __typename: 'StaffUser', id: 's1', role: 'FACILITATOR', capabilities: ['MANAGE_POLLS'] } } });
    await expect(loadViewer()).resolves.toEqual({ kind: 'staff', id: 's1', role: 'FACILITATOR', capabilities: ['MANAGE_POLLS'] });
  });

  it('treats a null me as nobody', async () => {
    serve({ data: { me: null } });
    await expect(loadViewer()).resolves.toEqual({ kind: 'nobody' });
  });

  it('treats any error as nobody', async () => {
    serve({ data: null, errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }] });
    await expect(loadViewer()).resolves.toEqual({ kind: 'nobody' });
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('offline'))));
    await expect(loadViewer()).resolves.toEqual({ kind: 'nobody' });
  });
});
