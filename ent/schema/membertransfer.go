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

// MemberTransfer records that a child was moved to another location (transferYouthMember): when,
// from where to where, why (a category, never free text) and when the family was told. Only
// aggregates ever leave it (internal/reports' stability figures, suppressed below k).
type MemberTransfer struct{ ent.Schema }

// Mixin of the MemberTransfer.
func (MemberTransfer) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: "mvt"}}
}

// Fields of the MemberTransfer.
func (MemberTransfer) Fields() []ent.Field {
	return []ent.Field{
		field.String("member_id").Immutable(),
		field.String("from_location_id").Immutable(),
		field.String("to_location_id").Immutable(),
		field.Time("moved_at").Immutable(),
		// notice_given_on is the day the family was told of the move; unknown when not recorded.
		field.Time("notice_given_on").Optional().Nillable().Immutable(),
		field.Enum("reason").
			Values("CAPACITY", "LOCATION_CLOSING", "PROCEDURE_STAGE", "FAMILY_REUNIFICATION", "SAFETY", "CARE_NEEDS", "AGE_OR_STATUS", "OTHER").
			Default("OTHER").Immutable(),
	}
}

// Edges of the MemberTransfer.
func (MemberTransfer) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("member", YouthMember.Type).Unique().Required().Immutable().Field("member_id"),
	}
}

// Indexes of the MemberTransfer.
func (MemberTransfer) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("to_location_id", "moved_at"),
		index.Fields("from_location_id", "moved_at"),
		index.Fields("member_id", "moved_at"),
	}
}

// Annotations of the MemberTransfer.
func (MemberTransfer) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// Policy of the MemberTransfer: see policies.Internal (written by transferYouthMember after its
// own rule, read as aggregates by the reports).
func (MemberTransfer) Policy() ent.Policy { return policies.Internal() }
