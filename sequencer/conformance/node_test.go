package conformance_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// quoteDecimals is the number of decimals of a USDC amount: one quote quantum is 10^-6 USDC.
const quoteDecimals = 6

// node is a running perpx sequencer.
type node struct {
	t   *testing.T
	url string
}

// startNode builds cmd/perpx into a temporary directory and runs perpx sequencer on a free port with a fresh
// data directory (the devnet's genesis markets and configuration), following the stand-in L1 at l1URL, which
// serves the queue's logs only (--l1-unchecked: no Rollup for the start-up check to read).
func startNode(t *testing.T, l1URL, rollup string) *node {
	t.Helper()
	dir := t.TempDir()
	bin := filepath.Join(dir, "perpx")
	build := exec.Command("go", "build", "-o", bin, "./cmd/perpx")
	build.Dir = filepath.Join("..", "..")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/perpx: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "sequencer", "--data-dir", filepath.Join(dir, "data"), "--api", "127.0.0.1:0",
		"--l1-rpc", l1URL, "--l1-unchecked", "--rollup", rollup, "--seal-interval", "200ms", "--log-level", "warn")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Signal(os.Interrupt)
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("perpx sequencer stopped: %v\n%s", err, stderr.String())
			}
		case <-time.After(30 * time.Second):
			cmd.Process.Kill()
			t.Errorf("perpx sequencer did not stop on SIGINT")
		}
	})
	lines := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if strings.HasPrefix(sc.Text(), "perpx sequencer serving ") {
				lines <- sc.Text()
			}
		}
	}()
	select {
	case l := <-lines:
		url, _, _ := strings.Cut(strings.TrimPrefix(l, "perpx sequencer serving "), " ")
		return &node{t: t, url: url}
	case <-time.After(2 * time.Minute):
		t.Fatalf("perpx sequencer did not start:\n%s", stderr.String())
	}
	return nil
}

// call sends a JSON request and decodes a JSON reply into out (when not nil); it returns the status and, for
// an error reply, its code.
func (n *node) call(method, path string, body, out any) (int, string) {
	n.t.Helper()
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			n.t.Fatal(err)
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, n.url+path, rd)
	if err != nil {
		n.t.Fatal(err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		n.t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		n.t.Fatal(err)
	}
	if resp.StatusCode != http.StatusOK {
		var e struct{ Code, Error string }
		json.Unmarshal(raw, &e)
		return resp.StatusCode, e.Code
	}
	if out != nil {
		if err := json.Unmarshal(raw, out); err != nil {
			n.t.Fatalf("%s %s: reply %s: %v", method, path, raw, err)
		}
	}
	return resp.StatusCode, ""
}

// must is call that requires 200.
func (n *node) must(method, path string, body, out any) {
	n.t.Helper()
	if st, code := n.call(method, path, body, out); st != http.StatusOK {
		n.t.Fatalf("%s %s: HTTP %d %s", method, path, st, code)
	}
}

// want is call that requires the given status and error code.
func (n *node) want(status int, code, method, path string, body any) {
	n.t.Helper()
	if st, c := n.call(method, path, body, nil); st != status || c != code {
		n.t.Fatalf("%s %s: HTTP %d %s, want %d %s", method, path, st, c, status, code)
	}
}

// account is GET /v1/accounts/{id}.
type account struct {
	Collateral string `json:"collateral"`
}

// collateral returns account id's collateral in quote quantums, or -1 when it does not exist yet.
func (n *node) collateral(id uint32) int64 {
	n.t.Helper()
	var a account
	if st, _ := n.call("GET", fmt.Sprintf("/v1/accounts/%d", id), nil, &a); st != http.StatusOK {
		return -1
	}
	v, err := parseDecimal(a.Collateral, quoteDecimals)
	if err != nil {
		n.t.Fatal(err)
	}
	return v
}

// waitCollateral waits until account id holds want.
func (n *node) waitCollateral(id uint32, want int64) {
	n.t.Helper()
	deadline := time.Now().Add(time.Minute)
	for n.collateral(id) != want {
		if time.Now().After(deadline) {
			n.t.Fatalf("account %d holds %d, want %d", id, n.collateral(id), want)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// market is the part of GET /v1/markets a client needs to sign orders.
type market struct {
	ID               uint8  `json:"id"`
	Status           string `json:"status"`
	BaseDecimals     int    `json:"baseDecimals"`
	TickSizeUnits    uint64 `json:"tickSizeUnits"`
	StepSizeQuantums uint64 `json:"stepSizeQuantums"`
	OraclePriceUnits uint64 `json:"oraclePriceUnits"`
}

// size renders base quantums of m as the API's size string (base units).
func (m *market) size(q uint64) string { return decimal(q, m.BaseDecimals) }

// price renders price units of m (quote quantums per base quantum times 10^6) as the API's price string (USDC
// per base unit): units · 10^-(6 + 6 − baseDecimals).
func (m *market) price(p uint64) string { return decimal(p, 12-m.BaseDecimals) }
