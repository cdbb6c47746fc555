package graph_test

import (
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/auditevent"
	"github.com/jeugdstem/jeugdstem/ent/feedbackpost"
	"github.com/jeugdstem/jeugdstem/ent/feedbackthread"
	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/ent/safeguardingcase"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/ent/signal"
	"github.com/jeugdstem/jeugdstem/ent/staffuser"
	"github.com/jeugdstem/jeugdstem/graph/generated"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
)

// What a viewer can ask with arguments. A filter that reaches an edge asks about rows of another
// type past their privacy rules (the rules narrow a query's rows, not the subqueries of its
// filters), so the schema offers none: every argument of every field a viewer reads is on the
// list below with the reason it reveals nothing the viewer may not read. Paging arguments and
// orderBy are checked by rule (orderBy only by a field of the listed type). A filter on a list
// (field set) narrows the list to rows whose own field has the given value; for those,
// TestFiltersAgreeWithWhatTheViewerReads asks as every viewer and checks the answer is exactly
// the unfiltered list filtered by the field as the viewer reads it.

type allowedArgument struct {
	why string
	// field, for a filter on a list: the field of the listed type it compares (a path through
	// one edge, "thread.locationID", only where every viewer of the row reads the edge too,
	// which the probe checks).
	field string
}

var argumentWhitelist = map[string]allowedArgument{
	// Filters on lists, all on the listed row's own field.
	"Query.polls(where.status)":         {why: "a poll's status, which every viewer of the poll reads", field: "status"},
	"Query.auditEvents(where.objectID)": {why: "an event's object, read with the event", field: "objectID"},
	"Query.auditEvents(where.action)":   {why: "an event's action, read with the event", field: "action"},
	"Query.auditEvents(where.actorID)":  {why: "an event's actor, read with the event", field: "actorID"},
	"Query.signals(locationID)":         {why: "a signal's location, read with the signal", field: "locationID"},
	"Query.signals(acknowledged)":       {why: "whether a signal was acknowledged (acknowledgedAt), read with the signal", field: "acknowledgedAt"},
	"Query.safeguardingCases(status)":   {why: "a case's status, read with the case", field: "status"},
	"Query.moderationQueue(locationID)": {why: "the location of a queued post's thread, which whoever reads the post reads", field: "thread.locationID"},

	// Objects named by id: the object's own policy decides (NOT_FOUND for what the viewer may not read).
	"Query.node(id)":                              {why: "the object's policy decides"},
	"Query.nodes(ids)":                            {why: "each object's policy decides"},
	"Query.pollResults(pollID)":                   {why: "the poll's policy and MaySeePollCounts decide"},
	"Subscription.pollTurnout(pollID)":            {why: "the poll's policy decides"},
	"Query.checkInSchedule(locationID)":           {why: "the location's policy and MaySetCheckIns decide"},
	"Query.locationAnnouncements(locationID)":     {why: "the location's policy decides; the announcements' policy narrows"},
	"Query.openSafeguardingCaseCount(locationID)": {why: "the location's policy and MayCountSafeguardingCases decide"},
	"Query.councilIdeas(councilID)":               {why: "the council's policy decides; the ideas' policy narrows"},
	"Query.councilMeetings(councilID)":            {why: "the council's policy decides; the meetings' policy narrows"},
	"Query.minutesCheck(meetingID)":               {why: "the meeting's policy decides; its items and decisions are read under their own policies"},
	"Query.councilElections(councilID)":           {why: "the council's policy decides; the elections' policy narrows"},
	"Query.election(id)":                          {why: "the election's policy decides; candidates are shown by councils.Candidate's rule"},
	"Query.locationReport(locationID)":            {why: "MayReadLocationReport decides; figures are suppressed aggregates"},

	// Report periods and presentation.
	"Query.locationReport(from)":                {why: "the report period, widened to whole weeks"},
	"Query.locationReport(to)":                  {why: "the report period, widened to whole weeks"},
	"Query.locationReport(trend)":               {why: "how the trend is grouped"},
	"Query.nationalReport(from)":                {why: "the report period, widened to whole weeks"},
	"Query.nationalReport(to)":                  {why: "the report period, widened to whole weeks"},
	"Query.nationalReport(trend)":               {why: "how the trend is grouped"},
	"Query.monitorSchedule(locationID)":         {why: "MayReadMonitor decides, as for the scorecard; a schedule holds dates only"},
	"Query.monitorScorecard(locationID)":        {why: "MayReadMonitor decides; figures are suppressed aggregates of single rounds"},
	"Query.monitorScorecard(from)":              {why: "the period, widened to whole weeks; it selects rounds, whose figures never change with it"},
	"Query.monitorScorecard(to)":                {why: "the period, widened to whole weeks; it selects rounds, whose figures never change with it"},
	"Query.nationalMonitor(from)":               {why: "the period, widened to whole weeks; it selects rounds, whose figures never change with it"},
	"Query.nationalMonitor(to)":                 {why: "the period, widened to whole weeks; it selects rounds, whose figures never change with it"},
	"FeedbackThread.latestResponse(language)":   {why: "which translation of an answer the viewer reads"},
	"Poll.whatWeDid(language)":                  {why: "which translation of what staff did about a poll the viewer reads"},
	"ChildrenMonitorDomain.whatWeDid(language)": {why: "which translation of what staff did about a monitor domain the child reads"},
	"Idea.titleText(language)":                  {why: "which translation of an idea the viewer reads"},
	"AgendaItem.titleText(language)":            {why: "which translation of an agenda item the viewer reads"},
	"Query.decisionBoard(language)":             {why: "which translation of a decision the viewer reads"},
	"Query.myCouncil(language)":                 {why: "which translation of the council's texts the child reads"},
}

