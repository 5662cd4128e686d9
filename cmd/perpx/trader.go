package main

import (
	"context"
	"crypto/rand"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/big"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/perpx/perpx/l1"
	"github.com/perpx/perpx/sequencer/client"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// errUsage reports missing or malformed flags of a trader command.
var errUsage = errors.New("usage")

// defaultAPI is the API the trader commands talk to unless --api or PERPX_API says otherwise.
func defaultAPI() string {
	if v := os.Getenv("PERPX_API"); v != "" {
		return v
	}
	return "http://127.0.0.1:8080"
}

// traderFlags are the flags shared by the commands that talk to a sequencer.
type traderFlags struct {
	fs      *flag.FlagSet
	api     string
	keyFile string
	account int64
}

func newTraderFlags(name string, needKey bool) *traderFlags {
	f := &traderFlags{fs: flag.NewFlagSet(name, flag.ContinueOnError)}
	f.fs.StringVar(&f.api, "api", defaultAPI(), "sequencer API base URL (env PERPX_API)")
	f.fs.Int64Var(&f.account, "account", -1, "account id (required)")
	if needKey {
		f.fs.StringVar(&f.keyFile, "key", "", "L2 key file written by perpx keys new (required)")
	}
	return f
}

// parse parses args and checks the shared flags.
func (f *traderFlags) parse(args []string, needKey bool) error {
	if err := f.fs.Parse(args); err != nil {
		return err
	}
	if f.account < 0 || f.account >= 1<<32 {
		return fmt.Errorf("%s: %w: --account is required", f.fs.Name(), errUsage)
	}
	if needKey && f.keyFile == "" {
		return fmt.Errorf("%s: %w: --key is required", f.fs.Name(), errUsage)
	}
	return nil
}

func (f *traderFlags) client() *client.Client { return client.New(f.api, nil) }

func (f *traderFlags) key() (*wire.Key, error) { return wire.LoadKey(f.keyFile) }

// runKeysNew writes a new L2 key to --out and prints its public key.
func runKeysNew(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("keys new", flag.ContinueOnError)
	path := fs.String("out", "", "key file to create (required; it must not exist)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *path == "" {
		return fmt.Errorf("keys new: %w: --out is required", errUsage)
	}
	k, err := wire.GenerateKey(rand.Reader)
	if err != nil {
		return err
	}
	if err := wire.SaveKey(*path, k); err != nil {
		return err
	}
	pk := k.PubKey().Compressed()
	fmt.Fprintf(out, "key written to %s\npublic key 0x%x\n", *path, pk)
	return nil
}

// runOrder runs perpx order place|cancel|list.
func runOrder(ctx context.Context, args []string, out io.Writer) error {
	if len(args) == 0 {
		return fmt.Errorf("order: %w: want a subcommand: place, cancel, list", errUsage)
	}
	switch args[0] {
	case "place":
		return runOrderPlace(ctx, args[1:], out)
	case "cancel":
		return runOrderCancel(ctx, args[1:], out)
	case "list":
		f := newTraderFlags("order list", false)
		if err := f.parse(args[1:], false); err != nil {
			return err
		}
		orders, err := f.client().OpenOrders(ctx, uint32(f.account))
		if err != nil {
			return err
		}
		if len(orders) == 0 {
			fmt.Fprintf(out, "account %d has no open orders\n", f.account)
		}
		for _, o := range orders {
			fmt.Fprintf(out, "order %d  market %d  %-4s %s @ %s  remaining %s  slot %d nonce %d  expires %s %s\n", o.ID, o.Market, o.Side,
				o.Size, o.Price, o.Remaining, o.Slot, o.Nonce, time.Unix(int64(o.Expiry), 0).UTC().Format(time.RFC3339), strings.Join(o.Flags, ","))
		}
		return nil
	}
	return fmt.Errorf("order: %w: unknown subcommand %q", errUsage, args[0])
}

func runOrderPlace(ctx context.Context, args []string, out io.Writer) error {
	f := newTraderFlags("order place", true)
	market := f.fs.String("market", "", "market name or id, e.g. BTC-USD (required)")
	side := f.fs.String("side", "", "buy or sell (required)")
	size := f.fs.String("size", "", "size in base units, e.g. 0.01 (required)")
	price := f.fs.String("price", "", "limit price in USDC per base unit; for a market order, the worst price accepted (required)")
	typ := f.fs.String("type", "limit", "limit, market, ioc, fok or post-only")
	reduceOnly := f.fs.Bool("reduce-only", false, "only reduce the position")
	expiry := f.fs.Duration("expiry", 24*time.Hour, "time to expiry")
	slot := f.fs.Int("slot", -1, "order slot (default: the first free one)")
	nonce := f.fs.Uint("nonce", 0, "nonce (default: the slot's next)")
	maxFee := f.fs.Int("max-fee-ppm", -1, "fee cap in parts per million (default: the market's taker fee)")
	if err := f.parse(args, true); err != nil {
		return err
	}
	if *market == "" || *size == "" || *price == "" || (*side != "buy" && *side != "sell") {
		return fmt.Errorf("order place: %w: --market, --side buy|sell, --size and --price are required", errUsage)
	}
	flags := map[string][]string{"limit": nil, "market": {"ioc"}, "ioc": {"ioc"}, "fok": {"fok"}, "post-only": {"post_only"}}
	fl, ok := flags[*typ]
	if !ok {
		return fmt.Errorf("order place: %w: --type %q", errUsage, *typ)
	}
	if *reduceOnly {
		fl = append(fl, "reduce_only")
	}
	key, err := f.key()
	if err != nil {
		return err
	}
	c := f.client()
	m, err := c.MarketID(ctx, *market)
	if err != nil {
		return err
	}
	o := client.Order{Account: uint32(f.account), Market: m, Buy: *side == "buy", Size: *size, Price: *price, Flags: fl,
		Expiry: uint64(time.Now().Add(*expiry).Unix())}
	if *slot < 0 {
		s, n, err := c.FreeSlot(ctx, o.Account, 0)
		if err != nil {
			return err
		}
		o.Slot, o.Nonce = s, n
	} else {
		o.Slot = uint16(*slot)
		if o.Nonce, err = c.NextNonce(ctx, o.Account, o.Slot); err != nil {
			return err
		}
	}
	if *nonce != 0 {
		o.Nonce = uint32(*nonce)
	}
	ms, err := c.Markets(ctx)
	if err != nil {
		return err
	}
	for _, mk := range ms {
		if mk.ID == m && *maxFee < 0 {
			o.MaxFeePpm = max(mk.TakerFeePpm, mk.MakerFeePpm)
		}
	}
	if *maxFee >= 0 {
		o.MaxFeePpm = uint32(*maxFee)
	}
	res, err := c.PlaceOrder(ctx, key, o)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "order %d %s, remaining %s (slot %d, nonce %d, log entry %d)\n", res.ID, res.Status, res.Remaining, o.Slot, o.Nonce, res.Seq)
	for _, fill := range res.Fills {
		fmt.Fprintf(out, "  filled %s @ %s against order %d of account %d, fee %s USDC, batch %d\n", fill.Size, fill.Price,
			fill.MakerOrderID, fill.MakerAccount, fill.TakerFee, fill.Batch)
	}
	if res.Reason != nil {
		fmt.Fprintf(out, "  stopped: %s (%s)\n", res.Reason.Error, res.Reason.Code)
	}
	return nil
}

