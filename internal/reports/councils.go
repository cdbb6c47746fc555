package reports

import (
	"context"

	"github.com/jeugdstem/jeugdstem/internal/disclosure"
)

// The youth councils' section of both reports: what the councils of a location did in the period
// (meetings, agenda items, decisions, elections), what became of the ideas children raised in it,
// and how the councils stand now (seats, vacancies, councils that stopped meeting).
//
// What is protected, and why:
//
//   - Figures about children pass through a disclosure.Table, nothing from 1 to k-1: the ideas
//     raised in the period, how many of them were adopted and how many are done (linked by the
//     unpublished counts "not adopted" and "adopted, not done", so that neither can be worked out
//     by subtraction), the supports they gathered (one per child), and the attendance summed over
//     the meetings held (children in the room). The days from idea to decision and from decision
//     to done are medians of at least k ideas, like the report's other medians.
//   - The council's own work is shown as it is: meetings held, agenda items, decisions by outcome
//     and their actions done, elections and the seats they filled, seats and vacancies now. Each
//     is what the council did as a group, recorded by its facilitator and published to every
//     child of the location (the minutes, myCouncil's seats and vacancies); none of them counts
//     what single children did or said.
//   - Councils that have not met for 8 weeks are counted by the rule of the COUNCIL_NO_MEETING
//     signal (signals.DefaultCouncilMeetingGap), now, as the signal sees them.
//
// The national section takes every location's cells exactly as that location's report hid them
// and protects its total over them, as the rest of the national report does.

// CouncilFigures are the youth councils of a location (or of all locations) in a period.
type CouncilFigures struct {
	// Councils is how many youth councils there are now; QuietCouncils how many of them have not
	// met for the COUNCIL_NO_MEETING gap (8 weeks) and are older than it.
	Councils      int `json:"councils"`
	QuietCouncils int `json:"quietCouncils"`
	// MeetingsHeld are the meetings that started in the period (and not after now); AgendaItems
	// are their agenda's items.
	MeetingsHeld int `json:"meetingsHeld"`
	AgendaItems  int `json:"agendaItems"`
	// Attendance is the children counted at the meetings held (summed over those whose minutes
	// give it); AverageAttendance divides it by those meetings, when it is shown.
	Attendance        *int     `json:"attendance"`
	AverageAttendance *float64 `json:"averageAttendance"`
	// Decisions are the decisions recorded in the period, by outcome; ActionsDone the adopted
	// ones whose action is done now.
	Decisions   int `json:"decisions"`
	Adopted     int `json:"adopted"`
	Rejected    int `json:"rejected"`
	Deferred    int `json:"deferred"`
	ActionsDone int `json:"actionsDone"`
	// IdeasRaised are the ideas children proposed in the period (in any moderation state: a count
	// says nothing of what was written); of them IdeasAdopted by a meeting and IdeasDone, now.
	// Supports are the children's supports of those ideas. Null when suppressed.
	IdeasRaised  *int `json:"ideasRaised"`
	IdeasAdopted *int `json:"ideasAdopted"`
	IdeasDone    *int `json:"ideasDone"`
	Supports     *int `json:"supports"`
	// MedianDaysToDecision is from an idea of the period to its council's decision (adopted or
	// rejected), MedianDaysToDone from the decision to its action done; each needs at least k ideas.
	MedianDaysToDecision *float64 `json:"medianDaysToDecision"`
	MedianDaysToDone     *float64 `json:"medianDaysToDone"`
	// ElectionsHeld closed in the period and filled SeatsFilled seats; ElectionsVoid closed in it
	// with fewer voters than their threshold, electing nobody.
	ElectionsHeld int `json:"electionsHeld"`
	ElectionsVoid int `json:"electionsVoid"`
	SeatsFilled   int `json:"seatsFilled"`
	// Seats are the councils' elected seats now, Vacancies those no elected member holds.
	Seats     int `json:"seats"`
	Vacancies int `json:"vacancies"`
}

// CouncilLine is one location's councils in the national report.
type CouncilLine struct {
	LocationID   string         `json:"locationID"`
	LocationName string         `json:"locationName"`
	Figures      CouncilFigures `json:"figures"`
}

// NationalCouncils is the councils' section of the national report: every location with a
// council, quiet ones first, and the total.
type NationalCouncils struct {
	Locations []CouncilLine  `json:"locations"`
	Total     CouncilFigures `json:"total"`
}

