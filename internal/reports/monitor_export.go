package reports

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"time"

	"github.com/jeugdstem/jeugdstem/internal/apierror"
	"github.com/jeugdstem/jeugdstem/internal/audit"
	"github.com/jeugdstem/jeugdstem/internal/monitor"
)

// The monitor's exports (GET /export/monitor/{id}.csv|xlsx), laid out like a monitoring report:
// a header (location, kind, period, k), a line per domain (answers, score, threshold, trend, the
// kind's and the country's score, needs attention), every round of the period, and the stability
// figures. Every figure is the API's, as protected there; a hidden count reads Suppressed, a figure
// not shown is empty. The CSV holds the same tables one after the other, each headed by its name
// and followed by an empty line; the workbook has a sheet per table.

// ExportMonitorScorecard renders a location's monitor scorecard (MayReadMonitor) and records
// REPORT_EXPORTED (no content).
func (s *Service) ExportMonitorScorecard(ctx context.Context, locationID string, from, to *time.Time, f Format) (*Export, error) {
	sc, err := s.MonitorScorecard(ctx, locationID, from, to)
	if err != nil {
		return nil, err
	}
	name := fmt.Sprintf("jeugdstem-monitor-%s-%s", sc.LocationID, periodName(sc.Period))
	return s.export(ctx, scorecardTables(sc), f, "MonitorScorecard", sc.LocationID, sc.LocationID, name)
}

// ExportNationalMonitor renders the national monitor (MayReadNationalMonitor) and records
// REPORT_EXPORTED (no content).
func (s *Service) ExportNationalMonitor(ctx context.Context, from, to *time.Time, f Format) (*Export, error) {
	nm, err := s.NationalMonitor(ctx, from, to)
	if err != nil {
		return nil, err
	}
	name := "jeugdstem-monitor-national-" + periodName(nm.Period)
	return s.export(ctx, nationalMonitorTables(nm), f, "NationalMonitor", NationalExport, "", name)
}

func periodName(p Period) string {
	return p.From.In(amsterdam).Format(time.DateOnly) + "-" + p.To.In(amsterdam).AddDate(0, 0, -1).Format(time.DateOnly)
}

// export writes the tables in format f and audits the export.
func (s *Service) export(ctx context.Context, ts []table, f Format, objectType, objectID, locationID, name string) (*Export, error) {
	var buf bytes.Buffer
	var err error
	switch f {
	case CSV:
		err = writeCSVTables(&buf, ts)
	case XLSX:
		err = writeXLSX(&buf, ts)
	default:
		err = apierror.BadInput("format", "must be csv or xlsx")
	}
	if err != nil {
		return nil, err
	}
	if err := audit.Record(system(ctx), s.client, ActionReportExported, objectType, objectID, locationID); err != nil {
		return nil, err
	}
	return &Export{Format: f, Filename: name + "." + string(f), Data: buf.Bytes()}, nil
}

