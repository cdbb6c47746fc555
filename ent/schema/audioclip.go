package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/jeugdstem/jeugdstem/policies"
)

// AudioClip is a recorded reading of an announcement in one language, for children who cannot
// read. It lives in the database, so every instance serves it and backups include it.
type AudioClip struct{ ent.Schema }

// Mixin of the AudioClip.
func (AudioClip) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: "clip"}, TimeMixin{}}
}

// Fields of the AudioClip.
func (AudioClip) Fields() []ent.Field {
	return []ent.Field{
		field.String("announcement_id").Immutable(),
		field.String("lang").NotEmpty().MaxLen(8).Immutable(),
		// content_type is what the file's first bytes say it is, not what the uploader claimed.
		field.String("content_type").NotEmpty().MaxLen(40).Immutable(),
		field.Int64("size").Positive().Immutable(),
		field.Bytes("data").Immutable().Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Edges of the AudioClip.
func (AudioClip) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("announcement", Announcement.Type).Ref("audio").Unique().Required().Immutable().
			Field("announcement_id"),
	}
}

// Indexes of the AudioClip.
func (AudioClip) Indexes() []ent.Index {
	return []ent.Index{index.Fields("announcement_id", "lang").Unique()}
}

// Annotations of the AudioClip.
func (AudioClip) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// Policy of the AudioClip: see policies.AudioClip.
func (AudioClip) Policy() ent.Policy { return policies.AudioClip() }
