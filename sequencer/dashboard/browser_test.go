package dashboard_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/perpx/perpx/l1/devnet"
	"github.com/perpx/perpx/l1/escape"
	"github.com/perpx/perpx/prover"
	"github.com/perpx/perpx/sequencer/client"
	"github.com/perpx/perpx/sequencer/stress"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// update makes TestDashboard rewrite the README's screenshots (docs/img/dashboard.png, docs/img/stress-report.png).
var update = flag.Bool("update", false, "rewrite the README's screenshots in docs/img")

// browserTimeout bounds each page check; pageRefresh is how long a check waits for the page to follow the API.
const (
	browserTimeout = 90 * time.Second
	pageRefresh    = 30 * time.Second
)

// chromium returns the path of a Chromium binary; without one the test is skipped (.ci/run installs Debian's).
func chromium(t *testing.T) string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("no Chromium on this machine (.ci/run installs Debian's chromium)")
	return ""
}

// world is a running devnet with two traders: alice long 0.5 BTC at 5× leverage with a resting bid, bob short.
type world struct {
	n            *devnet.Node
	c            *client.Client
	alice, bob   *devnet.Trader
	aliceNonce   uint32
	reportLatest wire.StressLatestJSON
}

func deposit(t *testing.T, ctx context.Context, n *devnet.Node, tr *devnet.Trader, amount uint64) {
	auth := n.Sim.Transactor(tr.L1Index)
	amt := new(big.Int).SetUint64(amount)
	if _, err := n.Token.Mint(ctx, auth, auth.From, amt); err != nil {
		t.Fatal(err)
	}
	if _, err := n.Token.Approve(ctx, auth, n.Deployment.Rollup, amt); err != nil {
		t.Fatal(err)
	}
	id, _, err := n.Rollup.Deposit(ctx, auth, tr.Key.PubKey().Compressed(), amount)
	if err != nil {
		t.Fatal(err)
	}
	tr.Account = id
}

func startWorld(t *testing.T, ctx context.Context) *world {
	n, err := devnet.Start(ctx, devnet.Config{DataDir: t.TempDir(), KeyDir: prover.DefaultKeyDir(), APIAddr: "127.0.0.1:0",
		OracleInterval: -1, SealInterval: 300 * time.Millisecond, Logger: slog.New(slog.DiscardHandler), Progress: t.Logf})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	w := &world{n: n, c: client.New(n.URL, nil),
		alice: &devnet.Trader{Name: "alice", L1Index: 1, Key: wire.DevKey("dashboard alice")},
		bob:   &devnet.Trader{Name: "bob", L1Index: 2, Key: wire.DevKey("dashboard bob")}}
	deposit(t, ctx, n, w.alice, 10_000_000_000) // 10,000 USDC
	deposit(t, ctx, n, w.bob, 100_000_000_000)
	for _, tr := range []*devnet.Trader{w.alice, w.bob} {
		waitFor(t, ctx, fmt.Sprintf("account %d's deposit", tr.Account), func() bool {
			a, err := w.c.Account(ctx, tr.Account)
			return err == nil && a.Collateral != "0"
		})
	}
	w.order(t, ctx, w.bob, 1, false, "0.5", "100000", nil)                    // rests
	w.order(t, ctx, w.alice, 2, true, "0.5", "100000", nil)                   // takes it: alice long 0.5 BTC
	w.order(t, ctx, w.alice, 3, true, "0.01", "99000", []string{"post_only"}) // a resting bid
	// The suite runs on the tree as of the sequencer's last checkpoint (no batch is verified yet): publish
	// until it holds both positions.
	p := &stress.Publisher{Service: n.Service, Config: devnet.ProtocolConfig(), Suite: stress.SeedSuite(), Dir: filepath.Join(t.TempDir(), "stress")}
	waitFor(t, ctx, "a stress report on the traders' positions", func() bool {
		latest, err := p.RunOnce()
		if err != nil {
			t.Fatal(err)
		}
		w.reportLatest = *latest
		var rep stress.Report
		return json.Unmarshal(latest.Report, &rep) == nil && rep.AccountsWithPositions == 2
	})
	return w
}