// councilCounts are a location's raw council figures, before protection.
type councilCounts struct {
	councils, quiet, seats, vacancies                   int
	meetings, items, attendance, attended               int
	decisions, adopted, rejected, deferred, actionsDone int
	raised, ideasAdopted, ideasDone, supports           int
	elections, void, seatsFilled                        int
	// toDecision and toDone are medians in days (median's hours field holding days).
	toDecision, toDone median
}

func (c councilCounts) plus(o councilCounts) councilCounts {
	return councilCounts{c.councils + o.councils, c.quiet + o.quiet, c.seats + o.seats, c.vacancies + o.vacancies,
		c.meetings + o.meetings, c.items + o.items, c.attendance + o.attendance, c.attended + o.attended,
		c.decisions + o.decisions, c.adopted + o.adopted, c.rejected + o.rejected, c.deferred + o.deferred, c.actionsDone + o.actionsDone,
		c.raised + o.raised, c.ideasAdopted + o.ideasAdopted, c.ideasDone + o.ideasDone, c.supports + o.supports,
		c.elections + o.elections, c.void + o.void, c.seatsFilled + o.seatsFilled, median{}, median{}}
}

// councilCells are the protected cells of one line: the ideas, linked by the unpublished ideas
// not adopted (raised = adopted + not adopted) and adopted ideas not done (adopted = done + not
// done), the supports and the attendance.
type councilCells struct {
	raised, adopted, done, notAdopted, notDone, supports, attendance disclosure.Cell
}

func (cc councilCells) all() []disclosure.Cell {
	return []disclosure.Cell{cc.raised, cc.adopted, cc.done, cc.notAdopted, cc.notDone, cc.supports, cc.attendance}
}

// addCouncilCells adds c's cells to t with their lines; add adds a published cell, unpublished
// one that is never shown.
func addCouncilCells(t *disclosure.Table, c councilCounts, add, unpublished func(int) disclosure.Cell) councilCells {
	cc := councilCells{raised: add(c.raised), adopted: add(c.ideasAdopted), done: add(c.ideasDone),
		notAdopted: unpublished(c.raised - c.ideasAdopted), notDone: unpublished(c.ideasAdopted - c.ideasDone),
		supports: add(c.supports), attendance: add(c.attendance)}
	t.Sum(cc.raised, cc.adopted, cc.notAdopted)
	t.Sum(cc.adopted, cc.done, cc.notDone)
	return cc
}

// protectCouncils is a location's council table, protected as its report shows it.
func protectCouncils(k int, c councilCounts) (*disclosure.Table, councilCells) {
	t := disclosure.NewTable(k)
	cc := addCouncilCells(t, c, t.Add, t.AddUnpublished)
	if err := t.Protect(); err != nil {
		panic(err) // a table without fixed cells can always be protected
	}
	return t, cc
}

// councilFigures renders a line's figures from its counts and protected cells.
func councilFigures(t *disclosure.Table, cc councilCells, c councilCounts, k int) CouncilFigures {
	f := CouncilFigures{
		Councils: c.councils, QuietCouncils: c.quiet, MeetingsHeld: c.meetings, AgendaItems: c.items,
		Attendance: t.Shown(cc.attendance),
		Decisions:  c.decisions, Adopted: c.adopted, Rejected: c.rejected, Deferred: c.deferred, ActionsDone: c.actionsDone,
		IdeasRaised: t.Shown(cc.raised), IdeasAdopted: t.Shown(cc.adopted), IdeasDone: t.Shown(cc.done), Supports: t.Shown(cc.supports),
		MedianDaysToDecision: c.toDecision.shown(k), MedianDaysToDone: c.toDone.shown(k),
		ElectionsHeld: c.elections, ElectionsVoid: c.void, SeatsFilled: c.seatsFilled, Seats: c.seats, Vacancies: c.vacancies,
	}
	if f.Attendance != nil && c.attended > 0 {
		f.AverageAttendance = round1(float64(*f.Attendance) / float64(c.attended))
	}
	return f
}

// locationCouncils is the council section of one location's report.
func (s *Service) locationCouncils(ctx context.Context, locationID string, p Period) (CouncilFigures, error) {
	counts, err := s.councilCounts(ctx, scope{locationID}, p)
	if err != nil {
		return CouncilFigures{}, err
	}
	c := councilCounts{}
	if counts[locationID] != nil {
		c = *counts[locationID]
	}
	t, cc := protectCouncils(s.cfg.MinGroupSize, c)
	return councilFigures(t, cc, c, s.cfg.MinGroupSize), nil
}

