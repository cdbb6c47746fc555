// Who is using the app right now, asked once at start-up with the `me` query.
// Any error or a null `me` means "nobody signed in": the tablet then starts with the
// language screen, which needs no session.
import { execute } from '../api/graphql';
import { graphql } from '../gql';
import type { StaffUserRole } from '../gql/graphql';

const MeQuery = graphql(`
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
`);

export type Viewer =
  | { kind: 'nobody' }
  | { kind: 'staff'; id: string; role: StaffUserRole }
  | { kind: 'youth'; id: string; pseudonym: string; language: string };

export const nobody: Viewer = { kind: 'nobody' };

export async function loadViewer(signal?: AbortSignal): Promise<Viewer> {
  try {
    const { me } = await execute(MeQuery, {}, signal ? { signal } : {});
    if (!me) return nobody;
    switch (me.__typename) {
      case 'YouthMember':
        return { kind: 'youth', id: me.id, pseudonym: me.pseudonym, language: me.language };
      case 'StaffUser':
        return { kind: 'staff', id: me.id, role: me.role };
      default:
        return nobody;
    }
  } catch {
    return nobody;
  }
}
