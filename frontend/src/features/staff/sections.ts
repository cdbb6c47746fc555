// The console's sections besides locations, each in its own module. Sections are added
// here as their APIs land (polls, moderation, safeguarding, thread answers, reports).
import type { StaffSection } from './console';

export const staffSections: readonly StaffSection[] = [];