// nationalCouncils is the council section of the national report: the locations that have a
// council, each protected as in its own report, and the total over them.
func (s *Service) nationalCouncils(ctx context.Context, p Period) (NationalCouncils, error) {
	locs, err := s.locations(ctx, scope{})
	if err != nil {
		return NationalCouncils{}, err
	}
	counts, err := s.councilCounts(ctx, scope{}, p)
	if err != nil {
		return NationalCouncils{}, err
	}
	k := s.cfg.MinGroupSize
	t := disclosure.NewTable(k)
	type line struct {
		row      locationRow
		own      *disclosure.Table
		cells    councilCells // in t
		ownCells councilCells // in own
	}
	// The lines "raised = adopted + not adopted" of each location hold in its own table; here
	// only the total's lines and the sums over locations are protected.
	var lines []line
	var total councilCounts
	for _, l := range locs {
		if counts[l.id] == nil || counts[l.id].councils == 0 && counts[l.id].raised == 0 {
			continue // no council (a location without one has nothing to show)
		}
		c := *counts[l.id]
		own, oc := protectCouncils(k, c)
		// A location's published cells as its report decided them; its unpublished ones (hidden
		// anyway) as what they are, so the total's own unpublished cells are protected over them.
		fixed := func(cell disclosure.Cell) disclosure.Cell { return t.AddFixed(own.Value(cell), own.Hidden(cell)) }
		cells := councilCells{raised: fixed(oc.raised), adopted: fixed(oc.adopted), done: fixed(oc.done),
			notAdopted: t.AddUnpublished(own.Value(oc.notAdopted)), notDone: t.AddUnpublished(own.Value(oc.notDone)),
			supports: fixed(oc.supports), attendance: fixed(oc.attendance)}
		lines = append(lines, line{row: l, own: own, cells: cells, ownCells: oc})
		total = total.plus(c)
	}
	tc := addCouncilCells(t, total, t.Add, t.AddUnpublished)
	for j, tcell := range tc.all() {
		parts := make([]disclosure.Cell, len(lines))
		for i, ln := range lines {
			parts[i] = ln.cells.all()[j]
		}
		t.Sum(tcell, parts...)
	}
	if err := t.Protect(); err != nil {
		return NationalCouncils{}, err
	}
	if all := counts[""]; all != nil {
		total.toDecision, total.toDone = all.toDecision, all.toDone
	}
	out := NationalCouncils{Locations: []CouncilLine{}, Total: councilFigures(t, tc, total, k)}
	for _, ln := range lines {
		out.Locations = append(out.Locations, CouncilLine{LocationID: ln.row.id, LocationName: ln.row.name,
			Figures: councilFigures(ln.own, ln.ownCells, *counts[ln.row.id], k)})
	}
	sortCouncilLines(out.Locations)
	return out, nil
}

// councilTable is the council section as a sheet of an export ("Councils") and as the CSV's
// "council" lines: one figure a row, hidden counts "suppressed", figures not shown empty.
func councilTable(f CouncilFigures) table {
	return table{name: "Councils", header: []string{"figure", "value"}, rows: [][]any{
		{"councils", f.Councils},
		{"quiet_councils", f.QuietCouncils},
		{"meetings_held", f.MeetingsHeld},
		{"agenda_items", f.AgendaItems},
		{"attendance", count(f.Attendance)},
		{"average_attendance", decimal(f.AverageAttendance)},
		{"decisions", f.Decisions},
		{"decisions_adopted", f.Adopted},
		{"decisions_rejected", f.Rejected},
		{"decisions_deferred", f.Deferred},
		{"actions_done", f.ActionsDone},
		{"ideas_raised", count(f.IdeasRaised)},
		{"ideas_adopted", count(f.IdeasAdopted)},
		{"ideas_done", count(f.IdeasDone)},
		{"supports", count(f.Supports)},
		{"median_days_to_decision", decimal(f.MedianDaysToDecision)},
		{"median_days_to_done", decimal(f.MedianDaysToDone)},
		{"elections_held", f.ElectionsHeld},
		{"elections_void", f.ElectionsVoid},
		{"seats_filled", f.SeatsFilled},
		{"seats", f.Seats},
		{"vacancies", f.Vacancies},
	}}
}
