// Package audit writes the audit trail: who did what to which object, at which location. The
// actor is taken from the viewer (a staff user, else the system), never given by the caller, and an
// event holds ids only: never a post's words, a note, a pseudonym or a choice. Votes are never
// audited.
package audit

import (
	"context"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/auditevent"
	"github.com/jeugdstem/jeugdstem/policies"
)

// Record appends an event for action on the object (type and id) at locationID ("" for none), by
// the signed-in staff user or, without one, the system. Pass tx.Client() to record inside a
// transaction.
func Record(ctx context.Context, client *ent.Client, action, objectType, objectID, locationID string) error {
	e := client.AuditEvent.Create().
		SetAction(action).
		SetObjectType(objectType).
		SetObjectID(objectID).
		SetLocationID(locationID)
	if v := policies.FromContext(ctx); v.IsStaff() {
		e.SetActorKind(auditevent.ActorKindSTAFF).SetActorID(v.StaffID)
	} else {
		e.SetActorKind(auditevent.ActorKindSYSTEM)
	}
	return e.Exec(ctx)
}
