// What the council screen asks the server and tells it (graph/meetings.graphqls,
// graph/elections.graphqls): the child's council, their ideas and supports, their consent to
// stand for election. Votes go through the vote screen (castVote), like every poll.
import { execute } from '../../api/graphql';
import { graphql } from '../../gql';
import type { MyCouncilScreenQuery, Theme } from '../../gql/graphql';

const MyCouncilDoc = graphql(`
  query MyCouncilScreen($language: String) {
    myCouncil(language: $language) {
      council {
        id
        name
      }
      supportThreshold
      seats
      vacancies
      members {
        pseudonym
        avatar
        role
        me
        elected
      }
      nextMeeting {
        id
        startsAt
        place
        agenda {
          id
          position
          theme
          titleText(language: $language) {
            text
            lang
          }
        }
      }
      recentDecisions {
        id
        status
        theme
        dueDate
        text {
          text
          lang
        }
        reason {
          text
          lang
        }
      }
      openIdeas {
        id
        theme
        status
        supportCount
        supportedByMe
        proposedByMe
        titleText(language: $language) {
          text
          lang
        }
        area {
          id
          kind
          localName {
            text
            lang
          }
        }
      }
      myIdeas {
        id
        theme
        status
        supportCount
        supportedByMe
        proposedByMe
        titleText(language: $language) {
          text
          lang
        }
        area {
          id
          kind
          localName {
            text
            lang
          }
        }
      }
      elections {
        id
        status
        seats
        pollID
        closesAt
        standingByMe
        candidates {
          optionID
          pseudonym
          avatar
          withdrawn
          elected
          tied
          me
        }
      }
    }
    me {
      ... on YouthMember {
        id
        location {
          id
          areas {
            id
            kind
            localName {
              text
              lang
            }
          }
        }
      }
    }
  }
`);

const ProposeIdeaDoc = graphql(`
  mutation ProposeCouncilIdea($input: ProposeIdeaInput!) {
    proposeIdea(input: $input) {
      id
      status
    }
  }
`);

const SupportIdeaDoc = graphql(`
  mutation SupportCouncilIdea($ideaID: ID!) {
    supportIdea(ideaID: $ideaID) {
      id
      supportCount
      supportedByMe
    }
  }
`);

const StandDoc = graphql(`
  mutation StandForElection($electionID: ID!) {
    standForElection(electionID: $electionID) {
      id
      standingByMe
    }
  }
`);

const WithdrawDoc = graphql(`
  mutation WithdrawCandidacy($electionID: ID!) {
    withdrawCandidacy(electionID: $electionID) {
      id
      standingByMe
    }
  }
`);

export type CouncilData = MyCouncilScreenQuery;
export type MyCouncil = NonNullable<MyCouncilScreenQuery['myCouncil']>;
export type Election = MyCouncil['elections'][number];
export type Idea = MyCouncil['openIdeas'][number];
export type Area = { id: string; kind: string; localName: { text: string; lang: string } };

export const loadCouncil = (language: string): Promise<MyCouncilScreenQuery> => execute(MyCouncilDoc, { language });

export const proposeIdea = (councilID: string, theme: Theme, areaID: string | null): Promise<unknown> =>
  execute(ProposeIdeaDoc, { input: { councilID, theme, areaID } });

export const supportIdea = (ideaID: string) => execute(SupportIdeaDoc, { ideaID }).then((r) => r.supportIdea);

export const standForElection = (electionID: string): Promise<unknown> => execute(StandDoc, { electionID });

export const withdrawCandidacy = (electionID: string): Promise<unknown> => execute(WithdrawDoc, { electionID });
