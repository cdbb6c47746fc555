package signals_test

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/vektah/gqlparser/v2/ast"

	"github.com/jeugdstem/jeugdstem/ent/feedbackpost"
	"github.com/jeugdstem/jeugdstem/ent/feedbackthread"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/ent/threadresponse"
	"github.com/jeugdstem/jeugdstem/graph/generated"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
)

// A partner of A walks through every query of the schema, asking for every field it can reach
// (every object type behind an interface or union, connections included), with every id of the
// world as argument: of A, of B, of children, threads, posts, polls, signals. Nothing that names
// or quotes a child reaches them: no pseudonym, no post body or thread title, no member id,
// neither in data nor in an error. And the walk is not empty: they do read A's report and signal.
func TestPartnerNeverSeesAChild(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		w := newWorld(t, s)
		c := s.DB.Client
		// A signal (and closed check-ins) at A.
		p1 := w.nextRound(t)
		w.vote(t, p1, [5]int{0, 0, 0, 10, 0})
		p2 := w.nextRound(t)
		w.vote(t, p2, [5]int{0, 0, 10, 0, 0})
		w.nextRound(t)
		if n := w.evaluate(t); n != 1 {
			t.Fatalf("raised %d signals, want 1", n)
		}
		sig := w.signalsOf(w.a)[0]
		// What children said at A and B: visible and pending threads and posts, an answer, a case.
		child, childB := w.members[0], c.YouthMember.Create().SetLocationID(w.b.ID).SetPseudonym("Secret Heron").
			SetAvatar("heron").SetAgeBand(schematype.AgeBand12to14).SetLanguage("ti").SetPinHash("not-a-pin").SaveX(ctx())
		council := s.NewCouncil(t, w.a.ID, "Raad Noord")
		c.Membership.Create().SetCouncilID(council.ID).SetMemberID(child.ID).ExecX(ctx())
		words := []string{}
		var ids []string
		for i, l := range []string{w.a.ID, w.b.ID} {
			author := child
			if i == 1 {
				author = childB
			}
			title, body, pending := fmt.Sprintf("Secret title %d", i), fmt.Sprintf("Secret body %d", i), fmt.Sprintf("Secret pending %d", i)
			th := c.FeedbackThread.Create().SetLocationID(l).SetTheme(schematype.ThemeSafety).SetTitle(title).
				SetStatus(feedbackthread.StatusIN_PROGRESS).SetVisibleAt(w.clock.Now()).SetStartedBy(author).SaveX(ctx())
			post := c.FeedbackPost.Create().SetThread(th).SetAuthor(author).SetBody(body).SetLanguage("nl").
				SetModerationState(feedbackpost.ModerationStateAPPROVED).SaveX(ctx())
			c.FeedbackPost.Create().SetThread(th).SetAuthor(author).SetBody(pending).SetLanguage("nl").SaveX(ctx())
			c.ThreadResponse.Create().SetThread(th).SetAuthorID(w.staff[managerA].ID).SetStatus(threadresponse.StatusIN_PROGRESS).
				SetBody([]schematype.Translation{{Lang: "nl", Text: "We kijken ernaar"}}).ExecX(ctx())
			sc := c.SafeguardingCase.Create().SetLocationID(l).SetPost(post).SetOpenedByID(w.staff[managerA].ID).SetPostBody(fmt.Sprintf("Secret case %d", i)).SetPostLanguage("nl").
				SetThreadTitle(title).SaveX(ctx())
			words = append(words, title, body, pending, sc.PostBody)
			ids = append(ids, th.ID, post.ID, sc.ID)
		}
		// The council of A: an idea waiting for a moderator (its words are a secret until
		// approved), an approved one with 3 supports, a meeting of 3 children. In A's report
		// the council's counts of children (2 ideas, 3 supports, 3 present) are below k.
		for i, approved := range []bool{false, true} {
			idea := fmt.Sprintf("Secret idea %d", i)
			th := c.FeedbackThread.Create().SetLocationID(w.a.ID).SetTheme(schematype.ThemePlayActivities).SetTitle(idea).
				SetStartedBy(child).SetMeTooCount(3 * i)
			post := c.FeedbackPost.Create().SetAuthor(child).SetBody(idea).SetLanguage("nl")
			if approved {
				th.SetVisibleAt(w.clock.Now())
				post.SetModerationState(feedbackpost.ModerationStateAPPROVED)
			} else {
				words = append(words, idea)
			}
			thread := th.SaveX(ctx())
			post.SetThread(thread).ExecX(ctx())
			c.Idea.Create().SetLocationID(w.a.ID).SetCouncilID(council.ID).SetThreadID(thread.ID).
				SetTheme(schematype.ThemePlayActivities).SetTitle([]schematype.Translation{{Lang: "nl", Text: idea}}).ExecX(ctx())
		}
		// Two days ago by the reports' clock, which is the real one.
		c.Meeting.Create().SetLocationID(w.a.ID).SetCouncilID(council.ID).SetStartsAt(time.Now().Add(-48 * time.Hour)).
			SetPlace("Zaal").SetAttendance(3).ExecX(ctx())
		words = append(words, childB.Pseudonym)
		memberIDs := []string{childB.ID}
		for _, m := range w.members {
			words = append(words, m.Pseudonym)
			memberIDs = append(memberIDs, m.ID)
		}
		ids = append(ids, w.a.ID, w.b.ID, council.ID, p1.ID, p2.ID, sig.ID, child.ID, childB.ID,
			w.staff[managerA].ID, w.staff[partnerB].ID)

		partner := s.SignIn(t, w.staff[partnerA])
		schema := generated.NewExecutableSchema(generated.Config{}).Schema()
		var everything strings.Builder
		asked := 0
		for _, f := range schema.Query.Fields {
			if strings.HasPrefix(f.Name, "__") {
				continue
			}
			for _, call := range calls(f, ids) {
				for _, variant := range variants(schema, schema.Types[f.Type.Name()]) {
					res := askWithin(partner, schema, f.Name+call, variant)
					asked++
					for _, e := range res.Errors {
						if code := e.Code(); code == "LIMIT_EXCEEDED" || code == "GRAPHQL_VALIDATION_FAILED" || code == "BAD_USER_INPUT" || code == "INTERNAL" {
							t.Errorf("%s%s: %s %s (the walk must reach the resolver)", f.Name, call, code, e.Message)
						}
					}
					// Ids are looked for in the data only: an error may repeat the id that was asked.
					raw, _ := json.Marshal(res)
					for _, secret := range words {
						if strings.Contains(string(raw), secret) {
							t.Errorf("%s%s shows the partner %q: %s", f.Name, call, secret, raw)
						}
					}
					for _, id := range memberIDs {
						if strings.Contains(string(res.Data), id) {
							t.Errorf("%s%s shows the partner a member id: %s", f.Name, call, res.Data)
						}
					}
					everything.Write(raw)
				}
			}
		}
		for _, seen := range []string{sig.ID, "SAFETY_SCORE_DROP", "Azc Noord", `"safetyScore"`} {
			if !strings.Contains(everything.String(), seen) {
				t.Errorf("in %d queries the partner never saw %q: the walk reads nothing", asked, seen)
			}
		}
		var report struct {
			LocationReport struct {
				Councils struct {
					MeetingsHeld                                 int
					IdeasRaised, Supports, Attendance, IdeasDone *int
				}
			}
		}
		partner.Do(`query($l: ID!) { locationReport(locationID: $l) { councils { meetingsHeld ideasRaised supports attendance ideasDone } } }`,
			map[string]any{"l": w.a.ID}).Must(t, &report)
		if rc := report.LocationReport.Councils; rc.MeetingsHeld != 1 || rc.IdeasRaised != nil || rc.Supports != nil ||
			rc.Attendance != nil || rc.IdeasDone == nil || *rc.IdeasDone != 0 {
			t.Errorf("A's councils as the partner reads them: %+v; want the meeting, no count below 5, zeros", rc)
		}
		res := partner.Do(`query($l: ID!) { locationReport(locationID: $l) { locationID } }`, map[string]any{"l": w.b.ID})
		res.WantCode(t, "NOT_FOUND")
		_ = context.Background()
	})
}

