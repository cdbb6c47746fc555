// A deliberately small GraphQL client: POST JSON to /graphql on the same origin, with the
// session cookie, and every GraphQL error surfaced with its `extensions.code` (docs/api.md, "Errors").
// Operations are the typed strings that graphql-codegen's client preset generates in src/gql/.

/** The error codes the API promises (docs/api.md, "Errors"); unknown codes are kept as they come. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'ALREADY_VOTED'
  | 'POLL_NOT_OPEN'
  | 'LIMIT_EXCEEDED'
  | 'INTERNAL'
  /** The database is briefly out of reach (HTTP 503, extensions.retryable): try again in a moment. */
  | 'UNAVAILABLE'
  /** The request never got a GraphQL answer: offline, server down, not JSON. */
  | 'NETWORK'
  | (string & {});

export interface GraphQLErrorDetail {
  message: string;
  code: ErrorCode;
  /** Set with BAD_USER_INPUT: the input field that was wrong. */
  field?: string;
  /** Set with RATE_LIMITED (and a wrong picture-PIN that starts a pause): seconds to wait. */
  retryAfter?: number;
  /** Set with a wrong picture-PIN: tries left before a short pause. */
  triesLeft?: number;
  /** Set with a wrong picture-PIN and during its pause: tries left before the child is locked. */
  triesBeforeLock?: number;
  path?: ReadonlyArray<string | number>;
}

/** Thrown by `execute` when the response carries errors or no data. */
export class GraphQLRequestError extends Error {
  readonly errors: readonly GraphQLErrorDetail[];
  constructor(errors: readonly GraphQLErrorDetail[]) {
    super(errors.map((e) => `${e.code}: ${e.message}`).join('; ') || 'GraphQL request failed');
    this.name = 'GraphQLRequestError';
    this.errors = errors;
  }
  /** The first error's code, the one a screen usually reacts to. */
  get code(): ErrorCode {
    return this.errors[0]?.code ?? 'INTERNAL';
  }
  hasCode(code: ErrorCode): boolean {
    return this.errors.some((e) => e.code === code);
  }
}

/**
 * What codegen's `documentMode: 'string'` produces: a String carrying the result and
 * variable types. Declared structurally so this module does not depend on src/gql/.
 */
export interface TypedOperation<TResult, TVariables> {
  toString(): string;
  /** Phantom fields: never present at run time, they only carry the types. */
  readonly __apiType?: (variables: TVariables) => TResult;
}

export interface ExecuteOptions {
  endpoint?: string;
  signal?: AbortSignal;
  fetch?: typeof fetch;
}

interface RawError {
  message?: unknown;
  path?: unknown;
  extensions?: { code?: unknown; field?: unknown; retryAfter?: unknown; triesLeft?: unknown; triesBeforeLock?: unknown };
}

// The language the reader chose (the tablet's start screen, the console's switch), sent with
// every operation as Accept-Language: the server picks every text by it (docs/api.md, "Languages"),
// not by the language in a child's profile.
let readerLanguage: string | undefined;

/** Called by the i18n module whenever the app's language changes. */
export function setReaderLanguage(code: string): void {
  readerLanguage = code;
}

/** Send one operation and return its data, or throw a GraphQLRequestError. */
export async function execute<TResult, TVariables>(
  operation: TypedOperation<TResult, TVariables>,
  ...[variables, options]: TVariables extends Record<string, never>
    ? [variables?: TVariables, options?: ExecuteOptions]
    : [variables: TVariables, options?: ExecuteOptions]
): Promise<TResult> {
  const doFetch = options?.fetch ?? globalThis.fetch.bind(globalThis);
  let response: Response;
  try {
    response = await doFetch(options?.endpoint ?? '/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        ...(readerLanguage ? { 'Accept-Language': readerLanguage } : {}),
      },
      body: JSON.stringify({ query: operation.toString(), variables: variables ?? {} }),
      ...(options?.signal ? { signal: options.signal } : {}),
    });
  } catch (cause) {
    connection(false);
    throw new GraphQLRequestError([{ code: 'NETWORK', message: describe(cause) }]);
  }
  connection(true);

  let body: { data?: unknown; errors?: unknown };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new GraphQLRequestError([
      { code: response.ok ? 'INTERNAL' : 'NETWORK', message: `HTTP ${response.status}: not a GraphQL response` },
    ]);
  }

  if (Array.isArray(body.errors) && body.errors.length > 0) {
    throw new GraphQLRequestError(body.errors.map((e: RawError) => toDetail(e)));
  }
  if (body.data === undefined || body.data === null) {
    throw new GraphQLRequestError([{ code: 'INTERNAL', message: `HTTP ${response.status}: no data` }]);
  }
  return body.data as TResult;
}

function toDetail(e: RawError): GraphQLErrorDetail {
  const detail: GraphQLErrorDetail = {
    message: typeof e.message === 'string' ? e.message : 'unknown error',
    code: typeof e.extensions?.code === 'string' ? e.extensions.code : 'INTERNAL',
  };
  if (typeof e.extensions?.field === 'string') detail.field = e.extensions.field;
  const { retryAfter, triesLeft, triesBeforeLock } = e.extensions ?? {};
  if (typeof retryAfter === 'number' && Number.isFinite(retryAfter) && retryAfter > 0) detail.retryAfter = Math.ceil(retryAfter);
  if (typeof triesLeft === 'number' && Number.isInteger(triesLeft) && triesLeft >= 0) detail.triesLeft = triesLeft;
  if (typeof triesBeforeLock === 'number' && Number.isInteger(triesBeforeLock) && triesBeforeLock >= 0) detail.triesBeforeLock = triesBeforeLock;
  if (Array.isArray(e.path)) detail.path = e.path as Array<string | number>;
  return detail;
}

let lost = false;

/** Tells the page (app/offline.ts) when requests stop getting answers, and when they get them again. */
function connection(answered: boolean): void {
  if (answered === !lost) return;
  lost = !answered;
  globalThis.dispatchEvent?.(new Event(answered ? 'jeugdstem:network-back' : 'jeugdstem:network-lost'));
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
