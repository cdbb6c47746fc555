package e2e

import (
	"fmt"
	"strings"
	"testing"
)

// A child tells something by picking a theme and an area (no writing), a moderator approves
// it in the console, and the child finds it on the "you said, we did" board.
func TestModeratorApprovesPostAndChildSeesIt(t *testing.T) {
	needBrowser(t)
	demo := startServer(t)
	tablet := newWindow(t, demo, "tablet", tabletWidth, tabletHeight)
	enrollTablet(t, tablet, demo, "AZC Demo Rivierenland")
	child := demo.child(t, "Yellow Bee")

	signInChild(tablet, child, "nl")
	tablet.click(`a[href="/feedback"]`)
	tablet.waitVisible(`[data-theme="PLAY_ACTIVITIES"]`)
	tablet.audit("feedback: theme")
	tablet.click(`[data-theme="PLAY_ACTIVITIES"]`)
	tablet.waitVisible(`[data-area="none"]`)
	tablet.audit("feedback: area")
	tablet.click(`.choice-card[data-area]:not([data-area="none"])`)
	tablet.waitVisible(".feedback-send-only")
	tablet.audit("feedback: write")
	tablet.click(".feedback-send-only")
	tablet.waitVisible(".feedback-thanks")
	tablet.waitVisible(".my-post.state-pending")
	tablet.audit("feedback: thanks")
	tablet.click(".button-end")
	tablet.waitPath("/")

	moderator := newWindow(t, demo, "moderator", staffWidth, staffHeight)
	staffSignIn(moderator, demo.staff(t, "MODERATOR"))
	moderator.waitPath("/staff/locations")
	moderator.click(`a[href="/staff/moderation"]`)
	moderator.waitVisible(".moderation-card")
	moderator.audit("staff: moderation queue")
	// The newest post is the child's; approve every pending post of this thread title.
	var postID string
	moderator.eval(`(() => { const cards = [...document.querySelectorAll('.moderation-card')];
		const mine = cards.find(c => c.textContent.includes('Spelen'));
		return mine ? mine.dataset.post : '' })()`, &postID)
	if postID == "" {
		t.Fatalf("the child's post is not in the moderation queue")
	}
	moderator.click(fmt.Sprintf(`.moderation-card[data-post=%q] .approve`, postID))
	moderator.waitVisible(fmt.Sprintf(`.moderation-card[data-post=%q] .outcome.is-success`, postID))

	signInChild(tablet, child, "nl")
	tablet.click(`a[href="/board"]`)
	tablet.waitVisible(".board-card")
	tablet.audit("board")
	if board := tablet.text(".board-list"); !strings.Contains(board, "Spelen") {
		t.Errorf("the approved post is not on the board:\n%s", board)
	}
	tablet.screenshot("tablet-board-nl")
}

// A manager answers a thread in Arabic (the answer form shows the location's languages side
// by side), and a child whose language is Arabic reads it on the board, right to left.
func TestManagerAnswersAndChildReadsArabic(t *testing.T) {
	needBrowser(t)
	demo := startServer(t)
	manager := newWindow(t, demo, "manager", staffWidth, staffHeight)
	staffSignIn(manager, demo.staff(t, "LOCATION_MANAGER"))
	manager.click(`a[href="/staff/answers"]`)
	manager.waitVisible(".answer-card")
	manager.audit("staff: answers")

	const title = "Zelf koken"
	var threadID string
	manager.eval(fmt.Sprintf(`(() => { const c = [...document.querySelectorAll('.answer-card')].find(c => c.textContent.includes(%q)); return c ? c.dataset.thread : '' })()`, title), &threadID)
	if threadID == "" {
		t.Fatalf("thread %q not on the answers page", title)
	}
	card := fmt.Sprintf(`.answer-card[data-thread=%q]`, threadID)
	manager.click(card + " .open-answer")
	manager.waitVisible(card + ` textarea[name="body-ar"]`)
	manager.audit("staff: answer form")
	const arabic = "سنطبخ معًا يوم السبت في المطبخ المشترك."
	manager.fill(card+` textarea[name="body-ar"]`, arabic)
	manager.fill(card+` textarea[name="body-nl"]`, "We koken zaterdag samen in de gezamenlijke keuken.")
	manager.click(card + ` button[type=submit]`)
	manager.waitFor("the answer to be saved", fmt.Sprintf(`!document.querySelector(%q + ' .answer-form:not([hidden])')`, card), stepTimeout)

	// Wellbeing signals (about locations, never a child) are one tab away.
	manager.click(`a[href="/staff/signals"]`)
	manager.waitVisible(".staff-main .card-list, .staff-main .outcome")
	manager.audit("staff: signals")

	tablet := newWindow(t, demo, "tablet", tabletWidth, tabletHeight)
	enrollTablet(t, tablet, demo, "AZC Demo Rivierenland")
	signInChild(tablet, demo.child(t, "Blue Fox"), "ar")
	tablet.click(`a[href="/board"]`)
	answer := fmt.Sprintf(`.board-card[data-thread=%q] .board-answer-text`, threadID)
	tablet.waitVisible(answer)
	if got := tablet.text(answer); got != arabic {
		t.Errorf("the child reads %q, want the Arabic answer %q", got, arabic)
	}
	var dir, lang, pageDir string
	tablet.eval(fmt.Sprintf(`document.querySelector(%q).dir`, answer), &dir)
	tablet.eval(fmt.Sprintf(`document.querySelector(%q).lang`, answer), &lang)
	tablet.eval(`getComputedStyle(document.querySelector('.board-list')).direction`, &pageDir)
	if dir != "rtl" || lang != "ar" || pageDir != "rtl" {
		t.Errorf("the answer has dir=%q lang=%q in a %q page, want rtl, ar, rtl", dir, lang, pageDir)
	}
	tablet.audit("board (Arabic)")
	tablet.screenshot("tablet-board-ar")
}

// staffSignIn signs in on the console's sign-in page.
func staffSignIn(w *window, s StaffLogin) {
	w.t.Helper()
	w.open("/staff/sign-in")
	w.fill("input[name=email]", s.Email)
	w.fill("input[name=password]", s.Password)
	w.click(".sign-in-form button[type=submit]")
	w.waitVisible(".staff-nav")
}
