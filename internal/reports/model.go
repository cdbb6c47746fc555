package reports

import (
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/jeugdstem/jeugdstem/ent/location"
	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
)

// The figures of a report. Every count of children (or of what children did: threads, posts,
// votes) is a *int that is nil when it is suppressed: it counts fewer than the threshold, or it is
// hidden so that a suppressed count cannot be recovered by subtraction. A derived figure (a
// percentage, a median, an average) is nil when what it is computed from is suppressed or too
// small. Zeros are shown.

// LocationReport is what children of one location said in a period, and what was done with it.
type LocationReport struct {
	LocationID     string        `json:"locationID"`
	LocationName   string        `json:"locationName"`
	Kind           location.Kind `json:"kind"`
	Municipality   string        `json:"municipality"`
	ChildrenHoused int           `json:"childrenHoused"`
	Period         Period        `json:"period"`
	// MinGroupSize is the threshold k the report was protected with.
	MinGroupSize int `json:"minGroupSize"`
	// AnswerDeadlineDays is after how many days an unanswered thread counts as overdue.
	AnswerDeadlineDays int            `json:"answerDeadlineDays"`
	Participation      Participation  `json:"participation"`
	Polls              []PollResult   `json:"polls"`
	Themes             []ThemeFigures `json:"themes"`
	// Feedback is the sum over all themes.
	Feedback              ThemeFigures `json:"feedback"`
	OverdueResponses      *int         `json:"overdueResponses"`
	OpenSafeguardingCases *int         `json:"openSafeguardingCases"`
	// SafetyScore is the average answer (1–5) to the location's SAFETY smiley polls of the period.
	SafetyScore *float64     `json:"safetyScore"`
	SmileyTrend []TrendPoint `json:"smileyTrend"`
	// Councils is what the location's youth councils did (councils.go).
	Councils    CouncilFigures `json:"councils"`
	GeneratedAt time.Time      `json:"generatedAt"`
}

// Participation is how many children took part.
type Participation struct {
	// ActiveMembers are the location's youth council members with status ACTIVE (now).
	ActiveMembers *int `json:"activeMembers"`
	// Voters are the distinct members who voted in a poll of the period: the location's polls, and
	// national polls by members who live at the location now.
	Voters *int `json:"voters"`
	// Posts are the posts written in the location's threads during the period, in any moderation
	// state (a count says nothing of what was written).
	Posts *int `json:"posts"`
	// TurnoutPercent is voters as a share of active members; TurnoutOfHousedPercent as a share of
	// the children the location houses.
	TurnoutPercent         *float64 `json:"turnoutPercent"`
	TurnoutOfHousedPercent *float64 `json:"turnoutOfHousedPercent"`
}

// PollResult is a poll of the period (one that closed in it) and its protected result.
type PollResult struct {
	PollID   string                   `json:"pollID"`
	Scope    poll.Scope               `json:"scope"`
	Kind     poll.Kind                `json:"kind"`
	Theme    schematype.Theme         `json:"theme"`
	Status   poll.Status              `json:"status"`
	Question []schematype.Translation `json:"question"`
	ClosedAt time.Time                `json:"closedAt"`
	// MinGroupSize is the threshold this poll's result was protected with: the poll's own or the
	// deployment's, whichever is larger.
	MinGroupSize      int            `json:"minGroupSize"`
	Turnout           *int           `json:"turnout"`
	TurnoutSuppressed bool           `json:"turnoutSuppressed"`
	Options           []OptionResult `json:"options"`
	// Score is the average answer (1–5) of a SMILEY_SCALE poll whose every count is shown.
	Score *float64 `json:"score"`
	// Median is the middle answer of a SLIDER poll (0–10) whose every count is shown.
	Median *float64 `json:"median"`
}

// OptionResult is one option's count: the children who chose it (for RANKING: who ranked it first).
type OptionResult struct {
	OptionID   string                   `json:"optionID"`
	Position   int                      `json:"position"`
	Label      []schematype.Translation `json:"label"`
	Count      *int                     `json:"count"`
	Suppressed bool                     `json:"suppressed"`
}

