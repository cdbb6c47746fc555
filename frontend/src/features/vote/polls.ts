// The open polls of the signed-in child, shared by the poll list and the vote screen.
import { execute } from '../../api/graphql';
import { graphql } from '../../gql';
import type { OpenPollsQuery } from '../../gql/graphql';

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

export type OpenPoll = OpenPollsQuery['openPolls'][number];

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
