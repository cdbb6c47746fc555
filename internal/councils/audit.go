package councils

// The audit actions of a council's work (internal/audit): each names the object by its id, never
// a child's pseudonym, a text or a count of hands.
const (
	ActionMeetingCreated        = "MEETING_CREATED"
	ActionAgendaItemAdded       = "AGENDA_ITEM_ADDED"
	ActionDecisionRecorded      = "DECISION_RECORDED"
	ActionMinutesPublished      = "MINUTES_PUBLISHED"
	ActionDecisionStatusUpdated = "DECISION_STATUS_UPDATED"
	// ActionCouncilRoleAssigned names the membership, not the child.
	ActionCouncilRoleAssigned = "COUNCIL_ROLE_ASSIGNED"
	ActionSupportThresholdSet = "SUPPORT_THRESHOLD_SET"
	ActionElectionCalled      = "ELECTION_CALLED"
	ActionElectionCreated     = "ELECTION_CREATED"
)
