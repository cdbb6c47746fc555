// What a signed-in child can do, as home tiles and the paths behind them. Each feature
// adds its screens here; main.ts guards them all (signed-in child only).
import type { Screen } from '../app/router';
import type { HomeTile } from './home/HomeScreen';

export interface YouthRouteDeps {
  navigate(path: string, options?: { replace?: boolean }): void;
}

export const youthTiles: readonly HomeTile[] = [];

/** The screen for a child's path, or undefined when it is not one. */
export function youthRoutes(_deps: YouthRouteDeps): (path: string) => Screen | undefined {
  return () => undefined;
}
