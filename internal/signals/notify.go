package signals

import (
	"context"
	"fmt"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/location"
	"github.com/jeugdstem/jeugdstem/ent/signal"
	"github.com/jeugdstem/jeugdstem/ent/staffuser"
	"github.com/jeugdstem/jeugdstem/internal/database"
	"github.com/jeugdstem/jeugdstem/internal/mail"
)

// raise records c unless its occurrence raised it already, and, with e-mail configured, writes
// one e-mail per recipient to the outbox in the same transaction. It reports whether it raised.
func (s *Service) raise(ctx context.Context, c candidate) (bool, error) {
	exists, err := s.client.Signal.Query().
		Where(signal.LocationID(c.locationID), signal.KindEQ(c.kind), signal.Occurrence(c.occurrence)).
		Exist(ctx)
	if err != nil || exists {
		return false, err
	}
	// Read what the e-mail needs before the transaction: on SQLite it holds the only writer.
	var (
		locName    string
		recipients []string
	)
	if s.cfg.Mail {
		loc, err := s.client.Location.Get(ctx, c.locationID)
		if err != nil {
			return false, err
		}
		locName = loc.Name
		if recipients, err = s.recipients(ctx, c.locationID); err != nil {
			return false, err
		}
	}
	var sig *ent.Signal
	err = database.InTx(ctx, s.client, func(tx *ent.Tx) error {
		var err error
		create := tx.Signal.Create().SetLocationID(c.locationID).SetKind(c.kind).
			SetOccurrence(c.occurrence).SetDetail(c.detail).SetCreatedAt(s.now())
		if c.domain != "" {
			create.SetDomain(c.domain)
		}
		sig, err = create.Save(ctx)
		if err != nil {
			return err
		}
		msgs := make([]mail.Message, len(recipients))
		for i, to := range recipients {
			msgs[i] = s.message(to, sig, locName)
		}
		return mail.Enqueue(ctx, tx, "signal:"+sig.ID, msgs...)
	})
	if ent.IsConstraintError(err) {
		return false, nil // another instance raised it a moment ago
	}
	if err != nil {
		return false, err
	}
	logRaised(ctx, sig)
	return true, nil
}

// recipients are the active adults a location's signal is for: its managers, its linked
// partners and every national admin.
func (s *Service) recipients(ctx context.Context, locationID string) ([]string, error) {
	return s.client.StaffUser.Query().
		Where(staffuser.Active(true), staffuser.Or(
			staffuser.RoleEQ(staffuser.RoleNATIONAL_ADMIN),
			staffuser.And(staffuser.RoleIn(staffuser.RoleLOCATION_MANAGER, staffuser.RolePARTNER),
				staffuser.HasLocationsWith(location.ID(locationID))))).
		Order(staffuser.ByEmail()).
		Select(staffuser.FieldEmail).
		Strings(ctx)
}

// kindWords name each kind of signal in Dutch and English, for e-mails.
var kindWords = map[signal.Kind][2]string{
	signal.KindSAFETY_SCORE_LOW:         {"Lage veiligheidsscore", "Low safety score"},
	signal.KindSAFETY_SCORE_DROP:        {"Veiligheidsscore gedaald", "Safety score dropped"},
	signal.KindSAFETY_THREAD_UNANSWERED: {"Veiligheidsonderwerp zonder antwoord", "Safety thread unanswered"},
	signal.KindPARTICIPATION_COLLAPSE:   {"Deelname sterk gedaald", "Participation collapsed"},
	signal.KindMONITOR_DOMAIN_LOW:       {"Kindermonitor: lage score", "Children's monitor: low score"},
	signal.KindMONITOR_DOMAIN_DROP:      {"Kindermonitor: score gedaald", "Children's monitor: score dropped"},
	signal.KindCOUNCIL_NO_MEETING:       {"Jongerenraad vergadert niet meer", "Youth council has not met"},
}

// message is the e-mail about sig: its kind, the location's name and a link to it in the
// console. Nothing else: no figures, and never anything a child wrote or is called.
func (s *Service) message(to string, sig *ent.Signal, locName string) mail.Message {
	words := kindWords[sig.Kind]
	link := s.cfg.PublicURL + "/staff/signals/" + sig.ID
	return mail.Message{
		To:      to,
		Subject: fmt.Sprintf("jeugdstem: %s / %s, %s", words[0], words[1], locName),
		Body: fmt.Sprintf(`Er is een signaal over het welzijn van kinderen in %[1]s: %[2]s.
Bekijk en bevestig het in jeugdstem: %[4]s

A signal about children's wellbeing was raised for %[1]s: %[3]s.
See and acknowledge it in jeugdstem: %[4]s

-- 
Je krijgt dit bericht als locatiemanager, partner of landelijk beheerder van deze locatie.
You receive this as a location manager, partner or national admin of this location.
`, locName, words[0], words[1], link),
	}
}