// pagingArguments position a page in the rows the policy returned.
var pagingArguments = map[string]bool{"after": true, "first": true, "before": true, "last": true}

// argumentKeys walks every argument of every field of every type a viewer reads (all but
// Mutation, whose arguments are what is written), into the keys of argumentWhitelist. Input
// objects are walked field by field, so an input that grows a field (or an edge) grows a key.
func argumentKeys(t *testing.T, schema *ast.Schema) []string {
	t.Helper()
	var keys []string
	for _, typ := range schema.Types {
		if typ.Kind != ast.Object || typ.Name == "Mutation" || strings.HasPrefix(typ.Name, "__") {
			continue
		}
		for _, f := range typ.Fields {
			if strings.HasPrefix(f.Name, "__") {
				continue
			}
			for _, a := range f.Arguments {
				switch {
				case pagingArguments[a.Name] && strings.HasSuffix(f.Type.Name(), "Connection"):
				case a.Name == "orderBy":
					checkOrder(t, schema, typ.Name+"."+f.Name, a.Type.Name(), f.Type.Name())
				default:
					keys = append(keys, leafKeys(schema, typ.Name+"."+f.Name, a.Name, a.Type, 0)...)
				}
			}
		}
	}
	sort.Strings(keys)
	return keys
}

func leafKeys(schema *ast.Schema, field, path string, typ *ast.Type, depth int) []string {
	def := schema.Types[typ.Name()]
	if def == nil || def.Kind != ast.InputObject || depth > 3 {
		return []string{fmt.Sprintf("%s(%s)", field, path)}
	}
	var keys []string
	for _, f := range def.Fields {
		keys = append(keys, leafKeys(schema, field, path+"."+f.Name, f.Type, depth+1)...)
	}
	return keys
}

// checkOrder: an XOrder input orders by direction and by fields of X, each one a field the
// viewer reads on every row of the list.
func checkOrder(t *testing.T, schema *ast.Schema, field, orderType, connection string) {
	t.Helper()
	order := schema.Types[orderType]
	node := schema.Types[strings.TrimSuffix(connection, "Connection")]
	if order == nil || node == nil {
		t.Errorf("%s: orderBy %s on %s is not an ordering of a connection", field, orderType, connection)
		return
	}
	for _, f := range order.Fields {
		switch f.Name {
		case "direction":
		case "field":
			for _, v := range schema.Types[f.Type.Name()].EnumValues {
				if node.Fields.ForName(camel(v.Name)) == nil {
					t.Errorf("%s orders by %s, which is not a field %s shows", field, v.Name, node.Name)
				}
			}
		default:
			t.Errorf("%s: orderBy has field %s", field, f.Name)
		}
	}
}

// camel turns CLOSES_AT into closesAt.
func camel(s string) string {
	parts := strings.Split(strings.ToLower(s), "_")
	for i := 1; i < len(parts); i++ {
		parts[i] = strings.ToUpper(parts[i][:1]) + parts[i][1:]
	}
	return strings.Join(parts, "")
}