// ThemeFigures is feedback about one theme (or, with no theme, about all of them): threads started
// in the period by their status now, posts written in the period, and how fast adults reacted.
type ThemeFigures struct {
	Theme       *schematype.Theme `json:"theme"`
	Threads     *int              `json:"threads"`
	Posts       *int              `json:"posts"`
	Open        *int              `json:"open"`
	InProgress  *int              `json:"inProgress"`
	Done        *int              `json:"done"`
	NotPossible *int              `json:"notPossible"`
	Closed      *int              `json:"closed"`
	// Overdue are threads that waited longer than the answer deadline for a manager's answer (or
	// are still waiting past it).
	Overdue *int `json:"overdue"`
	// MedianModerationHours is from a post being written to the moderator's decision;
	// MedianResponseHours from a thread being started to its first answer. Each needs at least
	// MinGroupSize posts or answered threads.
	MedianModerationHours *float64 `json:"medianModerationHours"`
	MedianResponseHours   *float64 `json:"medianResponseHours"`
}

// TrendPoint is the average smiley answer about a theme in one week or month. Only polls whose
// every count could be shown take part: with its visible counts, the average of a poll with a
// hidden count would give the hidden ones away.
type TrendPoint struct {
	Theme     schematype.Theme `json:"theme"`
	Start     time.Time        `json:"start"`
	Polls     int              `json:"polls"`
	Responses int              `json:"responses"`
	Score     float64          `json:"score"`
}

// TrendInterval is the width of a trend point.
type TrendInterval string

// The trend intervals.
const (
	TrendWeek  TrendInterval = "WEEK"
	TrendMonth TrendInterval = "MONTH"
)

// NationalReport compares every location in a period.
type NationalReport struct {
	Period             Period `json:"period"`
	MinGroupSize       int    `json:"minGroupSize"`
	AnswerDeadlineDays int    `json:"answerDeadlineDays"`
	// SafetyScoreThreshold: a location whose safety score is below it is flagged.
	SafetyScoreThreshold float64 `json:"safetyScoreThreshold"`
	// Locations come flagged ones first (lowest safety score, then most overdue answers).
	Locations []LocationSummary `json:"locations"`
	// Kinds sum the locations of each kind; Total sums them all.
	Kinds []LocationSummary `json:"kinds"`
	Total LocationSummary   `json:"total"`
	// Themes is the feedback of all locations per theme.
	Themes []ThemeFigures `json:"themes"`
	// Polls are the national polls of the period.
	Polls       []PollResult `json:"polls"`
	SmileyTrend []TrendPoint `json:"smileyTrend"`
	// Councils compares the locations' youth councils (councils.go).
	Councils    NationalCouncils `json:"councils"`
	GeneratedAt time.Time        `json:"generatedAt"`
}

// Concern is why a location is flagged in the national report.
type Concern string

// The concerns.
const (
	ConcernLowSafetyScore Concern = "LOW_SAFETY_SCORE"
	ConcernOverdueAnswers Concern = "OVERDUE_ANSWERS"
)

// LocationSummary is the figures of one location, of all locations of a kind, or of all
// locations. For a kind and the total the counts are sums over locations (a child who voted at two
// locations counts twice); medians and averages are over all their posts, threads and polls.
type LocationSummary struct {
	LocationID   *string        `json:"locationID"`
	LocationName *string        `json:"locationName"`
	Kind         *location.Kind `json:"kind"`
	Municipality *string        `json:"municipality"`
	// Locations is how many locations the line covers (1 for a location).
	Locations             int           `json:"locations"`
	ChildrenHoused        int           `json:"childrenHoused"`
	Participation         Participation `json:"participation"`
	Feedback              ThemeFigures  `json:"feedback"`
	OverdueResponses      *int          `json:"overdueResponses"`
	OpenSafeguardingCases *int          `json:"openSafeguardingCases"`
	SafetyScore           *float64      `json:"safetyScore"`
	Concerns              []Concern     `json:"concerns"`
}

// MarshalGQL writes the interval as a GraphQL enum value.
func (i TrendInterval) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(i))) }

// UnmarshalGQL reads a GraphQL enum value.
func (i *TrendInterval) UnmarshalGQL(v any) error {
	s, _ := v.(string)
	switch TrendInterval(s) {
	case TrendWeek, TrendMonth:
		*i = TrendInterval(s)
		return nil
	}
	return fmt.Errorf("%q is not a valid ReportTrendInterval", s)
}

// MarshalGQL writes the concern as a GraphQL enum value.
func (c Concern) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(c))) }

// UnmarshalGQL reads a GraphQL enum value.
func (c *Concern) UnmarshalGQL(v any) error {
	s, _ := v.(string)
	switch Concern(s) {
	case ConcernLowSafetyScore, ConcernOverdueAnswers:
		*c = Concern(s)
		return nil
	}
	return fmt.Errorf("%q is not a valid ReportConcern", s)
}
