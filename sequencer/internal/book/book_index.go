package book

// idIndex maps order ids (never 0) to node indexes: open addressing with linear probing and backward-shift
// deletion, so that deletes leave no tombstones and a table of stable size never allocates. It keeps the load
// factor at most 1/2.
type idIndex struct {
	keys  []uint64
	vals  []uint32
	n     int
	shift uint
}

func (x *idIndex) home(id uint64) int { return int((id * 0x9e3779b97f4a7c15) >> x.shift) }

// grow makes room for n entries.
func (x *idIndex) grow(n int) {
	size := 8
	for size < 2*n {
		size *= 2
	}
	if size <= len(x.keys) {
		return
	}
	keys, vals := x.keys, x.vals
	x.keys, x.vals = make([]uint64, size), make([]uint32, size)
	x.shift = 64
	for s := size; s > 1; s >>= 1 {
		x.shift--
	}
	x.n = 0
	for i, k := range keys {
		if k != 0 {
			x.put(k, vals[i])
		}
	}
}

func (x *idIndex) Get(id uint64) uint32 {
	if id == 0 || len(x.keys) == 0 { // 0 marks an empty slot: it is never an order id
		return 0
	}
	mask := len(x.keys) - 1
	for i := x.home(id); ; i = (i + 1) & mask {
		switch x.keys[i] {
		case id:
			return x.vals[i]
		case 0:
			return 0
		}
	}
}

// put adds id, which must not be present.
func (x *idIndex) put(id uint64, v uint32) {
	if 2*(x.n+1) > len(x.keys) {
		x.grow(x.n + 1)
	}
	mask := len(x.keys) - 1
	i := x.home(id)
	for x.keys[i] != 0 {
		i = (i + 1) & mask
	}
	x.keys[i], x.vals[i] = id, v
	x.n++
}

// del removes id if present.
func (x *idIndex) del(id uint64) {
	if id == 0 || len(x.keys) == 0 {
		return
	}
	mask := len(x.keys) - 1
	i := x.home(id)
	for x.keys[i] != id {
		if x.keys[i] == 0 {
			return
		}
		i = (i + 1) & mask
	}
	// Shift back every later entry of the probe run that may move into the hole at i.
	for j := (i + 1) & mask; x.keys[j] != 0; j = (j + 1) & mask {
		h := x.home(x.keys[j])
		if (j > i && (h <= i || h > j)) || (j < i && h <= i && h > j) {
			x.keys[i], x.vals[i] = x.keys[j], x.vals[j]
			i = j
		}
	}
	x.keys[i], x.vals[i] = 0, 0
	x.n--
}

// expiryEntry is a resting order in the expiry heap, ordered by (expiry, id).
type expiryEntry struct {
	exp, id uint64
	ref     uint32
}

func (e *expiryEntry) less(f *expiryEntry) bool {
	return e.exp < f.exp || (e.exp == f.exp && e.id < f.id)
}

func (b *Book) heapSwap(i, j int) {
	h := b.expiry
	h[i], h[j] = h[j], h[i]
	b.Nodes[h[i].ref].heap = i
	b.Nodes[h[j].ref].heap = j
}

func (b *Book) heapUp(i int) {
	for i > 0 {
		p := (i - 1) / 2
		if !b.expiry[i].less(&b.expiry[p]) {
			return
		}
		b.heapSwap(i, p)
		i = p
	}
}

func (b *Book) heapDown(i int) {
	n := len(b.expiry)
	for {
		c := 2*i + 1
		if c >= n {
			return
		}
		if c+1 < n && b.expiry[c+1].less(&b.expiry[c]) {
			c++
		}
		if !b.expiry[c].less(&b.expiry[i]) {
			return
		}
		b.heapSwap(i, c)
		i = c
	}
}

func (b *Book) heapPush(h uint32) {
	n := &b.Nodes[h]
	n.heap = len(b.expiry)
	b.expiry = append(b.expiry, expiryEntry{exp: n.Signed.Msg.ExpirySeconds, id: n.ID, ref: h})
	b.heapUp(n.heap)
}

func (b *Book) heapRemove(i int) {
	last := len(b.expiry) - 1
	if i != last {
		b.heapSwap(i, last)
	}
	b.expiry = b.expiry[:last]
	if i < last {
		b.heapDown(i)
		b.heapUp(i)
	}
}
