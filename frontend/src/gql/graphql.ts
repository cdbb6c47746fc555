/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AddAgendaItemInput = {
  ideaID?: string | null | undefined;
  meetingID: string;
  /** A poll whose results the meeting discusses. */
  pollID?: string | null | undefined;
  /** The item's picture; an idea's, thread's or poll's theme when left out. */
  theme?: Theme | null | undefined;
  threadID?: string | null | undefined;
  /** The item in one or more languages; may be left out for an idea (children read the idea's words). */
  title?: Array<TranslationInput> | null | undefined;
};

/** AgeBand is enum for the field age_band */
export type AgeBand =
  | 'AGE_6_8'
  | 'AGE_9_11'
  | 'AGE_12_14'
  | 'AGE_15_17';

/** AreaKind is enum for the field kind */
export type AreaKind =
  | 'COMMON'
  | 'HEALTH'
  | 'KITCHEN'
  | 'OTHER'
  | 'OUTDOOR'
  | 'PLAY'
  | 'SANITARY'
  | 'SLEEPING'
  | 'STUDY';

export type CallElectionInput = {
  councilID: string;
  /** How many seats it fills: a council's first election sets its seats; a later one at most the vacancies. */
  seats: number;
};

/**
 * Something a staff role may do, at the user's linked locations (national admins': every location).
 * The roles' sets are defined once, in the policies, which decide every answer by them; the console
 * shows its sections by them.
 */
export type Capability =
  | 'ACKNOWLEDGE_SIGNALS'
  | 'ANSWER_THREADS'
  | 'HANDLE_SAFEGUARDING'
  | 'MANAGE_LOCATIONS'
  | 'MANAGE_MEMBERS'
  | 'MANAGE_POLLS'
  | 'MANAGE_STAFF'
  | 'MANAGE_TABLETS'
  | 'MODERATE'
  | 'PUBLISH_ANNOUNCEMENTS'
  | 'READ_AUDIT'
  | 'READ_COUNCILS'
  | 'READ_LOCATIONS'
  | 'READ_MODERATION_DECISIONS'
  | 'READ_MONITOR'
  | 'READ_NATIONAL_MONITOR'
  | 'READ_NATIONAL_REPORT'
  | 'READ_REPORTS'
  | 'READ_SIGNALS'
  | 'READ_STAFF'
  | 'READ_UNMODERATED'
  | 'RUN_COUNCILS'
  | 'SET_CHECK_INS'
  | 'START_MONITOR_ROUNDS';

export type CastVoteInput = {
  /**
   * A random string the app makes once per ballot (never derived from the choice). Sending the same
   * ballot again, say after a lost answer, returns the first answer instead of ALREADY_VOTED.
   */
  idempotencyKey: string;
  /**
   * The chosen options; for RANKING every option, the most preferred first; for SMILEY_SCALE and
   * SLIDER the one option of the chosen point (a SLIDER's options are its points 0–10 in order).
   */
  optionIDs: Array<string>;
  pollID: string;
};

/** CouncilAgeGroup is enum for the field age_group */
export type CouncilAgeGroup =
  | 'CHILDREN'
  | 'MIXED'
  | 'TEENS';

/** CouncilDecisionActionStatus is enum for the field action_status */
export type CouncilDecisionActionStatus =
  | 'DONE'
  | 'IN_PROGRESS'
  | 'NOT_POSSIBLE';

/** CouncilDecisionOutcome is enum for the field outcome */
export type CouncilDecisionOutcome =
  | 'ADOPTED'
  | 'DEFERRED'
  | 'REJECTED';

export type CreateAnnouncementInput = {
  body: Array<TranslationInput>;
  expiresAt?: string | null | undefined;
  /** Leave out for an announcement to every location (national admins). */
  locationID?: string | null | undefined;
  publishAt?: string | null | undefined;
  /** A simple-language version for every age. */
  simpleBody?: Array<TranslationInput> | null | undefined;
  /** Simple-language versions per age group. */
  simpleBodyByAge?: Array<SimpleTextInput> | null | undefined;
  title: Array<TranslationInput>;
};

export type CreateCouncilInput = {
  ageGroup: CouncilAgeGroup;
  locationID: string;
  name: string;
};

