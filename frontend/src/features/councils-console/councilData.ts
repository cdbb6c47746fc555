// What the facilitator's council pages ask the API and change through it. Who may do each the
// API decides (RUN_COUNCILS); counts of children come as the API's disclosure rules give them.
import { graphql } from '../../gql';
import type { CouncilOverviewQuery, MeetingAgendaQuery } from '../../gql/graphql';

export const CouncilListDoc = graphql(`
  query CouncilList {
    locations(first: 100, orderBy: { field: NAME, direction: ASC }) {
      edges {
        node {
          id
          name
          councils {
            id
            name
          }
        }
      }
    }
  }
`);

export const CouncilOverviewDoc = graphql(`
  query CouncilOverview($id: ID!) {
    node(id: $id) {
      ... on Council {
        id
        name
        supportThreshold
        seats
        vacancies
        memberCount
        location {
          id
          name
          languages
        }
        memberships {
          id
          role
          leftAt
          member {
            id
            pseudonym
            avatar
            status
          }
        }
      }
    }
    councilMeetings(councilID: $id) {
      id
      startsAt
      place
      minutesPublishedAt
      agenda {
        id
        titleText {
          text
          lang
        }
        decision {
          id
          outcome
          actionStatus
          dueDate
          text {
            lang
            text
          }
        }
      }
    }
    councilElections(councilID: $id) {
      id
      seats
      status
      opensAt
      closesAt
      byElection
      candidates {
        memberID
        pseudonym
        avatar
        withdrawn
        elected
      }
    }
  }
`);

export const MeetingAgendaDoc = graphql(`
  query MeetingAgenda($meeting: ID!, $council: ID!) {
    node(id: $meeting) {
      ... on Meeting {
        id
        startsAt
        place
        minutesPublishedAt
        attendance
        council {
          id
          name
          memberCount
          location {
            id
            languages
          }
        }
        agenda {
          id
          position
          theme
          ideaID
          threadID
          pollID
          title {
            lang
            text
          }
          titleText {
            text
            lang
          }
          decision {
            id
            outcome
            dueDate
            text {
              lang
              text
            }
            hands {
              inFavour
              against
              abstain
            }
          }
        }
      }
    }
    councilIdeas(councilID: $council) {
      id
      theme
      status
      titleText {
        text
        lang
      }
      supportCount
      supportCountSuppressed
    }
  }
`);

export const AgendaSourcesDoc = graphql(`
  query AgendaSources {
    threadBoard {
      id
      title
      theme
      status
      locationID
      conversation {
        language
      }
    }
    polls(first: 100, orderBy: { field: CREATED_AT, direction: DESC }) {
      edges {
        node {
          id
          status
          theme
          locationID
          councilID
          question {
            lang
            text
          }
        }
      }
    }
  }
`);

export const MinutesCheckDoc = graphql(`
  query MinutesCheck($meeting: ID!) {
    minutesCheck(meetingID: $meeting) {
      missingTranslations {
        agendaItemID
        field
        languages
      }
      undecidedAgendaItemIDs
    }
  }
`);

export const CreateMeetingMutation = graphql(`
  mutation ConsoleCreateMeeting($input: CreateMeetingInput!) {
    createMeeting(input: $input) {
      id
    }
  }
`);

export const AddAgendaItemMutation = graphql(`
  mutation ConsoleAddAgendaItem($input: AddAgendaItemInput!) {
    addAgendaItem(input: $input) {
      id
    }
  }
`);

export const RecordDecisionMutation = graphql(`
  mutation ConsoleRecordDecision($input: RecordDecisionInput!) {
    recordDecision(input: $input) {
      id
    }
  }
`);

export const PublishMinutesMutation = graphql(`
  mutation ConsolePublishMinutes($meeting: ID!, $attendance: Int) {
    publishMinutes(meetingID: $meeting, attendance: $attendance) {
      meeting {
        id
      }
      missingTranslations {
        agendaItemID
        field
        languages
      }
      undecidedAgendaItemIDs
    }
  }
`);

export const UpdateDecisionStatusMutation = graphql(`
  mutation ConsoleUpdateDecisionStatus($input: UpdateDecisionStatusInput!) {
    updateDecisionStatus(input: $input) {
      id
      actionStatus
    }
  }
`);

export const SetSupportThresholdMutation = graphql(`
  mutation ConsoleSetSupportThreshold($council: ID!, $supports: Int!) {
    setSupportThreshold(councilID: $council, supports: $supports) {
      id
      supportThreshold
    }
  }
`);

export const CallElectionMutation = graphql(`
  mutation ConsoleCallElection($input: CallElectionInput!) {
    callElection(input: $input) {
      id
    }
  }
`);

export const CreateElectionMutation = graphql(`
  mutation ConsoleCreateElection($input: CreateElectionInput!) {
    createElection(input: $input) {
      id
    }
  }
`);

export const QuickPollMutation = graphql(`
  mutation ConsoleQuickPoll($input: CreatePollInput!) {
    createPoll(input: $input) {
      id
    }
  }
`);

export const OpenQuickPollMutation = graphql(`
  mutation ConsoleOpenQuickPoll($id: ID!) {
    openPoll(id: $id) {
      id
      status
    }
  }
`);

export type CouncilNode = Extract<NonNullable<CouncilOverviewQuery['node']>, { memberships: unknown }>;
export type MeetingRow = CouncilOverviewQuery['councilMeetings'][number];
export type ElectionRow = CouncilOverviewQuery['councilElections'][number];
export type MeetingNode = Extract<NonNullable<MeetingAgendaQuery['node']>, { agenda: unknown }>;
export type AgendaRow = MeetingNode['agenda'][number];
export type IdeaRow = MeetingAgendaQuery['councilIdeas'][number];

/** The node asked for is the council (and not a node the viewer may not read). */
export function isCouncil(node: CouncilOverviewQuery['node']): node is CouncilNode {
  return !!node && 'memberships' in node;
}

/** The node asked for is the meeting. */
export function isMeeting(node: MeetingAgendaQuery['node']): node is MeetingNode {
  return !!node && 'agenda' in node;
}

export const LinkAgendaItemPollMutation = graphql(`
  mutation ConsoleLinkAgendaItemPoll($item: ID!, $poll: ID!) {
    linkAgendaItemPoll(agendaItemID: $item, pollID: $poll) {
      id
      pollID
    }
  }
`);
