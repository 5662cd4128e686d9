package statedb

import "testing"

// TestCache checks the two-generation cache: a hit refreshes an entry, an unused one is dropped after two rotations.
func TestCache(t *testing.T) {
	c := newCache[int, int](4)
	for i := range 4 {
		c.put(i, i)
	}
	c.put(4, 4) // rotates: 0..3 become old
	if v, ok := c.get(0); !ok || v != 0 {
		t.Fatal("entry lost at the first rotation")
	}
	for i := 5; i < 8; i++ {
		c.put(i, i) // 0 was refreshed into the current generation, so it survives the next rotation
	}
	c.put(8, 8)
	if _, ok := c.get(0); !ok {
		t.Fatal("recently used entry evicted")
	}
	if _, ok := c.get(1); ok {
		t.Fatal("stale entry kept past two rotations")
	}
	if n := len(c.cur) + len(c.old); n > 8 {
		t.Fatalf("cache holds %d entries, capacity 2·4", n)
	}
	c.put(0, 100)
	if v, _ := c.get(0); v != 100 {
		t.Fatal("update not visible")
	}
	off := newCache[int, int](0)
	off.put(1, 1)
	if _, ok := off.get(1); ok {
		t.Fatal("disabled cache stored an entry")
	}
}
