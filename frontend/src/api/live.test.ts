import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { subscribe } from './live';
import type { TypedOperation } from './graphql';

const Turnout = 'subscription T($p: ID!) { pollTurnout(pollID: $p) { turnout } }' as unknown as TypedOperation<
  { pollTurnout: { turnout: number } },
  { p: string }
>;

/** A WebSocket the test plays the server for. */
class FakeSocket {
  static readonly OPEN = 1;
  static all: FakeSocket[] = [];
  readyState = 0;
  sent: Array<{ type: string; id?: string }> = [];
  private listeners: Record<string, Array<(e: { data?: string }) => void>> = {};
  constructor(
    readonly url: URL,
    readonly protocol: string,
  ) {
    FakeSocket.all.push(this);
  }
  addEventListener(type: string, f: (e: { data?: string }) => void): void {
    (this.listeners[type] ??= []).push(f);
  }
  send(data: string): void {
    this.sent.push(JSON.parse(data) as { type: string });
  }
  close(): void {
    if (this.readyState === 3) return;
    this.readyState = 3;
    this.emit('close');
  }
  emit(type: string, data?: object): void {
    for (const f of this.listeners[type] ?? []) f(data ? { data: JSON.stringify(data) } : {});
  }
  /** Open, acknowledge, and let the client subscribe. */
  accept(): void {
    this.readyState = FakeSocket.OPEN;
    this.emit('open');
    this.emit('message', { type: 'connection_ack' });
  }
  subscriptionID(): string {
    const s = this.sent.find((m) => m.type === 'subscribe');
    if (!s?.id) throw new Error('no subscribe sent');
    return s.id;
  }
  next(turnout: number): void {
    this.emit('message', { id: this.subscriptionID(), type: 'next', payload: { data: { pollTurnout: { turnout } } } });
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

  it('subscribes again after an UNAVAILABLE error, on a new socket, after a pause', () => {
    const f = follow();
    latest().accept();
    latest().next(3);
    latest().emit('message', { id: latest().subscriptionID(), type: 'error', payload: [{ message: 'briefly unavailable', extensions: { code: 'UNAVAILABLE' } }] });
    expect(f.errors).toEqual([['UNAVAILABLE', true]]);
    expect(FakeSocket.all).toHaveLength(1);
    vi.advanceTimersByTime(999);
    expect(FakeSocket.all).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(FakeSocket.all).toHaveLength(2);
    latest().accept();
    latest().next(4);
    expect(f.seen).toEqual([3, 4]);
    f.stop();
  });

  it('subscribes again after the server completes it (the app used to freeze here)', () => {
    const f = follow();
    latest().accept();
    latest().next(1);
    latest().emit('message', { id: latest().subscriptionID(), type: 'complete' });
    vi.advanceTimersByTime(1000);
    expect(FakeSocket.all).toHaveLength(2);
    latest().accept();
    latest().next(2);
    expect(f.seen).toEqual([1, 2]);
    f.stop();
  });

  it('treats errors in a next followed by complete as the error they are', () => {
    const f = follow();
    latest().accept();
    const id = latest().subscriptionID();
    latest().emit('message', { id, type: 'next', payload: { errors: [{ message: 'x', extensions: { code: 'UNAVAILABLE' } }] } });
    latest().emit('message', { id, type: 'complete' });
    expect(f.errors).toEqual([['UNAVAILABLE', true]]);
    vi.advanceTimersByTime(1000);
    expect(FakeSocket.all).toHaveLength(2);
    f.stop();
  });

  it('waits longer after each failed try, up to the maximum, and starts over once data flows', () => {
    const f = follow();
    const waits: number[] = [];
    for (let i = 0; i < 5; i++) {
      const before = FakeSocket.all.length;
      latest().close(); // refused: the server is down
      let waited = 0;
      while (FakeSocket.all.length === before) {
        vi.advanceTimersByTime(100);
        waited += 100;
      }
      waits.push(waited);
    }
    expect(waits).toEqual([1000, 2000, 4000, 8000, 8000]);
    latest().accept();
    latest().next(7);
    latest().close();
    vi.advanceTimersByTime(1000);
    expect(FakeSocket.all).toHaveLength(7);
    expect(f.seen).toEqual([7]);
    f.stop();
  });

  it('stops for good on an error another try cannot change', () => {
    const f = follow();
    latest().accept();
    latest().emit('message', { id: latest().subscriptionID(), type: 'error', payload: [{ message: 'not found', extensions: { code: 'NOT_FOUND' } }] });
    expect(f.errors).toEqual([['NOT_FOUND', false]]);
    vi.advanceTimersByTime(60000);
    expect(FakeSocket.all).toHaveLength(1);
  });

  it('does not come back after stop', () => {
    const f = follow();
    latest().accept();
    f.stop();
    expect(latest().sent.at(-1)).toMatchObject({ type: 'complete' });
    vi.advanceTimersByTime(60000);
    expect(FakeSocket.all).toHaveLength(1);
  });
});
