/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** AgeBand is enum for the field age_band */
export type AgeBand =
  | 'AGE_6_8'
  | 'AGE_9_11'
  | 'AGE_12_14'
  | 'AGE_15_17';

/** CouncilAgeGroup is enum for the field age_group */
export type CouncilAgeGroup =
  | 'CHILDREN'
  | 'MIXED'
  | 'TEENS';

export type CreateCouncilInput = {
  ageGroup: CouncilAgeGroup;
  locationID: string;
  name: string;
};

export type CreateLocationInput = {
  /** Children living there: the denominator of turnout. */
  childrenHoused?: number | null | undefined;
  kind: LocationKind;
  /** Content languages, in order of preference (codes like ar, ti, nl). */
  languages?: Array<string> | null | undefined;
  municipality?: string | null | undefined;
  name: string;
};

/** LocationKind is enum for the field kind */
export type LocationKind =
  | 'CRISIS_EMERGENCY'
  | 'EMERGENCY'
  | 'REGISTRATION'
  | 'REGULAR'
  | 'SMALL_SCALE'
  | 'UNACCOMPANIED_MINORS';

/** MembershipRole is enum for the field role */
export type MembershipRole =
  | 'CHAIR'
  | 'MEMBER';

export type RegisterYouthMemberInput = {
  ageBand: AgeBand;
  /** Key of a picture from the app's set. */
  avatar: string;
  councilID: string;
  language: string;
  /** Chosen with the child; never a real name. Unique per location. */
  pseudonym: string;
  unaccompanied?: boolean | null | undefined;
};

/** StaffUserRole is enum for the field role */
export type StaffUserRole =
  | 'FACILITATOR'
  | 'LOCATION_MANAGER'
  | 'MODERATOR'
  | 'NATIONAL_ADMIN'
  | 'PARTNER'
  | 'SAFEGUARDING_OFFICER';

/** YouthMemberStatus is enum for the field status */
export type YouthMemberStatus =
  | 'ACTIVE'
  | 'LEFT';

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me:
    | { __typename: 'StaffUser', id: string, role: StaffUserRole }
    | { __typename: 'YouthMember', id: string, pseudonym: string, avatar: string, language: string }
   | null };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type TabletMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type TabletMembersQuery = { tabletMembers: Array<{ id: string, pseudonym: string, avatar: string }> };

export type YouthLoginMutationVariables = Exact<{
  memberID: string;
  pin: Array<number> | number;
}>;


export type YouthLoginMutation = { youthLogin: { id: string, pseudonym: string, avatar: string, language: string } };

export type StaffLocationsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffLocationsQuery = { locations: { edges: Array<{ node: { id: string, name: string, kind: LocationKind, municipality: string, childrenHoused: number, councils: Array<{ id: string, name: string, ageGroup: CouncilAgeGroup }> | null, members: { totalCount: number } } | null } | null> | null } };

export type StaffLocationQueryVariables = Exact<{
  id: string;
}>;


export type StaffLocationQuery = { node:
    | { id: string, name: string, kind: LocationKind, municipality: string, childrenHoused: number, languages: Array<string> | null, councils: Array<{ id: string, name: string, ageGroup: CouncilAgeGroup }> | null, tablets: Array<{ id: string, name: string, createdAt: string, revokedAt: string | null, lastSeenAt: string | null }> | null, members: { totalCount: number, edges: Array<{ node: { id: string, pseudonym: string, avatar: string, ageBand: AgeBand, language: string, lockedAt: string | null, status: YouthMemberStatus, memberships: Array<{ role: MembershipRole, leftAt: string | null, council: { id: string, name: string } }> | null } | null } | null> | null } }
    | Record<PropertyKey, never>
   | null };

export type CreateLocationMutationVariables = Exact<{
  input: CreateLocationInput;
}>;


export type CreateLocationMutation = { createLocation: { id: string } };

export type CreateCouncilMutationVariables = Exact<{
  input: CreateCouncilInput;
}>;


export type CreateCouncilMutation = { createCouncil: { id: string } };

export type RegisterYouthMemberMutationVariables = Exact<{
  input: RegisterYouthMemberInput;
}>;


export type RegisterYouthMemberMutation = { registerYouthMember: { pin: Array<number>, member: { id: string, pseudonym: string, avatar: string } } };

