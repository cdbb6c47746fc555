package e2e

import (
	"strings"
	"testing"
)

// A facilitator writes an announcement side by side in Dutch and Arabic (the console warns
// that Tigrinya and Farsi, languages of the location, are missing); a child whose language is
// Arabic reads it in Arabic, right to left.
func TestChildReadsAnnouncementInTheirLanguage(t *testing.T) {
	needBrowser(t)
	demo := startServer(t)
	facilitator := newWindow(t, demo, "facilitator", staffWidth, staffHeight)
	staffSignIn(facilitator, demo.staff(t, "FACILITATOR"))
	facilitator.click(`a[href="/staff/announcements"]`)
	facilitator.waitVisible(`.announcement-form input[name="title-ar"]`)
	const arabic = "رحلة إلى الغابة يوم الأحد"
	facilitator.fill(`.announcement-form input[name="title-nl"]`, "Uitje naar het bos op zondag")
	facilitator.fill(`.announcement-form textarea[name="body-nl"]`, "We gaan zondag om 10:00 samen naar het bos.")
	facilitator.fill(`.announcement-form input[name="title-ar"]`, arabic)
	facilitator.fill(`.announcement-form textarea[name="body-ar"]`, "سنذهب معًا إلى الغابة يوم الأحد الساعة 10:00.")
	if warnings := facilitator.text(".announcement-form .translation-warnings"); !strings.Contains(warnings, "ትግርኛ") {
		t.Errorf("no warning that Tigrinya is missing: %q", warnings)
	}
	facilitator.audit("staff: announcements")
	facilitator.click(`.announcement-form button[type=submit]`)
	facilitator.waitVisible(".announcement-form .outcome.is-success")

	tablet := newWindow(t, demo, "tablet", tabletWidth, tabletHeight)
	enrollTablet(t, tablet, demo, "AZC Demo Rivierenland")
	signInChild(tablet, demo.child(t, "Blue Fox"), "ar")
	tablet.click(`a[href="/news"]`)
	tablet.waitVisible(".news-card")
	var found struct {
		Lang, Dir string
	}
	tablet.eval(`(() => { const c = [...document.querySelectorAll('.news-card')].find(c => c.textContent.includes('`+arabic+`'));
		return c ? {Lang: c.lang, Dir: c.dir} : {Lang: '', Dir: ''} })()`, &found)
	if found.Lang != "ar" || found.Dir != "rtl" {
		t.Errorf("the new announcement: lang=%q dir=%q, want it shown in Arabic, right to left", found.Lang, found.Dir)
	}
	tablet.audit("news (Arabic)")
}
