package schema

import (
	"crypto/rand"
	"encoding/base32"
	"strings"
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/mixin"

	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/policies"
)

// idEncoding renders 128 random bits as 26 lower-case characters.
var idEncoding = base32.StdEncoding.WithPadding(base32.NoPadding)

// NewID returns an opaque identifier "<prefix>_<26 random chars>". IDs carry 128 bits from
// crypto/rand and nothing else: no time, no counter, so they reveal neither creation order nor how
// many rows a table holds. The prefix names the type so node(id) can find the table.
func NewID(prefix string) string {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err) // crypto/rand never fails on supported platforms
	}
	return prefix + "_" + strings.ToLower(idEncoding.EncodeToString(b[:]))
}

// IDMixin gives a schema its random, type-prefixed string ID.
type IDMixin struct {
	mixin.Schema
	Prefix string
}

// Fields of the IDMixin.
func (m IDMixin) Fields() []ent.Field {
	prefix := m.Prefix
	return []ent.Field{
		field.String("id").
			Immutable().
			NotEmpty().
			MaxLen(40).
			DefaultFunc(func() string { return NewID(prefix) }),
	}
}

// Policy of the IDMixin: the base policy (policies.Base), which every entity with an id, so every
// entity the API can reach, runs before its own policy, as the BaseMixin of ent's multi-tenant
// privacy example does.
func (IDMixin) Policy() ent.Policy { return policies.Base() }

// TimeMixin records when a row was created and last changed. Ballot tables (Participation,
// SealedBallot, Tally) must never use it. HideUpdated keeps updated_at out of the API, for rows
// whose last change must not show: a child's post that a moderator escalated reads to its author
// as still waiting, and a moved updatedAt would say otherwise.
type TimeMixin struct {
	mixin.Schema
	HideUpdated bool
}

// Fields of the TimeMixin.
func (m TimeMixin) Fields() []ent.Field {
	return []ent.Field{
		field.Time("created_at").Immutable().Default(time.Now).
			Annotations(entgql.OrderField("CREATED_AT")),
		field.Time("updated_at").Default(time.Now).UpdateDefault(time.Now).
			Annotations(updatedAnnotation(m.HideUpdated)),
	}
}

// translations is a JSON column of texts per language, exposed as [Translation!].
func translations(name string) ent.Field {
	return field.JSON(name, []schematype.Translation{}).
		Annotations(entgql.Type("[Translation!]"))
}

// optionalTranslations is translations that may be left out.
func optionalTranslations(name string) ent.Field {
	return field.JSON(name, []schematype.Translation{}).Optional().
		Annotations(entgql.Type("[Translation!]"))
}

func updatedAnnotation(hidden bool) entgql.Annotation {
	if hidden {
		return entgql.Skip(entgql.SkipAll)
	}
	return entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)
}