export type UnlockYouthMemberMutationVariables = Exact<{
  memberID: string;
}>;


export type UnlockYouthMemberMutation = { unlockYouthMember: { id: string, lockedAt: string | null } };

export type TransferYouthMemberMutationVariables = Exact<{
  memberID: string;
  toCouncilID: string;
}>;


export type TransferYouthMemberMutation = { transferYouthMember: { id: string, locationID: string } };

export type EnrollTabletMutationVariables = Exact<{
  locationID: string;
  name: string;
}>;


export type EnrollTabletMutation = { enrollTablet: { id: string, name: string } };

export type RevokeTabletMutationVariables = Exact<{
  id: string;
}>;


export type RevokeTabletMutation = { revokeTablet: { id: string, revokedAt: string | null } };

export type StaffLoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type StaffLoginMutation = { staffLogin: { id: string, role: StaffUserRole } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    __typename
    ... on StaffUser {
      id
      role
    }
    ... on YouthMember {
      id
      pseudonym
      avatar
      language
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const TabletMembersDocument = new TypedDocumentString(`
    query TabletMembers {
  tabletMembers {
    id
    pseudonym
    avatar
  }
}
    `) as unknown as TypedDocumentString<TabletMembersQuery, TabletMembersQueryVariables>;
export const YouthLoginDocument = new TypedDocumentString(`
    mutation YouthLogin($memberID: ID!, $pin: [Int!]!) {
  youthLogin(memberID: $memberID, pin: $pin) {
    id
    pseudonym
    avatar
    language
  }
}
    `) as unknown as TypedDocumentString<YouthLoginMutation, YouthLoginMutationVariables>;
export const StaffLocationsDocument = new TypedDocumentString(`
    query StaffLocations {
  locations(first: 100, orderBy: {field: NAME, direction: ASC}) {
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
    `) as unknown as TypedDocumentString<StaffLocationsQuery, StaffLocationsQueryVariables>;
export const StaffLocationDocument = new TypedDocumentString(`
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
      members(first: 100, orderBy: {field: PSEUDONYM, direction: ASC}) {
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
    `) as unknown as TypedDocumentString<StaffLocationQuery, StaffLocationQueryVariables>;
export const CreateLocationDocument = new TypedDocumentString(`
    mutation CreateLocation($input: CreateLocationInput!) {
  createLocation(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateLocationMutation, CreateLocationMutationVariables>;
export const CreateCouncilDocument = new TypedDocumentString(`
    mutation CreateCouncil($input: CreateCouncilInput!) {
  createCouncil(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateCouncilMutation, CreateCouncilMutationVariables>;
export const RegisterYouthMemberDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<RegisterYouthMemberMutation, RegisterYouthMemberMutationVariables>;
export const UnlockYouthMemberDocument = new TypedDocumentString(`
    mutation UnlockYouthMember($memberID: ID!) {
  unlockYouthMember(memberID: $memberID) {
    id
    lockedAt
  }
}
    `) as unknown as TypedDocumentString<UnlockYouthMemberMutation, UnlockYouthMemberMutationVariables>;
export const TransferYouthMemberDocument = new TypedDocumentString(`
    mutation TransferYouthMember($memberID: ID!, $toCouncilID: ID!) {
  transferYouthMember(memberID: $memberID, toCouncilID: $toCouncilID) {
    id
    locationID
  }
}
    `) as unknown as TypedDocumentString<TransferYouthMemberMutation, TransferYouthMemberMutationVariables>;
export const EnrollTabletDocument = new TypedDocumentString(`
    mutation EnrollTablet($locationID: ID!, $name: String!) {
  enrollTablet(locationID: $locationID, name: $name) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<EnrollTabletMutation, EnrollTabletMutationVariables>;
export const RevokeTabletDocument = new TypedDocumentString(`
    mutation RevokeTablet($id: ID!) {
  revokeTablet(id: $id) {
    id
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<RevokeTabletMutation, RevokeTabletMutationVariables>;
export const StaffLoginDocument = new TypedDocumentString(`
    mutation StaffLogin($email: String!, $password: String!) {
  staffLogin(email: $email, password: $password) {
    id
    role
  }
}
    `) as unknown as TypedDocumentString<StaffLoginMutation, StaffLoginMutationVariables>;