package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/big"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/perpx/perpx/l1"
	"github.com/perpx/perpx/sequencer/client"
	"github.com/perpx/perpx/sequencer/wire"
)

// errBadConsent reports a consent file that does not hold a valid consent for the rollup it is sent to.
var errBadConsent = errors.New("consent file")

// consentFile is what perpx consent writes and perpx forced-trade reads: a forced-trade request (sizes and
// prices in quantums, as signed) and B's owner's signature of its consent on one rollup.
type consentFile struct {
	ChainID      uint64         `json:"chainId"`
	Rollup       common.Address `json:"rollup"`
	Requester    common.Address `json:"requester"`
	AccountA     uint32         `json:"accountA"`
	AccountB     uint32         `json:"accountB"`
	Market       uint8          `json:"market"`
	AIsBuy       bool           `json:"aIsBuy"`
	SizeQuantums uint64         `json:"sizeQuantums"`
	Price        uint64         `json:"price"`
	Expiry       uint64         `json:"expiry"`
	Nonce        uint64         `json:"nonce"`
	Signer       common.Address `json:"signer"`
	Signature    hexutil.Bytes  `json:"signature"`
}

func (c *consentFile) request() l1.ForcedTradeRequest {
	return l1.ForcedTradeRequest{Requester: c.Requester, AccountA: c.AccountA, AccountB: c.AccountB, Market: c.Market, AIsBuy: c.AIsBuy,
		SizeQuantums: c.SizeQuantums, Price: c.Price, Expiry: c.Expiry, Nonce: c.Nonce}
}

