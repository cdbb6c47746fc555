package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/policies"
)

// Announcement is information for the children of a location (or of all locations when it has
// none), in their languages, so no child has to interpret for another.
type Announcement struct{ ent.Schema }

// Mixin of the Announcement.
func (Announcement) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: "ann"}, TimeMixin{}}
}

// Fields of the Announcement.
func (Announcement) Fields() []ent.Field {
	return []ent.Field{
		field.String("location_id").Optional().Nillable().Immutable(),
		translations("title"),
		translations("body"),
		// simple_body is the simple-language version per age group and language.
		field.JSON("simple_body", []schematype.SimpleText{}).Optional().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Time("publish_at").Optional().Nillable(),
		field.Time("expires_at").Optional().Nillable(),
	}
}

// Edges of the Announcement.
func (Announcement) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("location", Location.Type).Ref("announcements").Unique().Immutable().Field("location_id"),
		edge.To("created_by", StaffUser.Type).Unique().Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)),
		// audio are recorded readings, one per language at most.
		edge.To("audio", AudioClip.Type),
	}
}

// Policy of the Announcement: see policies.Announcement.
func (Announcement) Policy() ent.Policy { return policies.Announcement() }