func TestEveryArgumentIsOnTheWhitelist(t *testing.T) {
	schema := generated.NewExecutableSchema(generated.Config{}).Schema()
	seen := map[string]bool{}
	for _, k := range argumentKeys(t, schema) {
		seen[k] = true
		a, ok := argumentWhitelist[k]
		if !ok {
			t.Errorf("argument %s is on no whitelist: say why it cannot reveal what its viewer may not read (schema_filters_test.go), and reach no edge", k)
			continue
		}
		if a.why == "" {
			t.Errorf("argument %s has no reason", k)
		}
		if a.field != "" {
			// A filter compares a field of the listed type, never an edge (an object or a list of them).
			typ, _, _ := strings.Cut(k, "(")
			list := schema.Types[strings.Split(typ, ".")[0]].Fields.ForName(strings.Split(typ, ".")[1])
			node := schema.Types[strings.TrimSuffix(list.Type.Name(), "Connection")]
			path := strings.Split(a.field, ".")
			if len(path) > 2 {
				t.Errorf("filter %s compares %s, more than one edge away", k, a.field)
				continue
			}
			for i, name := range path {
				fd := node.Fields.ForName(name)
				if fd == nil {
					t.Errorf("filter %s compares %s, which %s does not show", k, a.field, node.Name)
					break
				}
				def := schema.Types[fd.Type.Name()]
				last := i == len(path)-1
				if last && def.Kind != ast.Scalar && def.Kind != ast.Enum {
					t.Errorf("filter %s compares %s, a %s, not a value", k, a.field, def.Kind)
				}
				if !last && (def.Kind != ast.Object || fd.Type.Elem != nil) {
					t.Errorf("filter %s goes through %s, which is not one object", k, name)
				}
				node = def
			}
		}
	}
	for k := range argumentWhitelist {
		if !seen[k] {
			t.Errorf("whitelisted argument %s is not in the schema", k)
		}
	}
	for k := range filterProbes {
		if argumentWhitelist[k].field == "" {
			t.Errorf("probe %s is for no whitelisted filter", k)
		}
	}
	for k, a := range argumentWhitelist {
		if _, ok := filterProbes[k]; a.field != "" && !ok {
			t.Errorf("filter %s has no probe in TestFiltersAgreeWithWhatTheViewerReads", k)
		}
	}
}

// Negative control: the walk finds an edge filter and a field filter a viewer may not have,
// in a schema that offers them, and orderBy on a field the type does not show.
func TestArgumentWalkCatchesEdgeFilters(t *testing.T) {
	schema := generated.NewExecutableSchema(generated.Config{}).Schema()
	weak := *schema
	weak.Types = map[string]*ast.Definition{}
	for k, v := range schema.Types {
		weak.Types[k] = v
	}
	where := &ast.Definition{Kind: ast.InputObject, Name: "LocationWhereInput", Fields: ast.FieldList{
		{Name: "hasMembersWith", Type: ast.ListType(ast.NonNullNamedType("YouthMemberWhereInput", nil), nil)}}}
	weak.Types["LocationWhereInput"] = where
	weak.Types["YouthMemberWhereInput"] = &ast.Definition{Kind: ast.InputObject, Name: "YouthMemberWhereInput",
		Fields: ast.FieldList{{Name: "pseudonymGTE", Type: ast.NamedType("String", nil)}}}
	query := *schema.Types["Query"]
	query.Fields = append(ast.FieldList{}, query.Fields...)
	for i, f := range query.Fields {
		if f.Name == "locations" {
			g := *f
			g.Arguments = append(ast.ArgumentDefinitionList{{Name: "where", Type: ast.NamedType("LocationWhereInput", nil)}}, f.Arguments...)
			query.Fields[i] = &g
		}
	}
	weak.Types["Query"] = &query
	found := false
	for _, k := range argumentKeys(t, &weak) {
		if k == "Query.locations(where.hasMembersWith.pseudonymGTE)" {
			found = true
			if _, ok := argumentWhitelist[k]; ok {
				t.Error("the edge filter is whitelisted")
			}
		}
	}
	if !found {
		t.Error("the walk does not reach the edge filter's fields")
	}
}

// filterProbe asks a list with and without a filter; query takes $v (null: no filter) and
// names the compared field "value".
type filterProbe struct {
	query string
	// values are all the filter's values held by any row, visible or not (read past the rules).
	values func(s *apitest.Server) []any
	// match reports whether a row's value (as the viewer reads it) passes the filter v.
	match func(row, v any) bool
}

func equal(row, v any) bool { return row == v }

