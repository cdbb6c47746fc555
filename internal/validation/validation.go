// Package validation checks input structs with go-playground/validator and turns the first
// failure into a BAD_USER_INPUT error naming the field as the client spelled it.
package validation

import (
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/go-playground/validator/v10"

	"github.com/jeugdstem/jeugdstem/internal/apierror"
	"github.com/jeugdstem/jeugdstem/internal/i18n"
)

var validate = newValidator()

func newValidator() *validator.Validate {
	v := validator.New(validator.WithRequiredStructEnabled())
	// Report fields by their json names, which are the GraphQL input field names.
	v.RegisterTagNameFunc(func(f reflect.StructField) string {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			return ""
		}
		if name == "" {
			return f.Name
		}
		return name
	})
	// lang: a supported language code.
	_ = v.RegisterValidation("lang", func(fl validator.FieldLevel) bool { return i18n.Supported(fl.Field().String()) })
	return v
}

// Struct validates s. prefix names the GraphQL argument holding it ("input"), so fields come out
// as "input.options.0.label".
func Struct(prefix string, s any) error {
	err := validate.Struct(s)
	if err == nil {
		return nil
	}
	var ves validator.ValidationErrors
	if !errors.As(err, &ves) {
		return err
	}
	fe := ves[0]
	field := fe.Namespace()
	if _, rest, ok := strings.Cut(field, "."); ok {
		field = rest
	}
	field = strings.NewReplacer("[", ".", "]", "").Replace(field)
	if prefix != "" {
		field = prefix + "." + field
	}
	return apierror.BadInput(field, "%s", message(fe))
}

func message(fe validator.FieldError) string {
	switch fe.Tag() {
	case "required":
		return "is required"
	case "email":
		return "must be an e-mail address"
	case "min":
		if fe.Kind() == reflect.String {
			return fmt.Sprintf("must be at least %s characters", fe.Param())
		}
		return fmt.Sprintf("must be at least %s", fe.Param())
	case "max":
		if fe.Kind() == reflect.String {
			return fmt.Sprintf("must be at most %s characters", fe.Param())
		}
		return fmt.Sprintf("must be at most %s", fe.Param())
	case "oneof":
		return fmt.Sprintf("must be one of %s", fe.Param())
	case "lang":
		return "must be a supported language code"
	default:
		return fmt.Sprintf("is not valid (%s)", fe.Tag())
	}
}