export type CreateElectionInput = {
  /** Children who stand in the council's called election (standForElection), more than seats; the ballot's order. */
  candidateIDs: Array<string>;
  closesAt: string;
  councilID: string;
  /** When voting opens; now when left out. */
  opensAt?: string | null | undefined;
  /** At most the seats the election was called for; the ballot takes up to this many choices. */
  seats: number;
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

export type CreateMeetingInput = {
  councilID: string;
  /** Where the council meets, up to 200 characters. */
  place: string;
  startsAt: string;
};

/**
 * A poll as staff write it. Where it asks (scope, council, location) is set when it is created and
 * never changes; updatePoll replaces everything else of a draft.
 */
export type CreatePollInput = {
  /** Only children in these age bands are asked; left out or empty: every child the scope reaches. */
  audienceAgeBands?: Array<AgeBand> | null | undefined;
  /** The poll closes by itself at this time. */
  closesAt?: string | null | undefined;
  councilID?: string | null | undefined;
  description?: Array<TranslationInput> | null | undefined;
  kind: PollKind;
  locationID?: string | null | undefined;
  /** MULTIPLE_CHOICE only: the most options a child may choose (default: all). */
  maxChoices?: number | null | undefined;
  /** The disclosure threshold k: a count of fewer children is never shown (default 5, at least 2). */
  minGroupSize?: number | null | undefined;
  /** The poll opens by itself at this time (when it is still a draft). */
  opensAt?: string | null | undefined;
  /**
   * The answers, in order. YES_NO and SMILEY_SCALE polls get their standard answers (in the 13
   * languages) when left out; a SLIDER poll always has its 11 points 0–10 as its answers: leave them out.
   */
  options?: Array<PollOptionInput> | null | undefined;
  question: Array<TranslationInput>;
  /** COUNCIL, LOCATION or NATIONAL. Left out: COUNCIL with a councilID, LOCATION with a locationID. */
  scope?: PollScope | null | undefined;
  theme: Theme;
};

/** Where an election is. */
export type ElectionStatus =
  /** Decided: the elected candidates hold their seats; candidates tied for the last seat stand in a by-election. */
  | 'CLOSED'
  /** Called: children may stand (standForElection) or withdraw. */
  | 'NOMINATING'
  /** Fewer children voted than the poll's k: nobody was elected (who won would tell how the few voted). */
  | 'VOID'
  /** The ballot is made (pollID): open from opensAt to closesAt. */
  | 'VOTING';

/** FeedbackPostModerationState is enum for the field moderation_state */
export type FeedbackPostModerationState =
  | 'APPROVED'
  | 'ESCALATED'
  | 'PENDING'
  | 'REJECTED';

/** FeedbackThreadStatus is enum for the field status */
export type FeedbackThreadStatus =
  | 'CLOSED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'NOT_POSSIBLE'
  | 'OPEN';

/** Where an idea is. */
export type IdeaStatus =
  /** The council adopted or rejected it. */
  | 'DECIDED'
  /** The adopted decision was carried out. */
  | 'DONE'
  /** A moderator did not show it; its proposer reads why (reasonText). */
  | 'NOT_SHOWN'
  /** On a meeting's agenda. */
  | 'ON_AGENDA'
  /** Shown to the location's children, gathering supports. */
  | 'OPEN'
  /** Waiting for a moderator (also while a safeguarding officer looks at it). */
  | 'PENDING';

/** LocationKind is enum for the field kind */
export type LocationKind =
  | 'CRISIS_EMERGENCY'
  | 'EMERGENCY'
  | 'FAMILY'
  | 'REGISTRATION'
  | 'REGULAR'
  | 'SMALL_SCALE'
  | 'UNACCOMPANIED_MINORS';

/** MembershipRole is enum for the field role */
export type MembershipRole =
  | 'CHAIR'
  | 'MEMBER'
  | 'SECRETARY';

export type ModeratePostInput = {
  decision: ModerationDecisionDecision;
  /** For the moderators' record (and the safeguarding officer's); never shown to the child. */
  note?: string | null | undefined;
  postID: string;
  /** Required with REJECT, and only then: the child reads it as a kind text in their language. */
  reasonCode?: ModerationDecisionReasonCode | null | undefined;
};

/** ModerationDecisionDecision is enum for the field decision */
export type ModerationDecisionDecision =
  | 'APPROVE'
  | 'ESCALATE'
  | 'REJECT';

/** ModerationDecisionReasonCode is enum for the field reason_code */
export type ModerationDecisionReasonCode =
  | 'DUPLICATE'
  | 'HURTFUL'
  | 'OFF_TOPIC'
  | 'OTHER'
  | 'PERSONAL_INFO';

/** Which children a question's wording is for. */
export type MonitorAgeVersion =
  | 'AGE_6_11'
  | 'AGE_12_17'
  /** The SAFETY check-in's question, asked of everyone before the monitor (adopted as the safety domain). */
  | 'ALL_AGES';

/** PollKind is enum for the field kind */
export type PollKind =
  | 'ELECTION'
  | 'MULTIPLE_CHOICE'
  | 'RANKING'
  | 'SINGLE_CHOICE'
  | 'SLIDER'
  | 'SMILEY_SCALE'
  | 'YES_NO';

export type PollOptionInput = {
  label: Array<TranslationInput>;
  /** Key of a picture from the app's set (lower-case letters, digits, '-'), for children who cannot read. */
  pictogram?: string | null | undefined;
};

/** PollScope is enum for the field scope */
export type PollScope =
  | 'COUNCIL'
  | 'LOCATION'
  | 'NATIONAL';

/** PollStatus is enum for the field status */
export type PollStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'OPEN'
  | 'PUBLISHED';

/** An automatic hint for moderators, computed when a post is written. It never decides anything. */
export type PostFlag =
  /** Words that suggest danger, abuse, violence or self-harm. */
  | 'DANGER'
  /** An e-mail address, or a webmail name. */
  | 'EMAIL'
  /** Something that looks like a phone number. */
  | 'PHONE_NUMBER'
  /** The pseudonym of another child of the location. */
  | 'PSEUDONYM'
  /** A Dutch postcode, or a street name with a house number. */
  | 'STREET_ADDRESS';

export type ProposeIdeaInput = {
  /** The part of the location it is about, if any. */
  areaID?: string | null | undefined;
  councilID: string;
  theme: Theme;
  /** The idea in the child's words, in one or more languages (up to 200 characters each); leave out to tell it in pictures: theme and area. */
  title?: Array<TranslationInput> | null | undefined;
};

export type RecordDecisionInput = {
  agendaItemID: string;
  /** When an adopted decision will be carried out; only with ADOPTED. */
  dueDate?: string | null | undefined;
  handsAbstain?: number | null | undefined;
  handsAgainst?: number | null | undefined;
  /** A show of hands, as counts (never who): give all three or none; each 0 or more, together at most the council's members. */
  handsFor?: number | null | undefined;
  outcome: CouncilDecisionOutcome;
  /** What was decided, in as many languages as you can give. */
  text: Array<TranslationInput>;
};

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

export type ReportConcern =
  /** The safety score is below the deployment's threshold. */
  | 'LOW_SAFETY_SCORE'
  /** Threads waited, or wait, past the answer deadline. */
  | 'OVERDUE_ANSWERS';

export type ReportTrendInterval =
  | 'MONTH'
  | 'WEEK';

export type RespondToPollInput = {
  /** What was done, in as many languages as you can give; children read theirs, else Dutch, else English. */
  body: Array<TranslationInput>;
  /** When the change will be made; only with IN_PROGRESS. */
  commitmentDate?: string | null | undefined;
  pollID: string;
  /** Why it cannot be done; required with NOT_POSSIBLE, and only then. */
  reason?: Array<TranslationInput> | null | undefined;
  status: ThreadResponseStatus;
};

export type RespondToThreadInput = {
  /** The answer in as many languages as you can give; children read theirs, else Dutch, else English. */
  body: Array<TranslationInput>;
  /** When the change will be made; only with IN_PROGRESS. */
  commitmentDate?: string | null | undefined;
  /** Why it cannot be done; required with NOT_POSSIBLE, and only then. */
  reason?: Array<TranslationInput> | null | undefined;
  status: ThreadResponseStatus;
  threadID: string;
};

/** SafeguardingCaseStatus is enum for the field status */
export type SafeguardingCaseStatus =
  | 'CLOSED'
  | 'IN_PROGRESS'
  | 'OPEN';

/** SignalKind is enum for the field kind */
export type SignalKind =
  | 'COUNCIL_NO_MEETING'
  | 'MONITOR_DOMAIN_DROP'
  | 'MONITOR_DOMAIN_LOW'
  | 'PARTICIPATION_COLLAPSE'
  | 'SAFETY_SCORE_DROP'
  | 'SAFETY_SCORE_LOW'
  | 'SAFETY_THREAD_UNANSWERED';

export type SimpleTextInput = {
  /** CHILDREN (6-11) or TEENS (12-17). */
  ageGroup: string;
  lang: string;
  text: string;
};

/** StaffUserRole is enum for the field role */
export type StaffUserRole =
  | 'FACILITATOR'
  | 'LOCATION_MANAGER'
  | 'MODERATOR'
  | 'NATIONAL_ADMIN'
  | 'PARTNER'
  | 'SAFEGUARDING_OFFICER';

export type StartThreadInput = {
  /** The part of the location the thread is about, if any. */
  areaID?: string | null | undefined;
  /** The first post, up to 2000 characters. */
  body: string;
  /** The language the child wrote in. */
  language: string;
  locationID: string;
  theme: Theme;
  /** Up to 200 characters; moderated together with the first post. */
  title: string;
};

/** Theme is enum for the field theme */
export type Theme =
  | 'EDUCATION'
  | 'FOOD'
  | 'HEALTH_WELLBEING'
  | 'HOUSING_HYGIENE'
  | 'INFORMATION_PARTICIPATION'
  | 'OTHER'
  | 'PARENT_SUPPORT'
  | 'PLAY_ACTIVITIES'
  | 'PRIVACY'
  | 'SAFETY'
  | 'STABILITY'
  | 'TRUSTED_ADULT';

/** ThreadResponseStatus is enum for the field status */
export type ThreadResponseStatus =
  | 'DONE'
  | 'IN_PROGRESS'
  | 'NOT_POSSIBLE';

export type TranslationInput = {
  lang: string;
  text: string;
};

export type UpdateDecisionStatusInput = {
  decisionID: string;
  /** Why it cannot be done; required with NOT_POSSIBLE, and only then. */
  reason?: Array<TranslationInput> | null | undefined;
  status: CouncilDecisionActionStatus;
};

/** A draft's new content: replaces the question, the answers and the settings. */
export type UpdatePollInput = {
  audienceAgeBands?: Array<AgeBand> | null | undefined;
  closesAt?: string | null | undefined;
  description?: Array<TranslationInput> | null | undefined;
  kind: PollKind;
  maxChoices?: number | null | undefined;
  minGroupSize?: number | null | undefined;
  opensAt?: string | null | undefined;
  options?: Array<PollOptionInput> | null | undefined;
  question: Array<TranslationInput>;
  theme: Theme;
};

export type UpdateSafeguardingCaseInput = {
  caseID: string;
  /** Added to the case's log, with you as its author. */
  note?: string | null | undefined;
  status?: SafeguardingCaseStatus | null | undefined;
};

/** YouthMemberStatus is enum for the field status */
export type YouthMemberStatus =
  | 'ACTIVE'
  | 'LEFT'
  | 'REMOVED';

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me:
    | { __typename: 'StaffUser', id: string, role: StaffUserRole, capabilities: Array<Capability> }
    | { __typename: 'YouthMember', id: string, pseudonym: string, avatar: string, language: string }
   | null };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type AnnouncementLocationsQueryVariables = Exact<{ [key: string]: never; }>;


export type AnnouncementLocationsQuery = { locations: { edges: Array<{ node: { id: string, name: string, languages: Array<string> | null } | null } | null> | null } };

export type LocationAnnouncementsQueryVariables = Exact<{
  locationID: string;
}>;


export type LocationAnnouncementsQuery = { locationAnnouncements: Array<{ id: string, publishAt: string | null, expiresAt: string | null, missingLanguages: Array<string>, title: Array<{ lang: string, text: string }>, body: Array<{ lang: string, text: string }> }> };

export type CreateAnnouncementMutationVariables = Exact<{
  input: CreateAnnouncementInput;
}>;


export type CreateAnnouncementMutation = { createAnnouncement: { id: string } };

export type StaffThreadsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffThreadsQuery = { threadBoard: Array<{ id: string, title: string, theme: Theme, status: FeedbackThreadStatus, meTooCount: number, location: { id: string, name: string, languages: Array<string> | null }, conversation: Array<{ id: string, body: string, language: string }>, latestResponse: { text: string, language: string, status: ThreadResponseStatus } | null }> };

export type RespondToThreadMutationVariables = Exact<{
  input: RespondToThreadInput;
}>;


export type RespondToThreadMutation = { respondToThread: { id: string, status: ThreadResponseStatus } };

export type ThreadBoardQueryVariables = Exact<{ [key: string]: never; }>;


