// Live figures (subscriptions) over a WebSocket with the graphql-transport-ws protocol,
// the one the server speaks. Only the staff console uses it, for the turnout of open polls
// on the facilitator's screen. The socket reconnects by itself until it is stopped.
import type { TypedOperation } from './graphql';

export interface Subscription {
  stop(): void;
}

export interface SubscribeOptions<TResult> {
  onData(data: TResult): void;
  onError?(message: string): void;
  /** Milliseconds before reconnecting after the socket closed. */
  retryMs?: number;
}

type Message =
  | { type: 'connection_ack' | 'ping' | 'pong' }
  | { type: 'next'; id: string; payload: { data?: unknown; errors?: Array<{ message?: string }> } }
  | { type: 'error'; id: string; payload: Array<{ message?: string }> }
  | { type: 'complete'; id: string };

export function subscribe<TResult, TVariables>(
  operation: TypedOperation<TResult, TVariables>,
  variables: TVariables,
  options: SubscribeOptions<TResult>,
): Subscription {
  let socket: WebSocket | undefined;
  let stopped = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const id = '1';

  const connect = (): void => {
    const url = new URL('/graphql', location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    const ws = new WebSocket(url, 'graphql-transport-ws');
    socket = ws;
    ws.addEventListener('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: {} })));
    ws.addEventListener('message', (event) => {
      let message: Message;
      try {
        message = JSON.parse(String(event.data)) as Message;
      } catch {
        return;
      }
      switch (message.type) {
        case 'connection_ack':
          ws.send(JSON.stringify({ id, type: 'subscribe', payload: { query: operation.toString(), variables } }));
          break;
        case 'ping':
          ws.send(JSON.stringify({ type: 'pong' }));
          break;
        case 'next':
          if (message.payload.data) options.onData(message.payload.data as TResult);
          else options.onError?.(message.payload.errors?.[0]?.message ?? 'error');
          break;
        case 'error':
          options.onError?.(message.payload[0]?.message ?? 'error');
          break;
      }
    });
    ws.addEventListener('close', () => {
      if (!stopped) retry = setTimeout(connect, options.retryMs ?? 3000);
    });
  };

  connect();
  return {
    stop() {
      stopped = true;
      clearTimeout(retry);
      if (socket?.readyState === WebSocket.OPEN) {
        try {
          socket.send(JSON.stringify({ id, type: 'complete' }));
        } catch {
          // closing anyway
        }
      }
      socket?.close();
    },
  };
}
