package statedb

import "encoding/binary"

// Key prefixes of the tree's Pebble keyspace; see the layout in doc.go. Changing them breaks compatibility with
// every existing state directory.
const (
	prefixNode    = 'n'
	prefixSlot    = 's'
	prefixAccount = 'a'
	prefixMarkets = 'm'
	prefixGlobals = 'g'
	prefixMeta    = 'k'
)

// storeVersion is the version of the key layout and value encodings, stored under metaVersionKey.
const storeVersion = 2

var (
	marketsKey         = []byte{prefixMarkets}
	globalsKey         = []byte{prefixGlobals}
	metaVersionKey     = []byte{prefixMeta, 'v', 'e', 'r', 's', 'i', 'o', 'n'}
	metaNumAccountsKey = []byte{prefixMeta, 'a', 'c', 'c', 'o', 'u', 'n', 't', 's'}
	metaRootKey        = []byte{prefixMeta, 'r', 'o', 'o', 't'}
)

// nodeKey names a node of the account tree: level 0 holds the account leaves, level AccountTreeDepth the root.
type nodeKey struct {
	level uint8
	index uint32
}

// bytes returns 'n' | level u8 | index u32.
func (k nodeKey) bytes() []byte {
	b := make([]byte, 6)
	b[0] = prefixNode
	b[1] = k.level
	binary.BigEndian.PutUint32(b[2:], k.index)
	return b
}

// slotKey names a node of an account's order-slot tree: level 0 holds the slot words, level SlotTreeDepth the
// slot root.
type slotKey struct {
	account uint32
	level   uint8
	index   uint16
}

// bytes returns 's' | account u32 | level u8 | index u16.
func (k slotKey) bytes() []byte {
	b := make([]byte, 8)
	b[0] = prefixSlot
	binary.BigEndian.PutUint32(b[1:5], k.account)
	b[5] = k.level
	binary.BigEndian.PutUint16(b[6:], k.index)
	return b
}

// accountKey returns 'a' | account u32.
func accountKey(id uint32) []byte {
	b := make([]byte, 5)
	b[0] = prefixAccount
	binary.BigEndian.PutUint32(b[1:], id)
	return b
}
