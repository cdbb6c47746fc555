package announcements

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"mime/multipart"
	"net/http"
	"strings"

	"entgo.io/ent/privacy"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/audioclip"
	"github.com/jeugdstem/jeugdstem/internal/apierror"
	"github.com/jeugdstem/jeugdstem/internal/database"
	"github.com/jeugdstem/jeugdstem/internal/i18n"
	"github.com/jeugdstem/jeugdstem/policies"
)

// MaxAudioBytes bounds one recorded reading (a few minutes of compressed speech).
const MaxAudioBytes = 5 << 20

// UploadHeader must be present on an upload: a custom header makes every cross-origin browser
// request preflighted, and a page elsewhere cannot pass the preflight, so a signed-in adult's
// cookie cannot be used to upload from another site (a plain multipart form needs no preflight).
const UploadHeader = "X-Jeugdstem-Upload"

// audioKinds are the accepted formats, recognised by their first bytes.
var audioKinds = []struct {
	contentType string
	match       func(b []byte) bool
}{
	{"audio/mpeg", func(b []byte) bool {
		return bytes.HasPrefix(b, []byte("ID3")) || (len(b) > 1 && b[0] == 0xFF && b[1]&0xE0 == 0xE0)
	}},
	{"audio/ogg", func(b []byte) bool { return bytes.HasPrefix(b, []byte("OggS")) }},
	{"audio/wav", func(b []byte) bool {
		return len(b) >= 12 && bytes.Equal(b[:4], []byte("RIFF")) && bytes.Equal(b[8:12], []byte("WAVE"))
	}},
	{"audio/webm", func(b []byte) bool { return bytes.HasPrefix(b, []byte{0x1A, 0x45, 0xDF, 0xA3}) }},
	{"audio/mp4", func(b []byte) bool { return len(b) >= 12 && bytes.Equal(b[4:8], []byte("ftyp")) }},
}

// SniffAudio returns the content type of a supported audio file, or "".
func SniffAudio(b []byte) string {
	for _, k := range audioKinds {
		if k.match(b) {
			return k.contentType
		}
	}
	return ""
}

