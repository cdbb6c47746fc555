// The open polls of the signed-in child, shared by the poll list and the vote screen.
import { execute, GraphQLRequestError } from '../../api/graphql';
import { graphql } from '../../gql';
import type { CastVoteInput, CastVoteMutation as CastVoteResult, OpenPollsQuery, PublishedPollsQuery } from '../../gql/graphql';

const OpenPollsDoc = graphql(`
  query OpenPolls {
    openPolls {
      id
      kind
      theme
      maxChoices
      closesAt
      voted
      question {
        text
        lang
      }
      description {
        text
        lang
      }
      options {
        id
        pictogram
        position
        label {
          text
          lang
        }
        candidate {
          pseudonym
          avatar
          withdrawn
          me
        }
      }
    }
  }
`);

export const CastVoteMutation = graphql(`
  mutation CastVote($input: CastVoteInput!) {
    castVote(input: $input) {
      pollID
      accepted
    }
  }
`);

const PublishedPollsDoc = graphql(`
  query PublishedPolls {
    publishedPolls {
      id
      kind
      theme
      voted
      whatWeDid {
        text
        language
        status
        reason
        commitmentDate
      }
      question {
        text
        lang
      }
      options {
        id
        pictogram
        position
        label {
          text
          lang
        }
      }
      results {
        minGroupSize
        turnout
        turnoutSuppressed
        countsVisible
        options {
          optionID
          count
          suppressed
        }
      }
    }
  }
`);

export type OpenPoll = OpenPollsQuery['openPolls'][number];
export type PublishedPoll = PublishedPollsQuery['publishedPolls'][number];

/** The published results of the polls this child was asked, as the API lets them see them. */
export async function publishedPolls(): Promise<PublishedPoll[]> {
  const { publishedPolls } = await execute(PublishedPollsDoc);
  return publishedPolls;
}

export async function openPolls(): Promise<OpenPoll[]> {
  const { openPolls } = await execute(OpenPollsDoc);
  return openPolls;
}

/**
 * A fresh key for one ballot (API: never derived from the choice). Sent again with the same
 * ballot after a lost answer, it gets the first answer instead of ALREADY_VOTED.
 */
export function ballotKey(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const bytes = c.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Sends a ballot until it gets an answer. A request that got none (no network, the server out of
 * reach) may or may not have been counted, so it is sent again, the same ballot with the same
 * idempotency key: the server then answers as it did the first time, never ALREADY_VOTED, and
 * counts it once. It tries again when the browser says the network is back, else after 2, 4, 8 …
 * (at most 30) seconds, telling onWaiting each time; it stops when signal aborts (the child left
 * the screen or their turn ended: the ballot lived only in this page's memory and is gone).
 * It resolves only with the server's answer: only then is the vote counted.
 */
export async function sendBallot(input: CastVoteInput, onWaiting: () => void, signal: AbortSignal): Promise<CastVoteResult> {
  for (let wait = 2000; ; wait = Math.min(2 * wait, 30_000)) {
    try {
      return await execute(CastVoteMutation, { input });
    } catch (error) {
      const lost = error instanceof GraphQLRequestError && (error.code === 'NETWORK' || error.code === 'UNAVAILABLE');
      if (!lost || signal.aborted) throw error;
    }
    onWaiting();
    await new Promise<void>((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        window.removeEventListener('online', done);
        signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, wait);
      window.addEventListener('online', done);
      signal.addEventListener('abort', done);
    });
    if (signal.aborted) throw new DOMException('the ballot was not sent', 'AbortError');
  }
}
