// What the polls pages ask the API and change through it: the operations (the live turnout
// included), the kinds a poll can be, and the shapes the views draw.
import { graphql } from '../../gql';
import type { PollDraftQuery, PollKind, StaffPollsQuery } from '../../gql/graphql';

export const StaffPollsDoc = graphql(`
  query StaffPolls {
    polls(first: 50, orderBy: { field: CREATED_AT, direction: DESC }) {
      edges {
        node {
          id
          status
          kind
          theme
          scope
          question {
            lang
            text
          }
          council {
            name
          }
          location {
            name
          }
          openedAt
          closedAt
          publishedAt
        }
      }
    }
  }
`);

export const PollTargetsDoc = graphql(`
  query PollTargets {
    locations(first: 100, orderBy: { field: NAME, direction: ASC }) {
      edges {
        node {
          id
          name
          languages
          councils {
            id
            name
          }
        }
      }
    }
  }
`);

export const CreatePollMutation = graphql(`
  mutation CreatePoll($input: CreatePollInput!) {
    createPoll(input: $input) {
      id
    }
  }
`);

export const UpdatePollMutation = graphql(`
  mutation UpdatePoll($id: ID!, $input: UpdatePollInput!) {
    updatePoll(id: $id, input: $input) {
      id
    }
  }
`);

/** A draft as the editor needs it, to change it. */
export const PollDraftDoc = graphql(`
  query PollDraft($id: ID!) {
    node(id: $id) {
      ... on Poll {
        id
        status
        kind
        theme
        maxChoices
        minGroupSize
        audienceAgeBands
        opensAt
        closesAt
        description {
          lang
          text
        }
        question {
          lang
          text
        }
        location {
          id
        }
        council {
          id
        }
        options {
          position
          pictogram
          label {
            lang
            text
          }
        }
      }
    }
  }
`);

/** Asked right before a poll opens: the server's rule of which languages it lacks. */
export const PollMissingLanguagesDoc = graphql(`
  query PollMissingLanguages($id: ID!) {
    node(id: $id) {
      ... on Poll {
        id
        missingLanguages
      }
    }
  }
`);

export const OpenPollMutation = graphql(`
  mutation OpenPoll($id: ID!) {
    openPoll(id: $id) {
      id
      status
    }
  }
`);

export const ClosePollMutation = graphql(`
  mutation ClosePoll($id: ID!) {
    closePoll(id: $id) {
      id
      status
    }
  }
`);

export const PublishPollMutation = graphql(`
  mutation PublishPollResults($id: ID!) {
    publishPollResults(id: $id) {
      id
      status
    }
  }
`);

export const PollResultsDoc = graphql(`
  query StaffPollResults($id: ID!) {
    node(id: $id) {
      ... on Poll {
        id
        kind
        theme
        status
        question {
          lang
          text
        }
        location {
          name
          languages
        }
        council {
          name
        }
        closedAt
        whatWeDid {
          text
          language
          status
        }
        options {
          id
          position
          pictogram
          label {
            lang
            text
          }
        }
      }
    }
    pollResults(pollID: $id) {
      status
      minGroupSize
      turnout
      turnoutSuppressed
      countsVisible
      median
      options {
        optionID
        count
        suppressed
      }
    }
  }
`);

export const PollTurnoutSubscription = graphql(`
  subscription PollTurnout($pollID: ID!) {
    pollTurnout(pollID: $pollID) {
      pollID
      turnout
      turnoutSuppressed
      minGroupSize
    }
  }
`);

export const kinds: readonly PollKind[] = ['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'YES_NO', 'SMILEY_SCALE', 'RANKING', 'SLIDER'];
/** Kinds whose answers the server fills in (internal/voting/kinds.go); a SLIDER's points are always its own. */
export const standardKinds: ReadonlySet<string> = new Set<PollKind>(['YES_NO', 'SMILEY_SCALE', 'SLIDER']);

export type PollNode = NonNullable<NonNullable<NonNullable<StaffPollsQuery['polls']['edges']>[number]>['node']>;

export type Target = { id: string; name: string; languages?: string[] | null; councils?: Array<{ id: string; name: string }> | null };

export type PollDraft = Extract<NonNullable<PollDraftQuery['node']>, { status: unknown }>;
