package httpapi

import (
	"errors"
	"fmt"
	"strconv"
	"sync"

	"github.com/perpx/perpx/sequencer/events"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// Limits of WebSocket connections. Each connection costs ≈ 100 KiB and a file descriptor: without a bound, one
// client exhausts the process's descriptors and the health endpoint stops answering.
const (
	// DefaultMaxWSConns is the default of Config.MaxWSConns, the connections open at once.
	DefaultMaxWSConns = 1_000
	// DefaultMaxWSConnsPerAddress is the default of Config.MaxWSConnsPerAddress, the connections one remote
	// address may hold at once.
	DefaultMaxWSConnsPerAddress = 16
	// DefaultMaxAccountStreamsPerAddress is the default of Config.MaxAccountStreamsPerAddress: the unsigned
	// account-stream subscriptions one remote address may hold at once, so that no client holds the whole
	// Config.MaxAccountStreams. A signed subscription (its account's key) is not counted.
	DefaultMaxAccountStreamsPerAddress = 64
)

// Errors of the WebSocket limits.

// addressCounter counts what each remote address holds against a per-address and a global bound.
type addressCounter struct {
	mu        sync.Mutex
	total     int
	byAddress map[string]int
}

// acquire counts one more for addr, or fails with perAddrErr or totalErr (maxTotal ≤ 0: no global bound).
func (c *addressCounter) acquire(addr string, maxPerAddr, maxTotal int, perAddrErr, totalErr error) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.byAddress == nil {
		c.byAddress = make(map[string]int)
	}
	switch n := c.byAddress[addr]; {
	case maxTotal > 0 && c.total >= maxTotal:
		return fmt.Errorf("%w: %d open", totalErr, c.total)
	case n >= maxPerAddr:
		return fmt.Errorf("%w: %d of %d", perAddrErr, n, maxPerAddr)
	}
	c.total++
	c.byAddress[addr]++
	return nil
}

// release gives back one count of addr.
func (c *addressCounter) release(addr string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.total--
	if c.byAddress[addr]--; c.byAddress[addr] <= 0 {
		delete(c.byAddress, addr)
	}
}

// MaxSignedStreamsPerAccount bounds the signed subscriptions to one account's stream open at once.
const MaxSignedStreamsPerAccount = 4

// ErrTooManySignedStreams refuses a signed subscription beyond MaxSignedStreamsPerAccount.
var ErrTooManySignedStreams = errors.New("sequencer: too many signed streams of this account")

// streamGrant is what a connection's subscription to a topic holds against the limits.
type streamGrant uint8

const (
	grantNone     streamGrant = iota // not an account stream
	grantUnsigned                    // counted against the address
	grantSigned                      // counted against the account
)

// grantAccountStream checks and counts an account-stream subscription of req from addr: a signed one against
// its account, an unsigned one against the address.
func (a *API) grantAccountStream(req *wire.WSRequest, addr string) (streamGrant, error) {
	kind, id, err := events.ParseTopic(req.Topic)
	if err != nil || kind != events.TopicAccount {
		return grantNone, err
	}
	if req.Signature == "" {
		return grantUnsigned, a.wsAccts.acquire(addr, a.cfg.MaxAccountStreamsPerAddress, 0, wire.ErrTooManyAddressAccountStreams, nil)
	}
	var sig state.Signature
	if err := wire.DecodeSignature(req.Signature, &sig); err != nil {
		return grantNone, err
	}
	m := wire.StreamMsg{AccountID: uint32(id), ExpirySeconds: req.Expiry}
	if now := uint64(a.cfg.Clock.Now().Unix()); m.ExpirySeconds < now {
		return grantNone, fmt.Errorf("%w: stream subscription expiry %d", wire.ErrExpired, m.ExpirySeconds)
	}
	if err := a.svc.VerifySig(m.AccountID, m.Hash(), &sig); err != nil {
		return grantNone, err
	}
	return grantSigned, a.wsSigned.acquire(strconv.FormatUint(id, 10), MaxSignedStreamsPerAccount, 0, ErrTooManySignedStreams, nil)
}

// releaseAccountStream gives back what grantAccountStream counted for topic.
func (a *API) releaseAccountStream(g streamGrant, topic, addr string) {
	switch g {
	case grantUnsigned:
		a.wsAccts.release(addr)
	case grantSigned:
		_, id, _ := events.ParseTopic(topic)
		a.wsSigned.release(strconv.FormatUint(id, 10))
	}
}
