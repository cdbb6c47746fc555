package reports_test

import (
	"bytes"
	"encoding/csv"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/jeugdstem/jeugdstem/ent/auditevent"
	"github.com/jeugdstem/jeugdstem/ent/location"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/ent/staffuser"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/monitor"
	"github.com/jeugdstem/jeugdstem/internal/reports"
)

// download GETs path as c and returns the response and its body.
func download(t *testing.T, s *apitest.Server, c *apitest.Client, path string) (*http.Response, []byte) {
	t.Helper()
	res, err := c.HTTP.Get(s.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	return res, body
}

// csvTables reads a monitor CSV into its tables by name: a line with one cell starts a table, the
// next is its header.
func csvTables(t *testing.T, body []byte) map[string][][]string {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(body))
	r.FieldsPerRecord = -1
	records, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][][]string{}
	name := ""
	for _, rec := range records {
		if len(rec) == 1 {
			name = rec[0]
			continue
		}
		out[name] = append(out[name], rec)
	}
	return out
}

// rowOf returns the first row of table whose first cells are key.
func rowOf(t *testing.T, table [][]string, key ...string) []string {
	t.Helper()
	for _, row := range table {
		if len(row) >= len(key) && slices.Equal(row[:len(key)], key) {
			return row
		}
	}
	t.Fatalf("no row %v in %v", key, table)
	return nil
}

