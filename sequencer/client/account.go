package client

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/perpx/perpx/sequencer/wire"
)

// OpenOrders returns the resting orders of an account.
func (c *Client) OpenOrders(ctx context.Context, account uint32) ([]wire.OpenOrderJSON, error) {
	var out []wire.OpenOrderJSON
	if err := c.do(ctx, http.MethodGet, fmt.Sprintf("/v1/accounts/%d/orders", account), nil, &out); err != nil {
		return nil, err
	}
	return out, nil
}

// Fills returns up to limit durable fills of an account, newest first, from log entries before seq before
// (0: the newest; limit 0: the server's default).
func (c *Client) Fills(ctx context.Context, account uint32, limit int, before uint64) ([]wire.AccountFillJSON, error) {
	q := url.Values{}
	if limit > 0 {
		q.Set("limit", strconv.Itoa(limit))
	}
	if before > 0 {
		q.Set("before", strconv.FormatUint(before, 10))
	}
	path := fmt.Sprintf("/v1/accounts/%d/fills", account)
	if len(q) > 0 {
		path += "?" + q.Encode()
	}
	var out []wire.AccountFillJSON
	if err := c.do(ctx, http.MethodGet, path, nil, &out); err != nil {
		return nil, err
	}
	return out, nil
}

// AccountProof returns an account's leaf and Merkle path against the root of the last batch the L1 contract
// verified; before the first one, an *APIError with status 503 and code "not_verified".
func (c *Client) AccountProof(ctx context.Context, account uint32) (*wire.AccountProofJSON, error) {
	var out wire.AccountProofJSON
	if err := c.do(ctx, http.MethodGet, fmt.Sprintf("/v1/accounts/%d/proof", account), nil, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Batches returns up to limit sealed batches with their proof and L1 status, newest first (limit 0: the
// server's default).
func (c *Client) Batches(ctx context.Context, limit int) ([]wire.BatchSummaryJSON, error) {
	path := "/v1/batches"
	if limit > 0 {
		path += "?limit=" + strconv.Itoa(limit)
	}
	var out []wire.BatchSummaryJSON
	if err := c.do(ctx, http.MethodGet, path, nil, &out); err != nil {
		return nil, err
	}
	return out, nil
}

// Health returns the sequencer's status; a stopped sequencer is an *APIError with status 503.
func (c *Client) Health(ctx context.Context) (*wire.HealthJSON, error) {
	var out wire.HealthJSON
	if err := c.do(ctx, http.MethodGet, "/v1/health", nil, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// MarketID resolves a market given by number ("1") or by name ("BTC-USD", case-insensitive).
func (c *Client) MarketID(ctx context.Context, market string) (uint8, error) {
	ms, err := c.Markets(ctx)
	if err != nil {
		return 0, err
	}
	for _, m := range ms {
		if strings.EqualFold(m.Name, market) || strconv.Itoa(int(m.ID)) == market {
			return m.ID, nil
		}
	}
	return 0, fmt.Errorf("client: no listed market %q", market)
}

// With returns o with its slot, nonce, expiry (unix seconds) and fee cap (ppm) set.
func (o Order) With(slot uint16, nonce uint32, expiry uint64, maxFeePpm uint32) Order {
	o.Slot, o.Nonce, o.Expiry, o.MaxFeePpm = slot, nonce, expiry, maxFeePpm
	return o
}

// FreeSlot returns an order slot of account with no resting order, starting the search at from, and the
// nonce that starts it afresh.
func (c *Client) FreeSlot(ctx context.Context, account uint32, from uint16) (uint16, uint32, error) {
	open, err := c.OpenOrders(ctx, account)
	if err != nil {
		return 0, 0, err
	}
	used := map[uint16]bool{}
	for _, o := range open {
		used[o.Slot] = true
	}
	for s := from; s < 1<<12; s++ {
		if !used[s] {
			n, err := c.NextNonce(ctx, account, s)
			return s, n, err
		}
	}
	return 0, 0, fmt.Errorf("client: account %d has no free order slot from %d", account, from)
}
