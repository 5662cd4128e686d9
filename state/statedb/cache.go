package statedb

// cache is a bounded map of recently used entries with two generations: entries are added to the current
// generation, a hit in the old generation moves the entry to the current one, and when the current generation
// reaches its capacity the old one is dropped and the current one becomes old. It holds at most 2·capacity
// entries and never evicts an entry used within the last capacity insertions. A capacity of 0 disables it.
type cache[K comparable, V any] struct {
	capacity int
	cur, old map[K]V
}

func newCache[K comparable, V any](capacity int) *cache[K, V] {
	return &cache[K, V]{capacity: capacity, cur: make(map[K]V), old: make(map[K]V)}
}

func (c *cache[K, V]) get(k K) (V, bool) {
	if v, ok := c.cur[k]; ok {
		return v, true
	}
	v, ok := c.old[k]
	if ok {
		c.put(k, v)
	}
	return v, ok
}

func (c *cache[K, V]) put(k K, v V) {
	if c.capacity == 0 {
		return
	}
	if _, ok := c.cur[k]; !ok && len(c.cur) >= c.capacity {
		c.old = c.cur
		c.cur = make(map[K]V, c.capacity)
	}
	c.cur[k] = v
}