// The monitor's exports, laid out like a monitoring report, for a hand-built round at a FAMILY
// location A (5 children aged 9–11, 7 aged 12–14), beside another FAMILY location F and an
// EMERGENCY one E. Safety: every cell exact, the comparison pooled over the two FAMILY locations
// only (E in the national figure). School: 4 of the older children answered, so their count and
// the total are suppressed, and no cell of the school lines holds 4 or 9. The workbook has the same
// cells. A partner of another location gets 404, a partner the national export 403.
func TestMonitorExports(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := newMonitorWorld(t, s)
		var made struct{ CreateLocation struct{ ID, Kind string } }
		w.adm.Do(`mutation { createLocation(input: {name: "A", kind: FAMILY, languages: ["ti"]}) { id kind } }`, nil).Must(t, &made)
		a, err := s.DB.Client.Location.Get(apitest.System(), made.CreateLocation.ID)
		if err != nil || a.Kind != location.KindFAMILY {
			t.Fatalf("a FAMILY location through the API: %+v, %v", made, err)
		}
		f := w.location("F", location.KindFAMILY)
		e := w.location("E", location.KindEMERGENCY)
		young := w.children(a, schematype.AgeBand9to11, 5)
		teens := w.children(a, schematype.AgeBand12to14, 7)
		now := time.Now()
		closed := now.Add(-24 * time.Hour).Truncate(time.Second)
		ra := w.round(a)
		w.vote(ra["SAFETY/AGE_6_11"], 3, young)      // 5 × face 4
		w.vote(ra["SAFETY/AGE_12_17"], 4, teens)     // 7 × face 5
		w.vote(ra["SCHOOL/AGE_6_11"], 0, young)      // 5 × yes
		w.vote(ra["SCHOOL/AGE_12_17"], 0, teens[:4]) // 4 × yes: suppressed, and the total with it
		w.close(ra, closed)
		rf := w.round(f)
		w.vote(rf["SAFETY/AGE_12_17"], 0, w.children(f, schematype.AgeBand15to17, 5)) // 5 × face 1
		w.close(rf, closed)
		re := w.round(e)
		w.vote(re["SAFETY/AGE_12_17"], 4, w.children(e, schematype.AgeBand12to14, 5)) // 5 × face 5
		w.close(re, closed)

		from := now.AddDate(0, 0, -30)
		safety := domainOf(t, scorecard(t, w.adm, a.ID, from, now), monitor.DomainSafety)
		if !same(safety.KindScore, fp(63.2)) || safety.KindLocations != 2 || !same(safety.NationalScore, fp(71.6)) {
			t.Errorf("FAMILY comparison %s: want 63.2 over 2, national 71.6", js(safety))
		}

		period := "?" + url.Values{"from": {from.Format(time.RFC3339)}, "to": {now.Format(time.RFC3339)}}.Encode()
		manager := s.SignInAs(t, staffuser.RoleLOCATION_MANAGER, a.ID)
		res, body := download(t, s, manager, "/export/monitor/"+a.ID+".csv"+period)
		if res.StatusCode != http.StatusOK || res.Header.Get("Content-Type") != "text/csv; charset=utf-8" ||
			!strings.HasPrefix(res.Header.Get("Content-Disposition"), `attachment; filename="jeugdstem-monitor-`+a.ID+"-") {
			t.Fatalf("csv: %d %v %s", res.StatusCode, res.Header, body)
		}
		tables := csvTables(t, body)
		for _, kv := range [][]string{{"location_id", a.ID}, {"location", "A"}, {"kind", "FAMILY"}, {"min_group_size", "5"},
			{"framework_version", "1"}} {
			if got := rowOf(t, tables["Monitor"], kv[0]); !slices.Equal(got, kv) {
				t.Errorf("header %q, want %q", got, kv)
			}
		}
		cl := closed.UTC().Format(time.RFC3339)
		S := reports.Suppressed
		if got, want := tables["Domains"][0], []string{"domain", "threshold", "round", "closed_at", "answers", "answers_6_11",
			"answers_12_17", "answers_all_ages", "score", "scored_answers", "previous_score", "trend", "kind_score", "kind_locations",
			"national_score", "national_locations", "needs_attention"}; !slices.Equal(got, want) {
			t.Errorf("Domains header %q", got)
		}
		for _, want := range [][]string{
			{"SAFETY", "50", "1", cl, "12", "5", "7", "", "89.6", "12", "", "", "63.2", "2", "71.6", "3", "no"},
			{"SCHOOL", "50", "1", cl, S, "5", S, "", "100", "5", "", "", "100", "1", "100", "1", "no"},
			{"MOVING", "50", "1", cl, "0", "0", "0", "", "", "0", "", "", "", "0", "", "0", "no"},
		} {
			if got := rowOf(t, tables["Domains"], want[0]); !slices.Equal(got, want) {
				t.Errorf("Domains %s = %q, want %q", want[0], got, want)
			}
		}
		if got, want := rowOf(t, tables["Rounds"], "SCHOOL"), []string{"SCHOOL", "1", "MONITOR", cl, S, "5", S, "", "100", "5"}; !slices.Equal(got, want) {
			t.Errorf("Rounds SCHOOL = %q, want %q", got, want)
		}
		if got := rowOf(t, tables["Stability"], a.ID); len(got) != 13 || got[3] != "12" || got[4] != "12" {
			t.Errorf("Stability = %q, want 12 children, all never moved", got)
		}

		adm := w.adm
		res, body = download(t, s, adm, "/export/monitor/national.csv"+period)
		if res.StatusCode != http.StatusOK {
			t.Fatalf("national csv: %d %s", res.StatusCode, body)
		}
		national := csvTables(t, body)
		for _, want := range [][]string{{"SAFETY", "50", "ALL", "71.6", "3"}, {"SAFETY", "50", "FAMILY", "63.2", "2"},
			{"SAFETY", "50", "EMERGENCY", "100", "1"}} {
			if got := rowOf(t, national["Domains"], want[:3]...); !slices.Equal(got, want) {
				t.Errorf("national Domains = %q, want %q", got, want)
			}
		}
		if got, want := rowOf(t, national["Locations"], a.ID, "A", "FAMILY", "0", "SCHOOL"),
			[]string{a.ID, "A", "FAMILY", "0", "SCHOOL", S, "100", "", "no"}; !slices.Equal(got, want) {
			t.Errorf("national Locations A/SCHOOL = %q, want %q", got, want)
		}
		// Suppressed cells never give the number: not in any school line, nor anywhere as the total.
		for _, row := range [][]string{rowOf(t, tables["Domains"], "SCHOOL"), rowOf(t, tables["Rounds"], "SCHOOL"),
			rowOf(t, national["Locations"], a.ID, "A", "FAMILY", "0", "SCHOOL")} {
			if slices.Contains(row, "4") || slices.Contains(row, "9") {
				t.Errorf("a school line gives the hidden count away: %q", row)
			}
		}

		res, body = download(t, s, manager, "/export/monitor/"+a.ID+".xlsx"+period)
		if res.StatusCode != http.StatusOK {
			t.Fatalf("xlsx: %d %s", res.StatusCode, body)
		}
		book, err := excelize.OpenReader(bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer book.Close()
		if got := book.GetSheetList(); !slices.Equal(got, []string{"Monitor", "Domains", "Rounds", "Stability"}) {
			t.Errorf("sheets %v", got)
		}
		rows, _ := book.GetRows("Domains")
		for _, key := range []string{"SAFETY", "SCHOOL"} {
			x, c := rowOf(t, rows, key), rowOf(t, tables["Domains"], key)
			for len(x) < len(c) { // a workbook's row ends at its last filled cell
				x = append(x, "")
			}
			if !slices.Equal(x, c) {
				t.Errorf("xlsx %s = %q, csv %q", key, x, c)
			}
		}

		other := s.SignInAs(t, staffuser.RolePARTNER, f.ID)
		for _, tc := range []struct {
			c      *apitest.Client
			path   string
			status int
			code   string
		}{
			{other, "/export/monitor/" + a.ID + ".csv", http.StatusNotFound, "NOT_FOUND"},
			{other, "/export/monitor/national.xlsx", http.StatusForbidden, "FORBIDDEN"},
			{manager, "/export/monitor/national.csv", http.StatusForbidden, "FORBIDDEN"},
			{s.NewClient(t), "/export/monitor/" + a.ID + ".csv", http.StatusUnauthorized, "UNAUTHENTICATED"},
		} {
			res, body := download(t, s, tc.c, tc.path)
			if res.StatusCode != tc.status || !strings.Contains(string(body), `"code":"`+tc.code+`"`) ||
				res.Header.Get("Content-Disposition") != "" {
				t.Errorf("%s: %d %s, want %d %s", tc.path, res.StatusCode, body, tc.status, tc.code)
			}
		}
		if n := s.DB.Client.AuditEvent.Query().Where(auditevent.Action(reports.ActionReportExported)).CountX(apitest.System()); n != 3 {
			t.Errorf("%d export events, want 3 (the refusals none)", n)
		}
	})
}
