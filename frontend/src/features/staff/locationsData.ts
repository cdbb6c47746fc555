// What the locations pages ask the API and change through it: the operations, the choices a
// form offers, and the shapes the views draw. What a role may change the API decides.
import { graphql } from '../../gql';
import type { AgeBand, CouncilAgeGroup, LocationKind, StaffLocationQuery as StaffLocationResult } from '../../gql/graphql';

export const StaffLocationsQuery = graphql(`
  query StaffLocations {
    locations(first: 100, orderBy: { field: NAME, direction: ASC }) {
      edges {
        node {
          id
          name
          kind
          municipality
          childrenHoused
          councils {
            id
            name
            ageGroup
          }
          members(first: 1) {
            totalCount
          }
        }
      }
    }
  }
`);

export const StaffLocationQuery = graphql(`
  query StaffLocation($id: ID!) {
    node(id: $id) {
      ... on Location {
        id
        name
        kind
        municipality
        childrenHoused
        languages
        councils {
          id
          name
          ageGroup
        }
        tablets {
          id
          name
          createdAt
          revokedAt
          lastSeenAt
        }
        members(first: 100, orderBy: { field: PSEUDONYM, direction: ASC }) {
          totalCount
          edges {
            node {
              id
              pseudonym
              avatar
              ageBand
              language
              lockedAt
              status
              memberships {
                role
                leftAt
                council {
                  id
                  name
                }
              }
            }
          }
        }
      }
    }
  }
`);

export const CreateLocationMutation = graphql(`
  mutation CreateLocation($input: CreateLocationInput!) {
    createLocation(input: $input) {
      id
    }
  }
`);

export const CreateCouncilMutation = graphql(`
  mutation CreateCouncil($input: CreateCouncilInput!) {
    createCouncil(input: $input) {
      id
    }
  }
`);

export const RegisterYouthMemberMutation = graphql(`
  mutation RegisterYouthMember($input: RegisterYouthMemberInput!) {
    registerYouthMember(input: $input) {
      member {
        id
        pseudonym
        avatar
      }
      pin
    }
  }
`);

export const UnlockYouthMemberMutation = graphql(`
  mutation UnlockYouthMember($memberID: ID!) {
    unlockYouthMember(memberID: $memberID) {
      id
      lockedAt
    }
  }
`);

export const TransferYouthMemberMutation = graphql(`
  mutation TransferYouthMember($memberID: ID!, $toCouncilID: ID!) {
    transferYouthMember(memberID: $memberID, toCouncilID: $toCouncilID) {
      id
      locationID
    }
  }
`);

export const YouthMemberLeftMutation = graphql(`
  mutation YouthMemberLeft($memberID: ID!) {
    youthMemberLeft(memberID: $memberID) {
      id
      status
    }
  }
`);

export const EnrollTabletMutation = graphql(`
  mutation EnrollTablet($locationID: ID!, $name: String!) {
    enrollTablet(locationID: $locationID, name: $name) {
      id
      name
      createdAt
    }
  }
`);

export const RevokeTabletMutation = graphql(`
  mutation RevokeTablet($id: ID!) {
    revokeTablet(id: $id) {
      id
      revokedAt
    }
  }
`);

export const locationKinds: readonly LocationKind[] = ['REGULAR', 'FAMILY', 'EMERGENCY', 'CRISIS_EMERGENCY', 'SMALL_SCALE', 'UNACCOMPANIED_MINORS', 'REGISTRATION'];
export const ageGroups: readonly CouncilAgeGroup[] = ['CHILDREN', 'TEENS', 'MIXED'];
export const ageBands: readonly AgeBand[] = ['AGE_6_8', 'AGE_9_11', 'AGE_12_14', 'AGE_15_17'];

export type LocationNode = Extract<NonNullable<StaffLocationResult['node']>, { members: unknown }>;

export type MemberNode = NonNullable<NonNullable<NonNullable<LocationNode['members']['edges']>[number]>['node']>;
