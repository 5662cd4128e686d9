package circuits

import "github.com/consensys/gnark/frontend"

// pathUpdate verifies oldLeaf at the index given by bits (least significant first, two per level) under root
// and returns the root with newLeaf in its place, computed on the same siblings (three per level, leaf level
// first; docs/PROTOCOL.md §2). When active is 0 the old root is not checked (the path need not be valid) and
// root is returned unchanged.
func (b *builder) pathUpdate(active, root, oldLeaf, newLeaf frontend.Variable, bits, siblings []frontend.Variable) frontend.Variable {
	oldH, newH := oldLeaf, newLeaf
	for l := 0; l < len(siblings)/(treeArity-1); l++ {
		sel := b.position(bits[2*l], bits[2*l+1], siblings[(treeArity-1)*l:(treeArity-1)*(l+1)])
		oldH = b.compress4(sel.children(b.api, oldH))
		newH = b.compress4(sel.children(b.api, newH))
	}
	b.zeroWhen(active, b.api.Sub(oldH, root))
	return b.pick(active, newH, root)
}

// childSelect places a node among its three siblings s0 < s1 < s2 (in child order) at the position given by
// two bits, with the products that do not depend on the node shared by the old and the new path: e_j is 1 iff
// the position is j, and base1, base2 are the siblings' part of children 1 and 2.
type childSelect struct {
	e            [treeArity]frontend.Variable
	s            []frontend.Variable
	base1, base2 frontend.Variable
}

// position returns the selector of the position b0 + 2·b1 (the bits are boolean: ToBinary made them).
func (b *builder) position(b0, b1 frontend.Variable, s []frontend.Variable) childSelect {
	api := b.api
	e3 := api.Mul(b0, b1)
	e1 := api.Sub(b0, e3)
	e2 := api.Sub(b1, e3)
	e0 := api.Sub(1, api.Add(e1, e2, e3))
	// Children 1 and 2 without the node: child 1 is s0 at position 0 and s1 at 2, 3; child 2 is s1 at
	// positions 0, 1 and s2 at 3.
	base1 := api.Add(s[1], api.Mul(e0, api.Sub(s[0], s[1])))
	base2 := api.Add(s[1], api.Mul(e3, api.Sub(s[2], s[1])))
	return childSelect{e: [treeArity]frontend.Variable{e0, e1, e2, e3}, s: s, base1: base1, base2: base2}
}

// children returns the four children with node h at the selected position: child j is h where e_j = 1, and
// otherwise the sibling that fills it.
func (c childSelect) children(api frontend.API, h frontend.Variable) [treeArity]frontend.Variable {
	return [treeArity]frontend.Variable{
		api.Add(c.s[0], api.Mul(c.e[0], api.Sub(h, c.s[0]))),
		api.Add(c.base1, api.Mul(c.e[1], api.Sub(h, c.base1))),
		api.Add(c.base2, api.Mul(c.e[2], api.Sub(h, c.base2))),
		api.Add(c.s[2], api.Mul(c.e[3], api.Sub(h, c.s[2]))),
	}
}
