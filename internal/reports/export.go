package reports

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/unicode/norm"

	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/internal/apierror"
	"github.com/jeugdstem/jeugdstem/internal/audit"
)

// Format is an export file format.
type Format string

// The export formats.
const (
	CSV  Format = "csv"
	XLSX Format = "xlsx"
)

// ParseFormat reads a format name ("csv" or "xlsx").
func ParseFormat(s string) (Format, error) {
	switch f := Format(strings.ToLower(s)); f {
	case CSV, XLSX:
		return f, nil
	}
	return "", apierror.BadInput("format", "must be csv or xlsx")
}

// ContentType is the media type of the format.
func (f Format) ContentType() string {
	if f == XLSX {
		return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
	}
	return "text/csv; charset=utf-8"
}

// ActionReportExported is the audit action of an export.
const ActionReportExported = "REPORT_EXPORTED"

// Export is a rendered location report file.
type Export struct {
	Format   Format
	Filename string
	Data     []byte
	Report   *LocationReport
}

// ExportLocation renders the report of a location as CSV or XLSX (suppression applied, exactly as
// the API shows it) and records an AuditEvent: who exported which location's report. The event
// holds no content of the report. A signed-in viewer needs MayReadLocationReport; a system context
// (the command line) exports as the system.
func (s *Service) ExportLocation(ctx context.Context, locationID string, from, to *time.Time, opts Options, f Format) (*Export, error) {
	r, err := s.LocationReport(ctx, locationID, from, to, opts)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	switch f {
	case CSV:
		err = WriteCSV(&buf, r)
	case XLSX:
		err = WriteXLSX(&buf, r)
	default:
		err = apierror.BadInput("format", "must be csv or xlsx")
	}
	if err != nil {
		return nil, err
	}
	if err := audit.Record(system(ctx), s.client, ActionReportExported, "Location", r.LocationID, r.LocationID); err != nil {
		return nil, err
	}
	name := fmt.Sprintf("jeugdstem-report-%s-%s-%s.%s", r.LocationID,
		r.Period.From.In(amsterdam).Format(time.DateOnly), r.Period.To.In(amsterdam).AddDate(0, 0, -1).Format(time.DateOnly), f)
	return &Export{Format: f, Filename: name, Data: buf.Bytes(), Report: r}, nil
}

// Suppressed is how an export writes a hidden count.
const Suppressed = "suppressed"

// table is one sheet of an export: a header and rows of cells (string, int, float64).
type table struct {
	name   string
	header []string
	rows   [][]any
}

// count renders a count: the number, or Suppressed.
func count(n *int) any {
	if n == nil {
		return Suppressed
	}
	return *n
}

// decimal renders a derived figure: the number, or empty when it is not shown.
func decimal(v *float64) any {
	if v == nil {
		return ""
	}
	return *v
}

func stamp(t time.Time) string { return t.UTC().Format(time.RFC3339) }

// text picks the Dutch text of a translation, else English, else the first.
func text(ts []schematype.Translation) string {
	for _, lang := range []string{"nl", "en"} {
		for _, t := range ts {
			if t.Lang == lang {
				return t.Text
			}
		}
	}
	if len(ts) > 0 {
		return ts[0].Text
	}
	return ""
}

// tables lays the report out as the sheets of an export.
func tables(r *LocationReport) []table {
	summary := table{name: "Report", header: []string{"figure", "value"}, rows: [][]any{
		{"location_id", r.LocationID},
		{"location", r.LocationName},
		{"kind", string(r.Kind)},
		{"municipality", r.Municipality},
		{"children_housed", r.ChildrenHoused},
		{"period_from", stamp(r.Period.From)},
		{"period_to", stamp(r.Period.To)},
		{"period_weeks", r.Period.Weeks},
		{"time_zone", r.Period.TimeZone},
		{"min_group_size", r.MinGroupSize},
		{"answer_deadline_days", r.AnswerDeadlineDays},
		{"active_members", count(r.Participation.ActiveMembers)},
		{"voters", count(r.Participation.Voters)},
		{"posts", count(r.Participation.Posts)},
		{"turnout_percent", decimal(r.Participation.TurnoutPercent)},
		{"turnout_of_housed_percent", decimal(r.Participation.TurnoutOfHousedPercent)},
		{"overdue_responses", count(r.OverdueResponses)},
		{"open_safeguarding_cases", count(r.OpenSafeguardingCases)},
		{"safety_score", decimal(r.SafetyScore)},
		{"generated_at", stamp(r.GeneratedAt)},
	}}
	polls := table{name: "Polls", header: []string{"poll_id", "question", "kind", "theme", "status", "closed_at",
		"min_group_size", "turnout", "score", "median", "option_position", "option", "count"}}
	for _, p := range r.Polls {
		head := []any{p.PollID, text(p.Question), string(p.Kind), string(p.Theme), string(p.Status), stamp(p.ClosedAt),
			p.MinGroupSize, count(p.Turnout), decimal(p.Score), decimal(p.Median)}
		if len(p.Options) == 0 {
			polls.rows = append(polls.rows, append(head, "", "", ""))
		}
		for _, o := range p.Options {
			polls.rows = append(polls.rows, append(append([]any(nil), head...), o.Position, text(o.Label), count(o.Count)))
		}
	}
	themesT := table{name: "Themes", header: []string{"theme", "threads", "posts", "open", "in_progress", "done",
		"not_possible", "closed", "overdue", "median_moderation_hours", "median_response_hours"}}
	for _, f := range append(append([]ThemeFigures(nil), r.Themes...), r.Feedback) {
		name := "ALL"
		if f.Theme != nil {
			name = string(*f.Theme)
		}
		themesT.rows = append(themesT.rows, []any{name, count(f.Threads), count(f.Posts), count(f.Open), count(f.InProgress),
			count(f.Done), count(f.NotPossible), count(f.Closed), count(f.Overdue),
			decimal(f.MedianModerationHours), decimal(f.MedianResponseHours)})
	}
	trendT := table{name: "Trend", header: []string{"theme", "start", "polls", "responses", "score"}}
	for _, p := range r.SmileyTrend {
		trendT.rows = append(trendT.rows, []any{string(p.Theme), stamp(p.Start), p.Polls, p.Responses, p.Score})
	}
	return []table{summary, polls, themesT, trendT, councilTable(r.Councils)}
}

