// Who is using the app right now, asked once at start-up with the `me` query.
// Any error or a null `me` means "nobody signed in": the tablet then starts with the
// language screen, which needs no session.
import { execute } from '../api/graphql';
import { graphql } from '../gql';
import type { Capability, StaffUserRole } from '../gql/graphql';

const MeQuery = graphql(`
  query Me {
    me {
      __typename
      ... on StaffUser {
        id
        role
        capabilities
      }
      ... on YouthMember {
        id
        pseudonym
        avatar
        language
      }
    }
  }
`);

export type Viewer =
  | { kind: 'nobody' }
  | { kind: 'staff'; id: string; role: StaffUserRole; capabilities: readonly Capability[] }
  | { kind: 'youth'; id: string; pseudonym: string; avatar: string; language: string };

export const nobody: Viewer = { kind: 'nobody' };

export async function loadViewer(signal?: AbortSignal): Promise<Viewer> {
  try {
    const { me } = await execute(MeQuery, {}, signal ? { signal } : {});
    if (!me) return nobody;
    switch (me.__typename) {
      case 'YouthMember':
        return { kind: 'youth', id: me.id, pseudonym: me.pseudonym, avatar: me.avatar, language: me.language };
      case 'StaffUser':
        return { kind: 'staff', id: me.id, role: me.role, capabilities: me.capabilities };
      default:
        return nobody;
    }
  } catch {
    return nobody;
  }
}

const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

let current: Viewer = nobody;
const viewerListeners = new Set<(viewer: Viewer) => void>();

/** Who is signed in, as far as this page knows. */
export function currentViewer(): Viewer {
  return current;
}

export function setViewer(viewer: Viewer): void {
  current = viewer;
  for (const listener of viewerListeners) listener(viewer);
}

export function onViewerChange(listener: (viewer: Viewer) => void): () => void {
  viewerListeners.add(listener);
  return () => viewerListeners.delete(listener);
}

/** Ask the API again (e.g. after signing in) and remember the answer. */
export async function refreshViewer(): Promise<Viewer> {
  const viewer = await loadViewer();
  setViewer(viewer);
  return viewer;
}

/**
 * End the session on the server (at once, on every instance) and forget the viewer here.
 * A tablet stays enrolled: its device cookie is not a session.
 */
export async function signOut(): Promise<void> {
  try {
    await execute(LogoutMutation);
  } catch {
    // Offline or already ended: the server's idle timeout ends it anyway.
  }
  setViewer(nobody);
}
