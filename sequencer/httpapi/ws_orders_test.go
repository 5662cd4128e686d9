package httpapi

import (
	"net"
	"testing"
	"time"
)

// TestCorkConn: corked writes go out together, in order, with one write to the connection; an uncorked write
// goes out at once.
func TestCorkConn(t *testing.T) {
	a, b := net.Pipe()
	defer a.Close()
	defer b.Close()
	writes := make(chan string, 8)
	go func() {
		buf := make([]byte, 1024)
		for {
			n, err := b.Read(buf)
			if err != nil {
				close(writes)
				return
			}
			writes <- string(buf[:n])
		}
	}()
	c := &corkConn{Conn: a}
	c.cork()
	for _, s := range []string{"one ", "two ", "three"} {
		if _, err := c.Write([]byte(s)); err != nil {
			t.Fatal(err)
		}
	}
	select {
	case w := <-writes:
		t.Fatalf("corked write %q went out", w)
	case <-time.After(20 * time.Millisecond):
	}
	if !c.uncork() {
		t.Fatal("uncork failed")
	}
	if w := <-writes; w != "one two three" {
		t.Fatalf("got %q", w)
	}
	if _, err := c.Write([]byte("four")); err != nil {
		t.Fatal(err)
	}
	if w := <-writes; w != "four" {
		t.Fatalf("got %q", w)
	}
	b.Close()
	c.cork()
	c.Write([]byte("lost"))
	if c.uncork() {
		t.Fatal("uncork on a closed connection succeeded")
	}
	if _, err := c.Write([]byte("x")); err == nil {
		t.Fatal("write after a failed flush succeeded")
	}
}
