package state

import (
	"errors"
	"fmt"
	"math/big"
	"math/bits"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// ErrBadMarket reports a market configuration that breaks a protocol rule.
var ErrBadMarket = errors.New("state: invalid market")

// Market is one row of the markets table (docs/PROTOCOL.md §3.3).
type Market struct {
	Name string // Name is display-only and is not hashed.
	// OraclePrice is quote quantums per base quantum times PriceScale.
	OraclePrice  uint64
	FundingIndex int64
	ImfPpm       uint32
	MmfPpm       uint32
	Status       uint8
	// TickSize is the price increment; StepSize the size increment in base quantums.
	TickSize uint64
	StepSize uint64
	// TierSizeQuantums, when not 0, is the |size| above which a position uses TierImfPpm and TierMmfPpm.
	TierSizeQuantums uint64
	TierImfPpm       uint32
	TierMmfPpm       uint32
	// BaseDecimals is the number of base quantums per unit, as a power of ten; display-only, not hashed.
	BaseDecimals int32
	// MakerFeePpm and TakerFeePpm are the fee rates the sequencer charges; not hashed (orders sign a cap).
	MakerFeePpm uint32
	TakerFeePpm uint32
	// LastOracleTimeSeconds is the timestamp of the last batch whose market update moved a listed price while
	// this market was active or reduce-only (40 bits, 0 before any); every report of a later quorum must be
	// strictly newer (docs/PROTOCOL.md §5 "Market update"). Hashed at the end of mw0.
	LastOracleTimeSeconds uint64
}

// Markets is the markets table; index 0 is market 1.
type Markets [MarketCount]Market

// Get returns market m (1-based), or nil when m is out of range.
func (t *Markets) Get(m uint8) *Market {
	if m == 0 || int(m) > MarketCount {
		return nil
	}
	return &t[m-1]
}

// Live reports whether m is active or reduce-only: a market whose price follows the oracle and whose funding
// index moves with its rate (docs/PROTOCOL.md §5 "Market update"), unlike an unlisted or a settled one.
func (m *Market) Live() bool { return liveStatus(m.Status) }

// liveStatus reports whether status s is active or reduce-only.
func liveStatus(s uint8) bool { return s == MarketActive || s == MarketReduceOnly }

// Validate checks a listed market's parameters.
func (m *Market) Validate() error {
	if m.LastOracleTimeSeconds > MaxOracleTime {
		return fmt.Errorf("%w: last oracle time %d above 2^%d − 1", ErrBadMarket, m.LastOracleTimeSeconds, OracleTimeBits)
	}
	if m.Status == MarketUnlisted {
		return nil
	}
	switch {
	case m.Status > MarketSettled:
		return fmt.Errorf("%w: status %d", ErrBadMarket, m.Status)
	case m.TickSize == 0 || m.StepSize == 0:
		return fmt.Errorf("%w: zero tick or step", ErrBadMarket)
	case (m.TickSize%PriceScale)*(m.StepSize%PriceScale)%PriceScale != 0:
		return fmt.Errorf("%w: tick·step %d·%d is not a multiple of %d", ErrBadMarket, m.TickSize, m.StepSize, PriceScale)
	case m.OraclePrice == 0 || m.OraclePrice >= MaxPrice:
		return fmt.Errorf("%w: oracle price %d", ErrBadMarket, m.OraclePrice)
	case m.MmfPpm == 0 || m.MmfPpm > m.ImfPpm || m.ImfPpm > PpmScale:
		return fmt.Errorf("%w: need 0 < mmf %d ≤ imf %d ≤ 10^6", ErrBadMarket, m.MmfPpm, m.ImfPpm)
	case m.MakerFeePpm > MaxFeeRatePpm || m.TakerFeePpm > MaxFeeRatePpm:
		return fmt.Errorf("%w: fee rate above %d ppm (a compact record's width)", ErrBadMarket, MaxFeeRatePpm)
	}
	return m.validateTier()
}

func (m *Market) validateTier() error {
	if m.TierSizeQuantums == 0 {
		if m.TierImfPpm != 0 || m.TierMmfPpm != 0 {
			return fmt.Errorf("%w: tier fractions without a tier size", ErrBadMarket)
		}
		return nil
	}
	switch {
	case m.TierSizeQuantums >= uint64(MaxSize):
		return fmt.Errorf("%w: tier size %d", ErrBadMarket, m.TierSizeQuantums)
	case m.TierImfPpm < m.ImfPpm || m.TierImfPpm > PpmScale:
		return fmt.Errorf("%w: need imf %d ≤ tier imf %d ≤ 10^6", ErrBadMarket, m.ImfPpm, m.TierImfPpm)
	case m.TierMmfPpm < m.MmfPpm || m.TierMmfPpm > m.TierImfPpm:
		return fmt.Errorf("%w: need mmf %d ≤ tier mmf %d ≤ tier imf %d", ErrBadMarket, m.MmfPpm, m.TierMmfPpm, m.TierImfPpm)
	}
	return nil
}

// Fractions returns the initial and maintenance margin fractions (ppm) of a position of size s in m: the tier's
// when m has a tier and |s| exceeds its size, the base ones otherwise (docs/PROTOCOL.md §3.3).
func (m *Market) Fractions(s int64) (imfPpm, mmfPpm uint32) {
	if m.TierSizeQuantums != 0 && AbsSize(s) > m.TierSizeQuantums {
		return m.TierImfPpm, m.TierMmfPpm
	}
	return m.ImfPpm, m.MmfPpm
}

// AbsSize returns |s| (also for s = −2^63).
func AbsSize(s int64) uint64 {
	if s < 0 {
		return uint64(-s)
	}
	return uint64(s)
}

// Words returns the market's two words mw0, mw1: mw0 = oraclePrice | (fundingIndex + 2^63) << 64 | imfPpm << 128
// | mmfPpm << 160 | status << 192 | lastOracleTime << 200 (240 bits), mw1 as docs/PROTOCOL.md §3.3 says.
func (m *Market) Words() [2]fr.Element {
	var p0 packer
	p0.putUint(m.OraclePrice, 64)
	p0.putSigned(m.FundingIndex)
	p0.putUint(uint64(m.ImfPpm), 32)
	p0.putUint(uint64(m.MmfPpm), 32)
	p0.putUint(uint64(m.Status), 8)
	p0.putUint(m.LastOracleTimeSeconds, OracleTimeBits)
	var p1 packer
	p1.putUint(m.TickSize, 64)
	p1.putUint(m.StepSize, 64)
	p1.putUint(m.TierSizeQuantums, 48)
	p1.putUint(uint64(m.TierImfPpm), 20)
	p1.putUint(uint64(m.TierMmfPpm), 20)
	return [2]fr.Element{p0.word(), p1.word()}
}

// Validate checks every market of the table.
func (t *Markets) Validate() error {
	for i := range t {
		if err := t[i].Validate(); err != nil {
			return fmt.Errorf("market %d: %w", i+1, err)
		}
	}
	return nil
}

// Hash returns marketsHash.
func (t *Markets) Hash() fr.Element {
	w := make([]fr.Element, 0, 2*MarketCount)
	for i := range t {
		mw := t[i].Words()
		w = append(w, mw[0], mw[1])
	}
	return Hash(w...)
}

// Globals are the scalar parts of the state root.
type Globals struct {
	InsuranceFundQuantums int64
	FeePoolQuantums       uint64
	SystemTimeSeconds     uint64
	// LastFundingTimeSeconds is the batch timestamp of the last funding tick (40 bits).
	LastFundingTimeSeconds uint64
}

// Word returns the packed globals word.
func (g Globals) Word() fr.Element {
	var p packer
	p.putSigned(g.InsuranceFundQuantums)
	p.putUint(g.FeePoolQuantums, 64)
	p.putUint(g.SystemTimeSeconds, 64)
	p.putUint(g.LastFundingTimeSeconds, 40)
	return p.word()
}

// StateRoot returns H(accountsRoot, marketsHash, globals).
func StateRoot(accountsRoot fr.Element, markets *Markets, g Globals) fr.Element {
	return Hash(accountsRoot, markets.Hash(), g.Word())
}

// RootFromPath returns the root of a 4-ary Merkle tree given a leaf, its index and its siblings, leaf level
// first, TreeArity−1 of them per level (len(siblings) must be a multiple of 3). At level l the node is the child
// at position index>>(2l) & 3 of its parent, and the level's three siblings are the parent's other children in
// increasing position (Children).
func RootFromPath(leaf fr.Element, index uint64, siblings []fr.Element) fr.Element {
	h := leaf
	for l := 0; l < len(siblings)/(TreeArity-1); l++ {
		h = Compress4(Children(h, int(index>>(2*l)&(TreeArity-1)), siblings[(TreeArity-1)*l:]))
	}
	return h
}

// Children returns the four children of a node of a 4-ary tree given one child, its position pos (0..3) and
// the first three entries of siblings, the other children in increasing position.
func Children(node fr.Element, pos int, siblings []fr.Element) [TreeArity]fr.Element {
	var c [TreeArity]fr.Element
	for j, k := 0, 0; j < TreeArity; j++ {
		if j == pos {
			c[j] = node
			continue
		}
		c[j] = siblings[k]
		k++
	}
	return c
}

// SiblingIndex returns the index in a path's siblings of the subtree that holds leaf other, for the path of
// leaf index of the same tree (other ≠ index): the two paths meet at the level of the returned index, and the
// subtree of other there is one of the siblings of index's path.
func SiblingIndex(index, other uint64) (at, level int) {
	level = (bits.Len64(index^other) - 1) / 2
	pos, opos := int(index>>(2*level)&3), int(other>>(2*level)&3)
	at = (TreeArity-1)*level + opos
	if opos > pos {
		at--
	}
	return at, level
}

// PatchPath updates the siblings of the path of leaf index for a pending write of leaf other (≠ index) of the
// same tree, whose new leaf and siblings (before the write) are given: the sibling that holds other becomes the
// root of other's subtree with the new leaf, RootFromPath over other's siblings below the levels' meeting point.
func PatchPath(siblings []fr.Element, index, other uint64, otherLeaf fr.Element, otherSiblings []fr.Element) {
	at, level := SiblingIndex(index, other)
	siblings[at] = RootFromPath(otherLeaf, other, otherSiblings[:(TreeArity-1)*level])
}

// BigOf returns the integer value of a word.
func BigOf(e fr.Element) *big.Int {
	var v big.Int
	e.BigInt(&v)
	return &v
}
