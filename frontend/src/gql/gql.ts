/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      __typename\n      ... on StaffUser {\n        id\n        role\n      }\n      ... on YouthMember {\n        id\n        pseudonym\n        avatar\n        language\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query TabletMembers {\n    tabletMembers {\n      id\n      pseudonym\n      avatar\n    }\n  }\n": typeof types.TabletMembersDocument,
    "\n  mutation YouthLogin($memberID: ID!, $pin: [Int!]!) {\n    youthLogin(memberID: $memberID, pin: $pin) {\n      id\n      pseudonym\n      avatar\n      language\n    }\n  }\n": typeof types.YouthLoginDocument,
    "\n  query StaffLocations {\n    locations(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          kind\n          municipality\n          childrenHoused\n          councils {\n            id\n            name\n            ageGroup\n          }\n          members(first: 1) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n": typeof types.StaffLocationsDocument,
    "\n  query StaffLocation($id: ID!) {\n    node(id: $id) {\n      ... on Location {\n        id\n        name\n        kind\n        municipality\n        childrenHoused\n        languages\n        councils {\n          id\n          name\n          ageGroup\n        }\n        tablets {\n          id\n          name\n          createdAt\n          revokedAt\n          lastSeenAt\n        }\n        members(first: 100, orderBy: { field: PSEUDONYM, direction: ASC }) {\n          totalCount\n          edges {\n            node {\n              id\n              pseudonym\n              avatar\n              ageBand\n              language\n              lockedAt\n              status\n              memberships {\n                role\n                leftAt\n                council {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.StaffLocationDocument,
    "\n  mutation CreateLocation($input: CreateLocationInput!) {\n    createLocation(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateLocationDocument,
    "\n  mutation CreateCouncil($input: CreateCouncilInput!) {\n    createCouncil(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateCouncilDocument,
    "\n  mutation RegisterYouthMember($input: RegisterYouthMemberInput!) {\n    registerYouthMember(input: $input) {\n      member {\n        id\n        pseudonym\n        avatar\n      }\n      pin\n    }\n  }\n": typeof types.RegisterYouthMemberDocument,
    "\n  mutation UnlockYouthMember($memberID: ID!) {\n    unlockYouthMember(memberID: $memberID) {\n      id\n      lockedAt\n    }\n  }\n": typeof types.UnlockYouthMemberDocument,
    "\n  mutation TransferYouthMember($memberID: ID!, $toCouncilID: ID!) {\n    transferYouthMember(memberID: $memberID, toCouncilID: $toCouncilID) {\n      id\n      locationID\n    }\n  }\n": typeof types.TransferYouthMemberDocument,
    "\n  mutation EnrollTablet($locationID: ID!, $name: String!) {\n    enrollTablet(locationID: $locationID, name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.EnrollTabletDocument,
    "\n  mutation RevokeTablet($id: ID!) {\n    revokeTablet(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeTabletDocument,
    "\n  mutation StaffLogin($email: String!, $password: String!) {\n    staffLogin(email: $email, password: $password) {\n      id\n      role\n    }\n  }\n": typeof types.StaffLoginDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      __typename\n      ... on StaffUser {\n        id\n        role\n      }\n      ... on YouthMember {\n        id\n        pseudonym\n        avatar\n        language\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query TabletMembers {\n    tabletMembers {\n      id\n      pseudonym\n      avatar\n    }\n  }\n": types.TabletMembersDocument,
    "\n  mutation YouthLogin($memberID: ID!, $pin: [Int!]!) {\n    youthLogin(memberID: $memberID, pin: $pin) {\n      id\n      pseudonym\n      avatar\n      language\n    }\n  }\n": types.YouthLoginDocument,
    "\n  query StaffLocations {\n    locations(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          kind\n          municipality\n          childrenHoused\n          councils {\n            id\n            name\n            ageGroup\n          }\n          members(first: 1) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n": types.StaffLocationsDocument,
    "\n  query StaffLocation($id: ID!) {\n    node(id: $id) {\n      ... on Location {\n        id\n        name\n        kind\n        municipality\n        childrenHoused\n        languages\n        councils {\n          id\n          name\n          ageGroup\n        }\n        tablets {\n          id\n          name\n          createdAt\n          revokedAt\n          lastSeenAt\n        }\n        members(first: 100, orderBy: { field: PSEUDONYM, direction: ASC }) {\n          totalCount\n          edges {\n            node {\n              id\n              pseudonym\n              avatar\n              ageBand\n              language\n              lockedAt\n              status\n              memberships {\n                role\n                leftAt\n                council {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.StaffLocationDocument,
    "\n  mutation CreateLocation($input: CreateLocationInput!) {\n    createLocation(input: $input) {\n      id\n    }\n  }\n": types.CreateLocationDocument,
    "\n  mutation CreateCouncil($input: CreateCouncilInput!) {\n    createCouncil(input: $input) {\n      id\n    }\n  }\n": types.CreateCouncilDocument,
    "\n  mutation RegisterYouthMember($input: RegisterYouthMemberInput!) {\n    registerYouthMember(input: $input) {\n      member {\n        id\n        pseudonym\n        avatar\n      }\n      pin\n    }\n  }\n": types.RegisterYouthMemberDocument,
    "\n  mutation UnlockYouthMember($memberID: ID!) {\n    unlockYouthMember(memberID: $memberID) {\n      id\n      lockedAt\n    }\n  }\n": types.UnlockYouthMemberDocument,
    "\n  mutation TransferYouthMember($memberID: ID!, $toCouncilID: ID!) {\n    transferYouthMember(memberID: $memberID, toCouncilID: $toCouncilID) {\n      id\n      locationID\n    }\n  }\n": types.TransferYouthMemberDocument,
    "\n  mutation EnrollTablet($locationID: ID!, $name: String!) {\n    enrollTablet(locationID: $locationID, name: $name) {\n      id\n      name\n    }\n  }\n": types.EnrollTabletDocument,
    "\n  mutation RevokeTablet($id: ID!) {\n    revokeTablet(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeTabletDocument,
    "\n  mutation StaffLogin($email: String!, $password: String!) {\n    staffLogin(email: $email, password: $password) {\n      id\n      role\n    }\n  }\n": types.StaffLoginDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      __typename\n      ... on StaffUser {\n        id\n        role\n      }\n      ... on YouthMember {\n        id\n        pseudonym\n        avatar\n        language\n      }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TabletMembers {\n    tabletMembers {\n      id\n      pseudonym\n      avatar\n    }\n  }\n"): typeof import('./graphql').TabletMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation YouthLogin($memberID: ID!, $pin: [Int!]!) {\n    youthLogin(memberID: $memberID, pin: $pin) {\n      id\n      pseudonym\n      avatar\n      language\n    }\n  }\n"): typeof import('./graphql').YouthLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffLocations {\n    locations(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          kind\n          municipality\n          childrenHoused\n          councils {\n            id\n            name\n            ageGroup\n          }\n          members(first: 1) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StaffLocationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffLocation($id: ID!) {\n    node(id: $id) {\n      ... on Location {\n        id\n        name\n        kind\n        municipality\n        childrenHoused\n        languages\n        councils {\n          id\n          name\n          ageGroup\n        }\n        tablets {\n          id\n          name\n          createdAt\n          revokedAt\n          lastSeenAt\n        }\n        members(first: 100, orderBy: { field: PSEUDONYM, direction: ASC }) {\n          totalCount\n          edges {\n            node {\n              id\n              pseudonym\n              avatar\n              ageBand\n              language\n              lockedAt\n              status\n              memberships {\n                role\n                leftAt\n                council {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StaffLocationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLocation($input: CreateLocationInput!) {\n    createLocation(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateLocationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCouncil($input: CreateCouncilInput!) {\n    createCouncil(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateCouncilDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterYouthMember($input: RegisterYouthMemberInput!) {\n    registerYouthMember(input: $input) {\n      member {\n        id\n        pseudonym\n        avatar\n      }\n      pin\n    }\n  }\n"): typeof import('./graphql').RegisterYouthMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockYouthMember($memberID: ID!) {\n    unlockYouthMember(memberID: $memberID) {\n      id\n      lockedAt\n    }\n  }\n"): typeof import('./graphql').UnlockYouthMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferYouthMember($memberID: ID!, $toCouncilID: ID!) {\n    transferYouthMember(memberID: $memberID, toCouncilID: $toCouncilID) {\n      id\n      locationID\n    }\n  }\n"): typeof import('./graphql').TransferYouthMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrollTablet($locationID: ID!, $name: String!) {\n    enrollTablet(locationID: $locationID, name: $name) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').EnrollTabletDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeTablet($id: ID!) {\n    revokeTablet(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): typeof import('./graphql').RevokeTabletDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffLogin($email: String!, $password: String!) {\n    staffLogin(email: $email, password: $password) {\n      id\n      role\n    }\n  }\n"): typeof import('./graphql').StaffLoginDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
