package client

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"

	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// APIError is an error reply of the API.
type APIError struct {
	Status  int
	Code    string
	Message string
}

func (e *APIError) Error() string {
	return fmt.Sprintf("sequencer API: %d %s: %s", e.Status, e.Code, e.Message)
}

// Client talks to one sequencer.
type Client struct {
	base string
	http *http.Client

	mu      sync.Mutex
	markets *state.Markets
}

// New returns a client of the API at baseURL (for example "http://127.0.0.1:8080"); hc nil means
// http.DefaultClient.
func New(baseURL string, hc *http.Client) *Client {
	if hc == nil {
		hc = http.DefaultClient
	}
	return &Client{base: strings.TrimSuffix(baseURL, "/"), http: hc}
}

// do sends a request with body (nil: none) as JSON and decodes a successful reply into out.
func (c *Client) do(ctx context.Context, method, path string, body, out any) error {
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return err
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, rd)
	if err != nil {
		return err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 400 {
		var e wire.ErrorJSON
		if err := json.NewDecoder(resp.Body).Decode(&e); err != nil {
			return &APIError{Status: resp.StatusCode, Code: "unreadable", Message: err.Error()}
		}
		return &APIError{Status: resp.StatusCode, Code: e.Code, Message: e.Error}
	}
	if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
		return fmt.Errorf("client: decode %s %s reply: %w", method, path, err)
	}
	return nil
}

// Markets fetches the listed markets and refreshes the cached table.
func (c *Client) Markets(ctx context.Context) ([]wire.MarketJSON, error) {
	var ms []wire.MarketJSON
	if err := c.do(ctx, http.MethodGet, "/v1/markets", nil, &ms); err != nil {
		return nil, err
	}
	var t state.Markets
	for i := range ms {
		if m := t.Get(ms[i].ID); m != nil {
			*m = ms[i].Market()
		}
	}
	c.mu.Lock()
	c.markets = &t
	c.mu.Unlock()
	return ms, nil
}

func (c *Client) table(ctx context.Context) (*state.Markets, error) {
	c.mu.Lock()
	t := c.markets
	c.mu.Unlock()
	if t != nil {
		return t, nil
	}
	if _, err := c.Markets(ctx); err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.markets, nil
}

// Order is an order in human units before it is signed. Size is in base units and Price in USDC per base
// unit, as decimal strings; Flags are the API's flag names ("post_only", "reduce_only", "ioc", "fok").
type Order struct {
	Account   uint32
	Market    uint8
	Buy       bool
	Size      string
	Price     string
	Flags     []string
	Expiry    uint64
	Slot      uint16
	Nonce     uint32
	MaxFeePpm uint32
}

// SignOrder converts o to its protocol message with the server's own conversion and returns the signed
// request body.
func (c *Client) SignOrder(ctx context.Context, key *wire.Key, o Order) (wire.OrderRequest, error) {
	t, err := c.table(ctx)
	if err != nil {
		return wire.OrderRequest{}, err
	}
	req := wire.OrderRequest{
		Account: o.Account, Market: o.Market, Side: "sell", Size: o.Size, Price: o.Price, Flags: o.Flags,
		Expiry: o.Expiry, Slot: o.Slot, Nonce: o.Nonce, MaxFeePpm: o.MaxFeePpm,
	}
	if o.Buy {
		req.Side = "buy"
	}
	msg, err := req.Msg(t)
	if err != nil {
		return req, err
	}
	so := key.SignOrder(msg)
	return wire.NewOrderRequest(&so, t.Get(o.Market)), nil
}

// PlaceOrder signs and places an order.
func (c *Client) PlaceOrder(ctx context.Context, key *wire.Key, o Order) (*wire.OrderResponse, error) {
	req, err := c.SignOrder(ctx, key, o)
	if err != nil {
		return nil, err
	}
	return c.PlaceRequest(ctx, req)
}

