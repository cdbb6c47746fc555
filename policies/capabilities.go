package policies

import "slices"

// Capability is something a staff role may do. The table below is the one place that says which
// role may do what: the privacy rules take their roles from it (RolesWith), and the console reads
// the signed-in user's set (StaffUser.capabilities) to decide which sections it shows, so the
// console's menu and the API's answers cannot disagree.
type Capability string

// The capabilities. A role has a capability at its linked locations; national admins at every
// location, except where a capability is kept from them on purpose (children's unmoderated words,
// safeguarding cases, moderation decisions are the location's own staff's).
const (
	// ReadLocations: see the locations one is linked to (every staff role).
	ReadLocations Capability = "READ_LOCATIONS"
	// ReadCouncils: read a location's councils, children's pseudonyms, polls, announcements and
	// answers: the adults who work with the children (partners read aggregates only).
	ReadCouncils Capability = "READ_COUNCILS"
	// ManageMembers: register, unlock, transfer children; councils and areas.
	ManageMembers Capability = "MANAGE_MEMBERS"
	// ManageTablets: enroll, list and revoke the location's tablets.
	ManageTablets Capability = "MANAGE_TABLETS"
	// RunCouncils: prepare a council's meetings and agendas, record decisions, publish minutes,
	// set the support threshold and assign council roles (the council's facilitator).
	RunCouncils Capability = "RUN_COUNCILS"
	// ManagePolls: make, open, close and publish polls.
	ManagePolls Capability = "MANAGE_POLLS"
	// PublishAnnouncements: write announcements and record their readings.
	PublishAnnouncements Capability = "PUBLISH_ANNOUNCEMENTS"
	// ReadUnmoderated: read children's posts and threads before a moderator approved them, with
	// their moderation details.
	ReadUnmoderated Capability = "READ_UNMODERATED"
	// Moderate: decide on posts and escalate them to a safeguarding case.
	Moderate Capability = "MODERATE"
	// ReadModerationDecisions: read the decisions taken on the location's posts.
	ReadModerationDecisions Capability = "READ_MODERATION_DECISIONS"
	// HandleSafeguarding: read and update safeguarding cases.
	HandleSafeguarding Capability = "HANDLE_SAFEGUARDING"
	// AnswerThreads: answer children's threads ("you said, we did").
	AnswerThreads Capability = "ANSWER_THREADS"
	// ReadReports: read and export location reports (suppressed aggregates).
	ReadReports Capability = "READ_REPORTS"
	// ReadNationalReport: read the national comparison.
	ReadNationalReport Capability = "READ_NATIONAL_REPORT"
	// ReadSignals: read wellbeing signals.
	ReadSignals Capability = "READ_SIGNALS"
	// AcknowledgeSignals: acknowledge wellbeing signals.
	AcknowledgeSignals Capability = "ACKNOWLEDGE_SIGNALS"
	// SetCheckIns: read and set when the wellbeing check-in is asked.
	SetCheckIns Capability = "SET_CHECK_INS"
	// ReadMonitor: read a location's children's monitor scorecard (suppressed aggregates).
	ReadMonitor Capability = "READ_MONITOR"
	// ReadNationalMonitor: read the monitor of every location compared.
	ReadNationalMonitor Capability = "READ_NATIONAL_MONITOR"
	// StartMonitorRounds: start a round of the monitor and set its schedule.
	StartMonitorRounds Capability = "START_MONITOR_ROUNDS"
	// ReadAudit: read the audit events.
	ReadAudit Capability = "READ_AUDIT"
	// ReadStaff: read the staff of one's locations (everyone reads themself).
	ReadStaff Capability = "READ_STAFF"
	// ManageLocations: create and change locations.
	ManageLocations Capability = "MANAGE_LOCATIONS"
	// ManageStaff: create staff users.
	ManageStaff Capability = "MANAGE_STAFF"
)

// roleCapabilities is who may do what.
var roleCapabilities = map[Role][]Capability{
	RoleFacilitator: {ReadLocations, ReadCouncils, ManageMembers, ManageTablets, ManagePolls, PublishAnnouncements,
		RunCouncils},
	RoleModerator: {ReadLocations, ReadCouncils, ReadUnmoderated, Moderate, ReadModerationDecisions},
	RoleSafeguardingOfficer: {ReadLocations, ReadCouncils, ReadUnmoderated, ReadModerationDecisions,
		HandleSafeguarding},
	RoleLocationManager: {ReadLocations, ReadCouncils, ManageMembers, ManageTablets, ManagePolls, PublishAnnouncements,
		RunCouncils, ReadModerationDecisions, AnswerThreads, ReadReports, ReadSignals, AcknowledgeSignals, SetCheckIns, ReadMonitor,
		StartMonitorRounds, ReadAudit,
		ReadStaff},
	RolePartner: {ReadLocations, ReadReports, ReadSignals, ReadMonitor},
	RoleNationalAdmin: {ReadLocations, ReadCouncils, ManageMembers, ManageTablets, ManagePolls, PublishAnnouncements,
		RunCouncils, ReadModerationDecisions, AnswerThreads, ReadReports, ReadNationalReport, ReadSignals, AcknowledgeSignals,
		SetCheckIns, ReadMonitor, ReadNationalMonitor, StartMonitorRounds, ReadAudit, ReadStaff, ManageLocations, ManageStaff},
}

// locationRoles are the roles that work for linked locations, in a fixed order.
var locationRoles = []Role{RoleFacilitator, RoleModerator, RoleSafeguardingOfficer, RoleLocationManager, RolePartner}

// RolesWith returns the roles that have c at their linked locations. National admins are left
// out: their reach (every location) is AllowNationalAdmin's and NationalAdminSees', which each
// policy names where it applies.
func RolesWith(c Capability) []Role {
	var out []Role
	for _, r := range locationRoles {
		if slices.Contains(roleCapabilities[r], c) {
			out = append(out, r)
		}
	}
	return out
}

// rolesWithAny returns the roles that have one of cs, as RolesWith.
func rolesWithAny(cs ...Capability) []Role {
	var out []Role
	for _, r := range locationRoles {
		for _, c := range cs {
			if slices.Contains(roleCapabilities[r], c) {
				out = append(out, r)
				break
			}
		}
	}
	return out
}

// Capabilities returns what a staff user of role may do; nothing for others.
func Capabilities(role Role) []Capability {
	return slices.Clone(roleCapabilities[role])
}

// Can reports whether the viewer is staff whose role has c.
func (v *Viewer) Can(c Capability) bool {
	return v.IsStaff() && slices.Contains(roleCapabilities[v.Role], c)
}
