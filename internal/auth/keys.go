package auth

import (
	"bytes"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
)

// KeyLen is the length of a session signing key (HMAC-SHA256).
const KeyLen = 32

// ParseKeys reads signing keys written as base64, separated by commas or newlines; lines starting
// with # are comments. The first key
// signs new cookies; every key verifies, so a rotation puts the new key first and drops the old
// one only when its cookies may expire.
func ParseKeys(s string) ([][]byte, error) {
	var fields []string
	for _, line := range strings.Split(s, "\n") {
		if line = strings.TrimSpace(line); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields = append(fields, strings.FieldsFunc(line, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' })...)
	}
	var keys [][]byte
	for _, f := range fields {
		k, err := base64.StdEncoding.DecodeString(f)
		if err != nil {
			return nil, fmt.Errorf("session key %d is not base64: %w", len(keys)+1, err)
		}
		if len(k) < KeyLen {
			return nil, fmt.Errorf("session key %d has %d bytes; at least %d are needed", len(keys)+1, len(k), KeyLen)
		}
		keys = append(keys, k)
	}
	if len(keys) == 0 {
		return nil, errors.New("no session keys")
	}
	return keys, nil
}

// NewKey returns a fresh random key, base64-encoded.
func NewKey() string {
	k := make([]byte, KeyLen)
	if _, err := rand.Read(k); err != nil {
		panic(err)
	}
	return base64.StdEncoding.EncodeToString(k)
}

// LoadOrCreateKeyFile reads the keys in path. Only when the file does not exist is it created,
// with one new key and mode 0600: an unreadable or damaged file is an error, never a reason to
// make new keys (which would silently sign everybody out, on this instance only).
func LoadOrCreateKeyFile(path string) ([][]byte, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		content := "# jeugdstem session signing keys: the first signs, all verify. Keep secret.\n" + NewKey() + "\n"
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if err != nil {
			return nil, fmt.Errorf("creating key file: %w", err)
		}
		if _, err := f.WriteString(content); err != nil {
			f.Close()
			return nil, err
		}
		if err := f.Sync(); err != nil {
			f.Close()
			return nil, err
		}
		if err := f.Close(); err != nil {
			return nil, err
		}
		b = []byte(content)
	} else if err != nil {
		return nil, fmt.Errorf("reading key file: %w", err)
	}
	keys, err := ParseKeys(string(bytes.TrimSpace(b)))
	if err != nil {
		return nil, fmt.Errorf("key file %s: %w", path, err)
	}
	return keys, nil
}
