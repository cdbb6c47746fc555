package keyring

import (
	"bytes"
	"testing"
)

func TestPurposesAndRotation(t *testing.T) {
	old := bytes.Repeat([]byte{1}, 32)
	cur := bytes.Repeat([]byte{2}, 32)
	r := MustNew([][]byte{cur, old})
	if bytes.Equal(r.Current(BallotBox), r.Current(PIN)) {
		t.Fatal("two purposes share a key")
	}
	if bytes.Equal(r.Current(BallotBox), cur) {
		t.Fatal("the derived key is the deployment key itself")
	}
	all := r.All(BallotBox)
	if len(all) != 2 || !bytes.Equal(all[0], r.Current(BallotBox)) || !bytes.Equal(all[1], MustNew([][]byte{old}).Current(BallotBox)) {
		t.Fatal("All does not list the current key first and the older one after it")
	}
	if _, err := New([][]byte{make([]byte, 16)}); err == nil {
		t.Fatal("a 16-byte key was accepted")
	}
	if _, err := New(nil); err == nil {
		t.Fatal("an empty ring was accepted")
	}
}