export type ThreadBoardQuery = { threadBoard: Array<{ id: string, title: string, theme: Theme, status: FeedbackThreadStatus, meTooCount: number, supportedByMe: boolean, startedByMe: boolean, area: { kind: AreaKind, localName: { lang: string, text: string } } | null, latestResponse: { text: string, language: string, status: ThreadResponseStatus, reason: string | null, commitmentDate: string | null } | null }> };

export type MeTooMutationVariables = Exact<{
  threadID: string;
}>;


export type MeTooMutation = { meToo: { id: string, meTooCount: number, supportedByMe: boolean } };

export type WithdrawMeTooMutationVariables = Exact<{
  threadID: string;
}>;


export type WithdrawMeTooMutation = { withdrawMeToo: { id: string, meTooCount: number, supportedByMe: boolean } };

export type MyCouncilScreenQueryVariables = Exact<{
  language?: string | null | undefined;
}>;


export type MyCouncilScreenQuery = { myCouncil: { supportThreshold: number, seats: number, vacancies: number, council: { id: string, name: string }, members: Array<{ pseudonym: string, avatar: string, role: MembershipRole, me: boolean, elected: boolean }>, nextMeeting: { id: string, startsAt: string, place: string, agenda: Array<{ id: string, position: number, theme: Theme | null, titleText: { text: string, lang: string } | null }> } | null, recentDecisions: Array<{ id: string, status: CouncilDecisionActionStatus | null, theme: Theme | null, dueDate: string | null, text: { text: string, lang: string }, reason: { text: string, lang: string } | null }>, openIdeas: Array<{ id: string, theme: Theme, status: IdeaStatus, supportCount: number | null, supportedByMe: boolean, proposedByMe: boolean, titleText: { text: string, lang: string } | null, area: { id: string, kind: AreaKind, localName: { text: string, lang: string } } | null }>, myIdeas: Array<{ id: string, theme: Theme, status: IdeaStatus, supportCount: number | null, supportedByMe: boolean, proposedByMe: boolean, titleText: { text: string, lang: string } | null, area: { id: string, kind: AreaKind, localName: { text: string, lang: string } } | null }>, elections: Array<{ id: string, status: ElectionStatus, seats: number, pollID: string | null, closesAt: string | null, standingByMe: boolean, candidates: Array<{ optionID: string | null, pseudonym: string | null, avatar: string | null, withdrawn: boolean, elected: boolean, tied: boolean, me: boolean }> }> } | null, me:
    | { id: string, location: { id: string, areas: Array<{ id: string, kind: AreaKind, localName: { text: string, lang: string } }> | null } }
    | Record<PropertyKey, never>
   | null };

export type ProposeCouncilIdeaMutationVariables = Exact<{
  input: ProposeIdeaInput;
}>;


export type ProposeCouncilIdeaMutation = { proposeIdea: { id: string, status: IdeaStatus } };

export type SupportCouncilIdeaMutationVariables = Exact<{
  ideaID: string;
}>;


export type SupportCouncilIdeaMutation = { supportIdea: { id: string, supportCount: number | null, supportedByMe: boolean } };

export type StandForElectionMutationVariables = Exact<{
  electionID: string;
}>;


export type StandForElectionMutation = { standForElection: { id: string, standingByMe: boolean } };

export type WithdrawCandidacyMutationVariables = Exact<{
  electionID: string;
}>;


export type WithdrawCandidacyMutation = { withdrawCandidacy: { id: string, standingByMe: boolean } };

export type CouncilListQueryVariables = Exact<{ [key: string]: never; }>;


export type CouncilListQuery = { locations: { edges: Array<{ node: { id: string, name: string, councils: Array<{ id: string, name: string }> | null } | null } | null> | null } };

export type CouncilOverviewQueryVariables = Exact<{
  id: string;
}>;


export type CouncilOverviewQuery = { node:
    | { id: string, name: string, supportThreshold: number, seats: number, vacancies: number, memberCount: number, location: { id: string, name: string, languages: Array<string> | null }, memberships: Array<{ id: string, role: MembershipRole, leftAt: string | null, member: { id: string, pseudonym: string, avatar: string, status: YouthMemberStatus } }> | null }
    | Record<PropertyKey, never>
   | null, councilMeetings: Array<{ id: string, startsAt: string, place: string, minutesPublishedAt: string | null, agenda: Array<{ id: string, titleText: { text: string, lang: string } | null, decision: { id: string, outcome: CouncilDecisionOutcome, actionStatus: CouncilDecisionActionStatus | null, dueDate: string | null, text: Array<{ lang: string, text: string }> } | null }> }>, councilElections: Array<{ id: string, seats: number, status: ElectionStatus, opensAt: string | null, closesAt: string | null, byElection: boolean, candidates: Array<{ memberID: string | null, pseudonym: string | null, avatar: string | null, withdrawn: boolean, elected: boolean }> }> };

export type MeetingAgendaQueryVariables = Exact<{
  meeting: string;
  council: string;
}>;


export type MeetingAgendaQuery = { node:
    | { id: string, startsAt: string, place: string, minutesPublishedAt: string | null, attendance: number | null, council: { id: string, name: string, memberCount: number, location: { id: string, languages: Array<string> | null } }, agenda: Array<{ id: string, position: number, theme: Theme | null, ideaID: string | null, threadID: string | null, pollID: string | null, title: Array<{ lang: string, text: string }> | null, titleText: { text: string, lang: string } | null, decision: { id: string, outcome: CouncilDecisionOutcome, dueDate: string | null, text: Array<{ lang: string, text: string }>, hands: { inFavour: number, against: number, abstain: number } | null } | null }> }
    | Record<PropertyKey, never>
   | null, councilIdeas: Array<{ id: string, theme: Theme, status: IdeaStatus, supportCount: number | null, supportCountSuppressed: boolean, titleText: { text: string, lang: string } | null }> };

export type AgendaSourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type AgendaSourcesQuery = { threadBoard: Array<{ id: string, title: string, theme: Theme, status: FeedbackThreadStatus, locationID: string, conversation: Array<{ language: string }> }>, polls: { edges: Array<{ node: { id: string, status: PollStatus, theme: Theme, locationID: string | null, councilID: string | null, question: Array<{ lang: string, text: string }> } | null } | null> | null } };

export type MinutesCheckQueryVariables = Exact<{
  meeting: string;
}>;


export type MinutesCheckQuery = { minutesCheck: { undecidedAgendaItemIDs: Array<string>, missingTranslations: Array<{ agendaItemID: string, field: string, languages: Array<string> }> } };

export type ConsoleCreateMeetingMutationVariables = Exact<{
  input: CreateMeetingInput;
}>;


export type ConsoleCreateMeetingMutation = { createMeeting: { id: string } };

export type ConsoleAddAgendaItemMutationVariables = Exact<{
  input: AddAgendaItemInput;
}>;


export type ConsoleAddAgendaItemMutation = { addAgendaItem: { id: string } };

export type ConsoleRecordDecisionMutationVariables = Exact<{
  input: RecordDecisionInput;
}>;


export type ConsoleRecordDecisionMutation = { recordDecision: { id: string } };

export type ConsolePublishMinutesMutationVariables = Exact<{
  meeting: string;
  attendance?: number | null | undefined;
}>;


export type ConsolePublishMinutesMutation = { publishMinutes: { undecidedAgendaItemIDs: Array<string>, meeting: { id: string }, missingTranslations: Array<{ agendaItemID: string, field: string, languages: Array<string> }> } };

export type ConsoleUpdateDecisionStatusMutationVariables = Exact<{
  input: UpdateDecisionStatusInput;
}>;


export type ConsoleUpdateDecisionStatusMutation = { updateDecisionStatus: { id: string, actionStatus: CouncilDecisionActionStatus | null } };

export type ConsoleSetSupportThresholdMutationVariables = Exact<{
  council: string;
  supports: number;
}>;


export type ConsoleSetSupportThresholdMutation = { setSupportThreshold: { id: string, supportThreshold: number } };

export type ConsoleCallElectionMutationVariables = Exact<{
  input: CallElectionInput;
}>;


export type ConsoleCallElectionMutation = { callElection: { id: string } };

export type ConsoleCreateElectionMutationVariables = Exact<{
  input: CreateElectionInput;
}>;


export type ConsoleCreateElectionMutation = { createElection: { id: string } };

export type ConsoleQuickPollMutationVariables = Exact<{
  input: CreatePollInput;
}>;


export type ConsoleQuickPollMutation = { createPoll: { id: string } };

export type ConsoleOpenQuickPollMutationVariables = Exact<{
  id: string;
}>;


export type ConsoleOpenQuickPollMutation = { openPoll: { id: string, status: PollStatus } };

export type ConsoleLinkAgendaItemPollMutationVariables = Exact<{
  item: string;
  poll: string;
}>;