// calls are the argument lists to ask a query with: none when it needs none, else every id of
// the world for its one required id argument (all of them at once for a list), and a small page.
func calls(f *ast.FieldDefinition, ids []string) []string {
	var required *ast.ArgumentDefinition
	page := ""
	for _, a := range f.Arguments {
		if a.Name == "first" {
			page = "first: 3"
		}
		if a.Type.NonNull && a.DefaultValue == nil {
			required = a
		}
	}
	join := func(parts ...string) string {
		var out []string
		for _, p := range parts {
			if p != "" {
				out = append(out, p)
			}
		}
		if len(out) == 0 {
			return ""
		}
		return "(" + strings.Join(out, ", ") + ")"
	}
	if required == nil {
		return []string{join(page)}
	}
	if required.Type.Elem != nil {
		quoted := make([]string, len(ids))
		for i, id := range ids {
			quoted[i] = fmt.Sprintf("%q", id)
		}
		return []string{join(fmt.Sprintf("%s: [%s]", required.Name, strings.Join(quoted, ", ")), page)}
	}
	var out []string
	for _, id := range ids {
		out = append(out, join(fmt.Sprintf("%s: %q", required.Name, id), page))
	}
	return out
}

// variants are the types to ask for behind a field's type: the type itself, or each possible type
// of an interface or union in a query of its own (fields of the same name may differ in type).
func variants(schema *ast.Schema, def *ast.Definition) []*ast.Definition {
	if def.Kind != ast.Interface && def.Kind != ast.Union {
		return []*ast.Definition{def}
	}
	possible := append([]*ast.Definition(nil), schema.GetPossibleTypes(def)...)
	sort.Slice(possible, func(i, j int) bool { return possible[i].Name < possible[j].Name })
	return possible
}

