// The console's sections besides locations, each in its own feature folder. Sections are
// added here as their APIs land (polls, reports).
import { announcementsPage } from '../announcements/AnnouncementsPage';
import { answersPage } from '../answers/AnswersPage';
import { moderationPage } from '../moderation/ModerationPage';
import { pollsPage } from '../polls/PollsPage';
import { reportsPage } from '../reports/ReportsPage';
import { safeguardingPage } from '../safeguarding/SafeguardingPage';
import { signalsPage } from '../signals/SignalsPage';
import type { StaffSection } from './console';

export const staffSections: readonly StaffSection[] = [
  { segment: 'polls', label: 'staff.nav.polls', icon: 'vote', roles: ['FACILITATOR', 'LOCATION_MANAGER', 'NATIONAL_ADMIN'], page: pollsPage },
  { segment: 'moderation', label: 'staff.nav.moderation', icon: 'feedback', roles: ['MODERATOR', 'NATIONAL_ADMIN'], page: moderationPage },
  { segment: 'safeguarding', label: 'staff.nav.safeguarding', icon: 'alert', roles: ['SAFEGUARDING_OFFICER'], page: safeguardingPage },
  { segment: 'reports', label: 'staff.nav.reports', icon: 'chart', roles: ['LOCATION_MANAGER', 'PARTNER', 'NATIONAL_ADMIN'], page: reportsPage },
  { segment: 'announcements', label: 'staff.nav.announcements', icon: 'news', roles: ['FACILITATOR', 'LOCATION_MANAGER', 'NATIONAL_ADMIN'], page: announcementsPage },
  { segment: 'signals', label: 'staff.nav.signals', icon: 'alert', roles: ['LOCATION_MANAGER', 'PARTNER', 'NATIONAL_ADMIN'], page: signalsPage },
  { segment: 'answers', label: 'staff.nav.threads', icon: 'board', roles: ['LOCATION_MANAGER', 'NATIONAL_ADMIN'], page: answersPage },
];
