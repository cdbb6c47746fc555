//go:build ignore

// entc generates the ent client and, through entgql, the GraphQL schema of the data model
// (graph/ent.graphqls). It runs from the module root (see generate.go), so every path here is
// relative to the root.
package main

import (
	"log"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/entc"
	"entgo.io/ent/entc/gen"
)

func main() {
	ex, err := entgql.NewExtension(
		entgql.WithConfigPath("gqlgen.yml"),
		entgql.WithSchemaGenerator(),
		entgql.WithSchemaPath("graph/ent.graphqls"),
		// No generated where-inputs: they offer every field and edge of the model to every viewer,
		// and the privacy rules narrow a query's rows, not the subqueries of its filters. The few
		// filters the API offers are written by hand (graph/lists.graphqls).
		entgql.WithWhereInputs(false),
		entgql.WithNodeDescriptor(false),
	)
	if err != nil {
		log.Fatalf("creating entgql extension: %v", err)
	}
	err = entc.Generate("./ent/schema", &gen.Config{
		Target:  "./ent",
		Package: "github.com/jeugdstem/jeugdstem/ent",
		Features: []gen.Feature{
			gen.FeaturePrivacy,
			gen.FeatureEntQL,
			gen.FeatureNamedEdges,
			gen.FeatureExecQuery,
			gen.FeatureModifier,
			gen.FeatureUpsert,
			gen.FeatureLock,
			// Schema changes reach databases as checked-in migration files (internal/database/migrations).
			gen.FeatureVersionedMigration,
		},
	}, entc.Extensions(ex))
	if err != nil {
		log.Fatalf("running ent codegen: %v", err)
	}
}