func (w *world) order(t *testing.T, ctx context.Context, tr *devnet.Trader, nonce uint32, buy bool, size, price string, flags []string) {
	_, err := w.c.PlaceOrder(ctx, tr.Key, client.Order{Account: tr.Account, Market: 1, Buy: buy, Size: size, Price: price, Flags: flags,
		Expiry: uint64(time.Now().Add(time.Hour).Unix()), Slot: uint16(nonce), Nonce: nonce, MaxFeePpm: 1000})
	if err != nil {
		t.Fatalf("order %d of %s: %v", nonce, tr.Name, err)
	}
}

// moveOracle publishes BTC's price moved by ppm, signed by three devnet oracle keys.
func (w *world) moveOracle(t *testing.T, ppm int64) {
	markets := w.n.Service.Markets()
	ts := uint64(w.n.Sim.Now().Unix())
	r := state.OracleReport{TimestampSeconds: ts}
	for i := range markets {
		r.Prices[i] = markets[i].OraclePrice
	}
	r.Prices[0] = uint64(int64(r.Prices[0]) * (state.PpmScale + ppm) / state.PpmScale)
	var reports []state.SignedOracleReport
	for k := range state.OracleQuorum {
		reports = append(reports, devnet.OracleKey(k).SignOracleReport(uint8(k), r))
	}
	if _, err := w.n.Service.SubmitOracleReports(reports); err != nil {
		t.Fatal(err)
	}
}