var filterProbes = map[string]filterProbe{
	"Query.polls(where.status)": {
		query: `query($v: PollStatus) { list: polls(first: 100, where: {status: $v}) { edges { node { id value: status } } } }`,
		values: func(s *apitest.Server) []any {
			return distinct(s.DB.Client.Poll.Query().Select(poll.FieldStatus).StringsX(apitest.System()))
		},
		match: equal},
	"Query.auditEvents(where.objectID)": {
		query: `query($v: String) { list: auditEvents(first: 100, where: {objectID: $v}) { edges { node { id value: objectID } } } }`,
		values: func(s *apitest.Server) []any {
			return distinct(s.DB.Client.AuditEvent.Query().Select(auditevent.FieldObjectID).StringsX(apitest.System()))
		},
		match: equal},
	"Query.auditEvents(where.action)": {
		query: `query($v: String) { list: auditEvents(first: 100, where: {action: $v}) { edges { node { id value: action } } } }`,
		values: func(s *apitest.Server) []any {
			return distinct(s.DB.Client.AuditEvent.Query().Select(auditevent.FieldAction).StringsX(apitest.System()))
		},
		match: equal},
	"Query.auditEvents(where.actorID)": {
		query: `query($v: String) { list: auditEvents(first: 100, where: {actorID: $v}) { edges { node { id value: actorID } } } }`,
		values: func(s *apitest.Server) []any {
			return distinct(s.DB.Client.AuditEvent.Query().Select(auditevent.FieldActorID).StringsX(apitest.System()))
		},
		match: equal},
	"Query.signals(locationID)": {
		query: `query($v: ID) { list: signals(first: 100, locationID: $v) { edges { node { id value: locationID } } } }`,
		values: func(s *apitest.Server) []any {
			return distinct(s.DB.Client.Signal.Query().Select(signal.FieldLocationID).StringsX(apitest.System()))
		},
		match: equal},
	"Query.safeguardingCases(status)": {
		query: `query($v: SafeguardingCaseStatus) { list: safeguardingCases(status: $v) { id value: status } }`,
		values: func(s *apitest.Server) []any {
			return distinct(s.DB.Client.SafeguardingCase.Query().Select(safeguardingcase.FieldStatus).StringsX(apitest.System()))
		},
		match: equal},
	"Query.moderationQueue(locationID)": {
		query: `query($v: ID) { list: moderationQueue(first: 100, locationID: $v) { edges { node { id value: thread { locationID } } } } }`,
		values: func(s *apitest.Server) []any {
			return distinct(s.DB.Client.FeedbackThread.Query().Select(feedbackthread.FieldLocationID).StringsX(apitest.System()))
		},
		match: func(row, v any) bool { m, _ := row.(map[string]any); return m != nil && m["locationID"] == v }},
	"Query.signals(acknowledged)": {
		query:  `query($v: Boolean) { list: signals(first: 100, acknowledged: $v) { edges { node { id value: acknowledgedAt } } } }`,
		values: func(*apitest.Server) []any { return []any{true, false} },
		match:  func(row, v any) bool { return (row != nil) == v.(bool) }},
}