// AttachAudio stores a recorded reading for one language of an announcement, replacing an
// earlier one. The privacy rules decide who may (who may change the announcement).
func AttachAudio(ctx context.Context, client *ent.Client, announcementID, lang string, data []byte) (*ent.AudioClip, error) {
	if !i18n.Supported(lang) {
		return nil, apierror.BadInput("lang", "must be a supported language code")
	}
	if len(data) == 0 {
		return nil, apierror.BadInput("file", "is empty")
	}
	if len(data) > MaxAudioBytes {
		return nil, apierror.BadInput("file", "is larger than %d MB", MaxAudioBytes>>20)
	}
	ct := SniffAudio(data)
	if ct == "" {
		return nil, apierror.BadInput("file", "is not an audio file (MP3, Ogg, WAV, WebM or M4A)")
	}
	if _, err := client.Announcement.Get(ctx, announcementID); ent.IsNotFound(err) {
		return nil, apierror.NotFoundf("no such announcement")
	} else if err != nil {
		return nil, err
	}
	tx, err := client.Tx(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	if _, err := tx.AudioClip.Delete().Where(audioclip.AnnouncementID(announcementID), audioclip.Lang(lang)).Exec(ctx); err != nil {
		return nil, err
	}
	clip, err := tx.AudioClip.Create().SetAnnouncementID(announcementID).SetLang(lang).
		SetContentType(ct).SetSize(int64(len(data))).SetData(data).Save(ctx)
	if err != nil {
		return nil, err
	}
	return clip, tx.Commit()
}

// UploadHandler takes POST /upload/audio?announcement=ID&lang=ar with a multipart body holding
// one "file" part. It answers JSON: {"id": …, "url": …} or {"errors": [{message, extensions}]}.
func UploadHandler(client *ent.Client) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		if r.Method != http.MethodPost {
			w.Header().Set("Allow", http.MethodPost)
			// 405 is about HTTP itself, not a mapping of the code.
			apierror.WriteHTTP(w, http.StatusMethodNotAllowed, apierror.New(apierror.BadUserInput, "use POST"))
			return
		}
		if r.Header.Get(UploadHeader) != "1" {
			apierror.Write(w, apierror.New(apierror.Forbidden, "uploads need the %s: 1 header", UploadHeader))
			return
		}
		if !policies.FromContext(r.Context()).IsStaff() {
			apierror.Write(w, apierror.New(apierror.Unauthenticated, "sign in first"))
			return
		}
		data, err := readFilePart(w, r)
		if err != nil {
			writeError(w, err)
			return
		}
		clip, err := AttachAudio(r.Context(), client, r.URL.Query().Get("announcement"), r.URL.Query().Get("lang"), data)
		if err != nil {
			writeError(w, err)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"id":%q,"url":"/audio/%s"}`, clip.ID, clip.ID)
	})
}

func readFilePart(w http.ResponseWriter, r *http.Request) ([]byte, error) {
	mt, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || mt != "multipart/form-data" || params["boundary"] == "" {
		return nil, apierror.BadInput("file", "send the file as multipart/form-data")
	}
	// Room for the multipart framing around the largest accepted file.
	body := http.MaxBytesReader(w, r.Body, MaxAudioBytes+64<<10)
	mr := multipart.NewReader(body, params["boundary"])
	for {
		part, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			return nil, apierror.BadInput("file", "is missing")
		}
		if err != nil {
			return nil, tooLargeOr(err, apierror.BadInput("file", "the upload could not be read"))
		}
		if part.FormName() != "file" {
			continue
		}
		data, err := io.ReadAll(io.LimitReader(part, MaxAudioBytes+1))
		if err != nil {
			return nil, tooLargeOr(err, apierror.BadInput("file", "the upload could not be read"))
		}
		if len(data) > MaxAudioBytes {
			return nil, apierror.BadInput("file", "is larger than %d MB", MaxAudioBytes>>20)
		}
		return data, nil
	}
}

func tooLargeOr(err error, otherwise error) error {
	var tooLarge *http.MaxBytesError
	if errors.As(err, &tooLarge) {
		return apierror.BadInput("file", "is larger than %d MB", MaxAudioBytes>>20)
	}
	return otherwise
}

// ServeHandler answers GET /audio/{id} to whoever may read the announcement.
func ServeHandler(client *ent.Client) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := strings.TrimPrefix(r.URL.Path, "/audio/")
		clip, err := client.AudioClip.Get(r.Context(), id)
		if err != nil {
			// A plain status for the audio element: signed out is told so, everything else
			// (missing, not the viewer's to hear) is the same 404, so a clip's existence is not shown.
			code := http.StatusNotFound
			if e, ok := apierror.As(err); ok && e.Code == apierror.Unauthenticated {
				code = apierror.HTTPStatus(e.Code)
			}
			http.Error(w, http.StatusText(code), code)
			return
		}
		w.Header().Set("Content-Type", clip.ContentType)
		w.Header().Set("Cache-Control", "private, max-age=3600")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		http.ServeContent(w, r, "", clip.CreatedAt, bytes.NewReader(clip.Data))
	})
}

// asAPIError turns err into the error a client sees: ent's not-found and privacy denials become
// NOT_FOUND and FORBIDDEN, anything else unexplained INTERNAL (logged, without its details
// reaching the client).
func asAPIError(err error) *apierror.Error {
	if e, ok := apierror.As(err); ok {
		return e
	}
	switch {
	case database.IsUnavailable(err): // the database is out of reach: 503, try again
		slog.Warn("audio: database unavailable", "error", err.Error())
		return apierror.New(apierror.Unavailable, apierror.UnavailableMessage)
	case ent.IsNotFound(err):
		return apierror.NotFoundf("not found")
	case errors.Is(err, privacy.Deny):
		return apierror.New(apierror.Forbidden, "you may not do this")
	}
	slog.Error("audio upload", "error", err.Error())
	return apierror.New(apierror.Internal, "internal error")
}

// writeError answers like the GraphQL API, with the status apierror.HTTPStatus gives the code.
func writeError(w http.ResponseWriter, err error) {
	apierror.Write(w, asAPIError(err))
}
