package announcements_test

import (
	"bytes"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/jeugdstem/jeugdstem/ent/staffuser"
	"github.com/jeugdstem/jeugdstem/internal/announcements"
	"github.com/jeugdstem/jeugdstem/internal/apitest"
)

// mp3 is the start of an MP3 file with an ID3 tag: enough for the format check.
var mp3 = append([]byte("ID3\x04\x00\x00\x00\x00\x00\x00"), bytes.Repeat([]byte{0xFF, 0xFB, 0x90, 0x64}, 256)...)

func upload(t *testing.T, c *apitest.Client, url string, data []byte, header bool) (int, map[string]any) {
	t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	fw, _ := mw.CreateFormFile("file", "reading.mp3")
	_, _ = fw.Write(data)
	_ = mw.Close()
	req, _ := http.NewRequest(http.MethodPost, url, &body)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	if header {
		req.Header.Set(announcements.UploadHeader, "1")
	}
	res, err := c.HTTP.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var out map[string]any
	_ = json.NewDecoder(res.Body).Decode(&out)
	return res.StatusCode, out
}

func errorOf(out map[string]any) (code, field string) {
	errs, _ := out["errors"].([]any)
	if len(errs) == 0 {
		return "", ""
	}
	ext, _ := errs[0].(map[string]any)["extensions"].(map[string]any)
	code, _ = ext["code"].(string)
	field, _ = ext["field"].(string)
	return code, field
}

type childAnnouncement struct {
	ID, Title, Body, Language string
	SimpleBody, AudioURL      *string
}

func TestArabicAnnouncementWithAudio(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		a, b := s.NewLocation(t, "A"), s.NewLocation(t, "B")
		manager := s.SignInAs(t, staffuser.RoleLOCATION_MANAGER, a.ID)
		var created struct {
			CreateAnnouncement struct {
				ID               string
				MissingLanguages []string
			}
		}
		manager.Do(`mutation($l: ID!) { createAnnouncement(input: {locationID: $l,
			title: [{lang: "nl", text: "Zwemles"}, {lang: "ar", text: "دروس السباحة"}],
			body: [{lang: "nl", text: "Woensdag om 14:00 gaan we zwemmen."}, {lang: "ar", text: "يوم الأربعاء الساعة 14:00 نذهب للسباحة."}],
			simpleBodyByAge: [{ageGroup: "CHILDREN", lang: "ar", text: "نسبح يوم الأربعاء."}]
		}) { id missingLanguages } }`, map[string]any{"l": a.ID}).Must(t, &created)
		id := created.CreateAnnouncement.ID
		if len(created.CreateAnnouncement.MissingLanguages) != 0 {
			t.Errorf("missing languages = %v, want none (location languages ar, nl)", created.CreateAnnouncement.MissingLanguages)
		}

		code, out := upload(t, manager, s.URL+"/upload/audio?announcement="+id+"&lang=ar", mp3, true)
		if code != http.StatusOK {
			t.Fatalf("upload: %d %v", code, out)
		}

		childA := s.NewTablet(t, a.ID)
		childA.YouthLogin(t, s.NewMember(t, s.NewCouncil(t, a.ID, "C"), "Arabic Child")) // language ar, age 9-11
		var got struct{ Announcements []childAnnouncement }
		childA.Do(`{ announcements { id title body simpleBody language audioURL } }`, nil).Must(t, &got)
		if len(got.Announcements) != 1 {
			t.Fatalf("the Arabic child sees %d announcements", len(got.Announcements))
		}
		ann := got.Announcements[0]
		if ann.Language != "ar" || ann.Title != "دروس السباحة" || ann.SimpleBody == nil || ann.AudioURL == nil {
			t.Fatalf("the Arabic child got %+v", ann)
		}
		res, err := childA.HTTP.Get(s.URL + *ann.AudioURL)
		if err != nil {
			t.Fatal(err)
		}
		audio, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != 200 || res.Header.Get("Content-Type") != "audio/mpeg" || !bytes.Equal(audio, mp3) {
			t.Errorf("audio: %d %s, %d bytes", res.StatusCode, res.Header.Get("Content-Type"), len(audio))
		}

		// Not served to a child of another location, neither the text nor the audio.
		childB := s.NewTablet(t, b.ID)
		childB.YouthLogin(t, s.NewMember(t, s.NewCouncil(t, b.ID, "C"), "Child Of B"))
		childB.Do(`{ announcements { id } }`, nil).Must(t, &got)
		if len(got.Announcements) != 0 {
			t.Errorf("a child of B sees A's announcement: %+v", got.Announcements)
		}
		res, _ = childB.HTTP.Get(s.URL + *ann.AudioURL)
		res.Body.Close()
		if res.StatusCode != http.StatusNotFound {
			t.Errorf("a child of B fetches A's audio: %d", res.StatusCode)
		}
		res, _ = s.NewClient(t).HTTP.Get(s.URL + *ann.AudioURL)
		res.Body.Close()
		if res.StatusCode != http.StatusUnauthorized {
			t.Errorf("nobody fetches the audio: %d", res.StatusCode)
		}
	})
}

