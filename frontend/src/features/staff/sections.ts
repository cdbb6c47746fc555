// The console's sections besides locations, each in its own feature folder. Sections are
// added here as their APIs land (polls, reports).
import { announcementsPage } from '../announcements/AnnouncementsPage';
import { answersPage } from '../answers/AnswersPage';
import { councilPage } from '../councils-console/CouncilPage';
import { moderationPage } from '../moderation/ModerationPage';
import { monitorPage } from '../monitor/MonitorPage';
import { pollsPage } from '../polls/PollsPage';
import { reportsPage } from '../reports/ReportsPage';
import { safeguardingPage } from '../safeguarding/SafeguardingPage';
import { signalsPage } from '../signals/SignalsPage';
import type { StaffSection } from './console';

export const staffSections: readonly StaffSection[] = [
  { segment: 'polls', label: 'staff.nav.polls', icon: 'vote', capability: 'MANAGE_POLLS', page: pollsPage },
  { segment: 'moderation', label: 'staff.nav.moderation', icon: 'feedback', capability: 'MODERATE', page: moderationPage },
  { segment: 'safeguarding', label: 'staff.nav.safeguarding', icon: 'alert', capability: 'HANDLE_SAFEGUARDING', page: safeguardingPage },
  { segment: 'reports', label: 'staff.nav.reports', icon: 'chart', capability: 'READ_REPORTS', page: reportsPage },
  { segment: 'monitor', label: 'staff.nav.monitor', icon: 'smile', capability: 'READ_MONITOR', page: monitorPage },
  { segment: 'announcements', label: 'staff.nav.announcements', icon: 'news', capability: 'PUBLISH_ANNOUNCEMENTS', page: announcementsPage },
  { segment: 'signals', label: 'staff.nav.signals', icon: 'alert', capability: 'READ_SIGNALS', page: signalsPage },
  { segment: 'council', label: 'staff.nav.council', icon: 'council', capability: 'RUN_COUNCILS', page: councilPage },
  { segment: 'answers', label: 'staff.nav.threads', icon: 'board', capability: 'ANSWER_THREADS', page: answersPage },
];
