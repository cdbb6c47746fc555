package auth

import (
	"os"
	"path/filepath"
	"testing"
)

func TestKeyFileIsCreatedOnceAndNeverReplaced(t *testing.T) {
	path := filepath.Join(t.TempDir(), "jeugdstem.keys")
	first, err := LoadOrCreateKeyFile(path)
	if err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(path)
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("key file mode = %v, %v; want 0600", st.Mode().Perm(), err)
	}
	again, err := LoadOrCreateKeyFile(path)
	if err != nil || len(again) != 1 || string(again[0]) != string(first[0]) {
		t.Fatalf("reading the key file again gave other keys: %v", err)
	}
	if err := os.WriteFile(path, []byte("not base64 !!\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadOrCreateKeyFile(path); err == nil {
		t.Fatal("a damaged key file was accepted (or silently replaced)")
	}
	if b, _ := os.ReadFile(path); string(b) != "not base64 !!\n" {
		t.Error("the damaged key file was overwritten")
	}
}

func TestParseKeysRotationOrder(t *testing.T) {
	a, b := NewKey(), NewKey()
	keys, err := ParseKeys("# comment\n" + a + ", " + b + "\n")
	if err != nil || len(keys) != 2 {
		t.Fatalf("ParseKeys = %d keys, %v", len(keys), err)
	}
	if _, err := ParseKeys("c2hvcnQ="); err == nil {
		t.Error("a short key was accepted")
	}
}

func TestDummyHashHasCurrentParameters(t *testing.T) {
	p, err := ParseHash(dummyHash)
	if err != nil || p.MemoryKiB != argonMemoryKiB || p.Time != argonTime || p.Threads != argonThreads || len(p.Key) != argonKeyLen {
		t.Fatalf("dummyHash %+v (%v) no longer matches the hashing parameters: a wrong e-mail address would be faster than a wrong password", p, err)
	}
}
