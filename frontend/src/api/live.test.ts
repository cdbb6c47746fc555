import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { subscribe } from './live';
import type { TypedOperation } from './graphql';

const Turnout = 'subscription T($p: ID!) { pollTurnout(pollID: $p) { turnout } }' as unknown as TypedOperation<
  { pollTurnout: { turnout: number } },
  { p: string }
>;

/** Lets the client's promises run (the graphql-ws client subscribes once the ack is handled). */
const settle = async (): Promise<void> => {
  await vi.advanceTimersByTimeAsync(0);
};

/** A WebSocket the test plays the server for, with the browser's on* handlers the client sets. */
class FakeSocket {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSING = 2;
  static readonly CLOSED = 3;
  static all: FakeSocket[] = [];
  readyState = 0;
  sent: Array<{ type: string; id?: string }> = [];
  onopen: (() => void) | null = null;
  onmessage: ((e: { data: string }) => void) | null = null;
  onclose: ((e: { code: number; reason: string; wasClean: boolean }) => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;
  constructor(
    readonly url: string,
    readonly protocol: string,
  ) {
    FakeSocket.all.push(this);
  }
  send(data: string): void {
    this.sent.push(JSON.parse(data) as { type: string });
  }
  close(code = 1006, reason = ''): void {
    if (this.readyState === 3) return;
    this.readyState = 3;
    this.onclose?.({ code, reason, wasClean: code === 1000 });
  }
  message(data: object): void {
    this.onmessage?.({ data: JSON.stringify(data) });
  }
  /** Open, acknowledge the client's connection_init, and let it subscribe. */
  async accept(): Promise<void> {
    this.readyState = FakeSocket.OPEN;
    this.onopen?.();
    expect(this.sent.at(-1)).toMatchObject({ type: 'connection_init' });
    this.message({ type: 'connection_ack' });
    await settle();
  }
  subscriptionID(): string {
    const s = this.sent.find((m) => m.type === 'subscribe');
    if (!s?.id) throw new Error('no subscribe sent');
    return s.id;
  }
  next(turnout: number): void {
    this.message({ id: this.subscriptionID(), type: 'next', payload: { data: { pollTurnout: { turnout } } } });
  }
}

const latest = (): FakeSocket => FakeSocket.all[FakeSocket.all.length - 1]!;

function follow(): { seen: number[]; errors: Array<[string, boolean]>; stop(): void } {
  const seen: number[] = [];
  const errors: Array<[string, boolean]> = [];
  const s = subscribe(Turnout, { p: 'poll_1' }, {
    onData: (d) => seen.push(d.pollTurnout.turnout),
    onError: (_m, code, retrying) => errors.push([code, retrying]),
    retryMs: 1000,
    maxRetryMs: 8000,
    WebSocket: FakeSocket as unknown as typeof WebSocket,
  });
  return { seen, errors, stop: () => s.stop() };
}

describe('live subscriptions', () => {
  beforeEach(() => {
    FakeSocket.all = [];
    vi.useFakeTimers();
    vi.stubGlobal('location', { href: 'https://jeugdstem.test/staff/polls' });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('speaks graphql-transport-ws to the server it came from', async () => {
    const f = follow();
    expect(latest().url).toBe('wss://jeugdstem.test/graphql');
    expect(latest().protocol).toBe('graphql-transport-ws');
    await latest().accept();
    expect(latest().sent.at(-1)).toMatchObject({ type: 'subscribe', payload: { variables: { p: 'poll_1' } } });
    latest().message({ type: 'ping' });
    expect(latest().sent.at(-1)).toMatchObject({ type: 'pong' });
    latest().next(5);
    expect(f.seen).toEqual([5]);
    f.stop();
  });

  it('subscribes again after an UNAVAILABLE error, on a new socket, after a pause', async () => {
    const f = follow();
    await latest().accept();
    latest().next(3);
    latest().message({ id: latest().subscriptionID(), type: 'error', payload: [{ message: 'briefly unavailable', extensions: { code: 'UNAVAILABLE' } }] });
    await settle();
    expect(f.errors).toEqual([['UNAVAILABLE', true]]);
    expect(FakeSocket.all).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(999);
    expect(FakeSocket.all).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(FakeSocket.all).toHaveLength(2);
    await latest().accept();
    latest().next(4);
    expect(f.seen).toEqual([3, 4]);
    f.stop();
  });

  it('subscribes again after the server completes it (the app used to freeze here)', async () => {
    const f = follow();
    await latest().accept();
    latest().next(1);
    latest().message({ id: latest().subscriptionID(), type: 'complete' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(FakeSocket.all).toHaveLength(2);
    await latest().accept();
    latest().next(2);
    expect(f.seen).toEqual([1, 2]);
    f.stop();
  });

  it('treats errors in a next followed by complete as the error they are', async () => {
    const f = follow();
    await latest().accept();
    const id = latest().subscriptionID();
    latest().message({ id, type: 'next', payload: { errors: [{ message: 'x', extensions: { code: 'UNAVAILABLE' } }] } });
    latest().message({ id, type: 'complete' });
    await settle();
    expect(f.errors).toEqual([['UNAVAILABLE', true]]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(FakeSocket.all).toHaveLength(2);
    f.stop();
  });

  it('waits longer after each failed try, up to the maximum, and starts over once data flows', async () => {
    const f = follow();
    const waits: number[] = [];
    for (let i = 0; i < 5; i++) {
      const before = FakeSocket.all.length;
      latest().close(); // refused: the server is down
      let waited = 0;
      while (FakeSocket.all.length === before) {
        await vi.advanceTimersByTimeAsync(100);
        waited += 100;
      }
      waits.push(waited);
    }
    expect(waits).toEqual([1000, 2000, 4000, 8000, 8000]);
    await latest().accept();
    latest().next(7);
    latest().close();
    await vi.advanceTimersByTimeAsync(1000);
    expect(FakeSocket.all).toHaveLength(7);
    expect(f.seen).toEqual([7]);
    expect(f.errors.every(([code, retrying]) => code === 'NETWORK' && retrying)).toBe(true);
    f.stop();
  });

  it('stops for good on an error another try cannot change', async () => {
    const f = follow();
    await latest().accept();
    latest().message({ id: latest().subscriptionID(), type: 'error', payload: [{ message: 'not found', extensions: { code: 'NOT_FOUND' } }] });
    await settle();
    expect(f.errors).toEqual([['NOT_FOUND', false]]);
    await vi.advanceTimersByTimeAsync(60000);
    expect(FakeSocket.all).toHaveLength(1);
  });

  it('does not come back after stop', async () => {
    const f = follow();
    await latest().accept();
    const id = latest().subscriptionID();
    f.stop();
    expect(latest().sent.at(-1)).toEqual({ id, type: 'complete' });
    await vi.advanceTimersByTimeAsync(60000);
    expect(FakeSocket.all).toHaveLength(1);
    expect(latest().readyState).toBe(3);
    expect(f.errors).toEqual([]);
  });
});