func runOrderCancel(ctx context.Context, args []string, out io.Writer) error {
	f := newTraderFlags("order cancel", true)
	id := f.fs.Uint64("id", 0, "order id to cancel")
	all := f.fs.Bool("all", false, "cancel every open order of the account (in --market if given)")
	market := f.fs.String("market", "", "with --all: only this market")
	if err := f.parse(args, true); err != nil {
		return err
	}
	if (*id == 0) == !*all {
		return fmt.Errorf("order cancel: %w: give --id or --all", errUsage)
	}
	key, err := f.key()
	if err != nil {
		return err
	}
	c := f.client()
	expiry := uint64(time.Now().Add(time.Minute).Unix())
	if *id != 0 {
		res, err := c.CancelOrder(ctx, key, uint32(f.account), *id, expiry)
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "order %d cancelled, %s was open\n", res.ID, res.Remaining)
		return nil
	}
	var m uint8
	if *market != "" {
		if m, err = c.MarketID(ctx, *market); err != nil {
			return err
		}
	}
	// The cancel-all names the newest order it can see: the sequencer refuses an id not assigned yet, since a
	// replayed cancel-all must not reach orders placed after it was signed.
	open, err := c.OpenOrders(ctx, uint32(f.account))
	if err != nil {
		return err
	}
	var upTo uint64
	for _, o := range open {
		upTo = max(upTo, o.ID)
	}
	if upTo == 0 {
		fmt.Fprintln(out, "0 orders cancelled []")
		return nil
	}
	res, err := c.CancelAll(ctx, key, uint32(f.account), m, upTo, expiry)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "%d orders cancelled %v\n", len(res.Cancelled), res.Cancelled)
	return nil
}