// formula guards a text cell against spreadsheet formula injection: a text a spreadsheet would
// read as a formula gets a leading apostrophe. Spreadsheets read compatibility forms of the
// trigger characters too (a full-width ＝ or a small ﹢ starts a formula), so the first character
// is judged in its NFKC form, after any invisible format characters (a zero-width space, a byte
// order mark) that would hide it.
func formula(s string) string {
	first := strings.TrimLeftFunc(s, func(r rune) bool { return unicode.Is(unicode.Cf, r) })
	if first == "" {
		return s
	}
	r, _ := utf8.DecodeRuneInString(first)
	if n := norm.NFKC.String(string(r)); n != "" && strings.ContainsRune("=+-@\t\r", rune(n[0])) {
		return "'" + s
	}
	return s
}

// WriteCSV writes the report as one CSV table in long form, one figure per line: section, key (a
// poll, a poll's option as "poll/position", a theme, a theme's trend point as "theme/start"; the
// council section's figures have none),
// measure and value. Hidden counts read "suppressed".
func WriteCSV(w io.Writer, r *LocationReport) error {
	cw := csv.NewWriter(w)
	write := func(section, key, measure string, value any) {
		_ = cw.Write([]string{section, formula(key), measure, cellText(value)})
	}
	write("section", "key", "measure", "value")
	ts := tables(r)
	for _, row := range ts[0].rows {
		write("report", "", row[0].(string), row[1])
	}
	for _, p := range r.Polls {
		for _, m := range []struct {
			name  string
			value any
		}{{"question", text(p.Question)}, {"kind", string(p.Kind)}, {"theme", string(p.Theme)}, {"status", string(p.Status)},
			{"closed_at", stamp(p.ClosedAt)}, {"min_group_size", p.MinGroupSize}, {"turnout", count(p.Turnout)}, {"score", decimal(p.Score)},
			{"median", decimal(p.Median)}} {
			write("poll", p.PollID, m.name, m.value)
		}
		for _, o := range p.Options {
			key := p.PollID + "/" + strconv.Itoa(o.Position)
			write("poll_option", key, "option", text(o.Label))
			write("poll_option", key, "count", count(o.Count))
		}
	}
	for _, row := range ts[2].rows {
		for j := 1; j < len(row); j++ {
			write("theme", row[0].(string), ts[2].header[j], row[j])
		}
	}
	for _, p := range r.SmileyTrend {
		key := string(p.Theme) + "/" + p.Start.In(amsterdam).Format(time.DateOnly)
		write("trend", key, "polls", p.Polls)
		write("trend", key, "responses", p.Responses)
		write("trend", key, "score", p.Score)
	}
	for _, row := range ts[4].rows {
		write("council", "", row[0].(string), row[1])
	}
	cw.Flush()
	return cw.Error()
}

func cellText(v any) string {
	switch x := v.(type) {
	case string:
		return formula(x)
	case int:
		return strconv.Itoa(x)
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	}
	return fmt.Sprint(v)
}

// WriteXLSX writes the report as a workbook with a sheet per table (Report, Polls, Themes, Trend,
// Councils).
func WriteXLSX(w io.Writer, r *LocationReport) error { return writeXLSX(w, tables(r)) }

// writeXLSX writes tables as a workbook, a sheet each, the header bold and frozen.
func writeXLSX(w io.Writer, ts []table) error {
	f := excelize.NewFile()
	defer f.Close()
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return err
	}
	for i, t := range ts {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", t.name); err != nil {
				return err
			}
		} else if _, err := f.NewSheet(t.name); err != nil {
			return err
		}
		header := make([]any, len(t.header))
		for j, h := range t.header {
			header[j] = h
		}
		if err := f.SetSheetRow(t.name, "A1", &header); err != nil {
			return err
		}
		if err := f.SetRowStyle(t.name, 1, 1, bold); err != nil {
			return err
		}
		for j, row := range t.rows {
			cells := make([]any, len(row))
			for c, v := range row {
				if s, ok := v.(string); ok {
					v = formula(s)
				}
				cells[c] = v
			}
			if err := f.SetSheetRow(t.name, fmt.Sprintf("A%d", j+2), &cells); err != nil {
				return err
			}
		}
		last, _ := excelize.ColumnNumberToName(len(t.header))
		if err := f.SetColWidth(t.name, "A", last, 18); err != nil {
			return err
		}
		if err := f.SetPanes(t.name, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
			return err
		}
	}
	return f.Write(w)
}