export type ConsoleLinkAgendaItemPollMutation = { linkAgendaItemPoll: { id: string, pollID: string | null } };

export type MyLocationQueryVariables = Exact<{ [key: string]: never; }>;


export type MyLocationQuery = { me:
    | { id: string, locationID: string, location: { id: string, areas: Array<{ id: string, kind: AreaKind, localName: { lang: string, text: string } }> | null } }
    | Record<PropertyKey, never>
   | null };

export type StartThreadMutationVariables = Exact<{
  input: StartThreadInput;
}>;


export type StartThreadMutation = { startThread: { id: string } };

export type MyPostsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPostsQuery = { myPosts: Array<{ id: string, body: string, language: string, moderationState: FeedbackPostModerationState, reasonText: string | null, thread: { id: string, title: string } }> };

export type ModerationQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type ModerationQueueQuery = { moderationQueue: { edges: Array<{ node: { id: string, body: string, language: string, flags: Array<PostFlag>, createdAt: string, thread: { id: string, title: string, theme: Theme, location: { name: string } } } | null } | null> | null } };

export type ModeratePostMutationVariables = Exact<{
  input: ModeratePostInput;
}>;


export type ModeratePostMutation = { moderatePost: { id: string, moderationState: FeedbackPostModerationState } };

export type MonitorForChildrenQueryVariables = Exact<{ [key: string]: never; }>;


export type MonitorForChildrenQuery = { monitorForChildren: Array<{ domain: string, theme: Theme, pictogram: string, closedAt: string | null, score: number | null, needsAttention: boolean, whatWeDid: { text: string, language: string, status: ThreadResponseStatus, reason: string | null, commitmentDate: string | null } | null }> };

export type MonitorScorecardQueryVariables = Exact<{
  locationID: string;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type MonitorScorecardQuery = { monitorScorecard: { locationID: string, locationName: string, kind: LocationKind, minGroupSize: number, frameworkVersion: number, generatedAt: string, schedule: { locationID: string, everyDays: number, paused: boolean, own: boolean, nextRoundAt: string | null, rounds: number }, period: { from: string, to: string, weeks: number }, domains: Array<{ domain: string, threshold: number, drop: number, trend: number | null, kindScore: number | null, kindLocations: number, nationalScore: number | null, nationalLocations: number, needsAttention: boolean, latest: { round: number, closedAt: string, answers: number | null, suppressed: boolean, score: number | null, scoredAnswers: number, byAge: Array<{ ageVersion: MonitorAgeVersion, pollID: string }> } | null, history: Array<{ round: number, closedAt: string, answers: number | null, suppressed: boolean, score: number | null, scoredAnswers: number }> }>, stability: { children: number | null, moves: number | null, movesWithNotice: number | null, movesShortNotice: number | null, movesNoticeUnknown: number | null, noticeSharePercent: number | null, childrenByMoves: Array<{ moves: string, children: number | null }> } } };

export type NationalMonitorQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type NationalMonitorQuery = { nationalMonitor: { minGroupSize: number, generatedAt: string, period: { from: string, to: string, weeks: number }, domains: Array<{ domain: string, threshold: number, score: number | null, locations: number, kinds: Array<{ kind: LocationKind, score: number | null, locations: number }> }>, locations: Array<{ locationID: string, locationName: string, kind: LocationKind, attention: number, domains: Array<{ domain: string, answers: number | null, score: number | null, trend: number | null, needsAttention: boolean }> }>, stability: Array<{ kind: LocationKind | null, children: number | null, moves: number | null, movesWithNotice: number | null, noticeSharePercent: number | null }> } };

export type StartMonitorRoundMutationVariables = Exact<{
  locationID: string;
}>;


export type StartMonitorRoundMutation = { startMonitorRound: { round: number, pollIDs: Array<string> } };

export type MonitorScheduleFieldsFragment = { locationID: string, everyDays: number, paused: boolean, own: boolean, nextRoundAt: string | null, rounds: number };

export type SetMonitorScheduleMutationVariables = Exact<{
  locationID: string;
  everyDays?: number | null | undefined;
  paused?: boolean | null | undefined;
  useDefault?: boolean | null | undefined;
}>;


export type SetMonitorScheduleMutation = { setMonitorSchedule: { locationID: string, everyDays: number, paused: boolean, own: boolean, nextRoundAt: string | null, rounds: number } };

export type AnnouncementsQueryVariables = Exact<{ [key: string]: never; }>;


export type AnnouncementsQuery = { announcements: Array<{ id: string, title: string, body: string, simpleBody: string | null, language: string, audioURL: string | null }> };

export type RespondToPollMutationVariables = Exact<{
  input: RespondToPollInput;
}>;


export type RespondToPollMutation = { respondToPoll: { id: string } };

export type StaffPollsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffPollsQuery = { polls: { edges: Array<{ node: { id: string, status: PollStatus, kind: PollKind, theme: Theme, scope: PollScope, openedAt: string | null, closedAt: string | null, publishedAt: string | null, question: Array<{ lang: string, text: string }>, council: { name: string } | null, location: { name: string } | null } | null } | null> | null } };

export type PollTargetsQueryVariables = Exact<{ [key: string]: never; }>;


export type PollTargetsQuery = { locations: { edges: Array<{ node: { id: string, name: string, languages: Array<string> | null, councils: Array<{ id: string, name: string }> | null } | null } | null> | null } };

export type CreatePollMutationVariables = Exact<{
  input: CreatePollInput;
}>;


export type CreatePollMutation = { createPoll: { id: string } };

export type UpdatePollMutationVariables = Exact<{
  id: string;
  input: UpdatePollInput;
}>;


export type UpdatePollMutation = { updatePoll: { id: string } };

export type PollDraftQueryVariables = Exact<{
  id: string;
}>;


export type PollDraftQuery = { node:
    | { id: string, status: PollStatus, kind: PollKind, theme: Theme, maxChoices: number | null, minGroupSize: number, audienceAgeBands: Array<AgeBand> | null, opensAt: string | null, closesAt: string | null, description: Array<{ lang: string, text: string }> | null, question: Array<{ lang: string, text: string }>, location: { id: string } | null, council: { id: string } | null, options: Array<{ position: number, pictogram: string | null, label: Array<{ lang: string, text: string }> }> }
    | Record<PropertyKey, never>
   | null };

export type PollMissingLanguagesQueryVariables = Exact<{
  id: string;
}>;


export type PollMissingLanguagesQuery = { node:
    | { id: string, missingLanguages: Array<string> }
    | Record<PropertyKey, never>
   | null };

export type OpenPollMutationVariables = Exact<{
  id: string;
}>;


export type OpenPollMutation = { openPoll: { id: string, status: PollStatus } };

export type ClosePollMutationVariables = Exact<{
  id: string;
}>;


export type ClosePollMutation = { closePoll: { id: string, status: PollStatus } };

export type PublishPollResultsMutationVariables = Exact<{
  id: string;
}>;


export type PublishPollResultsMutation = { publishPollResults: { id: string, status: PollStatus } };

export type StaffPollResultsQueryVariables = Exact<{
  id: string;
}>;


export type StaffPollResultsQuery = { node:
    | { id: string, kind: PollKind, theme: Theme, status: PollStatus, closedAt: string | null, question: Array<{ lang: string, text: string }>, location: { name: string, languages: Array<string> | null } | null, council: { name: string } | null, whatWeDid: { text: string, language: string, status: ThreadResponseStatus } | null, options: Array<{ id: string, position: number, pictogram: string | null, label: Array<{ lang: string, text: string }> }> }
    | Record<PropertyKey, never>
   | null, pollResults: { status: PollStatus, minGroupSize: number, turnout: number | null, turnoutSuppressed: boolean, countsVisible: boolean, median: number | null, options: Array<{ optionID: string, count: number | null, suppressed: boolean }> } };

export type PollTurnoutSubscriptionVariables = Exact<{
  pollID: string;
}>;


export type PollTurnoutSubscription = { pollTurnout: { pollID: string, turnout: number | null, turnoutSuppressed: boolean, minGroupSize: number } };

export type ReportLocationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportLocationsQuery = { locations: { edges: Array<{ node: { id: string, name: string } | null } | null> | null } };

export type LocationReportQueryVariables = Exact<{
  locationID: string;
  from?: string | null | undefined;
  to?: string | null | undefined;
  trend?: ReportTrendInterval | null | undefined;
}>;


export type LocationReportQuery = { locationReport: { locationID: string, locationName: string, kind: LocationKind, municipality: string, childrenHoused: number, minGroupSize: number, answerDeadlineDays: number, overdueResponses: number | null, openSafeguardingCases: number | null, safetyScore: number | null, generatedAt: string, period: { from: string, to: string, weeks: number }, participation: { activeMembers: number | null, voters: number | null, posts: number | null, turnoutPercent: number | null, turnoutOfHousedPercent: number | null }, polls: Array<{ pollID: string, kind: PollKind, theme: Theme, closedAt: string, minGroupSize: number, turnout: number | null, turnoutSuppressed: boolean, score: number | null, median: number | null, question: Array<{ lang: string, text: string }>, options: Array<{ optionID: string, position: number, count: number | null, suppressed: boolean, label: Array<{ lang: string, text: string }> }> }>, themes: Array<{ theme: Theme | null, threads: number | null, posts: number | null, open: number | null, inProgress: number | null, done: number | null, overdue: number | null, medianModerationHours: number | null, medianResponseHours: number | null }>, feedback: { threads: number | null, posts: number | null, open: number | null, inProgress: number | null, done: number | null, notPossible: number | null, overdue: number | null, medianModerationHours: number | null, medianResponseHours: number | null }, smileyTrend: Array<{ theme: Theme, start: string, polls: number, responses: number, score: number }>, councils: { councils: number, quietCouncils: number, meetingsHeld: number, agendaItems: number, attendance: number | null, averageAttendance: number | null, decisions: number, adopted: number, rejected: number, deferred: number, actionsDone: number, ideasRaised: number | null, ideasAdopted: number | null, ideasDone: number | null, supports: number | null, medianDaysToDecision: number | null, medianDaysToDone: number | null, electionsHeld: number, electionsVoid: number, seatsFilled: number, seats: number, vacancies: number } } };

export type NationalReportQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  trend?: ReportTrendInterval | null | undefined;
}>;


