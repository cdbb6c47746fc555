package reports

import (
	"context"
	"database/sql"
	"sort"
	"time"

	"github.com/jeugdstem/jeugdstem/internal/signals"
)

// The aggregate queries of the council section, grouped by location like the report's others
// (queries.go): for one location an index narrows each table to it first, for the national
// report they run once for all. Only counts, sums and medians come back.

// councilCounts returns the raw council figures per location; under "" the medians over every
// location in scope (the national total's).
func (s *Service) councilCounts(ctx context.Context, sc scope, p Period) (map[string]*councilCounts, error) {
	out := map[string]*councilCounts{}
	at := func(loc string) *councilCounts {
		if out[loc] == nil {
			out[loc] = &councilCounts{}
		}
		return out[loc]
	}
	now := s.cfg.Now()
	for _, step := range []func(context.Context, scope, Period, time.Time, func(string) *councilCounts) error{
		s.councilsNow, s.councilMeetings, s.councilDecisions, s.councilIdeas, s.councilElections,
	} {
		if err := step(ctx, sc, p, now, at); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// councilsNow counts the councils, their seats and vacancies, and the quiet councils, now. A
// vacancy is a seat no active elected member holds (as councils.vacancies counts it); a council
// is quiet by the rule of the COUNCIL_NO_MEETING signal (signals.evaluateCouncilMeetings): older
// than the gap, and no meeting started within it.
func (s *Service) councilsNow(ctx context.Context, sc scope, _ Period, now time.Time, at func(string) *councilCounts) error {
	w, wArgs := sc.where("c.location_id")
	since := now.Add(-signals.DefaultCouncilMeetingGap)
	q := `SELECT loc, COUNT(*), SUM(quiet), SUM(seats), SUM(CASE WHEN seats > held THEN seats - held ELSE 0 END) FROM (
  SELECT c.location_id AS loc, c.seats AS seats,
         CASE WHEN ` + s.sql.epoch("c.created_at") + ` <= ? AND NOT EXISTS (SELECT 1 FROM meetings m WHERE m.council_id = c.id
                AND ` + s.sql.epoch("m.starts_at") + ` > ? AND ` + s.sql.epoch("m.starts_at") + ` <= ?) THEN 1 ELSE 0 END AS quiet,
         (SELECT COUNT(*) FROM memberships ms JOIN youth_members ym ON ym.id = ms.youth_member_memberships
           WHERE ms.council_memberships = c.id AND ms.left_at IS NULL AND ms.elected_at IS NOT NULL AND ym.status = 'ACTIVE') AS held
    FROM councils c WHERE 1 = 1` + w + `) x GROUP BY loc`
	return s.query(ctx, q, concat([]any{since.Unix(), since.Unix(), now.Unix()}, wArgs), func(r *sql.Rows) error {
		var loc string
		var n, quiet, seats, vacancies int
		if err := r.Scan(&loc, &n, &quiet, &seats, &vacancies); err != nil {
			return err
		}
		c := at(loc)
		c.councils, c.quiet, c.seats, c.vacancies = n, quiet, seats, vacancies
		return nil
	})
}

// councilMeetings counts the meetings held in the period (started in it, not after now), their
// agenda items and the attendance their minutes give.
func (s *Service) councilMeetings(ctx context.Context, sc scope, p Period, now time.Time, at func(string) *councilCounts) error {
	to := p.To
	if now.Before(to) {
		to = now
	}
	if !to.After(p.From) {
		return nil
	}
	in, inArgs := s.sql.inPeriod("m.starts_at", p.From, to)
	w, wArgs := sc.where("m.location_id")
	q := `SELECT loc, COUNT(*), SUM(items), COALESCE(SUM(attendance), 0), COUNT(attendance) FROM (
  SELECT m.location_id AS loc, m.attendance AS attendance,
         (SELECT COUNT(*) FROM agenda_items a WHERE a.meeting_id = m.id) AS items
    FROM meetings m WHERE ` + in + w + `) x GROUP BY loc`
	return s.query(ctx, q, concat(inArgs, wArgs), func(r *sql.Rows) error {
		var loc string
		var n, items, attendance, attended int
		if err := r.Scan(&loc, &n, &items, &attendance, &attended); err != nil {
			return err
		}
		c := at(loc)
		c.meetings, c.items, c.attendance, c.attended = n, items, attendance, attended
		return nil
	})
}

// councilDecisions counts the decisions recorded in the period by outcome, and the adopted ones
// whose action is done now.
func (s *Service) councilDecisions(ctx context.Context, sc scope, p Period, _ time.Time, at func(string) *councilCounts) error {
	in, inArgs := s.sql.inPeriod("d.created_at", p.From, p.To)
	w, wArgs := sc.where("d.location_id")
	q := `SELECT d.location_id, d.outcome, COUNT(*), SUM(CASE WHEN d.action_status = 'DONE' THEN 1 ELSE 0 END)
  FROM council_decisions d WHERE ` + in + w + ` GROUP BY d.location_id, d.outcome`
	return s.query(ctx, q, concat(inArgs, wArgs), func(r *sql.Rows) error {
		var loc, outcome string
		var n, done int
		if err := r.Scan(&loc, &outcome, &n, &done); err != nil {
			return err
		}
		c := at(loc)
		c.decisions += n
		switch outcome {
		case "ADOPTED":
			c.adopted, c.actionsDone = n, done
		case "REJECTED":
			c.rejected = n
		case "DEFERRED":
			c.deferred = n
		}
		return nil
	})
}

// councilIdeas counts the ideas raised in the period, those of them adopted and done now and
// their supports, with the median days from idea to decision and from decision to done, per
// location and (under "") over all of them. Whether an idea was adopted is its decision's outcome:
// the ideas of the adopted decisions since the period began (an idea is decided after it was
// raised; their location's index) are collected once and joined, which both databases hash,
// rather than looked up idea by idea through meetings and agendas (20 times slower on
// PostgreSQL).
func (s *Service) councilIdeas(ctx context.Context, sc scope, p Period, _ time.Time, at func(string) *councilCounts) error {
	in, inArgs := s.sql.inPeriod("i.created_at", p.From, p.To)
	since, sinceArgs := s.sql.inPeriod("d.created_at", p.From, p.From.AddDate(100, 0, 0))
	w, wArgs := sc.where("i.location_id")
	dw, dwArgs := sc.where("d.location_id")
	rows := `SELECT i.location_id AS loc, t.me_too_count AS supports,
         CASE WHEN i.decided_at IS NOT NULL AND ad.idea_id IS NOT NULL THEN 1 ELSE 0 END AS adopted,
         CASE WHEN i.done_at IS NOT NULL THEN 1 ELSE 0 END AS done,
         ` + s.sql.hours("i.created_at", "i.decided_at") + ` / 24.0 AS to_decision,
         ` + s.sql.hours("i.decided_at", "i.done_at") + ` / 24.0 AS to_done
    FROM ideas i JOIN feedback_threads t ON t.id = i.thread_id
    LEFT JOIN (SELECT DISTINCT a.idea_id FROM council_decisions d JOIN agenda_items a ON a.id = d.agenda_item_id
                WHERE d.outcome = 'ADOPTED' AND a.idea_id IS NOT NULL AND ` + since + dw + `) ad ON ad.idea_id = i.id
   WHERE ` + in + w
	args := concat(sinceArgs, dwArgs, inArgs, wArgs)
	agg := `COUNT(*), SUM(adopted), SUM(done), SUM(supports), COUNT(to_decision), ` + s.sql.median("to_decision") +
		`, COUNT(to_done), ` + s.sql.median("to_done")
	// The ideas are read once, then grouped per location and over all.
	q := `WITH x AS MATERIALIZED (` + rows + `)
SELECT loc, ` + agg + ` FROM x GROUP BY loc
UNION ALL SELECT '', ` + agg + ` FROM x`
	return s.query(ctx, q, args, func(r *sql.Rows) error {
		var loc string
		var n, adopted, done, supports, decided, finished sql.NullInt64
		var toDecision, toDone sql.NullFloat64
		if err := r.Scan(&loc, &n, &adopted, &done, &supports, &decided, &toDecision, &finished, &toDone); err != nil {
			return err
		}
		if n.Int64 == 0 {
			return nil
		}
		c := at(loc)
		c.raised, c.ideasAdopted, c.ideasDone, c.supports = int(n.Int64), int(adopted.Int64), int(done.Int64), int(supports.Int64)
		c.toDecision = median{hours: toDecision.Float64, n: int(decided.Int64)}
		c.toDone = median{hours: toDone.Float64, n: int(finished.Int64)}
		return nil
	})
}

// councilElections counts the elections that closed in the period, held (seats filled) or void.
func (s *Service) councilElections(ctx context.Context, sc scope, p Period, _ time.Time, at func(string) *councilCounts) error {
	in, inArgs := s.sql.inPeriod("e.closed_at", p.From, p.To)
	w, wArgs := sc.where("e.location_id")
	q := `SELECT loc, status, COUNT(*), SUM(filled) FROM (
  SELECT e.location_id AS loc, e.status AS status,
         (SELECT COUNT(*) FROM candidacies cd WHERE cd.election_id = e.id AND cd.elected = TRUE) AS filled
    FROM elections e WHERE e.status IN ('CLOSED', 'VOID') AND e.closed_at IS NOT NULL AND ` + in + w + `) x GROUP BY loc, status`
	return s.query(ctx, q, concat(inArgs, wArgs), func(r *sql.Rows) error {
		var loc, status string
		var n, filled int
		if err := r.Scan(&loc, &status, &n, &filled); err != nil {
			return err
		}
		c := at(loc)
		if status == "VOID" {
			c.void = n
		} else {
			c.elections, c.seatsFilled = n, filled
		}
		return nil
	})
}

// sortCouncilLines puts locations with quiet councils first (most first), then by name.
func sortCouncilLines(ls []CouncilLine) {
	sort.SliceStable(ls, func(i, j int) bool {
		a, b := ls[i], ls[j]
		if a.Figures.QuietCouncils != b.Figures.QuietCouncils {
			return a.Figures.QuietCouncils > b.Figures.QuietCouncils
		}
		return a.LocationName < b.LocationName
	})
}
