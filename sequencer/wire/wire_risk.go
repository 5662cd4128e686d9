package wire

import (
	"encoding/hex"
	"fmt"
	"io"

	"github.com/perpx/perpx/state"
)

// TransferRequest is the body of POST /v1/transfers: amount USDC from account from to account to, signed with
// from's key. A transfer to an empty account at or above state.L2AccountBase creates it with the sender's key
// and L1 address, in margin mode marginMode (0: cross, m: isolated in market m).
type TransferRequest struct {
	From       uint32 `json:"from"`
	To         uint32 `json:"to"`
	Amount     string `json:"amount"`
	MarginMode uint8  `json:"marginMode"`
	Slot       uint16 `json:"slot"`
	Nonce      uint32 `json:"nonce"`
	Expiry     uint64 `json:"expiry"`
	Signature  string `json:"signature"`
}

// Msg converts the request's fields to the signed transfer message.
func (r *TransferRequest) Msg() (state.TransferMsg, error) {
	m := state.TransferMsg{FromAccount: r.From, ToAccount: r.To, Slot: r.Slot, Nonce: r.Nonce, ExpirySeconds: r.Expiry, MarginMode: r.MarginMode}
	var err error
	if m.AmountQuantums, err = ParseAmount(r.Amount); err != nil {
		return m, err
	}
	switch {
	case uint64(r.To) >= 1<<state.AccountTreeDepth:
		return m, fmt.Errorf("%w: to %d", ErrAccountID, r.To)
	case r.MarginMode > state.MarketCount:
		return m, fmt.Errorf("%w: %d", ErrMarginMode, r.MarginMode)
	}
	return m, CheckMsgFields(r.From, r.Slot, r.Expiry, 0)
}

// NewTransferRequest renders a signed transfer as a request body.
func NewTransferRequest(st *state.SignedTransfer) TransferRequest {
	m := &st.Msg
	return TransferRequest{
		From: m.FromAccount, To: m.ToAccount, Amount: FormatAmount(int64(m.AmountQuantums)), MarginMode: m.MarginMode,
		Slot: m.Slot, Nonce: m.Nonce, Expiry: m.ExpirySeconds, Signature: hex.EncodeToString(st.Sig[:]),
	}
}

// DecodeTransfer reads a TransferRequest body and returns the signed transfer it carries. The signature is
// parsed but not verified.
func DecodeTransfer(r io.Reader) (state.SignedTransfer, error) {
	var req TransferRequest
	if err := decodeJSON(r, &req); err != nil {
		return state.SignedTransfer{}, err
	}
	m, err := req.Msg()
	if err != nil {
		return state.SignedTransfer{}, err
	}
	st := state.SignedTransfer{Msg: m}
	if err := DecodeSignature(req.Signature, &st.Sig); err != nil {
		return state.SignedTransfer{}, err
	}
	return st, nil
}

// TransferResponse is the reply to POST /v1/transfers: the batch holding the transfer.
type TransferResponse struct {
	Batch uint64 `json:"batch"`
}

// OracleReportJSON is one signed oracle report: the index of the configuration key that signed it, the
// report's time (unix seconds) and its prices in price units (state.PriceScale), one per market slot (0 for
// unlisted markets; missing trailing entries are 0).
type OracleReportJSON struct {
	Signer    uint8    `json:"signer"`
	Timestamp uint64   `json:"timestamp"`
	Prices    []uint64 `json:"prices"`
	Signature string   `json:"signature"`
}

// OracleReportsRequest is the body of POST /v1/oracle/reports: state.OracleQuorum reports, signers ascending.
type OracleReportsRequest struct {
	Reports []OracleReportJSON `json:"reports"`
}

// OracleReportsResponse is the reply to POST /v1/oracle/reports: the batch the reports' prices open.
type OracleReportsResponse struct {
	Batch uint64 `json:"batch"`
}

// NewOracleReportsRequest renders signed reports as a request body.
func NewOracleReportsRequest(rs []state.SignedOracleReport) OracleReportsRequest {
	out := OracleReportsRequest{Reports: make([]OracleReportJSON, len(rs))}
	for i, r := range rs {
		out.Reports[i] = OracleReportJSON{Signer: r.Signer, Timestamp: r.Report.TimestampSeconds, Prices: r.Report.Prices[:],
			Signature: hex.EncodeToString(r.Sig[:])}
	}
	return out
}

// DecodeOracleReports reads an OracleReportsRequest body and returns the signed reports it carries.
func DecodeOracleReports(r io.Reader) ([]state.SignedOracleReport, error) {
	var req OracleReportsRequest
	if err := decodeJSON(r, &req); err != nil {
		return nil, err
	}
	if len(req.Reports) != state.OracleQuorum {
		return nil, fmt.Errorf("%w: %d reports, want %d", ErrOracleReports, len(req.Reports), state.OracleQuorum)
	}
	out := make([]state.SignedOracleReport, len(req.Reports))
	for i, j := range req.Reports {
		if len(j.Prices) > state.MarketCount {
			return nil, fmt.Errorf("%w: report %d: %d prices, at most %d", ErrBadField, i, len(j.Prices), state.MarketCount)
		}
		o := &out[i]
		o.Signer, o.Report.TimestampSeconds = j.Signer, j.Timestamp
		copy(o.Report.Prices[:], j.Prices)
		if err := o.Report.Validate(); err != nil {
			return nil, fmt.Errorf("%w: report %d: %v", ErrBadField, i, err)
		}
		if err := DecodeSignature(j.Signature, &o.Sig); err != nil {
			return nil, err
		}
	}
	return out, nil
}