export type NationalReportQuery = { nationalReport: { minGroupSize: number, period: { from: string, to: string, weeks: number }, locations: Array<{ locationID: string | null, locationName: string | null, kind: LocationKind | null, childrenHoused: number, overdueResponses: number | null, safetyScore: number | null, concerns: Array<ReportConcern>, participation: { voters: number | null, turnoutPercent: number | null, posts: number | null } }>, kinds: Array<{ kind: LocationKind | null, locations: number, safetyScore: number | null, participation: { voters: number | null } }>, total: { locations: number, childrenHoused: number, overdueResponses: number | null, openSafeguardingCases: number | null, safetyScore: number | null, participation: { voters: number | null, posts: number | null } }, councils: { locations: Array<{ locationID: string, locationName: string, figures: { councils: number, quietCouncils: number, meetingsHeld: number, agendaItems: number, attendance: number | null, averageAttendance: number | null, decisions: number, adopted: number, rejected: number, deferred: number, actionsDone: number, ideasRaised: number | null, ideasAdopted: number | null, ideasDone: number | null, supports: number | null, medianDaysToDecision: number | null, medianDaysToDone: number | null, electionsHeld: number, electionsVoid: number, seatsFilled: number, seats: number, vacancies: number } }>, total: { councils: number, quietCouncils: number, meetingsHeld: number, agendaItems: number, attendance: number | null, averageAttendance: number | null, decisions: number, adopted: number, rejected: number, deferred: number, actionsDone: number, ideasRaised: number | null, ideasAdopted: number | null, ideasDone: number | null, supports: number | null, medianDaysToDecision: number | null, medianDaysToDone: number | null, electionsHeld: number, electionsVoid: number, seatsFilled: number, seats: number, vacancies: number } } } };

export type SafeguardingCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type SafeguardingCasesQuery = { safeguardingCases: Array<{ id: string, status: SafeguardingCaseStatus, postBody: string, postLanguage: string, openedAt: string, openedByName: string, location: { name: string }, notes: Array<{ text: string, at: string }> }> };

export type UpdateSafeguardingCaseMutationVariables = Exact<{
  input: UpdateSafeguardingCaseInput;
}>;


export type UpdateSafeguardingCaseMutation = { updateSafeguardingCase: { id: string, status: SafeguardingCaseStatus } };

export type TabletMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type TabletMembersQuery = { tabletMembers: Array<{ id: string, pseudonym: string, avatar: string }> };

export type YouthLoginMutationVariables = Exact<{
  memberID: string;
  pin: Array<number> | number;
}>;


export type YouthLoginMutation = { youthLogin: { id: string, pseudonym: string, avatar: string, language: string } };

export type SignalsQueryVariables = Exact<{ [key: string]: never; }>;


export type SignalsQuery = { signals: { edges: Array<{ node: { id: string, kind: SignalKind, detail: string, createdAt: string, acknowledgedAt: string | null, location: { name: string } } | null } | null> | null } };

export type AcknowledgeSignalMutationVariables = Exact<{
  id: string;
}>;


export type AcknowledgeSignalMutation = { acknowledgeSignal: { id: string, acknowledgedAt: string | null } };

export type StaffLoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type StaffLoginMutation = { staffLogin: { id: string, role: StaffUserRole } };

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

export type YouthMemberLeftMutationVariables = Exact<{
  memberID: string;
}>;


export type YouthMemberLeftMutation = { youthMemberLeft: { id: string, status: YouthMemberStatus } };

export type EnrollTabletMutationVariables = Exact<{
  locationID: string;
  name: string;
}>;


export type EnrollTabletMutation = { enrollTablet: { id: string, name: string, createdAt: string } };

export type RevokeTabletMutationVariables = Exact<{
  id: string;
}>;


export type RevokeTabletMutation = { revokeTablet: { id: string, revokedAt: string | null } };

export type OpenPollsQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenPollsQuery = { openPolls: Array<{ id: string, kind: PollKind, theme: Theme, maxChoices: number | null, closesAt: string | null, voted: boolean, question: { text: string, lang: string }, description: { text: string, lang: string } | null, options: Array<{ id: string, pictogram: string | null, position: number, label: { text: string, lang: string }, candidate: { pseudonym: string | null, avatar: string | null, withdrawn: boolean, me: boolean } | null }> }> };

export type CastVoteMutationVariables = Exact<{
  input: CastVoteInput;
}>;


export type CastVoteMutation = { castVote: { pollID: string, accepted: boolean } };

export type PublishedPollsQueryVariables = Exact<{ [key: string]: never; }>;


export type PublishedPollsQuery = { publishedPolls: Array<{ id: string, kind: PollKind, theme: Theme, voted: boolean, whatWeDid: { text: string, language: string, status: ThreadResponseStatus, reason: string | null, commitmentDate: string | null } | null, question: { text: string, lang: string }, options: Array<{ id: string, pictogram: string | null, position: number, label: { text: string, lang: string } }>, results: { minGroupSize: number, turnout: number | null, turnoutSuppressed: boolean, countsVisible: boolean, options: Array<{ optionID: string, count: number | null, suppressed: boolean }> } }> };

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
export const MonitorScheduleFieldsFragmentDoc = new TypedDocumentString(`
    fragment MonitorScheduleFields on MonitorSchedule {
  locationID
  everyDays
  paused
  own
  nextRoundAt
  rounds
}
    `, {"fragmentName":"MonitorScheduleFields"}) as unknown as TypedDocumentString<MonitorScheduleFieldsFragment, unknown>;
