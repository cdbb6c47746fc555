/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** StaffUserRole is enum for the field role */
export type StaffUserRole =
  | 'FACILITATOR'
  | 'LOCATION_MANAGER'
  | 'MODERATOR'
  | 'NATIONAL_ADMIN'
  | 'PARTNER'
  | 'SAFEGUARDING_OFFICER';

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me:
    | { __typename: 'StaffUser', id: string, role: StaffUserRole }
    | { __typename: 'YouthMember', id: string, pseudonym: string, language: string }
   | null };

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
      language
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;