// signer recovers the address that signed the file's consent.
func (c *consentFile) signer() (common.Address, error) {
	consent := l1.ForcedTradeConsent(new(big.Int).SetUint64(c.ChainID), c.Rollup, c.request())
	if len(c.Signature) != crypto.SignatureLength || (c.Signature[64] != 27 && c.Signature[64] != 28) {
		return common.Address{}, fmt.Errorf("%w: malformed signature", errBadConsent)
	}
	sig := append(c.Signature[:64:64], c.Signature[64]-27)
	pub, err := crypto.SigToPub(accounts.TextHash(consent[:]), sig)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %w", errBadConsent, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// l1Flags are the flags of a command that sends an L1 transaction or signs for one.
type l1Flags struct {
	l1Target
	keyFile string
}

func (f *l1Flags) register(fs *flag.FlagSet, keyUse string) {
	f.l1Target.register(fs, "rpc", "rollup")
	fs.StringVar(&f.keyFile, "l1-key", "", "file holding the hex secp256k1 key that "+keyUse+" (required)")
}

func (f *l1Flags) check(cmd string) error {
	if err := f.resolve(cmd, "rpc", "rollup"); err != nil {
		return err
	}
	if f.keyFile == "" {
		return fmt.Errorf("%s: %w: --l1-key is required", cmd, errUsage)
	}
	return nil
}

// runConsent signs, as account B's L1 owner, the consent to a forced trade that A's owner then queues on L1 with
// perpx forced-trade, and writes it as a consent file.
func runConsent(ctx context.Context, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("consent", flag.ContinueOnError)
	var l1f l1Flags
	l1f.register(fs, "owns account B and signs the consent")
	api := fs.String("api", defaultAPI(), "sequencer API base URL, for the market's units (env PERPX_API)")
	requester := fs.String("requester", "", "L1 address of account A's owner, the only one who may queue the trade (required)")
	accountA := fs.Int64("account-a", -1, "the requester's account (required)")
	accountB := fs.Int64("account-b", -1, "the consenting account, owned by --l1-key (required)")
	market := fs.String("market", "", "market name or id, e.g. BTC-USD (required)")
	side := fs.String("side", "", "A's side: buy or sell (B takes the other; required)")
	size := fs.String("size", "", "size in base units, e.g. 0.01 (required)")
	price := fs.String("price", "", "price in USDC per base unit (required)")
	expiry := fs.Duration("expiry", 24*time.Hour, "how long the consent stays usable")
	nonce := fs.Uint64("nonce", 0, "nonce telling consents apart (default: the current time in nanoseconds)")
	outFile := fs.String("out", "", "file to write the consent to (default: standard output)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if err := l1f.check("consent"); err != nil {
		return err
	}
	if *accountA < 0 || *accountA >= 1<<32 || *accountB < 0 || *accountB >= 1<<32 || *market == "" || *size == "" ||
		*price == "" || (*side != "buy" && *side != "sell") || !common.IsHexAddress(*requester) {
		return fmt.Errorf("consent: %w: --requester, --account-a, --account-b, --market, --side buy|sell, --size and --price are required", errUsage)
	}
	key, err := readKey(l1f.keyFile)
	if err != nil {
		return err
	}
	c := client.New(*api, nil)
	id, err := c.MarketID(ctx, *market)
	if err != nil {
		return err
	}
	ms, err := c.Markets(ctx)
	if err != nil {
		return err
	}
	var mj *wire.MarketJSON
	for i := range ms {
		if ms[i].ID == id {
			mj = &ms[i]
		}
	}
	if mj == nil {
		return fmt.Errorf("consent: market %d is not listed by %s", id, *api)
	}
	m := mj.Market()
	q, err := wire.ParseSize(*size, &m)
	if err != nil {
		return err
	}
	p, err := wire.ParsePrice(*price, &m)
	if err != nil {
		return err
	}
	ec, chainID, err := l1f.dial(ctx)
	if err != nil {
		return err
	}
	defer ec.Close()
	cf := consentFile{ChainID: chainID.Uint64(), Rollup: common.HexToAddress(l1f.rollup), Requester: common.HexToAddress(*requester), AccountA: uint32(*accountA),
		AccountB: uint32(*accountB), Market: id, AIsBuy: *side == "buy", SizeQuantums: q, Price: p,
		Expiry: uint64(time.Now().Add(*expiry).Unix()), Nonce: *nonce, Signer: crypto.PubkeyToAddress(key.PublicKey)}
	if cf.Nonce == 0 {
		cf.Nonce = uint64(time.Now().UnixNano())
	}
	if cf.Signature, err = l1.SignForcedTradeConsent(key, chainID, cf.Rollup, cf.request()); err != nil {
		return err
	}
	b, err := json.MarshalIndent(cf, "", "  ")
	if err != nil {
		return err
	}
	b = append(b, '\n')
	if *outFile == "" {
		_, err = out.Write(b)
		return err
	}
	if err := os.WriteFile(*outFile, b, 0o600); err != nil {
		return fmt.Errorf("consent: %w", err)
	}
	fmt.Fprintf(out, "account %d's owner %s consents: account %d %s %s %s at %s, until %s; consent written to %s\n",
		cf.AccountB, cf.Signer.Hex(), cf.AccountA, *side, *size, mj.Name, *price, time.Unix(int64(cf.Expiry), 0).UTC().Format(time.RFC3339), *outFile)
	return nil
}

// runForcedTrade queues, as account A's L1 owner, a forced trade with the consent file account B's owner signed
// (perpx consent). The operator must serve it, valid or not, within the freeze grace period.
func runForcedTrade(ctx context.Context, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("forced-trade", flag.ContinueOnError)
	var l1f l1Flags
	l1f.register(fs, "owns account A and pays")
	file := fs.String("consent", "", "consent file written by perpx consent (required)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if err := l1f.check("forced-trade"); err != nil {
		return err
	}
	if *file == "" {
		return fmt.Errorf("forced-trade: %w: --consent is required", errUsage)
	}
	raw, err := os.ReadFile(*file)
	if err != nil {
		return fmt.Errorf("forced-trade: %w", err)
	}
	var cf consentFile
	if err := json.Unmarshal(raw, &cf); err != nil {
		return fmt.Errorf("forced-trade: %w: %w", errBadConsent, err)
	}
	if cf.Rollup != common.HexToAddress(l1f.rollup) {
		return fmt.Errorf("forced-trade: %w: signed for rollup %s, not %s", errBadConsent, cf.Rollup.Hex(), l1f.rollup)
	}
	signer, err := cf.signer()
	if err != nil {
		return fmt.Errorf("forced-trade: %w", err)
	}
	key, err := readKey(l1f.keyFile)
	if err != nil {
		return err
	}
	ec, chainID, err := l1f.dial(ctx)
	if err != nil {
		return err
	}
	defer ec.Close()
	if chainID.Uint64() != cf.ChainID {
		return fmt.Errorf("forced-trade: %w: signed for chain %d, not %d", errBadConsent, cf.ChainID, chainID)
	}
	auth := bind.NewKeyedTransactor(key, chainID)
	auth.Context = ctx
	idx, rcpt, err := l1.NewRollup(ec, cf.Rollup).ForcedTrade(ctx, auth, cf.request(), cf.Signature)
	if err != nil {
		return err
	}
	side := map[bool]string{true: "buys", false: "sells"}[cf.AIsBuy]
	fmt.Fprintf(out, "queued forced trade %d (L1 tx %s): account %d %s %d base quantums at %d from account %d (consent of %s); the operator must serve it within the grace period; its bond comes back if it is served valid\n",
		idx, rcpt.TxHash.Hex(), cf.AccountA, side, cf.SizeQuantums, cf.Price, cf.AccountB, signer.Hex())
	return nil
}
