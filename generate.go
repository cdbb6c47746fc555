// Package jeugdstem is the participation platform for children in asylum reception. The binary
// lives in cmd/jeugdstem; this file only holds the code generation steps, ent first, then gqlgen.
package jeugdstem

//go:generate go run ./ent/entc.go
//go:generate go tool gqlgen generate --config gqlgen.yml
