package reports

import (
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/jeugdstem/jeugdstem/internal/apierror"
	"github.com/jeugdstem/jeugdstem/internal/database"
)

// ExportHandler serves GET /export/location/{file}, where file is "<location id>.csv" or
// "<location id>.xlsx", with optional query parameters from and to (RFC 3339 or a date) and trend
// (WEEK or MONTH). The viewer comes from the session cookie (the authentication middleware runs
// before); who may export is MayReadLocationReport. Errors answer in the API's JSON shape with its
// codes and the matching HTTP status.
func ExportHandler(s *Service) http.Handler {
	return exportHandler(func(r *http.Request, id string, f Format, from, to *time.Time) (*Export, error) {
		opts := Options{}
		if t := r.URL.Query().Get("trend"); t != "" {
			if err := opts.Trend.UnmarshalGQL(strings.ToUpper(t)); err != nil {
				return nil, apierror.BadInput("trend", "must be WEEK or MONTH")
			}
		}
		return s.ExportLocation(r.Context(), id, from, to, opts, f)
	})
}

// MonitorExportHandler serves GET /export/monitor/{file}: "<location id>.csv" (or .xlsx) is the
// location's monitor scorecard (MayReadMonitor), "national.csv" the national monitor
// (MayReadNationalMonitor), with the same from and to as ExportHandler.
func MonitorExportHandler(s *Service) http.Handler {
	return exportHandler(func(r *http.Request, id string, f Format, from, to *time.Time) (*Export, error) {
		if id == NationalExport {
			return s.ExportNationalMonitor(r.Context(), from, to, f)
		}
		return s.ExportMonitorScorecard(r.Context(), id, from, to, f)
	})
}

// NationalExport is the file name (before the format) of the national monitor's export.
const NationalExport = "national"

// exportHandler is what every download shares: no caching, only from jeugdstem's own pages, the
// file name "<id>.<format>", the period, errors in the API's shape.
func exportHandler(export func(r *http.Request, id string, f Format, from, to *time.Time) (*Export, error)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		// A download is a read, but it is audited and it carries a report off the site: only our
		// own pages (or a typed address) may start one, never a link on another site.
		if site := r.Header.Get("Sec-Fetch-Site"); site == "cross-site" || site == "same-site" {
			writeError(w, r, apierror.New(apierror.Forbidden, "downloads start from jeugdstem itself"))
			return
		}
		id, ext, ok := strings.Cut(r.PathValue("file"), ".")
		format, err := ParseFormat(ext)
		if !ok || id == "" || err != nil {
			writeError(w, r, apierror.NotFoundf("no such export"))
			return
		}
		q := r.URL.Query()
		from, err := parseTime(q.Get("from"), "from")
		if err != nil {
			writeError(w, r, err)
			return
		}
		to, err := parseTime(q.Get("to"), "to")
		if err != nil {
			writeError(w, r, err)
			return
		}
		exp, err := export(r, id, format, from, to)
		if err != nil {
			writeError(w, r, err)
			return
		}
		w.Header().Set("Content-Type", format.ContentType())
		w.Header().Set("Content-Disposition", `attachment; filename="`+exp.Filename+`"`)
		_, _ = w.Write(exp.Data)
	})
}

// parseTime reads an optional RFC 3339 time or a date (midnight Europe/Amsterdam).
func parseTime(v, field string) (*time.Time, error) {
	if v == "" {
		return nil, nil
	}
	if t, err := time.Parse(time.RFC3339, v); err == nil {
		return &t, nil
	}
	if t, err := time.ParseInLocation(time.DateOnly, v, amsterdam); err == nil {
		return &t, nil
	}
	return nil, apierror.BadInput(field, "must be a date (2025-03-01) or an RFC 3339 time")
}

// writeError answers like the GraphQL API: {"errors":[{"message","extensions":{"code"}}]}, with
// the status apierror.HTTPStatus gives the code.
func writeError(w http.ResponseWriter, r *http.Request, err error) {
	e, ok := apierror.As(err)
	if !ok && database.IsUnavailable(err) { // the database is out of reach: 503, try again
		slog.WarnContext(r.Context(), "report export: database unavailable", "error", err.Error())
		e = apierror.New(apierror.Unavailable, apierror.UnavailableMessage)
	} else if !ok {
		slog.ErrorContext(r.Context(), "report export failed", "error", err.Error())
		e = apierror.New(apierror.Internal, "internal error")
	}
	apierror.Write(w, e)
}