func waitFor(t *testing.T, ctx context.Context, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(pageRefresh)
	for !ok() {
		if time.Now().After(deadline) || ctx.Err() != nil {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

func getJSON(t *testing.T, url string, v any) {
	t.Helper()
	r, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Body.Close()
	if err := json.NewDecoder(r.Body).Decode(v); err != nil {
		t.Fatal(err)
	}
}

// text returns the text of the first element matching sel, or "" when there is none yet.
func text(t *testing.T, ctx context.Context, sel string) string {
	js := fmt.Sprintf(`(document.querySelector(%q) || {}).textContent || ""`, sel)
	s, err := chromedp.Run(ctx, chromedp.Evaluate[string](js))
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(s)
}

// waitText waits until the element's text satisfies ok.
func waitText(t *testing.T, ctx context.Context, sel, what string, ok func(string) bool) string {
	t.Helper()
	var got string
	waitFor(t, ctx, what+" ("+sel+")", func() bool { got = text(t, ctx, sel); return ok(got) })
	return got
}

// screenshot writes the whole page as a PNG to the test's artifact directory (go test -artifacts keeps it)
// and, with -update, the browser's view of it to docs/img/readme for the README.
func screenshot(t *testing.T, ctx context.Context, name, readme string) {
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(t.ArtifactDir(), name+".png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
	if !*update || readme == "" {
		return
	}
	if png, err = chromedp.Run(ctx, chromedp.CaptureScreenshot()); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join("..", "..", "docs", "img", readme), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestDashboard drives the dashboard in headless Chromium against a running devnet: each page renders and its
// figures equal the API's, the book follows an order placed through the API, an account's margin ratio and
// health follow an oracle move, and each page's screenshot is written as a test artifact.
func TestDashboard(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a devnet and a browser")
	}
	path := chromium(t)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
	defer cancel()
	w := startWorld(t, ctx)
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(path), chromedp.NoSandbox, chromedp.WindowSize(1280, 1000))
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	defer acancel()
	bctx, bcancel := chromedp.NewContext(actx)
	defer bcancel()
	if err := chromedp.Do(bctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	t.Run("markets", func(t *testing.T) { checkMarkets(t, bctx, w) })
	t.Run("batches", func(t *testing.T) { checkBatches(t, bctx, w) })
	t.Run("account", func(t *testing.T) { checkAccount(t, bctx, w) })
	t.Run("stress", func(t *testing.T) { checkStress(t, bctx, w) })
	t.Run("verified", func(t *testing.T) { checkVerifiedReport(t, ctx, w) })
}

// checkVerifiedReport: once L1 has verified the devnet's batches, the published report runs on the state as of
// the last verified batch, and the same suite on the state rebuilt from L1 alone (l1/escape) gives the same
// report, byte for byte.
func checkVerifiedReport(t *testing.T, ctx context.Context, w *world) {
	p := &stress.Publisher{Service: w.n.Service, Config: devnet.ProtocolConfig(), Suite: stress.SeedSuite(), Dir: filepath.Join(t.TempDir(), "stress")}
	cfg := devnet.ProtocolConfig()
	deadline := time.Now().Add(8 * time.Minute) // the proofs of the batches sealed so far
	for {
		rebuilt, err := escape.Rebuild(ctx, w.n.Sim.Client(), w.n.Deployment.Rollup, escape.Options{Config: &cfg})
		if err != nil {
			t.Fatal(err)
		}
		latest, err := p.RunOnce()
		if err != nil {
			t.Fatal(err)
		}
		if latest.Source == "verified" && latest.Batch == rebuilt.Batches {
			st := &stress.State{Tree: rebuilt.Tree, Config: cfg, Batch: rebuilt.Batches}
			rep, err := stress.Run(st, stress.SeedSuite())
			rebuilt.Close()
			if err != nil {
				t.Fatal(err)
			}
			js, err := rep.JSON()
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(js, latest.Report) {
				t.Fatalf("batch %d: the report on the state rebuilt from L1 differs from the published one", latest.Batch)
			}
			t.Logf("batch %d, root %s: the published report equals the one on the state rebuilt from L1", latest.Batch, latest.StateRoot)
			return
		}
		rebuilt.Close()
		if time.Now().After(deadline) {
			t.Fatalf("published %s batch %d, L1 holds %d", latest.Source, latest.Batch, rebuilt.Batches)
		}
		time.Sleep(2 * time.Second)
	}
}

// navigate loads url and waits for the dashboard's main element (or the element sel, when given).
func navigate(t *testing.T, ctx context.Context, url string, sel ...string) {
	tctx, cancel := context.WithTimeout(ctx, browserTimeout)
	defer cancel()
	wait := "#main"
	if len(sel) > 0 {
		wait = sel[0]
	}
	if err := chromedp.Do(tctx, chromedp.Navigate(url), chromedp.WaitVisible(wait)); err != nil {
		t.Fatalf("navigate %s: %v", url, err)
	}
}

func checkMarkets(t *testing.T, ctx context.Context, w *world) {
	navigate(t, ctx, w.n.URL+"/#markets/1")
	var markets []wire.MarketJSON
	getJSON(t, w.n.URL+"/v1/markets", &markets)
	waitText(t, ctx, `[data-test="oracle-1"]`, "BTC's oracle price", func(s string) bool { return s == markets[0].OraclePrice })
	var totals wire.TotalsJSON
	getJSON(t, w.n.URL+"/v1/totals", &totals)
	waitText(t, ctx, `#insurance-fund`, "the insurance fund", func(s string) bool { return s == totals.InsuranceFund })
	waitText(t, ctx, `[data-test="trade"]`, "a recent trade", func(s string) bool { return strings.Contains(s, "100000") })
	waitText(t, ctx, `[data-test="bid"]`, "alice's resting bid", func(s string) bool { return strings.Contains(s, "99000") })
	w.order(t, ctx, w.alice, 4, true, "0.02", "99500", []string{"post_only"})
	waitText(t, ctx, `#book`, "the new bid in the book", func(s string) bool { return strings.Contains(s, "99500") })
	screenshot(t, ctx, "markets", "dashboard.png")
}

func checkBatches(t *testing.T, ctx context.Context, w *world) {
	navigate(t, ctx, w.n.URL+"/#batches")
	var batches []wire.BatchSummaryJSON
	getJSON(t, w.n.URL+"/v1/batches?limit=1", &batches)
	b := batches[0]
	sel := fmt.Sprintf(`[data-test="batch-%d"] [data-test="proof"]`, b.Number)
	waitText(t, ctx, sel, fmt.Sprintf("batch %d's proof status", b.Number), func(s string) bool { return s != "" })
	screenshot(t, ctx, "batches", "")
}

func checkAccount(t *testing.T, ctx context.Context, w *world) {
	url := fmt.Sprintf("%s/v1/accounts/%d", w.n.URL, w.alice.Account)
	var before wire.AccountJSON
	getJSON(t, url, &before)
	navigate(t, ctx, fmt.Sprintf("%s/#account/%d", w.n.URL, w.alice.Account))
	waitText(t, ctx, `[data-test="margin-ratio"]`, "alice's margin ratio", func(s string) bool { return before.MarginRatio != nil && s == *before.MarginRatio })
	waitText(t, ctx, `[data-test="liq-price-1"]`, "alice's liquidation price", func(s string) bool { return s != "" && s != "–" })
	w.moveOracle(t, -150_000) // BTC −15 %: alice's MMR/TV from ≈ 0.15 to ≈ 0.5
	var after wire.AccountJSON
	waitFor(t, ctx, "the API to show the move", func() bool {
		getJSON(t, url, &after)
		return after.MarginRatio != nil && *after.MarginRatio != *before.MarginRatio
	})
	waitText(t, ctx, `[data-test="margin-ratio"]`, "alice's margin ratio after the move", func(s string) bool { return s == *after.MarginRatio })
	if after.HealthLevel > before.HealthLevel {
		waitText(t, ctx, `[data-test="health"]`, "a health warning", func(s string) bool { return strings.Contains(s, "warning") || strings.Contains(s, "danger") })
	}
	screenshot(t, ctx, "account", "")
}

func checkStress(t *testing.T, ctx context.Context, w *world) {
	navigate(t, ctx, w.n.URL+"/#stress")
	waitText(t, ctx, `[data-test="stress-root"]`, "the report's state root", func(s string) bool { return s == w.reportLatest.StateRoot })
	var rep stress.Report
	if err := json.Unmarshal(w.reportLatest.Report, &rep); err != nil {
		t.Fatal(err)
	}
	c := rep.Scenarios[0].Current
	want := fmt.Sprintf("%d / %d / %d / %d / %d", c.AccountsLiquidated, c.AccountsDeleveraged, c.BadDebt.Total, c.Fund.Min, c.Fund.End)
	waitText(t, ctx, `[data-test="current-0"]`, "the first scenario's figures", func(s string) bool { return s == want })
	screenshot(t, ctx, "stress", "")
	navigate(t, ctx, w.n.URL+"/v1/stress/latest?format=html", "h1")
	waitText(t, ctx, `h1`, "the report page", func(s string) bool { return strings.Contains(s, "stress report") })
	screenshot(t, ctx, "stress-report", "")
	// The README's report: the seed suite on a generated state of 1,000 accounts, where every scenario bites.
	gen, err := stress.Generate(1, 1_000)
	if err != nil {
		t.Fatal(err)
	}
	defer gen.Tree.Close()
	page, err := stress.HTML(runSeed(t, gen))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	}))
	defer srv.Close()
	navigate(t, ctx, srv.URL, "h1")
	screenshot(t, ctx, "stress-report-generated", "stress-report.png")
}

func runSeed(t *testing.T, s *stress.State) *stress.Report {
	rep, err := stress.Run(s, stress.SeedSuite())
	if err != nil {
		t.Fatal(err)
	}
	return rep
}
