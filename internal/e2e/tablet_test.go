package e2e

import (
	"database/sql"
	"fmt"
	"strings"
	"testing"
	"time"

	_ "modernc.org/sqlite"

	"github.com/jeugdstem/jeugdstem/internal/auth"
)

// Portrait tablet (768×1024) for children, landscape laptop (1280×800) for staff.
const (
	tabletWidth, tabletHeight = 768, 1024
	staffWidth, staffHeight   = 1280, 800
)

// A browser that is no tablet says so kindly; a facilitator signs in on it, registers a new
// member (the PIN card shows the picture-PIN once), makes the browser a tablet of the
// location and signs out; the new child picks a language, taps their avatar, gets the PIN
// wrong once (a kind message), then right, and sees the home screen.
func TestFacilitatorEnrollsTabletAndChildSignsIn(t *testing.T) {
	needBrowser(t)
	demo := startServer(t)
	tablet := newWindow(t, demo, "tablet", tabletWidth, tabletHeight)

	tablet.open("/start")
	tablet.waitVisible(".not-a-tablet")
	tablet.audit("not a tablet")

	facilitator := demo.staff(t, "FACILITATOR")
	tablet.click(".not-a-tablet a")
	tablet.waitVisible("input[name=email]")
	tablet.audit("staff sign-in")
	tablet.fill("input[name=email]", facilitator.Email)
	tablet.fill("input[name=password]", facilitator.Password)
	tablet.click(".sign-in-form button[type=submit]")
	tablet.waitPath("/staff/locations")
	tablet.waitVisible(".card-list a")
	tablet.audit("staff: locations")
	tablet.click(".card-list a")
	tablet.waitVisible("input[name=tabletName]")
	tablet.audit("staff: location")

	// A new member, with the PIN shown once on a printable card.
	tablet.fill(".register-form input[name=pseudonym]", "Star Panda")
	tablet.click(`.register-form label[for$="-panda"]`)
	tablet.click(".register-form button[type=submit]")
	tablet.waitVisible(".pin-card")
	tablet.audit("staff: PIN card")
	tablet.screenshot("staff-pin-card")
	var printed string
	tablet.eval(`document.querySelector('.pin-card-pictures').dataset.pin`, &printed)
	var pin []int
	for _, f := range strings.Fields(printed) {
		pin = append(pin, int(f[0]-'0'))
	}
	if len(pin) != 4 {
		t.Fatalf("the PIN card shows %q, want 4 pictures", printed)
	}
	tablet.click(".pin-card-panel .button-secondary") // done, close the card
	tablet.waitFor("the new member in the list", `[...document.querySelectorAll('.member-cell')].some(c => c.textContent.includes('Star Panda'))`, stepTimeout)

	tablet.fill("input[name=tabletName]", "E2E tablet")
	tablet.click("form:has(input[name=tabletName]) button[type=submit]")
	tablet.waitVisible(".enrolled button")
	tablet.click(".enrolled button") // sign out and open the children's screen
	tablet.waitPath("/")
	tablet.waitVisible(".language-grid")
	tablet.audit("language")

	child := ChildLogin{Pseudonym: "Star Panda", PIN: pin}
	tablet.click(`li[lang="nl"] .language-choose`)
	tablet.waitPath("/start")
	tablet.waitVisible(".avatar-card")
	tablet.audit("avatars")
	var memberID string
	tablet.eval(`[...document.querySelectorAll('.avatar-card')].find(b => b.textContent.includes('Star Panda'))?.dataset.member ?? ''`, &memberID)
	if memberID == "" {
		t.Fatal("the new member is not among the avatars")
	}
	tablet.click(fmt.Sprintf(`[data-member=%q]`, memberID))
	tablet.waitPath("/pin")
	tablet.waitVisible(".pin-keypad")
	tablet.audit("picture-PIN")

	wrong := append([]int(nil), child.PIN...)
	wrong[0] = (wrong[0] + 1) % 9
	enterPIN(tablet, wrong)
	tablet.waitVisible(".pin-feedback.is-error")
	if got := tablet.text(".pin-feedback"); !strings.Contains(got, "probeer") {
		t.Errorf("wrong-PIN message %q does not invite to try again", got)
	}
	tablet.audit("picture-PIN, wrong")

	enterPIN(tablet, child.PIN)
	tablet.waitPath("/home")
	tablet.waitVisible(".home-screen h1")
	if got := tablet.text(".home-screen h1"); !strings.Contains(got, child.Pseudonym) {
		t.Errorf("home greets %q, want the pseudonym %q", got, child.Pseudonym)
	}
	tablet.audit("home")

	// "Done" ends the session at once and the next child starts at the beginning.
	tablet.click(".button-end")
	tablet.waitPath("/")
	if me := tablet.graphql(`{ me { __typename } }`, nil); me["data"].(map[string]any)["me"] != nil {
		t.Errorf("after done, me = %v, want null", me["data"])
	}
}

