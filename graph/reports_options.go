package graph

import "github.com/jeugdstem/jeugdstem/internal/reports"

// reportOptions turns the report queries' optional arguments into the service's options. It lives
// outside reports.resolvers.go, which gqlgen rewrites.
func reportOptions(trend *reports.TrendInterval) reports.Options {
	if trend == nil {
		return reports.Options{}
	}
	return reports.Options{Trend: *trend}
}