export const MeDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const AnnouncementLocationsDocument = new TypedDocumentString(`
    query AnnouncementLocations {
  locations(first: 100, orderBy: {field: NAME, direction: ASC}) {
    edges {
      node {
        id
        name
        languages
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AnnouncementLocationsQuery, AnnouncementLocationsQueryVariables>;
export const LocationAnnouncementsDocument = new TypedDocumentString(`
    query LocationAnnouncements($locationID: ID!) {
  locationAnnouncements(locationID: $locationID) {
    id
    publishAt
    expiresAt
    missingLanguages
    title {
      lang
      text
    }
    body {
      lang
      text
    }
  }
}
    `) as unknown as TypedDocumentString<LocationAnnouncementsQuery, LocationAnnouncementsQueryVariables>;
export const CreateAnnouncementDocument = new TypedDocumentString(`
    mutation CreateAnnouncement($input: CreateAnnouncementInput!) {
  createAnnouncement(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateAnnouncementMutation, CreateAnnouncementMutationVariables>;
export const StaffThreadsDocument = new TypedDocumentString(`
    query StaffThreads {
  threadBoard {
    id
    title
    theme
    status
    meTooCount
    location {
      id
      name
      languages
    }
    conversation {
      id
      body
      language
    }
    latestResponse(language: "nl") {
      text
      language
      status
    }
  }
}
    `) as unknown as TypedDocumentString<StaffThreadsQuery, StaffThreadsQueryVariables>;
export const RespondToThreadDocument = new TypedDocumentString(`
    mutation RespondToThread($input: RespondToThreadInput!) {
  respondToThread(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RespondToThreadMutation, RespondToThreadMutationVariables>;
export const ThreadBoardDocument = new TypedDocumentString(`
    query ThreadBoard {
  threadBoard {
    id
    title
    theme
    status
    meTooCount
    supportedByMe
    startedByMe
    area {
      kind
      localName {
        lang
        text
      }
    }
    latestResponse {
      text
      language
      status
      reason
      commitmentDate
    }
  }
}
    `) as unknown as TypedDocumentString<ThreadBoardQuery, ThreadBoardQueryVariables>;
export const MeTooDocument = new TypedDocumentString(`
    mutation MeToo($threadID: ID!) {
  meToo(threadID: $threadID) {
    id
    meTooCount
    supportedByMe
  }
}
    `) as unknown as TypedDocumentString<MeTooMutation, MeTooMutationVariables>;
export const WithdrawMeTooDocument = new TypedDocumentString(`
    mutation WithdrawMeToo($threadID: ID!) {
  withdrawMeToo(threadID: $threadID) {
    id
    meTooCount
    supportedByMe
  }
}
    `) as unknown as TypedDocumentString<WithdrawMeTooMutation, WithdrawMeTooMutationVariables>;
export const MyCouncilScreenDocument = new TypedDocumentString(`
    query MyCouncilScreen($language: String) {
  myCouncil(language: $language) {
    council {
      id
      name
    }
    supportThreshold
    seats
    vacancies
    members {
      pseudonym
      avatar
      role
      me
      elected
    }
    nextMeeting {
      id
      startsAt
      place
      agenda {
        id
        position
        theme
        titleText(language: $language) {
          text
          lang
        }
      }
    }
    recentDecisions {
      id
      status
      theme
      dueDate
      text {
        text
        lang
      }
      reason {
        text
        lang
      }
    }
    openIdeas {
      id
      theme
      status
      supportCount
      supportedByMe
      proposedByMe
      titleText(language: $language) {
        text
        lang
      }
      area {
        id
        kind
        localName {
          text
          lang
        }
      }
    }
    myIdeas {
      id
      theme
      status
      supportCount
      supportedByMe
      proposedByMe
      titleText(language: $language) {
        text
        lang
      }
      area {
        id
        kind
        localName {
          text
          lang
        }
      }
    }
    elections {
      id
      status
      seats
      pollID
      closesAt
      standingByMe
      candidates {
        optionID
        pseudonym
        avatar
        withdrawn
        elected
        tied
        me
      }
    }
  }
  me {
    ... on YouthMember {
      id
      location {
        id
        areas {
          id
          kind
          localName {
            text
            lang
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyCouncilScreenQuery, MyCouncilScreenQueryVariables>;
export const ProposeCouncilIdeaDocument = new TypedDocumentString(`
    mutation ProposeCouncilIdea($input: ProposeIdeaInput!) {
  proposeIdea(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ProposeCouncilIdeaMutation, ProposeCouncilIdeaMutationVariables>;
export const SupportCouncilIdeaDocument = new TypedDocumentString(`
    mutation SupportCouncilIdea($ideaID: ID!) {
  supportIdea(ideaID: $ideaID) {
    id
    supportCount
    supportedByMe
  }
}
    `) as unknown as TypedDocumentString<SupportCouncilIdeaMutation, SupportCouncilIdeaMutationVariables>;
export const StandForElectionDocument = new TypedDocumentString(`
    mutation StandForElection($electionID: ID!) {
  standForElection(electionID: $electionID) {
    id
    standingByMe
  }
}
    `) as unknown as TypedDocumentString<StandForElectionMutation, StandForElectionMutationVariables>;
export const WithdrawCandidacyDocument = new TypedDocumentString(`
    mutation WithdrawCandidacy($electionID: ID!) {
  withdrawCandidacy(electionID: $electionID) {
    id
    standingByMe
  }
}
    `) as unknown as TypedDocumentString<WithdrawCandidacyMutation, WithdrawCandidacyMutationVariables>;
export const CouncilListDocument = new TypedDocumentString(`
    query CouncilList {
  locations(first: 100, orderBy: {field: NAME, direction: ASC}) {
    edges {
      node {
        id
        name
        councils {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CouncilListQuery, CouncilListQueryVariables>;
export const CouncilOverviewDocument = new TypedDocumentString(`
    query CouncilOverview($id: ID!) {
  node(id: $id) {
    ... on Council {
      id
      name
      supportThreshold
      seats
      vacancies
      memberCount
      location {
        id
        name
        languages
      }
      memberships {
        id
        role
        leftAt
        member {
          id
          pseudonym
          avatar
          status
        }
      }
    }
  }
  councilMeetings(councilID: $id) {
    id
    startsAt
    place
    minutesPublishedAt
    agenda {
      id
      titleText {
        text
        lang
      }
      decision {
        id
        outcome
        actionStatus
        dueDate
        text {
          lang
          text
        }
      }
    }
  }
  councilElections(councilID: $id) {
    id
    seats
    status
    opensAt
    closesAt
    byElection
    candidates {
      memberID
      pseudonym
      avatar
      withdrawn
      elected
    }
  }
}
    `) as unknown as TypedDocumentString<CouncilOverviewQuery, CouncilOverviewQueryVariables>;
export const MeetingAgendaDocument = new TypedDocumentString(`
    query MeetingAgenda($meeting: ID!, $council: ID!) {
  node(id: $meeting) {
    ... on Meeting {
      id
      startsAt
      place
      minutesPublishedAt
      attendance
      council {
        id
        name
        memberCount
        location {
          id
          languages
        }
      }
      agenda {
        id
        position
        theme
        ideaID
        threadID
        pollID
        title {
          lang
          text
        }
        titleText {
          text
          lang
        }
        decision {
          id
          outcome
          dueDate
          text {
            lang
            text
          }
          hands {
            inFavour
            against
            abstain
          }
        }
      }
    }
  }
  councilIdeas(councilID: $council) {
    id
    theme
    status
    titleText {
      text
      lang
    }
    supportCount
    supportCountSuppressed
  }
}
    `) as unknown as TypedDocumentString<MeetingAgendaQuery, MeetingAgendaQueryVariables>;
export const AgendaSourcesDocument = new TypedDocumentString(`
    query AgendaSources {
  threadBoard {
    id
    title
    theme
    status
    locationID
    conversation {
      language
    }
  }
  polls(first: 100, orderBy: {field: CREATED_AT, direction: DESC}) {
    edges {
      node {
        id
        status
        theme
        locationID
        councilID
        question {
          lang
          text
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AgendaSourcesQuery, AgendaSourcesQueryVariables>;
export const MinutesCheckDocument = new TypedDocumentString(`
    query MinutesCheck($meeting: ID!) {
  minutesCheck(meetingID: $meeting) {
    missingTranslations {
      agendaItemID
      field
      languages
    }
    undecidedAgendaItemIDs
  }
}
    `) as unknown as TypedDocumentString<MinutesCheckQuery, MinutesCheckQueryVariables>;
export const ConsoleCreateMeetingDocument = new TypedDocumentString(`
    mutation ConsoleCreateMeeting($input: CreateMeetingInput!) {
  createMeeting(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleCreateMeetingMutation, ConsoleCreateMeetingMutationVariables>;
export const ConsoleAddAgendaItemDocument = new TypedDocumentString(`
    mutation ConsoleAddAgendaItem($input: AddAgendaItemInput!) {
  addAgendaItem(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleAddAgendaItemMutation, ConsoleAddAgendaItemMutationVariables>;
export const ConsoleRecordDecisionDocument = new TypedDocumentString(`
    mutation ConsoleRecordDecision($input: RecordDecisionInput!) {
  recordDecision(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleRecordDecisionMutation, ConsoleRecordDecisionMutationVariables>;
export const ConsolePublishMinutesDocument = new TypedDocumentString(`
    mutation ConsolePublishMinutes($meeting: ID!, $attendance: Int) {
  publishMinutes(meetingID: $meeting, attendance: $attendance) {
    meeting {
      id
    }
    missingTranslations {
      agendaItemID
      field
      languages
    }
    undecidedAgendaItemIDs
  }
}
    `) as unknown as TypedDocumentString<ConsolePublishMinutesMutation, ConsolePublishMinutesMutationVariables>;
export const ConsoleUpdateDecisionStatusDocument = new TypedDocumentString(`
    mutation ConsoleUpdateDecisionStatus($input: UpdateDecisionStatusInput!) {
  updateDecisionStatus(input: $input) {
    id
    actionStatus
  }
}
    `) as unknown as TypedDocumentString<ConsoleUpdateDecisionStatusMutation, ConsoleUpdateDecisionStatusMutationVariables>;
export const ConsoleSetSupportThresholdDocument = new TypedDocumentString(`
    mutation ConsoleSetSupportThreshold($council: ID!, $supports: Int!) {
  setSupportThreshold(councilID: $council, supports: $supports) {
    id
    supportThreshold
  }
}
    `) as unknown as TypedDocumentString<ConsoleSetSupportThresholdMutation, ConsoleSetSupportThresholdMutationVariables>;
export const ConsoleCallElectionDocument = new TypedDocumentString(`
    mutation ConsoleCallElection($input: CallElectionInput!) {
  callElection(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleCallElectionMutation, ConsoleCallElectionMutationVariables>;
export const ConsoleCreateElectionDocument = new TypedDocumentString(`
    mutation ConsoleCreateElection($input: CreateElectionInput!) {
  createElection(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleCreateElectionMutation, ConsoleCreateElectionMutationVariables>;
export const ConsoleQuickPollDocument = new TypedDocumentString(`
    mutation ConsoleQuickPoll($input: CreatePollInput!) {
  createPoll(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleQuickPollMutation, ConsoleQuickPollMutationVariables>;
export const ConsoleOpenQuickPollDocument = new TypedDocumentString(`
    mutation ConsoleOpenQuickPoll($id: ID!) {
  openPoll(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleOpenQuickPollMutation, ConsoleOpenQuickPollMutationVariables>;
export const ConsoleLinkAgendaItemPollDocument = new TypedDocumentString(`
    mutation ConsoleLinkAgendaItemPoll($item: ID!, $poll: ID!) {
  linkAgendaItemPoll(agendaItemID: $item, pollID: $poll) {
    id
    pollID
  }
}
    `) as unknown as TypedDocumentString<ConsoleLinkAgendaItemPollMutation, ConsoleLinkAgendaItemPollMutationVariables>;
export const MyLocationDocument = new TypedDocumentString(`
    query MyLocation {
  me {
    ... on YouthMember {
      id
      locationID
      location {
        id
        areas {
          id
          kind
          localName {
            lang
            text
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyLocationQuery, MyLocationQueryVariables>;
export const StartThreadDocument = new TypedDocumentString(`
    mutation StartThread($input: StartThreadInput!) {
  startThread(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<StartThreadMutation, StartThreadMutationVariables>;
export const MyPostsDocument = new TypedDocumentString(`
    query MyPosts {
  myPosts {
    id
    body
    language
    moderationState
    reasonText
    thread {
      id
      title
    }
  }
}
    `) as unknown as TypedDocumentString<MyPostsQuery, MyPostsQueryVariables>;
export const ModerationQueueDocument = new TypedDocumentString(`
    query ModerationQueue {
  moderationQueue(first: 50) {
    edges {
      node {
        id
        body
        language
        flags
        createdAt
        thread {
          id
          title
          theme
          location {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ModerationQueueQuery, ModerationQueueQueryVariables>;
export const ModeratePostDocument = new TypedDocumentString(`
    mutation ModeratePost($input: ModeratePostInput!) {
  moderatePost(input: $input) {
    id
    moderationState
  }
}
    `) as unknown as TypedDocumentString<ModeratePostMutation, ModeratePostMutationVariables>;
export const MonitorForChildrenDocument = new TypedDocumentString(`
    query MonitorForChildren {
  monitorForChildren {
    domain
    theme
    pictogram
    closedAt
    score
    needsAttention
    whatWeDid {
      text
      language
      status
      reason
      commitmentDate
    }
  }
}
    `) as unknown as TypedDocumentString<MonitorForChildrenQuery, MonitorForChildrenQueryVariables>;
export const MonitorScorecardDocument = new TypedDocumentString(`
    query MonitorScorecard($locationID: ID!, $from: Time, $to: Time) {
  monitorScorecard(locationID: $locationID, from: $from, to: $to) {
    locationID
    locationName
    kind
    minGroupSize
    frameworkVersion
    generatedAt
    schedule {
      ...MonitorScheduleFields
    }
    period {
      from
      to
      weeks
    }
    domains {
      domain
      threshold
      drop
      trend
      kindScore
      kindLocations
      nationalScore
      nationalLocations
      needsAttention
      latest {
        round
        closedAt
        answers
        suppressed
        score
        scoredAnswers
        byAge {
          ageVersion
          pollID
        }
      }
      history {
        round
        closedAt
        answers
        suppressed
        score
        scoredAnswers
      }
    }
    stability {
      children
      moves
      movesWithNotice
      movesShortNotice
      movesNoticeUnknown
      noticeSharePercent
      childrenByMoves {
        moves
        children
      }
    }
  }
}
    fragment MonitorScheduleFields on MonitorSchedule {
  locationID
  everyDays
  paused
  own
  nextRoundAt
  rounds
}`) as unknown as TypedDocumentString<MonitorScorecardQuery, MonitorScorecardQueryVariables>;
export const NationalMonitorDocument = new TypedDocumentString(`
    query NationalMonitor($from: Time, $to: Time) {
  nationalMonitor(from: $from, to: $to) {
    minGroupSize
    generatedAt
    period {
      from
      to
      weeks
    }
    domains {
      domain
      threshold
      score
      locations
      kinds {
        kind
        score
        locations
      }
    }
    locations {
      locationID
      locationName
      kind
      attention
      domains {
        domain
        answers
        score
        trend
        needsAttention
      }
    }
    stability {
      kind
      children
      moves
      movesWithNotice
      noticeSharePercent
    }
  }
}
    `) as unknown as TypedDocumentString<NationalMonitorQuery, NationalMonitorQueryVariables>;
export const StartMonitorRoundDocument = new TypedDocumentString(`
    mutation StartMonitorRound($locationID: ID!) {
  startMonitorRound(locationID: $locationID) {
    round
    pollIDs
  }
}
    `) as unknown as TypedDocumentString<StartMonitorRoundMutation, StartMonitorRoundMutationVariables>;
export const SetMonitorScheduleDocument = new TypedDocumentString(`
    mutation SetMonitorSchedule($locationID: ID!, $everyDays: Int, $paused: Boolean, $useDefault: Boolean) {
  setMonitorSchedule(
    locationID: $locationID
    everyDays: $everyDays
    paused: $paused
    useDefault: $useDefault
  ) {
    ...MonitorScheduleFields
  }
}
    fragment MonitorScheduleFields on MonitorSchedule {
  locationID
  everyDays
  paused
  own
  nextRoundAt
  rounds
}`) as unknown as TypedDocumentString<SetMonitorScheduleMutation, SetMonitorScheduleMutationVariables>;
export const AnnouncementsDocument = new TypedDocumentString(`
    query Announcements {
  announcements {
    id
    title
    body
    simpleBody
    language
    audioURL
  }
}
    `) as unknown as TypedDocumentString<AnnouncementsQuery, AnnouncementsQueryVariables>;
export const RespondToPollDocument = new TypedDocumentString(`
    mutation RespondToPoll($input: RespondToPollInput!) {
  respondToPoll(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RespondToPollMutation, RespondToPollMutationVariables>;
export const StaffPollsDocument = new TypedDocumentString(`
    query StaffPolls {
  polls(first: 50, orderBy: {field: CREATED_AT, direction: DESC}) {
    edges {
      node {
        id
        status
        kind
        theme
        scope
        question {
          lang
          text
        }
        council {
          name
        }
        location {
          name
        }
        openedAt
        closedAt
        publishedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StaffPollsQuery, StaffPollsQueryVariables>;
export const PollTargetsDocument = new TypedDocumentString(`
    query PollTargets {
  locations(first: 100, orderBy: {field: NAME, direction: ASC}) {
    edges {
      node {
        id
        name
        languages
        councils {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PollTargetsQuery, PollTargetsQueryVariables>;
export const CreatePollDocument = new TypedDocumentString(`
    mutation CreatePoll($input: CreatePollInput!) {
  createPoll(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreatePollMutation, CreatePollMutationVariables>;
export const UpdatePollDocument = new TypedDocumentString(`
    mutation UpdatePoll($id: ID!, $input: UpdatePollInput!) {
  updatePoll(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdatePollMutation, UpdatePollMutationVariables>;
export const PollDraftDocument = new TypedDocumentString(`
    query PollDraft($id: ID!) {
  node(id: $id) {
    ... on Poll {
      id
      status
      kind
      theme
      maxChoices
      minGroupSize
      audienceAgeBands
      opensAt
      closesAt
      description {
        lang
        text
      }
      question {
        lang
        text
      }
      location {
        id
      }
      council {
        id
      }
      options {
        position
        pictogram
        label {
          lang
          text
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PollDraftQuery, PollDraftQueryVariables>;
export const PollMissingLanguagesDocument = new TypedDocumentString(`
    query PollMissingLanguages($id: ID!) {
  node(id: $id) {
    ... on Poll {
      id
      missingLanguages
    }
  }
}
    `) as unknown as TypedDocumentString<PollMissingLanguagesQuery, PollMissingLanguagesQueryVariables>;
export const OpenPollDocument = new TypedDocumentString(`
    mutation OpenPoll($id: ID!) {
  openPoll(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<OpenPollMutation, OpenPollMutationVariables>;
export const ClosePollDocument = new TypedDocumentString(`
    mutation ClosePoll($id: ID!) {
  closePoll(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ClosePollMutation, ClosePollMutationVariables>;
export const PublishPollResultsDocument = new TypedDocumentString(`
    mutation PublishPollResults($id: ID!) {
  publishPollResults(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<PublishPollResultsMutation, PublishPollResultsMutationVariables>;
export const StaffPollResultsDocument = new TypedDocumentString(`
    query StaffPollResults($id: ID!) {
  node(id: $id) {
    ... on Poll {
      id
      kind
      theme
      status
      question {
        lang
        text
      }
      location {
        name
        languages
      }
      council {
        name
      }
      closedAt
      whatWeDid {
        text
        language
        status
      }
      options {
        id
        position
        pictogram
        label {
          lang
          text
        }
      }
    }
  }
  pollResults(pollID: $id) {
    status
    minGroupSize
    turnout
    turnoutSuppressed
    countsVisible
    median
    options {
      optionID
      count
      suppressed
    }
  }
}
    `) as unknown as TypedDocumentString<StaffPollResultsQuery, StaffPollResultsQueryVariables>;
export const PollTurnoutDocument = new TypedDocumentString(`
    subscription PollTurnout($pollID: ID!) {
  pollTurnout(pollID: $pollID) {
    pollID
    turnout
    turnoutSuppressed
    minGroupSize
  }
}
    `) as unknown as TypedDocumentString<PollTurnoutSubscription, PollTurnoutSubscriptionVariables>;
export const ReportLocationsDocument = new TypedDocumentString(`
    query ReportLocations {
  locations(first: 100, orderBy: {field: NAME, direction: ASC}) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReportLocationsQuery, ReportLocationsQueryVariables>;
export const LocationReportDocument = new TypedDocumentString(`
    query LocationReport($locationID: ID!, $from: Time, $to: Time, $trend: ReportTrendInterval) {
  locationReport(locationID: $locationID, from: $from, to: $to, trend: $trend) {
    locationID
    locationName
    kind
    municipality
    childrenHoused
    minGroupSize
    answerDeadlineDays
    period {
      from
      to
      weeks
    }
    participation {
      activeMembers
      voters
      posts
      turnoutPercent
      turnoutOfHousedPercent
    }
    polls {
      pollID
      kind
      theme
      question {
        lang
        text
      }
      closedAt
      minGroupSize
      turnout
      turnoutSuppressed
      score
      median
      options {
        optionID
        position
        label {
          lang
          text
        }
        count
        suppressed
      }
    }
    themes {
      theme
      threads
      posts
      open
      inProgress
      done
      overdue
      medianModerationHours
      medianResponseHours
    }
    feedback {
      threads
      posts
      open
      inProgress
      done
      notPossible
      overdue
      medianModerationHours
      medianResponseHours
    }
    overdueResponses
    openSafeguardingCases
    safetyScore
    smileyTrend {
      theme
      start
      polls
      responses
      score
    }
    councils {
      councils
      quietCouncils
      meetingsHeld
      agendaItems
      attendance
      averageAttendance
      decisions
      adopted
      rejected
      deferred
      actionsDone
      ideasRaised
      ideasAdopted
      ideasDone
      supports
      medianDaysToDecision
      medianDaysToDone
      electionsHeld
      electionsVoid
      seatsFilled
      seats
      vacancies
    }
    generatedAt
  }
}
    `) as unknown as TypedDocumentString<LocationReportQuery, LocationReportQueryVariables>;
export const NationalReportDocument = new TypedDocumentString(`
    query NationalReport($from: Time, $to: Time, $trend: ReportTrendInterval) {
  nationalReport(from: $from, to: $to, trend: $trend) {
    minGroupSize
    period {
      from
      to
      weeks
    }
    locations {
      locationID
      locationName
      kind
      childrenHoused
      participation {
        voters
        turnoutPercent
        posts
      }
      overdueResponses
      safetyScore
      concerns
    }
    kinds {
      kind
      locations
      participation {
        voters
      }
      safetyScore
    }
    total {
      locations
      childrenHoused
      participation {
        voters
        posts
      }
      overdueResponses
      openSafeguardingCases
      safetyScore
    }
    councils {
      locations {
        locationID
        locationName
        figures {
          councils
          quietCouncils
          meetingsHeld
          agendaItems
          attendance
          averageAttendance
          decisions
          adopted
          rejected
          deferred
          actionsDone
          ideasRaised
          ideasAdopted
          ideasDone
          supports
          medianDaysToDecision
          medianDaysToDone
          electionsHeld
          electionsVoid
          seatsFilled
          seats
          vacancies
        }
      }
      total {
        councils
        quietCouncils
        meetingsHeld
        agendaItems
        attendance
        averageAttendance
        decisions
        adopted
        rejected
        deferred
        actionsDone
        ideasRaised
        ideasAdopted
        ideasDone
        supports
        medianDaysToDecision
        medianDaysToDone
        electionsHeld
        electionsVoid
        seatsFilled
        seats
        vacancies
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NationalReportQuery, NationalReportQueryVariables>;
export const SafeguardingCasesDocument = new TypedDocumentString(`
    query SafeguardingCases {
  safeguardingCases {
    id
    status
    postBody
    postLanguage
    openedAt
    openedByName
    location {
      name
    }
    notes {
      text
      at
    }
  }
}
    `) as unknown as TypedDocumentString<SafeguardingCasesQuery, SafeguardingCasesQueryVariables>;
export const UpdateSafeguardingCaseDocument = new TypedDocumentString(`
    mutation UpdateSafeguardingCase($input: UpdateSafeguardingCaseInput!) {
  updateSafeguardingCase(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<UpdateSafeguardingCaseMutation, UpdateSafeguardingCaseMutationVariables>;
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
export const SignalsDocument = new TypedDocumentString(`
    query Signals {
  signals(first: 50) {
    edges {
      node {
        id
        kind
        detail
        createdAt
        acknowledgedAt
        location {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SignalsQuery, SignalsQueryVariables>;
export const AcknowledgeSignalDocument = new TypedDocumentString(`
    mutation AcknowledgeSignal($id: ID!) {
  acknowledgeSignal(id: $id) {
    id
    acknowledgedAt
  }
}
    `) as unknown as TypedDocumentString<AcknowledgeSignalMutation, AcknowledgeSignalMutationVariables>;
export const StaffLoginDocument = new TypedDocumentString(`
    mutation StaffLogin($email: String!, $password: String!) {
  staffLogin(email: $email, password: $password) {
    id
    role
  }
}
    `) as unknown as TypedDocumentString<StaffLoginMutation, StaffLoginMutationVariables>;
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
export const YouthMemberLeftDocument = new TypedDocumentString(`
    mutation YouthMemberLeft($memberID: ID!) {
  youthMemberLeft(memberID: $memberID) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<YouthMemberLeftMutation, YouthMemberLeftMutationVariables>;
export const EnrollTabletDocument = new TypedDocumentString(`
    mutation EnrollTablet($locationID: ID!, $name: String!) {
  enrollTablet(locationID: $locationID, name: $name) {
    id
    name
    createdAt
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
export const OpenPollsDocument = new TypedDocumentString(`
    query OpenPolls {
  openPolls {
    id
    kind
    theme
    maxChoices
    closesAt
    voted
    question {
      text
      lang
    }
    description {
      text
      lang
    }
    options {
      id
      pictogram
      position
      label {
        text
        lang
      }
      candidate {
        pseudonym
        avatar
        withdrawn
        me
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OpenPollsQuery, OpenPollsQueryVariables>;
export const CastVoteDocument = new TypedDocumentString(`
    mutation CastVote($input: CastVoteInput!) {
  castVote(input: $input) {
    pollID
    accepted
  }
}
    `) as unknown as TypedDocumentString<CastVoteMutation, CastVoteMutationVariables>;
export const PublishedPollsDocument = new TypedDocumentString(`
    query PublishedPolls {
  publishedPolls {
    id
    kind
    theme
    voted
    whatWeDid {
      text
      language
      status
      reason
      commitmentDate
    }
    question {
      text
      lang
    }
    options {
      id
      pictogram
      position
      label {
        text
        lang
      }
    }
    results {
      minGroupSize
      turnout
      turnoutSuppressed
      countsVisible
      options {
        optionID
        count
        suppressed
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublishedPollsQuery, PublishedPollsQueryVariables>;