// runAccount prints an account and its risk view.
func runAccount(ctx context.Context, args []string, out io.Writer) error {
	f := newTraderFlags("account", false)
	if err := f.parse(args, false); err != nil {
		return err
	}
	a, err := f.client().Account(ctx, uint32(f.account))
	if err != nil {
		return err
	}
	ratio := "∞ (no value left)"
	if a.MarginRatio != nil {
		ratio = *a.MarginRatio
	}
	fmt.Fprintf(out, "account %d  L1 %s\n  collateral        %s USDC\n  settlement owed   %s USDC (funding and settled markets; the next touch pays it)\n"+
		"  total value       %s USDC\n  initial margin    %s USDC\n"+
		"  maintenance       %s USDC\n  free collateral   %s USDC\n  margin ratio      %s (MMR/TV; liquidatable above 1)\n  health level      %d%s\n",
		a.ID, a.L1Address, a.Collateral, a.SettlementOwed, a.TotalValue, a.InitialMargin, a.MaintenanceMargin, a.FreeCollateral, ratio, a.HealthLevel,
		map[bool]string{true: "  LIQUIDATABLE", false: ""}[a.Liquidatable])
	for _, p := range a.Positions {
		liq := "none"
		if p.LiquidationPrice != nil {
			liq = *p.LiquidationPrice
		}
		entry := p.EntryPrice
		if entry == "" {
			entry = "unknown"
		}
		fmt.Fprintf(out, "  market %d  size %s  exposure %s USDC  entry %s  unrealized PnL %s USDC  funding owed %s  liquidation price %s\n",
			p.Market, p.Size, p.Exposure, entry, p.UnrealizedPnl, p.FundingOwed, liq)
	}
	return nil
}

// runWithdraw withdraws collateral to the account's L1 address.
func runWithdraw(ctx context.Context, args []string, out io.Writer) error {
	f := newTraderFlags("withdraw", true)
	amount := f.fs.String("amount", "", "USDC to withdraw (required)")
	to := f.fs.String("l1-address", "", "the account's L1 address (default: read from the sequencer)")
	expiry := f.fs.Duration("expiry", time.Hour, "time to expiry")
	var cl claimFlags
	cl.register(f.fs)
	if err := f.parse(args, true); err != nil {
		return err
	}
	if *amount == "" {
		return fmt.Errorf("withdraw: %w: --amount is required", errUsage)
	}
	if err := cl.check("withdraw"); err != nil {
		return err
	}
	key, err := f.key()
	if err != nil {
		return err
	}
	c := f.client()
	id := uint32(f.account)
	if *to == "" {
		a, err := c.Account(ctx, id)
		if err != nil {
			return err
		}
		*to = a.L1Address
	}
	if !common.IsHexAddress(*to) {
		return fmt.Errorf("withdraw: %w: --l1-address %q", errUsage, *to)
	}
	slot, nonce, err := c.FreeSlot(ctx, id, 0)
	if err != nil {
		return err
	}
	res, err := c.Withdraw(ctx, key, client.Withdrawal{Account: id, Amount: *amount, L1Address: state.L1Address(common.HexToAddress(*to)),
		Slot: slot, Nonce: nonce, Expiry: uint64(time.Now().Add(*expiry).Unix())})
	if err != nil {
		return err
	}
	if !cl.claim {
		fmt.Fprintf(out, "withdrawal of %s USDC to %s in batch %d; once the batch is verified on L1, claim it with perpx claim (the Rollup's withdraw())\n",
			*amount, *to, res.Batch)
		return nil
	}
	fmt.Fprintf(out, "withdrawal of %s USDC to %s in batch %d; waiting for the batch to be verified on L1 to claim it\n", *amount, *to, res.Batch)
	if err := waitVerified(ctx, c, res.Batch, cl.wait); err != nil {
		return fmt.Errorf("withdraw: %w", err)
	}
	return cl.send(ctx, "withdraw", out)
}