func distinct(ss []string) []any {
	seen := map[string]bool{}
	var out []any
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// Every whitelisted filter, asked by every viewer with every value any row holds (also rows the
// viewer may not read), answers exactly the rows of the unfiltered list whose field, as the
// viewer reads it, passes: a filter selects among what the viewer reads, and tells nothing more.
func TestFiltersAgreeWithWhatTheViewerReads(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		a, b := s.NewLocation(t, "A"), s.NewLocation(t, "B")
		member := s.NewMember(t, s.NewCouncil(t, a.ID, "Council"), "Mila")
		staff := map[string]*ent.StaffUser{}
		for _, role := range staffViewers {
			locs := []string{a.ID}
			if role == "NATIONAL_ADMIN" {
				locs = nil
			}
			staff[role] = s.NewStaff(t, staffuser.Role(role), locs...)
		}
		sys := apitest.System()
		text := []schematype.Translation{{Lang: "nl", Text: "Vraag"}}
		for _, p := range []struct {
			loc    *string
			status poll.Status
		}{{&a.ID, poll.StatusDRAFT}, {&a.ID, poll.StatusOPEN}, {&b.ID, poll.StatusCLOSED}, {nil, poll.StatusPUBLISHED}} {
			scope := poll.ScopeLOCATION
			if p.loc == nil {
				scope = poll.ScopeNATIONAL
			}
			s.DB.Client.Poll.Create().SetNillableLocationID(p.loc).SetScope(scope).SetKind(poll.KindYES_NO).
				SetTheme(schematype.ThemeSafety).SetQuestion(text).SetStatus(p.status).ExecX(sys)
		}
		for i, ev := range []struct{ loc, actor, action string }{
			{a.ID, staff["LOCATION_MANAGER"].ID, "THREAD_ANSWERED"}, {b.ID, "stf_other", "POST_ESCALATED"}, {b.ID, "stf_other", "THREAD_ANSWERED"}} {
			s.DB.Client.AuditEvent.Create().SetActorKind(auditevent.ActorKindSTAFF).SetActorID(ev.actor).SetAction(ev.action).
				SetObjectType("FeedbackThread").SetObjectID(fmt.Sprintf("thr_%d", i)).SetLocationID(ev.loc).ExecX(sys)
		}
		for i, loc := range []string{a.ID, b.ID, b.ID} {
			c := s.DB.Client.Signal.Create().SetLocationID(loc).SetKind(signal.KindSAFETY_SCORE_LOW).
				SetOccurrence(fmt.Sprintf("probe-%d", i)).SetDetail("Safety score below 3.00.")
			if i == 1 {
				c.SetAcknowledgedAt(member.CreatedAt)
			}
			c.ExecX(sys)
		}

		for i, loc := range []string{a.ID, b.ID} {
			th := s.DB.Client.FeedbackThread.Create().SetLocationID(loc).SetTheme(schematype.ThemeSafety).
				SetTitle(fmt.Sprintf("Thread %d", i)).SaveX(sys)
			s.DB.Client.FeedbackPost.Create().SetThread(th).SetBody("Waiting").SetLanguage("nl").ExecX(sys)
			for _, st := range []safeguardingcase.Status{safeguardingcase.StatusOPEN, safeguardingcase.StatusCLOSED} {
				post := s.DB.Client.FeedbackPost.Create().SetThread(th).SetBody("Escalated").SetLanguage("nl").
					SetModerationState(feedbackpost.ModerationStateESCALATED).SaveX(sys)
				if loc == b.ID && st == safeguardingcase.StatusCLOSED {
					st = safeguardingcase.StatusIN_PROGRESS // a status only hidden rows hold
				}
				s.DB.Client.SafeguardingCase.Create().SetLocationID(loc).SetStatus(st).SetPost(post).
					SetPostBody("Escalated").SetPostLanguage("nl").SetOpenedBy(staff["MODERATOR"]).ExecX(sys)
			}
		}

		browsers := map[string]*apitest.Client{"nobody": s.NewClient(t), "tablet": s.NewTablet(t, a.ID)}
		browsers["youth"] = s.NewTablet(t, a.ID)
		browsers["youth"].YouthLogin(t, member)
		for role, u := range staff {
			browsers[role] = s.SignIn(t, u)
		}

		keys := make([]string, 0, len(filterProbes))
		for k := range filterProbes {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			p := filterProbes[k]
			values := p.values(s)
			if len(values) < 2 {
				t.Fatalf("%s: the world holds %d values, too few to tell anything", k, len(values))
			}
			readers := 0
			for _, viewer := range viewers {
				all, err := probeList(browsers[viewer].Do(p.query, map[string]any{"v": nil}))
				if len(all) > 0 {
					readers++
				}
				for _, v := range values {
					got, gotErr := probeList(browsers[viewer].Do(p.query, map[string]any{"v": v}))
					if err != "" || gotErr != "" {
						if err != gotErr {
							t.Errorf("%s as %s with %v: %q, unfiltered %q", k, viewer, v, gotErr, err)
						}
						continue
					}
					var want []string
					for id, val := range all {
						if p.match(val, v) {
							want = append(want, id)
						}
					}
					sort.Strings(want)
					if have := sortedKeys(got); !reflect.DeepEqual(have, want) && (len(have) > 0 || len(want) > 0) {
						t.Errorf("%s as %s with %v answers %v, but the viewer reads %v", k, viewer, v, have, want)
					}
				}
			}
			if readers == 0 {
				t.Errorf("%s: no viewer reads a row, so the probe tells nothing", k)
			}
		}
	})
}

// probeList reads a list's rows (id → value) or its error codes.
func probeList(r *apitest.Response) (map[string]any, string) {
	if len(r.Errors) > 0 {
		return nil, answer(r)
	}
	var d struct {
		List struct {
			Edges []struct {
				Node struct {
					ID    string
					Value any
				}
			}
		}
	}
	type row struct {
		ID    string
		Value any
	}
	var plain struct{ List []row }
	out := map[string]any{}
	if json.Unmarshal(r.Data, &plain) == nil {
		for _, x := range plain.List {
			out[x.ID] = x.Value
		}
		return out, ""
	}
	if err := json.Unmarshal(r.Data, &d); err != nil {
		return nil, err.Error()
	}
	for _, e := range d.List.Edges {
		out[e.Node.ID] = e.Node.Value
	}
	return out, ""
}

func sortedKeys(m map[string]any) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
