package demo

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
)

// Instructions is what Seed created and how to sign in to it. Passwords and PINs exist in clear
// text only here: print them once (WriteTo) and let them go.
type Instructions struct {
	CreatedAt time.Time
	Locations []LocationInfo
	Staff     []StaffLogin
	Members   []MemberLogin
	Tablets   []TabletInfo
	Polls     []PollInfo
	Threads   []ThreadInfo
}

// LocationInfo is a demo location.
type LocationInfo struct {
	ID, Name, Kind, Municipality string
	ChildrenHoused               int
	Languages                    []string
}

// StaffLogin is a demo staff user with its password.
type StaffLogin struct {
	ID, Email, DisplayName string
	Role                   string   // a staffuser.Role value
	Password               string   // random per seed, shown once
	Locations              []string // location names; none for a national admin
}

// MemberLogin is a demo youth member with its picture-PIN.
type MemberLogin struct {
	ID, Pseudonym, Avatar string
	Location, Council     string // names
	Chair                 bool
	AgeBand               schematype.AgeBand
	Language              string
	Unaccompanied         bool
	PIN                   []int // 4 picture indices 0..8 on the keypad
}

// TabletInfo is an enrolled demo tablet (its token is not kept).
type TabletInfo struct{ ID, Name, Location string }

// PollInfo is a demo poll.
type PollInfo struct {
	ID, Location string
	Council      string // empty for a location-wide poll
	Scope, Kind  string // poll.Scope and poll.Kind values
	Theme        string
	Status       string // poll.Status value
	Question     string // in English
	Options      int
	Voters       int
}

// ThreadInfo is a demo feedback thread.
type ThreadInfo struct {
	ID, Location, Title, Theme string
	Status                     string // feedbackthread.Status value
	Approved, Pending          int    // posts by moderation state
	Rejected                   int
	MeToo                      int
	Answered                   bool
}

// PINString renders a picture-PIN as space-separated indices, e.g. "3 0 7 5".
func PINString(pin []int) string {
	parts := make([]string, len(pin))
	for i, d := range pin {
		parts[i] = strconv.Itoa(d)
	}
	return strings.Join(parts, " ")
}

// ageLabel turns AGE_12_14 into 12-14.
func ageLabel(b schematype.AgeBand) string {
	return strings.ReplaceAll(strings.TrimPrefix(string(b), "AGE_"), "_", "-")
}