// After the idle time without a touch, the tablet signs the child out and shows the start.
func TestTabletReturnsToStartWhenIdle(t *testing.T) {
	needBrowser(t)
	demo := startServer(t)
	tablet := newWindow(t, demo, "tablet", tabletWidth, tabletHeight)
	enrollTablet(t, tablet, demo, "AZC Demo Rivierenland")
	tablet.eval(`localStorage.setItem('jeugdstem.idleSeconds', '4'), true`, nil)

	child := demo.child(t, "Yellow Bee")
	signInChild(tablet, child, "nl")
	tablet.waitVisible(".idle-warning")
	tablet.audit("idle warning")
	start := time.Now()
	tablet.waitFor("the start screen after idle", `location.pathname === '/' && !!document.querySelector('.language-grid')`, 10*time.Second)
	if me := tablet.graphql(`{ me { __typename } }`, nil); me["data"].(map[string]any)["me"] != nil {
		t.Errorf("after the idle timeout, me = %v, want null", me["data"])
	}
	t.Logf("back at the start %v after the warning", time.Since(start).Round(100*time.Millisecond))
}

func enterPIN(w *window, pin []int) {
	w.t.Helper()
	for _, d := range pin {
		w.click(fmt.Sprintf(`.pin-key[data-pin="%d"]:not([disabled])`, d))
	}
}

// signInChild goes from the start screen through language, avatar and PIN to home.
func signInChild(w *window, child ChildLogin, lang string) {
	w.t.Helper()
	w.open("/")
	w.click(fmt.Sprintf(`li[lang=%q] .language-choose`, lang))
	w.waitPath("/start")
	avatar := fmt.Sprintf(`[data-member=%q]`, child.ID)
	w.click(avatar)
	w.waitPath("/pin")
	enterPIN(w, child.PIN)
	w.waitPath("/home")
	w.waitVisible(".home-screen h1")
}

// enrollTablet makes the window a tablet of the location through the API (the UI way is
// covered by TestFacilitatorEnrollsTabletAndChildSignsIn), then signs the staff user out.
func enrollTablet(t *testing.T, w *window, demo *Demo, location string) {
	t.Helper()
	facilitator := demo.staff(t, "LOCATION_MANAGER")
	w.open("/")
	res := w.graphql(`mutation($e: String!, $p: String!) { staffLogin(email: $e, password: $p) { id } }`,
		map[string]any{"e": facilitator.Email, "p": facilitator.Password})
	if res["errors"] != nil {
		t.Fatalf("staffLogin: %v", res["errors"])
	}
	locationID := w.locationID(location)
	res = w.graphql(`mutation($l: ID!) { enrollTablet(locationID: $l, name: "E2E tablet") { id } }`, map[string]any{"l": locationID})
	if res["errors"] != nil {
		t.Fatalf("enrollTablet: %v", res["errors"])
	}
	w.graphql(`mutation { logout }`, nil)
}

// locationID finds a location by name with the signed-in staff user's session.
func (w *window) locationID(name string) string {
	w.t.Helper()
	res := w.graphql(`{ locations(first: 50) { edges { node { id name } } } }`, nil)
	data, _ := res["data"].(map[string]any)
	locations, _ := data["locations"].(map[string]any)
	edges, _ := locations["edges"].([]any)
	for _, e := range edges {
		node, _ := e.(map[string]any)["node"].(map[string]any)
		if node["name"] == name {
			return node["id"].(string)
		}
	}
	w.t.Fatalf("location %q not found in %v", name, res)
	return ""
}