// PlaceRequest places an already signed request as is.
func (c *Client) PlaceRequest(ctx context.Context, req wire.OrderRequest) (*wire.OrderResponse, error) {
	var out wire.OrderResponse
	if err := c.do(ctx, http.MethodPost, "/v1/orders", req, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// CancelOrder cancels resting order id of account, signing the cancel with key; the signature expires at
// expiry (unix seconds).
func (c *Client) CancelOrder(ctx context.Context, key *wire.Key, account uint32, id, expiry uint64) (*wire.CancelResponse, error) {
	m := wire.CancelMsg{AccountID: account, OrderID: id, ExpirySeconds: expiry}
	var out wire.CancelResponse
	if err := c.do(ctx, http.MethodDelete, "/v1/orders/"+strconv.FormatUint(id, 10), wire.NewCancelRequest(m, key.SignCancel(m)), &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// OrderBook returns up to depth levels per side of a market's book (depth 0: the server's default).
func (c *Client) OrderBook(ctx context.Context, market uint8, depth int) (*wire.BookJSON, error) {
	path := "/v1/orderbook/" + strconv.Itoa(int(market))
	if depth > 0 {
		path += "?" + url.Values{"depth": {strconv.Itoa(depth)}}.Encode()
	}
	var out wire.BookJSON
	if err := c.do(ctx, http.MethodGet, path, nil, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Account returns an account with its margin figures.
func (c *Client) Account(ctx context.Context, id uint32) (*wire.AccountJSON, error) {
	var out wire.AccountJSON
	if err := c.do(ctx, http.MethodGet, "/v1/accounts/"+strconv.FormatUint(uint64(id), 10), nil, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Slot returns an order slot of an account.
func (c *Client) Slot(ctx context.Context, id uint32, slot uint16) (*wire.SlotJSON, error) {
	var out wire.SlotJSON
	path := fmt.Sprintf("/v1/accounts/%d/slots/%d", id, slot)
	if err := c.do(ctx, http.MethodGet, path, nil, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// NextNonce returns the smallest nonce that starts slot afresh.
func (c *Client) NextNonce(ctx context.Context, id uint32, slot uint16) (uint32, error) {
	s, err := c.Slot(ctx, id, slot)
	if err != nil {
		return 0, err
	}
	return s.Nonce + 1, nil
}

// Batch returns a sealed batch and its proof and L1 status.
func (c *Client) Batch(ctx context.Context, n uint64) (*wire.BatchJSON, error) {
	var out wire.BatchJSON
	if err := c.do(ctx, http.MethodGet, "/v1/batches/"+strconv.FormatUint(n, 10), nil, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Withdrawal is a withdrawal in human units before it is signed; Amount is in USDC.
type Withdrawal struct {
	Account   uint32
	Amount    string
	L1Address state.L1Address
	Slot      uint16
	Nonce     uint32
	Expiry    uint64
}

// Withdraw signs and submits a withdrawal and returns the batch holding it.
func (c *Client) Withdraw(ctx context.Context, key *wire.Key, w Withdrawal) (*wire.WithdrawalResponse, error) {
	amount, err := wire.ParseAmount(w.Amount)
	if err != nil {
		return nil, err
	}
	sw := key.SignWithdrawal(state.WithdrawalMsg{
		AccountID: w.Account, Slot: w.Slot, Nonce: w.Nonce, ExpirySeconds: w.Expiry, AmountQuantums: amount, L1Address: w.L1Address,
	})
	var out wire.WithdrawalResponse
	if err := c.do(ctx, http.MethodPost, "/v1/withdrawals", wire.NewWithdrawalRequest(&sw), &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Transfer is a transfer in human units before it is signed; Amount is in USDC. MarginMode is the mode of the
// destination when the transfer creates it (0: cross, m: isolated in market m).
type Transfer struct {
	From, To   uint32
	Amount     string
	MarginMode uint8
	Slot       uint16
	Nonce      uint32
	Expiry     uint64
}

// Transfer signs and submits a transfer with the sender's key and returns the batch holding it.
func (c *Client) Transfer(ctx context.Context, key *wire.Key, t Transfer) (*wire.TransferResponse, error) {
	amount, err := wire.ParseAmount(t.Amount)
	if err != nil {
		return nil, err
	}
	st := key.SignTransfer(state.TransferMsg{
		FromAccount: t.From, ToAccount: t.To, Slot: t.Slot, Nonce: t.Nonce, ExpirySeconds: t.Expiry, AmountQuantums: amount,
		MarginMode: t.MarginMode,
	})
	var out wire.TransferResponse
	if err := c.do(ctx, http.MethodPost, "/v1/transfers", wire.NewTransferRequest(&st), &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// SubmitOracleReports submits a quorum of signed oracle reports (signers ascending) and returns the batch
// their prices open.
func (c *Client) SubmitOracleReports(ctx context.Context, rs []state.SignedOracleReport) (*wire.OracleReportsResponse, error) {
	var out wire.OracleReportsResponse
	if err := c.do(ctx, http.MethodPost, "/v1/oracle/reports", wire.NewOracleReportsRequest(rs), &out); err != nil {
		return nil, err
	}
	return &out, nil
}