// WriteTo prints the sign-in instructions (io.WriterTo).
func (in *Instructions) WriteTo(w io.Writer) (int64, error) {
	cw := &countingWriter{w: w}
	p := &printer{w: cw}

	p.line("==========================================================================")
	p.line(" jeugdstem DEMO: every place and person below is fictional (created %s).", in.CreatedAt.Format("2006-01-02 15:04 MST"))
	p.line(" Passwords and PINs are shown only now; the database keeps only their hashes.")
	p.line(" Never use a demo database for real children.")
	p.line("==========================================================================")

	p.line("")
	p.line("Locations")
	t := p.table()
	for _, l := range in.Locations {
		t.row("  "+l.Name, l.Kind, l.Municipality, fmt.Sprintf("%d children housed", l.ChildrenHoused),
			"languages "+strings.Join(l.Languages, ", "))
	}
	t.flush()

	p.line("")
	p.line("Staff: sign in to the staff console with e-mail and password")
	t = p.table()
	t.row("  E-MAIL", "PASSWORD", "ROLE", "LOCATIONS")
	for _, s := range in.Staff {
		locs := strings.Join(s.Locations, ", ")
		if len(s.Locations) == 0 {
			locs = "all (national)"
		}
		t.row("  "+s.Email, s.Password, s.Role, locs)
	}
	t.flush()

	p.line("")
	p.line("Tablets (already enrolled; their tokens are not shown)")
	for _, tb := range in.Tablets {
		p.line("  %q at %s", tb.Name, tb.Location)
	}
	p.line("  To use this browser as a tablet: sign in as the facilitator or the manager, enroll the")
	p.line("  browser as a tablet of the location, then a child can sign in on it.")

	p.line("")
	p.line("Children: sign in on a tablet of their own location: tap the avatar, then the 4 pictures.")
	p.line("  The PIN is 4 picture positions 0-8 on the tablet's 3x3 picture keypad (0 = the first")
	p.line("  picture), tapped in this order; they are picture indices, not digits to type.")
	t = p.table()
	t.row("  PSEUDONYM", "AVATAR", "PIN", "LOCATION", "COUNCIL", "AGE", "LANG", "NOTE", "ID")
	for _, m := range in.Members {
		var notes []string
		if m.Chair {
			notes = append(notes, "chair")
		}
		if m.Unaccompanied {
			notes = append(notes, "unaccompanied")
		}
		note := strings.Join(notes, ", ")
		if note == "" {
			note = "-"
		}
		t.row("  "+m.Pseudonym, m.Avatar, PINString(m.PIN), m.Location, m.Council, ageLabel(m.AgeBand), m.Language, note, m.ID)
	}
	t.flush()

	p.line("")
	p.line("Polls: DRAFT (not yet open), OPEN (vote now), CLOSED (results not yet published),")
	p.line("PUBLISHED (results shown; cells under 5 children are suppressed)")
	t = p.table()
	t.row("  STATUS", "KIND", "WHO MAY VOTE", "VOTED", "QUESTION")
	for _, pl := range in.Polls {
		who := pl.Location + " (everyone)"
		if pl.Council != "" {
			who = pl.Council + ", " + pl.Location
		}
		voted := "-"
		if pl.Status != "DRAFT" {
			voted = strconv.Itoa(pl.Voters)
		}
		t.row("  "+pl.Status, pl.Kind, who, voted, pl.Question)
	}
	t.flush()

	p.line("")
	p.line("Feedback threads")
	t = p.table()
	t.row("  LOCATION", "STATUS", "POSTS", "ME TOO", "TITLE")
	for _, th := range in.Threads {
		posts := fmt.Sprintf("%d approved, %d waiting", th.Approved, th.Pending)
		if th.Rejected > 0 {
			posts += fmt.Sprintf(", %d rejected", th.Rejected)
		}
		status := th.Status
		if th.Answered {
			status += " (answered)"
		}
		t.row("  "+th.Location, status, posts, strconv.Itoa(th.MeToo), th.Title)
	}
	t.flush()
	p.line("  Posts marked waiting are in the moderation queue:")
	for _, l := range in.Locations {
		waiting := 0
		for _, th := range in.Threads {
			if th.Location == l.Name {
				waiting += th.Pending
			}
		}
		var mods []string
		for _, s := range in.Staff {
			if s.Role == "MODERATOR" && slices.Contains(s.Locations, l.Name) {
				mods = append(mods, s.Email)
			}
		}
		who := "no demo moderator works there"
		if len(mods) > 0 {
			who = "for " + strings.Join(mods, ", ")
		}
		p.line("    %s: %d waiting, %s", l.Name, waiting, who)
	}

	return cw.n, p.err
}

type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(b []byte) (int, error) {
	n, err := c.w.Write(b)
	c.n += int64(n)
	return n, err
}

// printer writes lines and keeps the first error.
type printer struct {
	w   io.Writer
	err error
}

func (p *printer) line(format string, args ...any) {
	if p.err != nil {
		return
	}
	_, p.err = fmt.Fprintf(p.w, format+"\n", args...)
}

func (p *printer) table() *table {
	return &table{p: p, tw: tabwriter.NewWriter(p.w, 0, 0, 2, ' ', 0)}
}

type table struct {
	p  *printer
	tw *tabwriter.Writer
}

func (t *table) row(cells ...string) {
	if t.p.err != nil {
		return
	}
	_, t.p.err = io.WriteString(t.tw, strings.Join(cells, "\t")+"\n")
}

func (t *table) flush() {
	if t.p.err != nil {
		return
	}
	t.p.err = t.tw.Flush()
}
