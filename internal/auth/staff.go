package auth

import (
	"context"
	"strings"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/staffuser"
	"github.com/jeugdstem/jeugdstem/internal/apierror"
	"github.com/jeugdstem/jeugdstem/internal/validation"
)

// NewStaffUser is the input for creating a staff user.
type NewStaffUser struct {
	Email       string   `json:"email" validate:"required,email,max=254"`
	DisplayName string   `json:"displayName" validate:"required,max=120"`
	Password    string   `json:"password" validate:"required,min=12,max=256"`
	Role        string   `json:"role" validate:"required,oneof=FACILITATOR MODERATOR SAFEGUARDING_OFFICER LOCATION_MANAGER PARTNER NATIONAL_ADMIN"`
	LocationIDs []string `json:"locationIDs" validate:"max=300"`
}

// CreateStaffUser validates in, hashes the password and stores the user. The e-mail address is
// stored lower-cased; a second user with the same address is CONFLICT.
func CreateStaffUser(ctx context.Context, client *ent.Client, in NewStaffUser) (*ent.StaffUser, error) {
	in.Email = strings.ToLower(strings.TrimSpace(in.Email))
	in.DisplayName = strings.TrimSpace(in.DisplayName)
	if err := validation.Struct("input", in); err != nil {
		return nil, err
	}
	if in.Role != string(staffuser.RoleNATIONAL_ADMIN) && len(in.LocationIDs) == 0 {
		return nil, apierror.BadInput("input.locationIDs", "a %s needs at least one location", in.Role)
	}
	hash, err := HashPassword(in.Password)
	if err != nil {
		return nil, err
	}
	u, err := client.StaffUser.Create().
		SetEmail(in.Email).
		SetDisplayName(in.DisplayName).
		SetPasswordHash(hash).
		SetRole(staffuser.Role(in.Role)).
		AddLocationIDs(in.LocationIDs...).
		Save(ctx)
	if ent.IsConstraintError(err) {
		return nil, apierror.New(apierror.Conflict, "a staff user with this e-mail address already exists")
	}
	return u, err
}
