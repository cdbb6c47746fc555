// Package schematype holds the value types stored in JSON columns of the data model: translated
// texts and the small structs that travel with them. They are shared by ent, GraphQL and the domain.
package schematype

// Translation is one text in one language (a BCP 47 code from the supported set).
type Translation struct {
	Lang string `json:"lang" validate:"required,lang"`
	Text string `json:"text" validate:"required,max=4000"`
}

// SimpleText is an announcement body rewritten in simple language for one age group
// (CHILDREN: 6-11, TEENS: 12-17).
type SimpleText struct {
	AgeGroup string `json:"ageGroup" validate:"required,oneof=CHILDREN TEENS"`
	Lang     string `json:"lang" validate:"required,lang"`
	Text     string `json:"text" validate:"required,max=4000"`
}

// CaseNote is one entry in a safeguarding case's log.
type CaseNote struct {
	AuthorID string `json:"authorID"`
	Text     string `json:"text"`
	At       string `json:"at"`
}