// runTransfer moves USDC between accounts of the same key: to an existing account, or to an empty account id
// at or above the L2 account base, which the transfer opens (cross margin, or isolated in --isolated MARKET).
func runTransfer(ctx context.Context, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("transfer", flag.ContinueOnError)
	api := fs.String("api", defaultAPI(), "sequencer API base URL (env PERPX_API)")
	keyFile := fs.String("key", "", "L2 key file of the sending account (required)")
	from := fs.Int64("from", -1, "sending account (required)")
	to := fs.Int64("to", -1, "receiving account (required); an empty id at or above "+strconv.Itoa(int(state.L2AccountBase))+" is opened with the sender's key")
	amount := fs.String("amount", "", "USDC to transfer (required)")
	isolated := fs.String("isolated", "", "market name or id: open the receiving account isolated in this market")
	expiry := fs.Duration("expiry", time.Hour, "time to expiry")
	if err := fs.Parse(args); err != nil {
		return err
	}
	switch {
	case *keyFile == "" || *amount == "" || *from < 0 || *to < 0:
		return fmt.Errorf("transfer: %w: --key, --from, --to and --amount are required", errUsage)
	case *from >= 1<<state.AccountTreeDepth || *to >= 1<<state.AccountTreeDepth:
		return fmt.Errorf("transfer: %w: account ids are below 2^%d", errUsage, state.AccountTreeDepth)
	case *from == *to:
		return fmt.Errorf("transfer: %w: --from and --to are the same account", errUsage)
	}
	if _, err := wire.ParseAmount(*amount); err != nil {
		return fmt.Errorf("transfer: %w: --amount: %v", errUsage, err)
	}
	key, err := wire.LoadKey(*keyFile)
	if err != nil {
		return err
	}
	c := client.New(*api, nil)
	var mode uint8
	if *isolated != "" {
		if mode, err = c.MarketID(ctx, *isolated); err != nil {
			return err
		}
	}
	id := uint32(*from)
	slot, nonce, err := c.FreeSlot(ctx, id, 0)
	if err != nil {
		return err
	}
	res, err := c.Transfer(ctx, key, client.Transfer{From: id, To: uint32(*to), Amount: *amount, MarginMode: mode,
		Slot: slot, Nonce: nonce, Expiry: uint64(time.Now().Add(*expiry).Unix())})
	if err != nil {
		return err
	}
	kind := "cross margin"
	if mode != 0 {
		kind = "isolated in market " + strconv.Itoa(int(mode))
	}
	fmt.Fprintf(out, "transfer of %s USDC from account %d to account %d in batch %d (a new account opens %s)\n",
		*amount, *from, *to, res.Batch, kind)
	return nil
}

// runDeposit deposits USDC on L1: into a new account owned by --key, or into --account.
func runDeposit(ctx context.Context, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("deposit", flag.ContinueOnError)
	var l1f l1Flags
	l1f.register(fs, "pays")
	keyFile := fs.String("key", "", "L2 key file: a deposit without --account opens a new account owned by it")
	account := fs.Int64("account", -1, "existing account to credit")
	amount := fs.String("amount", "", "USDC to deposit (required)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if err := l1f.check("deposit"); err != nil {
		return err
	}
	if *amount == "" || (*keyFile == "") == (*account < 0) {
		return fmt.Errorf("deposit: %w: --amount and one of --key (new account) or --account are required", errUsage)
	}
	q, err := wire.ParseAmount(*amount)
	if err != nil {
		return err
	}
	payer, err := readKey(l1f.keyFile)
	if err != nil {
		return err
	}
	ec, chainID, err := l1f.dial(ctx)
	if err != nil {
		return err
	}
	defer ec.Close()
	auth := bind.NewKeyedTransactor(payer, chainID)
	auth.Context = ctx
	rollup := l1.NewRollup(ec, l1f.address())
	tokenAddr, err := rollup.Token(ctx)
	if err != nil {
		return fmt.Errorf("deposit: token: %w", err)
	}
	token := l1.NewToken(ec, tokenAddr)
	if _, err := token.Approve(ctx, auth, rollup.Address(), new(big.Int).SetUint64(q)); err != nil {
		return err
	}
	if *account >= 0 {
		rcpt, err := rollup.DepositTo(ctx, auth, uint32(*account), q)
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "deposited %s USDC to account %d (L1 tx %s); it is credited once the sequencer reads the L1 queue\n",
			wire.FormatAmount(int64(q)), *account, rcpt.TxHash.Hex())
		return nil
	}
	key, err := wire.LoadKey(*keyFile)
	if err != nil {
		return err
	}
	id, rcpt, err := rollup.Deposit(ctx, auth, key.PubKey().Compressed(), q)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "deposited %s USDC into new account %d (L1 tx %s); it is credited once the sequencer reads the L1 queue\n",
		wire.FormatAmount(int64(q)), id, rcpt.TxHash.Hex())
	return nil
}
