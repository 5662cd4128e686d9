package client

import (
	"context"
	"net/http"
	"net/url"
	"strconv"

	"github.com/perpx/perpx/sequencer/wire"
)

// MarketOrder returns an immediate-or-cancel order: it takes liquidity up to its protection price (the worst
// price it accepts, in USDC per base unit) and never rests.
func MarketOrder(account uint32, market uint8, buy bool, size, protection string) Order {
	return Order{Account: account, Market: market, Buy: buy, Size: size, Price: protection, Flags: []string{"ioc"}}
}

// ReplaceOrder cancels resting order old of o.Account and places o in its stead (it loses old's time
// priority). Both the order and the cancel are signed with key; the cancel's signature expires at
// cancelExpiry (unix seconds).
func (c *Client) ReplaceOrder(ctx context.Context, key *wire.Key, old uint64, o Order, cancelExpiry uint64) (*wire.OrderResponse, error) {
	req, err := c.SignOrder(ctx, key, o)
	if err != nil {
		return nil, err
	}
	m := wire.CancelMsg{AccountID: o.Account, OrderID: old, ExpirySeconds: cancelExpiry}
	body := wire.ReplaceRequest{Order: req, Cancel: wire.NewCancelRequest(m, key.SignCancel(m))}
	var out wire.OrderResponse
	if err := c.do(ctx, http.MethodPut, "/v1/orders/"+strconv.FormatUint(old, 10), body, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// CancelAll cancels the resting orders of account in market (0: every market) whose ids are at most upTo,
// signing the request with key; the signature expires at expiry (unix seconds).
func (c *Client) CancelAll(ctx context.Context, key *wire.Key, account uint32, market uint8, upTo, expiry uint64) (*wire.CancelAllResponse, error) {
	m := wire.CancelAllMsg{AccountID: account, Market: market, UpToOrderID: upTo, ExpirySeconds: expiry}
	var out wire.CancelAllResponse
	if err := c.do(ctx, http.MethodDelete, "/v1/orders", wire.NewCancelAllRequest(m, key.SignCancelAll(m)), &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Trades returns up to limit of a market's most recent trades, newest first (limit 0: the server's default).
func (c *Client) Trades(ctx context.Context, market uint8, limit int) (*wire.TradesJSON, error) {
	path := "/v1/trades/" + strconv.Itoa(int(market))
	if limit > 0 {
		path += "?" + url.Values{"limit": {strconv.Itoa(limit)}}.Encode()
	}
	var out wire.TradesJSON
	if err := c.do(ctx, http.MethodGet, path, nil, &out); err != nil {
		return nil, err
	}
	return &out, nil
}
