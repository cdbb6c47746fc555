// Live figures (subscriptions) over a WebSocket with the graphql-transport-ws protocol,
// the one the server speaks. Only the staff console uses it, for the turnout of open polls
// on the facilitator's screen.
//
// A live figure must not freeze silently. The subscription is started again, after a pause
// that doubles from `retryMs` up to `maxRetryMs` (and starts over once data flows), whenever
// - the socket closes (server restarted, network gone),
// - the server ends the subscription with `complete` (e.g. a session check it could not finish),
// - the server sends an error that may pass: UNAVAILABLE (the database is briefly out of reach),
//   INTERNAL, or anything unknown.
// It stops for good on errors that another try cannot change (UNAUTHENTICATED, FORBIDDEN,
// NOT_FOUND, BAD_USER_INPUT): the screen shows them, and reloading signs in again.
import type { ErrorCode, TypedOperation } from './graphql';

export interface Subscription {
  stop(): void;
}

export interface SubscribeOptions<TResult> {
  onData(data: TResult): void;
  /** An error; `retrying` says whether the subscription will be started again by itself. */
  onError?(message: string, code: ErrorCode, retrying: boolean): void;
  /** Milliseconds before the first new try; doubles up to maxRetryMs. */
  retryMs?: number;
  maxRetryMs?: number;
  /** The WebSocket constructor (tests pass a fake one). */
  WebSocket?: typeof WebSocket;
}

type RawError = { message?: string; extensions?: { code?: string } };

type Message =
  | { type: 'connection_ack' | 'ping' | 'pong' }
  | { type: 'next'; id: string; payload: { data?: unknown; errors?: RawError[] } }
  | { type: 'error'; id: string; payload: RawError[] }
  | { type: 'complete'; id: string };

/** Errors another try will not cure. */
const final = new Set<string>(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT']);

export function subscribe<TResult, TVariables>(
  operation: TypedOperation<TResult, TVariables>,
  variables: TVariables,
  options: SubscribeOptions<TResult>,
): Subscription {
  const Socket = options.WebSocket ?? globalThis.WebSocket;
  const first = options.retryMs ?? 1000;
  const max = options.maxRetryMs ?? 30000;
  let pause = first;
  let socket: WebSocket | undefined;
  let stopped = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const id = '1';

  const send = (ws: WebSocket, message: object): void => {
    try {
      ws.send(JSON.stringify(message));
    } catch {
      // the socket is closing; its close event starts again
    }
  };

  /**
   * Try again after the pause, on a new socket: the server reads the session when a socket
   * opens, so a new one also finds out whether the viewer is still signed in.
   */
  const again = (): void => {
    if (stopped || retry !== undefined) return;
    const old = socket;
    socket = undefined; // its close event is no longer ours
    old?.close();
    const wait = pause;
    pause = Math.min(pause * 2, max);
    retry = setTimeout(() => {
      retry = undefined;
      if (!stopped) connect();
    }, wait);
  };

  const failed = (errors: RawError[] | undefined): void => {
    const e = errors?.[0];
    const code: ErrorCode = e?.extensions?.code ?? 'INTERNAL';
    const retrying = !final.has(code);
    options.onError?.(e?.message ?? 'error', code, retrying);
    if (retrying) again();
    else {
      stopped = true;
      socket?.close();
    }
  };

  const connect = (): void => {
    const url = new URL('/graphql', location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    const ws = new Socket(url, 'graphql-transport-ws');
    socket = ws;
    // errors of a `next` without data: the `complete` that follows decides what to do
    let lastErrors: RawError[] | undefined;
    ws.addEventListener('open', () => send(ws, { type: 'connection_init', payload: {} }));
    ws.addEventListener('message', (event) => {
      if (ws !== socket || stopped) return;
      let message: Message;
      try {
        message = JSON.parse(String(event.data)) as Message;
      } catch {
        return;
      }
      switch (message.type) {
        case 'connection_ack':
          send(ws, { id, type: 'subscribe', payload: { query: operation.toString(), variables } });
          break;
        case 'ping':
          send(ws, { type: 'pong' });
          break;
        case 'next':
          if (message.id !== id) break;
          if (message.payload.data) {
            pause = first; // data flows: the next trouble starts with a short pause again
            lastErrors = undefined;
            options.onData(message.payload.data as TResult);
          } else {
            lastErrors = message.payload.errors;
          }
          break;
        case 'error':
          if (message.id !== id) break;
          failed(message.payload);
          break;
        case 'complete':
          if (message.id !== id) break;
          // The server ended it. After errors (e.g. UNAVAILABLE when subscribing), as they say;
          // without any (its normal end: the session it checks is gone), try again too, on a
          // new socket: a viewer who really signed out then gets NOT_FOUND and it stops.
          if (lastErrors) failed(lastErrors);
          else {
            options.onError?.('the live figure ended', 'INTERNAL', true);
            again();
          }
          lastErrors = undefined;
          break;
      }
    });
    ws.addEventListener('close', () => {
      if (ws !== socket || stopped) return;
      options.onError?.('connection closed', 'NETWORK', true);
      again();
    });
  };

  connect();
  return {
    stop() {
      stopped = true;
      clearTimeout(retry);
      retry = undefined;
      if (socket?.readyState === Socket.OPEN) send(socket, { id, type: 'complete' });
      socket?.close();
      socket = undefined;
    },
  };
}
