package voting_test

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strconv"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/participation"
	entpoll "github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/ent/sealedballot"
	"github.com/jeugdstem/jeugdstem/ent/staffuser"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
	"github.com/jeugdstem/jeugdstem/internal/reports"
)

// sliderPoll is a SLIDER poll as staff read it back.
type sliderPoll struct {
	ID      string
	Kind    string
	Options []struct {
		ID       string
		Position int
		Label    []struct{ Lang, Text string }
	}
}

const createSlider = `mutation($in: CreatePollInput!) { createPoll(input: $in) { id kind options { id position label { lang text } } } }`

// A SLIDER poll end to end through the API: created with its 11 points, refused with a code and
// the field when staff or a child give it the wrong shape (and nothing is written), counted
// exactly, protected below k like every poll, and shown in the location report and its exports.
func TestSliderPoll(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := newWorld(t, s)
		sys := apitest.System()
		slider := func(extra map[string]any) map[string]any {
			in := map[string]any{"councilID": w.council.ID, "kind": "SLIDER", "theme": "FOOD",
				"question": []map[string]any{{"lang": "nl", "text": "Hoe lekker was het eten?"}}}
			for k, v := range extra {
				in[k] = v
			}
			return in
		}
		create := func(extra map[string]any) sliderPoll {
			t.Helper()
			var d struct{ CreatePoll sliderPoll }
			w.staff.Do(createSlider, map[string]any{"in": slider(extra)}).Must(t, &d)
			return d.CreatePoll
		}

		// Created without options: the 11 points 0–10, labelled in every language (Arabic digits
		// in Arabic).
		p := create(nil)
		if p.Kind != "SLIDER" || len(p.Options) != 11 {
			t.Fatalf("slider poll: %+v", p)
		}
		for i, o := range p.Options {
			label := map[string]string{}
			for _, l := range o.Label {
				label[l.Lang] = l.Text
			}
			if o.Position != i || len(label) != 13 || label["nl"] != strconv.Itoa(i) || label["ar"] != []string{"٠", "١", "٢", "٣", "٤", "٥", "٦", "٧", "٨", "٩", "١٠"}[i] {
				t.Errorf("point %d: %+v", i, o)
			}
		}

		// Wrong shapes from staff: BAD_USER_INPUT with the field, and no poll written.
		polls := func() int { return s.DB.Client.Poll.Query().CountX(sys) }
		before := polls()
		label := func(text string) map[string]any {
			return map[string]any{"label": []map[string]any{{"lang": "nl", "text": text}}}
		}
		eleven := make([]map[string]any, 11)
		for i := range eleven {
			eleven[i] = label(fmt.Sprintf("punt %d", i))
		}
		for _, tc := range []struct {
			name  string
			extra map[string]any
			field string
		}{
			{"own answers", map[string]any{"options": []map[string]any{label("weinig"), label("veel")}}, "input.options"},
			{"eleven own answers", map[string]any{"options": eleven}, "input.options"},
			{"a maximum of choices", map[string]any{"maxChoices": 1}, "input.maxChoices"},
		} {
			e := w.staff.Do(createSlider, map[string]any{"in": slider(tc.extra)}).WantCode(t, "BAD_USER_INPUT")
			if e.Field() != tc.field {
				t.Errorf("%s: field %q, want %q (%s)", tc.name, e.Field(), tc.field, e.Message)
			}
		}
		// updatePoll checks the same rules.
		e := w.staff.Do(`mutation($id: ID!, $in: UpdatePollInput!) { updatePoll(id: $id, input: $in) { id } }`,
			map[string]any{"id": p.ID, "in": map[string]any{"kind": "SLIDER", "theme": "FOOD",
				"question": []map[string]any{{"lang": "nl", "text": "Anders"}}, "options": []map[string]any{label("a"), label("b")}}}).
			WantCode(t, "BAD_USER_INPUT")
		if e.Field() != "input.options" {
			t.Errorf("updatePoll: field %q", e.Field())
		}
		if n := polls(); n != before {
			t.Fatalf("%d polls after refused creates, want %d", n, before)
		}

		w.move(t, "openPoll", p.ID)
		other := create(nil) // another slider: its points are not this poll's
		w.move(t, "openPoll", other.ID)

		// The child (language ar) reads the points in Arabic.
		_, child := w.child(t, "Kind A", "")
		var list openPollsAnswer
		child.Do(openPolls, nil).Must(t, &list)
		i := -1
		for j, o := range list.OpenPolls {
			if o.ID == p.ID {
				i = j
			}
		}
		if i < 0 || list.OpenPolls[i].Kind != "SLIDER" || len(list.OpenPolls[i].Options) != 11 ||
			list.OpenPolls[i].Options[7].Label != (struct{ Text, Lang string }{"٧", "ar"}) {
			t.Fatalf("the child's open polls: %+v", list)
		}

		// Wrong ballots: BAD_USER_INPUT on input.optionIDs, and nothing written.
		written := func() int {
			return s.DB.Client.Participation.Query().Where(participation.HasPollWith(entpoll.ID(p.ID))).CountX(sys) +
				s.DB.Client.SealedBallot.Query().Where(sealedballot.PollID(p.ID)).CountX(sys)
		}
		for _, tc := range []struct {
			name    string
			options []string
		}{
			{"two points", []string{p.Options[3].ID, p.Options[4].ID}},
			{"no point", []string{}},
			{"a point of another poll (out of range)", []string{other.Options[5].ID}},
			{"not an option", []string{"opt_11"}},
		} {
			e := vote(child, p.ID, "", tc.options...).WantCode(t, "BAD_USER_INPUT")
			if e.Field() != "input.optionIDs" {
				t.Errorf("%s: field %q (%s)", tc.name, e.Field(), e.Message)
			}
		}
		if n := written(); n != 0 {
			t.Fatalf("refused ballots wrote %d rows", n)
		}
		vote(child, p.ID, "", p.Options[3].ID).Must(t, nil) // and the child can still vote

		// A hand-built set: 5 children at 3, 6 at 6 (with the child above one of the 3s).
		// A second poll, voted 4 by five of them and 8 by one: the 1 is withheld, and with it the 5.
		q := create(nil)
		w.move(t, "openPoll", q.ID)
		var members []*ent.YouthMember
		for i := range 10 {
			members = append(members, w.s.NewMember(t, w.council, fmt.Sprintf("Schuif %d", i)))
		}
		for i, m := range members {
			point := 6
			if i < 4 {
				point = 3
			}
			s.VoteAs(t, m, p.ID, p.Options[point].ID)
			if i < 6 {
				point = 4
				if i == 5 {
					point = 8
				}
				s.VoteAs(t, m, q.ID, q.Options[point].ID)
			}
		}
		w.move(t, "closePoll", p.ID)
		w.move(t, "closePoll", q.ID)
		vote(child, other.ID, "", other.Options[1].ID).Must(t, nil)
		w.move(t, "closePoll", other.ID)
		vote(child, p.ID, "", p.Options[3].ID).WantCode(t, "POLL_NOT_OPEN")

		r := getResults(t, w.staff, p.ID)
		wantCounts := []int{0, 0, 0, 5, 0, 0, 6, 0, 0, 0, 0}
		if !eqp(r.Turnout, intp(11)) || r.Median == nil || *r.Median != 6 || len(r.Distribution) != 11 {
			t.Fatalf("results: %s", r)
		}
		for i, want := range wantCounts {
			if !eqp(r.Options[i].Count, &want) || r.Distribution[i].Value != i || !eqp(r.Distribution[i].Count, &want) {
				t.Errorf("point %d: %s", i, r)
			}
		}

		r = getResults(t, w.staff, q.ID)
		if !eqp(r.Turnout, intp(6)) || r.Median != nil {
			t.Errorf("below k: %s", r)
		}
		for i, o := range r.Options {
			if hidden := i == 4 || i == 8; hidden != o.Suppressed || hidden != (o.Count == nil) || !hidden && *o.Count != 0 {
				t.Errorf("below k, point %d: %s", i, r)
			}
			if d := r.Distribution[i]; d.Suppressed != o.Suppressed || !eqp(d.Count, o.Count) {
				t.Errorf("below k, distribution %d: %s", i, r)
			}
		}
		r = getResults(t, w.staff, other.ID) // one voter: nothing but "fewer than k"
		if r.Turnout != nil || !r.TurnoutSuppressed || r.Median != nil || slices.ContainsFunc(counts(r), func(c *int) bool { return c != nil }) {
			t.Errorf("one voter: %s", r)
		}

		// The location report and its exports show the same cells, and the median where allowed.
		manager := s.SignInAs(t, staffuser.RoleLOCATION_MANAGER, w.loc.ID)
		var rep struct {
			LocationReport struct {
				Polls []struct {
					PollID, Kind string
					Turnout      *int
					Median       *float64
					Score        *float64
					Options      []struct {
						Position int
						Count    *int
					}
				}
			}
		}
		manager.Do(`query($l: ID!) { locationReport(locationID: $l) { polls { pollID kind turnout median score options { position count } } } }`,
			map[string]any{"l": w.loc.ID}).Must(t, &rep)
		found := 0
		for _, rp := range rep.LocationReport.Polls {
			switch rp.PollID {
			case p.ID:
				found++
				if rp.Kind != "SLIDER" || !eqp(rp.Turnout, intp(11)) || rp.Median == nil || *rp.Median != 6 || rp.Score != nil {
					t.Errorf("report: %+v", rp)
				}
				for i, o := range rp.Options {
					if o.Position != i || !eqp(o.Count, &wantCounts[i]) {
						t.Errorf("report point %d: %+v", i, o)
					}
				}
			case q.ID:
				found++
				if !eqp(rp.Turnout, intp(6)) || rp.Median != nil || rp.Options[4].Count != nil || rp.Options[8].Count != nil ||
					!eqp(rp.Options[0].Count, intp(0)) {
					t.Errorf("report below k: %+v", rp)
				}
			}
		}
		if found != 2 {
			t.Fatalf("the report has %d of the 2 slider polls: %+v", found, rep)
		}

		get := func(path string) []byte {
			t.Helper()
			res, err := manager.HTTP.Get(s.URL + path)
			if err != nil {
				t.Fatal(err)
			}
			defer res.Body.Close()
			body, _ := io.ReadAll(res.Body)
			if res.StatusCode != http.StatusOK {
				t.Fatalf("%s: %d %s", path, res.StatusCode, body)
			}
			return body
		}
		rows, err := csv.NewReader(bytes.NewReader(get("/export/location/" + w.loc.ID + ".csv"))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range [][]string{
			{"poll", p.ID, "kind", "SLIDER"},
			{"poll", p.ID, "median", "6"},
			{"poll", p.ID, "score", ""},
			{"poll_option", p.ID + "/3", "count", "5"},
			{"poll_option", p.ID + "/6", "count", "6"},
			{"poll_option", p.ID + "/10", "count", "0"},
			{"poll_option", p.ID + "/10", "option", "10"},
			{"poll", q.ID, "median", ""},
			{"poll_option", q.ID + "/4", "count", reports.Suppressed},
			{"poll_option", q.ID + "/8", "count", reports.Suppressed},
			{"poll_option", q.ID + "/0", "count", "0"},
		} {
			if !slices.ContainsFunc(rows, func(r []string) bool { return slices.Equal(r, want) }) {
				t.Errorf("the CSV has no row %q", want)
			}
		}
		book, err := excelize.OpenReader(bytes.NewReader(get("/export/location/" + w.loc.ID + ".xlsx")))
		if err != nil {
			t.Fatal(err)
		}
		defer book.Close()
		sheet, err := book.GetRows("Polls")
		if err != nil {
			t.Fatal(err)
		}
		col := func(name string) int { return slices.Index(sheet[0], name) }
		cells := map[string][]string{} // "poll/position" → the row
		for _, row := range sheet[1:] {
			cells[row[0]+"/"+row[col("option_position")]] = row
		}
		if row := cells[p.ID+"/6"]; len(row) == 0 || row[col("median")] != "6" || row[col("count")] != "6" || row[col("kind")] != "SLIDER" {
			t.Errorf("xlsx row of point 6: %q (header %q)", row, sheet[0])
		}
		if row := cells[q.ID+"/8"]; len(row) == 0 || row[col("median")] != "" || row[col("count")] != reports.Suppressed {
			t.Errorf("xlsx row of a withheld point: %q", row)
		}
	})
}