// Wrong picture-PINs are told kindly with the tries left (as stars) before a short pause, which
// shows a timer and how many tries are left before the lock; the last one is announced; many
// wrong in a row lock a child, kindly worded; a facilitator unlocks them in
// the console, and the child signs in. A child who left the location is gone from the tablet.
func TestLockedChildIsUnlockedByFacilitator(t *testing.T) {
	needBrowser(t)
	demo := startServer(t)
	tablet := newWindow(t, demo, "tablet", tabletWidth, tabletHeight)
	enrollTablet(t, tablet, demo, "AZC Demo Rivierenland")
	child := demo.child(t, "Silver Fish")
	wrong := append([]int(nil), child.PIN...)
	wrong[3] = (wrong[3] + 1) % 9

	tablet.open("/")
	tablet.click(`li[lang="nl"] .language-choose`)
	tablet.click(fmt.Sprintf(`[data-member=%q]`, child.ID))
	tablet.waitVisible(".pin-keypad")
	for i := 0; i < auth.FreePINTries-1; i++ {
		enterPIN(tablet, wrong)
		left := auth.FreePINTries - 1 - i
		tablet.waitFor("the tries left as stars", fmt.Sprintf(`document.querySelectorAll('.pin-feedback.is-error .pin-try').length === %d && !document.querySelector('.pin-key:disabled')`, left), stepTimeout)
		if got := tablet.text(".pin-feedback"); !strings.Contains(got, fmt.Sprint(left)) {
			t.Errorf("wrong-PIN message %q does not say %d tries are left", got, left)
		}
	}
	enterPIN(tablet, wrong)
	tablet.waitFor("a pause with a timer", `!!document.querySelector('.pin-feedback.is-pause .pin-timer') && !!document.querySelector('.pin-key:disabled')`, stepTimeout)
	tablet.audit("picture-PIN, pause")
	if got := tablet.text(".pin-feedback"); !strings.Contains(got, "pauze") {
		t.Errorf("the pause message %q does not speak of a pause", got)
	}
	// The pause also says how many tries are left before a youth worker is needed.
	if got, want := tablet.text(".pin-feedback .pin-lock-left"), fmt.Sprint(auth.MaxPINAttempts-auth.FreePINTries); !strings.Contains(got, want) {
		t.Errorf("the pause says %q about the lock, want the %s tries left before it", got, want)
	}

	// Twenty minutes of pauses and wrong tries later (the server's clock moved on), the child is
	// told that the next wrong one is the last; then it locks the child.
	db, err := sql.Open("sqlite", "file:"+demo.DBPath+"?_pragma=busy_timeout(10000)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`UPDATE youth_members SET pin_retry_at = NULL, failed_pin_attempts = ? WHERE id = ?`, auth.MaxPINAttempts-2, child.ID); err != nil {
		t.Fatal(err)
	}
	tablet.click(`a[href="/start"]`)
	tablet.click(fmt.Sprintf(`[data-member=%q]`, child.ID))
	tablet.waitVisible(".pin-keypad")
	enterPIN(tablet, wrong)
	tablet.waitVisible(".pin-feedback.is-pause .pin-lock-left.is-last")
	tablet.audit("picture-PIN, the last try")
	if got := tablet.text(".pin-lock-left"); !strings.Contains(got, "jongerenwerker") {
		t.Errorf("the last-try message %q does not say a youth worker will be needed", got)
	}
	if _, err := db.Exec(`UPDATE youth_members SET pin_retry_at = NULL WHERE id = ?`, child.ID); err != nil {
		t.Fatal(err)
	}
	tablet.click(`a[href="/start"]`)
	tablet.click(fmt.Sprintf(`[data-member=%q]`, child.ID))
	tablet.waitVisible(".pin-keypad")
	enterPIN(tablet, wrong)
	tablet.waitVisible(".pin-feedback.is-locked")
	tablet.audit("picture-PIN, locked")
	if got := tablet.text(".pin-feedback"); !strings.Contains(got, "jongerenwerker") {
		t.Errorf("the locked message %q does not say who can help", got)
	}

	facilitator := newWindow(t, demo, "facilitator", staffWidth, staffHeight)
	staffSignIn(facilitator, demo.staff(t, "FACILITATOR"))
	facilitator.click(".card-list a")
	facilitator.waitVisible(".badge-warning")
	facilitator.audit("staff: a locked member")
	facilitator.click(`tr:has(.badge-warning) .row-actions button`)
	facilitator.waitFor("no locked member", `!document.querySelector('.badge-warning') && !!document.querySelector('.member-cell')`, stepTimeout)

	tablet.click(`a[href="/start"]`)
	tablet.click(fmt.Sprintf(`[data-member=%q]`, child.ID))
	tablet.waitVisible(".pin-keypad")
	enterPIN(tablet, child.PIN)
	tablet.waitPath("/home")

	// A child who left the location for good is no longer on the tablet.
	gone := demo.child(t, "Pink Bird")
	facilitator.eval(fmt.Sprintf(`(() => { const tr = [...document.querySelectorAll('tr')].find(r => r.textContent.includes(%q));
		const buttons = [...tr.querySelectorAll('.row-actions > button')]; buttons[buttons.length - 1].click(); return true })()`, gone.Pseudonym), nil)
	facilitator.eval(fmt.Sprintf(`(() => { const tr = [...document.querySelectorAll('tr')].find(r => r.textContent.includes(%q));
		tr.querySelector('.button-danger').click(); return true })()`, gone.Pseudonym), nil)
	facilitator.waitFor("the member to have left", fmt.Sprintf(`[...document.querySelectorAll('tr')].some(r => r.textContent.includes(%q) && !r.querySelector('button'))`, gone.Pseudonym), stepTimeout)
	tablet.click(".button-end")
	tablet.waitPath("/")
	tablet.click(`li[lang="nl"] .language-choose`)
	tablet.waitVisible(".avatar-card")
	var still bool
	tablet.eval(fmt.Sprintf(`!!document.querySelector('[data-member=%q]')`, gone.ID), &still)
	if still {
		t.Errorf("%s left the location but is still on the tablet", gone.Pseudonym)
	}
}

// enterPINIfShown taps a PIN when the keypad is still there (not after a lock).
func enterPINIfShown(w *window, pin []int) {
	w.t.Helper()
	var shown bool
	w.eval(`!document.querySelector('.pin-keypad').hidden`, &shown)
	if shown {
		enterPIN(w, pin)
	}
}
