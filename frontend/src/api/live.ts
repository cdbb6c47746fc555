// Live figures (subscriptions) over a WebSocket with the graphql-transport-ws protocol,
// the one the server speaks. Only the staff console uses it, for the turnout of open polls
// on the facilitator's screen. The protocol itself (connection_init and ack, ids, ping and
// pong, the message shapes) is the graphql-ws library's client; it lands in the lazy console
// chunk only, so the tablet's first load does not grow (measured when it replaced the
// hand-written client: first load 39.9 kB gzip / 33.5 kB br before and after, console chunk
// 14.8 → 18.0 kB gzip, 13.1 → 15.6 kB br).
//
// A live figure must not freeze silently. The subscription is started again, after a pause
// that doubles from `retryMs` up to `maxRetryMs` (and starts over once data flows), whenever
// - the socket closes (server restarted, network gone),
// - the server ends the subscription with `complete` (e.g. a session check it could not finish),
// - the server sends an error that may pass: UNAVAILABLE (the database is briefly out of reach),
//   INTERNAL, or anything unknown.
// It stops for good on errors that another try cannot change (UNAUTHENTICATED, FORBIDDEN,
// NOT_FOUND, BAD_USER_INPUT): the screen shows them, and reloading signs in again.
// These tries are ours, not the library's (its retryAttempts is 0): each is a new client on a
// new socket, because the server reads the session when a socket opens, and the library's own
// retries keep neither our pause rule nor a `complete` from the server as a reason to retry.
import { createClient, type Client } from 'graphql-ws';
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
  let client: Client | undefined;
  let cancel: (() => void) | undefined;
  let stopped = false;
  let retry: ReturnType<typeof setTimeout> | undefined;

  /** Let go of the current client and its socket; whatever it reports after is not ours. */
  const drop = (): void => {
    const old = client;
    client = undefined;
    cancel = undefined;
    void old?.dispose();
  };

  /** Try again after the pause, with a new client on a new socket (see above). */
  const again = (): void => {
    if (stopped || retry !== undefined) return;
    drop();
    const wait = pause;
    pause = Math.min(pause * 2, max);
    retry = setTimeout(() => {
      retry = undefined;
      if (!stopped) connect();
    }, wait);
  };

  const failed = (errors: readonly RawError[] | undefined): void => {
    const e = errors?.[0];
    const code: ErrorCode = e?.extensions?.code ?? 'INTERNAL';
    const retrying = !final.has(code);
    options.onError?.(e?.message ?? 'error', code, retrying);
    if (retrying) again();
    else {
      stopped = true;
      drop();
    }
  };

  const connect = (): void => {
    const url = new URL('/graphql', location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    const own = createClient({ url: url.href, webSocketImpl: Socket, retryAttempts: 0 });
    client = own;
    const ours = (): boolean => own === client && !stopped;
    // errors of a `next` without data: the `complete` that follows decides what to do
    let lastErrors: readonly RawError[] | undefined;
    cancel = own.subscribe<TResult>(
      { query: operation.toString(), variables: variables as Record<string, unknown> },
      {
        next(result) {
          if (!ours()) return;
          if (result.data) {
            pause = first; // data flows: the next trouble starts with a short pause again
            lastErrors = undefined;
            options.onData(result.data);
          } else {
            lastErrors = result.errors as readonly RawError[] | undefined;
          }
        },
        // An `error` message (a list of GraphQL errors), or the socket closing (an event).
        error(error) {
          if (!ours()) return;
          if (Array.isArray(error)) failed(error as RawError[]);
          else {
            options.onError?.('connection closed', 'NETWORK', true);
            again();
          }
        },
        // The server ended it. After errors (e.g. UNAVAILABLE when subscribing), as they say;
        // without any (its normal end: the session it checks is gone), try again too, on a
        // new socket: a viewer who really signed out then gets NOT_FOUND and it stops.
        complete() {
          if (!ours()) return;
          if (lastErrors) failed(lastErrors);
          else {
            options.onError?.('the live figure ended', 'INTERNAL', true);
            again();
          }
        },
      },
    );
  };

  connect();
  return {
    stop() {
      stopped = true;
      clearTimeout(retry);
      retry = undefined;
      cancel?.(); // tells the server: `complete`
      drop();
    },
  };
}
