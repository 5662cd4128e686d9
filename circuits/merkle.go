package circuits

import "github.com/consensys/gnark/frontend"

// pathUpdate verifies oldLeaf at the index given by bits (leaf level first) under root and returns the root
// with newLeaf in its place, computed on the same siblings. When active is 0 the old root is not checked
// (the path need not be valid) and root is returned unchanged.
func (b *builder) pathUpdate(active, root, oldLeaf, newLeaf frontend.Variable, bits, siblings []frontend.Variable) frontend.Variable {
	oldH, newH := oldLeaf, newLeaf
	for i, s := range siblings {
		// A right child (bit 1) hashes as C(sibling, node): swap by adding bit·(s − node).
		d := b.api.Mul(bits[i], b.api.Sub(s, oldH))
		oldH = b.compress(b.api.Add(oldH, d), b.api.Sub(s, d))
		d = b.api.Mul(bits[i], b.api.Sub(s, newH))
		newH = b.compress(b.api.Add(newH, d), b.api.Sub(s, d))
	}
	b.zeroWhen(active, b.api.Sub(oldH, root))
	return b.pick(active, newH, root)
}