// askWithin asks field (with its arguments) for every field of def it can reach, as deep as the
// query limits allow: it starts deep and asks again shallower while the query is too complex.
func askWithin(c *apitest.Client, schema *ast.Schema, field string, def *ast.Definition) *apitest.Response {
	var res *apitest.Response
	for depth := 3; depth >= 0; depth-- {
		q := "query { " + field
		if sel := selection(schema, def, depth, map[string]bool{}); sel != "" {
			q += " { __typename ... on " + def.Name + " { " + sel + " } }"
		}
		res = c.Do(q+" }", nil)
		if len(res.Errors) == 0 || res.Errors[0].Code() != "LIMIT_EXCEEDED" {
			return res
		}
	}
	return res
}

// selection asks for every field of def a viewer can ask for without arguments (connections get
// a small page), following objects depth levels deep (a connection and its edges count as none)
// without revisiting a type on the way. Interfaces inside are asked for their __typename.
func selection(schema *ast.Schema, def *ast.Definition, depth int, onPath map[string]bool) string {
	switch {
	case def == nil || def.Kind == ast.Scalar || def.Kind == ast.Enum:
		return ""
	case def.Kind == ast.Interface || def.Kind == ast.Union:
		return "__typename"
	case onPath[def.Name] || depth < 0:
		return ""
	}
	onPath[def.Name] = true
	defer delete(onPath, def.Name)
	var parts []string
	for _, f := range def.Fields {
		if strings.HasPrefix(f.Name, "__") {
			continue
		}
		args, ok := optionalArgs(f)
		if !ok {
			continue
		}
		inner := schema.Types[f.Type.Name()]
		if inner.Kind == ast.Scalar || inner.Kind == ast.Enum {
			parts = append(parts, f.Name+args)
			continue
		}
		next := depth - 1
		if strings.HasSuffix(inner.Name, "Connection") || strings.HasSuffix(inner.Name, "Edge") {
			next = depth
		}
		if sel := selection(schema, inner, next, onPath); sel != "" {
			parts = append(parts, f.Name+args+" { "+sel+" }")
		}
	}
	return strings.Join(parts, " ")
}

// optionalArgs are the arguments to give a field inside the walk: a small page for connections.
// A field with a required argument is left out.
func optionalArgs(f *ast.FieldDefinition) (string, bool) {
	args := ""
	for _, a := range f.Arguments {
		if a.Type.NonNull && a.DefaultValue == nil {
			return "", false
		}
		if a.Name == "first" {
			args = "(first: 3)"
		}
	}
	return args, true
}