func TestUploadRefusals(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		a := s.NewLocation(t, "A")
		manager := s.SignInAs(t, staffuser.RoleLOCATION_MANAGER, a.ID)
		var created struct{ CreateAnnouncement struct{ ID string } }
		manager.Do(`mutation($l: ID!) { createAnnouncement(input: {locationID: $l, title: [{lang: "nl", text: "T"}], body: [{lang: "nl", text: "B"}]}) { id } }`,
			map[string]any{"l": a.ID}).Must(t, &created)
		url := s.URL + "/upload/audio?announcement=" + created.CreateAnnouncement.ID + "&lang=nl"
		for _, tc := range []struct {
			name   string
			data   []byte
			header bool
			status int
			code   string
		}{
			{"over the limit", append(append([]byte{}, mp3...), make([]byte, announcements.MaxAudioBytes)...), true, 400, "BAD_USER_INPUT"},
			{"not audio", []byte("<html><script>alert(1)</script></html>"), true, 400, "BAD_USER_INPUT"},
			{"without the preflight header", mp3, false, 403, "FORBIDDEN"},
		} {
			code, out := upload(t, manager, url, tc.data, tc.header)
			gotCode, field := errorOf(out)
			if code != tc.status || gotCode != tc.code || (tc.code == "BAD_USER_INPUT" && field != "file") {
				t.Errorf("%s: %d %s field=%q, want %d %s", tc.name, code, gotCode, field, tc.status, tc.code)
			}
		}
		if n := s.DB.Client.AudioClip.Query().CountX(apitest.System()); n != 0 {
			t.Errorf("%d clips stored after refused uploads", n)
		}
		// A moderator may not record readings; a manager of another location finds nothing.
		mod := s.SignInAs(t, staffuser.RoleMODERATOR, a.ID)
		if code, out := upload(t, mod, url, mp3, true); code != 403 {
			t.Errorf("moderator upload: %d %v", code, out)
		}
		other := s.SignInAs(t, staffuser.RoleLOCATION_MANAGER, s.NewLocation(t, "B").ID)
		if code, out := upload(t, other, url, mp3, true); code != 404 {
			t.Errorf("other manager upload: %d %v", code, out)
		}
	})
}

func TestLanguageFallbackAndPublication(t *testing.T) {
	apitest.Each(t, apitest.Options{}, func(t *testing.T, s *apitest.Server) {
		a := s.NewLocation(t, "A") // languages ar, nl
		manager := s.SignInAs(t, staffuser.RoleLOCATION_MANAGER, a.ID)
		future := time.Now().Add(time.Hour).UTC().Format(time.RFC3339)
		past := time.Now().Add(-time.Hour).UTC().Format(time.RFC3339)
		manager.Do(`mutation($l: ID!) { createAnnouncement(input: {locationID: $l, title: [{lang: "nl", text: "Nu"}, {lang: "en", text: "Now"}], body: [{lang: "nl", text: "b"}, {lang: "en", text: "b"}]}) { id } }`,
			map[string]any{"l": a.ID}).Must(t, nil)
		manager.Do(`mutation($l: ID!, $f: Time!) { createAnnouncement(input: {locationID: $l, title: [{lang: "nl", text: "Later"}], body: [{lang: "nl", text: "b"}], publishAt: $f}) { id } }`,
			map[string]any{"l": a.ID, "f": future}).Must(t, nil)
		manager.Do(`mutation($l: ID!, $p: Time!) { createAnnouncement(input: {locationID: $l, title: [{lang: "nl", text: "Voorbij"}], body: [{lang: "nl", text: "b"}], expiresAt: $p}) { id } }`,
			map[string]any{"l": a.ID, "p": past}).Must(t, nil)
		var missing struct {
			LocationAnnouncements []struct{ MissingLanguages []string }
		}
		manager.Do(`query($l: ID!) { locationAnnouncements(locationID: $l) { missingLanguages } }`, map[string]any{"l": a.ID}).Must(t, &missing)
		if len(missing.LocationAnnouncements) != 3 || strings.Join(missing.LocationAnnouncements[0].MissingLanguages, ",") != "ar" {
			t.Errorf("missing languages = %+v, want ar for each", missing.LocationAnnouncements)
		}

		m := s.NewMember(t, s.NewCouncil(t, a.ID, "C"), "Tigrinya Child")
		s.DB.Client.YouthMember.UpdateOneID(m.ID).SetLanguage("ti").ExecX(apitest.System())
		tab := s.NewTablet(t, a.ID)
		tab.YouthLogin(t, m)
		var got struct{ Announcements []childAnnouncement }
		tab.Do(`{ announcements { title language } }`, nil).Must(t, &got)
		// No Tigrinya and no Arabic text: the next of the location's languages is Dutch.
		if len(got.Announcements) != 1 || got.Announcements[0].Language != "nl" || got.Announcements[0].Title != "Nu" {
			t.Errorf("the Tigrinya child got %+v, want only the published, unexpired one in Dutch", got.Announcements)
		}
		manager.Do(`mutation($l: ID!) { createAnnouncement(input: {locationID: $l, title: [{lang: "xx", text: "?"}], body: [{lang: "nl", text: "b"}]}) { id } }`,
			map[string]any{"l": a.ID}).WantCode(t, "BAD_USER_INPUT")
	})
}