// writeCSVTables writes tables one after the other: the table's name, its header, its rows, an
// empty line.
func writeCSVTables(w io.Writer, ts []table) error {
	cw := csv.NewWriter(w)
	for _, t := range ts {
		_ = cw.Write([]string{t.name})
		_ = cw.Write(t.header)
		for _, row := range t.rows {
			cells := make([]string, len(row))
			for i, v := range row {
				cells[i] = cellText(v)
			}
			_ = cw.Write(cells)
		}
		_ = cw.Write([]string{})
	}
	cw.Flush()
	return cw.Error()
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

func ageCount(r *MonitorDomainRound, a monitor.AgeVersion) any {
	for _, x := range r.ByAge {
		if x.AgeVersion == a {
			return count(x.Answers)
		}
	}
	return ""
}

var domainHeader = []string{"domain", "threshold", "round", "closed_at", "answers", "answers_6_11", "answers_12_17",
	"answers_all_ages", "score", "scored_answers", "previous_score", "trend", "kind_score", "kind_locations",
	"national_score", "national_locations", "needs_attention"}

// scorecardTables lays a scorecard out: Monitor (the header), Domains, Rounds, Stability.
func scorecardTables(sc *MonitorScorecard) []table {
	head := table{name: "Monitor", header: []string{"figure", "value"}, rows: [][]any{
		{"location_id", sc.LocationID}, {"location", sc.LocationName}, {"kind", string(sc.Kind)},
		{"period_from", stamp(sc.Period.From)}, {"period_to", stamp(sc.Period.To)}, {"period_weeks", sc.Period.Weeks},
		{"time_zone", sc.Period.TimeZone}, {"min_group_size", sc.MinGroupSize}, {"framework_version", sc.FrameworkVersion},
		{"generated_at", stamp(sc.GeneratedAt)},
	}}
	domains := table{name: "Domains", header: domainHeader}
	rounds := table{name: "Rounds", header: []string{"domain", "round", "source", "closed_at", "answers", "answers_6_11",
		"answers_12_17", "answers_all_ages", "score", "scored_answers"}}
	for _, d := range sc.Domains {
		row := []any{d.Domain, d.Threshold, "", "", "", "", "", "", "", "", "", decimal(d.Trend),
			decimal(d.KindScore), d.KindLocations, decimal(d.NationalScore), d.NationalLocations, yesNo(d.NeedsAttention)}
		if l := d.Latest; l != nil {
			copy(row[2:10], []any{l.Round, stamp(l.ClosedAt), count(l.Answers), ageCount(l, monitor.Age6to11),
				ageCount(l, monitor.Age12to17), ageCount(l, monitor.AllAges), decimal(l.Score), l.ScoredAnswers})
		}
		if d.Previous != nil {
			row[10] = decimal(d.Previous.Score)
		}
		domains.rows = append(domains.rows, row)
		for i := range d.History {
			h := &d.History[i]
			rounds.rows = append(rounds.rows, []any{d.Domain, h.Round, h.Source, stamp(h.ClosedAt), count(h.Answers),
				ageCount(h, monitor.Age6to11), ageCount(h, monitor.Age12to17), ageCount(h, monitor.AllAges),
				decimal(h.Score), h.ScoredAnswers})
		}
	}
	return []table{head, domains, rounds, stabilityTable([]StabilityFigures{sc.Stability})}
}

// stabilityTable is a line per figure set: the location, a kind, or every location ("ALL").
func stabilityTable(fs []StabilityFigures) table {
	t := table{name: "Stability", header: []string{"scope", "window_from", "window_to", "children", "children_0_moves",
		"children_1_move", "children_2_moves", "children_3_or_more_moves", "moves", "moves_with_notice",
		"moves_short_notice", "moves_notice_unknown", "notice_share_percent"}}
	for _, f := range fs {
		scope := "ALL"
		switch {
		case f.LocationID != nil:
			scope = *f.LocationID
		case f.Kind != nil:
			scope = string(*f.Kind)
		}
		row := []any{scope, stamp(f.WindowFrom), stamp(f.WindowTo), count(f.Children)}
		for _, b := range f.ChildrenByMoves {
			row = append(row, count(b.Children))
		}
		row = append(row, count(f.Moves), count(f.MovesWithNotice), count(f.MovesShortNotice), count(f.MovesNoticeUnknown),
			decimal(f.NoticeSharePercent))
		t.rows = append(t.rows, row)
	}
	return t
}

// nationalMonitorTables lays the national monitor out: Monitor (the header), Domains (the country
// and each kind), Locations (a line per location and domain, locations needing attention first),
// Stability.
func nationalMonitorTables(nm *NationalMonitor) []table {
	head := table{name: "Monitor", header: []string{"figure", "value"}, rows: [][]any{
		{"scope", "national"}, {"period_from", stamp(nm.Period.From)}, {"period_to", stamp(nm.Period.To)},
		{"period_weeks", nm.Period.Weeks}, {"time_zone", nm.Period.TimeZone}, {"min_group_size", nm.MinGroupSize},
		{"framework_version", nm.FrameworkVersion}, {"generated_at", stamp(nm.GeneratedAt)},
	}}
	domains := table{name: "Domains", header: []string{"domain", "threshold", "scope", "score", "locations"}}
	for _, d := range nm.Domains {
		domains.rows = append(domains.rows, []any{d.Domain, d.Threshold, "ALL", decimal(d.Score), d.Locations})
		for _, k := range d.Kinds {
			domains.rows = append(domains.rows, []any{d.Domain, d.Threshold, string(k.Kind), decimal(k.Score), k.Locations})
		}
	}
	locs := table{name: "Locations", header: []string{"location_id", "location", "kind", "domains_needing_attention",
		"domain", "answers", "score", "trend", "needs_attention"}}
	for _, l := range nm.Locations {
		for _, d := range l.Domains {
			locs.rows = append(locs.rows, []any{l.LocationID, l.LocationName, string(l.Kind), l.Attention, d.Domain,
				count(d.Answers), decimal(d.Score), decimal(d.Trend), yesNo(d.NeedsAttention)})
		}
	}
	return []table{head, domains, locs, stabilityTable(nm.Stability)}
}
