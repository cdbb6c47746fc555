// What a signed-in child can do, as home tiles and the paths behind them. Each feature
// adds its screens here; main.ts guards them all (signed-in child only).
import type { Screen } from '../app/router';
import { boardScreen } from './board/BoardScreen';
import { councilScreen } from './council/CouncilScreen';
import { feedbackScreen } from './feedback/FeedbackScreen';
import { monitorScreen } from './monitor/MonitorScreen';
import { newsScreen } from './news/NewsScreen';
import type { HomeTile } from './home/HomeScreen';
import { pollsScreen } from './vote/PollsScreen';
import { voteScreen } from './vote/VoteScreen';

export interface YouthRouteDeps {
  navigate(path: string, options?: { replace?: boolean }): void;
}

export const youthTiles: readonly HomeTile[] = [
  { path: '/polls', icon: 'vote', label: 'vote.tile', hint: 'vote.tileHint' },
  { path: '/feedback', icon: 'feedback', label: 'feedback.tile', hint: 'feedback.tileHint' },
  { path: '/board', icon: 'board', label: 'board.title', hint: 'board.tileHint' },
  { path: '/council', icon: 'council', label: 'council.tile', hint: 'council.tileHint' },
  { path: '/news', icon: 'news', label: 'news.title', hint: 'news.tileHint' },
  { path: '/monitor', icon: 'chart', label: 'monitor.tile', hint: 'monitor.tileHint' },
];

/** The screen for a child's path, or undefined when it is not one. */
export function youthRoutes(_deps: YouthRouteDeps): (path: string) => Screen | undefined {
  const screens: Record<string, () => Screen> = {
    '/feedback': feedbackScreen,
    '/board': boardScreen,
    '/council': councilScreen,
    '/news': newsScreen,
    '/polls': pollsScreen,
    '/monitor': monitorScreen,
  };
  return (path) => {
    const poll = /^\/polls\/([A-Za-z0-9_-]+)$/.exec(path);
    if (poll?.[1]) return voteScreen(poll[1]);
    return screens[path]?.();
  };
}
