package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/perpx/perpx/l1"
	"github.com/perpx/perpx/l1/escape"
)

// prunedHistoryError is go-ethereum's answer for history it no longer keeps (core/history.PrunedHistoryError).
const prunedHistoryError = `{"code":4444,"message":"pruned history unavailable"}`

// pruningNode is a JSON-RPC proxy that serves like a node with history expiry: it refuses eth_getLogs ranges,
// blocks, transactions and receipts before block `first`, with go-ethereum's pruned-history error, and passes
// everything else to upstream.
type pruningNode struct {
	upstream string
	first    uint64
}

type rpcRequest struct {
	ID     json.RawMessage   `json:"id"`
	Method string            `json:"method"`
	Params []json.RawMessage `json:"params"`
}

func (p *pruningNode) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	var req rpcRequest
	if json.Unmarshal(body, &req) == nil && p.refuses(&req) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"jsonrpc":"2.0","id":%s,"error":%s}`, req.ID, prunedHistoryError)
		return
	}
	resp, err := http.Post(p.upstream, "application/json", bytes.NewReader(body))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	out, err := io.ReadAll(resp.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	if req.Method == "eth_getTransactionByHash" || req.Method == "eth_getTransactionReceipt" {
		var res struct {
			Result *struct {
				BlockNumber *hexutil.Uint64 `json:"blockNumber"`
			} `json:"result"`
		}
		if json.Unmarshal(out, &res) == nil && res.Result != nil && res.Result.BlockNumber != nil && uint64(*res.Result.BlockNumber) < p.first {
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprintf(w, `{"jsonrpc":"2.0","id":%s,"error":%s}`, req.ID, prunedHistoryError)
			return
		}
	}
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(out)
}

// refuses reports whether req asks for logs or a block before p.first.
func (p *pruningNode) refuses(req *rpcRequest) bool {
	if len(req.Params) == 0 {
		return false
	}
	switch req.Method {
	case "eth_getLogs":
		var q struct {
			FromBlock string `json:"fromBlock"`
		}
		return json.Unmarshal(req.Params[0], &q) == nil && p.before(q.FromBlock)
	case "eth_getBlockByNumber", "eth_getHeaderByNumber", "eth_getBlockReceipts":
		var n string
		return json.Unmarshal(req.Params[0], &n) == nil && p.before(n)
	}
	return false
}

// before reports whether block tag n (a number, or "earliest") is before p.first.
func (p *pruningNode) before(n string) bool {
	if n == "earliest" {
		return true
	}
	v, err := strconv.ParseUint(strings.TrimPrefix(n, "0x"), 16, 64)
	return err == nil && v < p.first
}

// TestEscapeCommandPrunedHistory runs perpx escape against a node that no longer serves the blocks before the
// one after the rollup's deployment (history expiry): the command fails with ErrHistoryUnavailable naming the
// refused block range and the kind of node that serves it; from the full node it rebuilds, and so it does from
// a node that serves history from the deployment block on, given --from-block there: the rebuild needs
// nothing older.
func TestEscapeCommandPrunedHistory(t *testing.T) {
	ctx := t.Context()
	c := newEscapeChain(t, false)
	g, err := l1.ReadGenesis(ctx, c.sim.Client(), c.d.Rollup, 0)
	if err != nil {
		t.Fatal(err)
	}
	proxy := httptest.NewServer(&pruningNode{upstream: c.sim.HTTPURL(), first: g.Block + 1})
	defer proxy.Close()
	head, err := c.sim.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	configFile := writeProtocolConfig(t, &c.w.Config)
	args := func(url string, from uint64) *escapeFlags {
		f, err := parseEscapeFlags([]string{"--rpc", url, "--contract", c.d.Rollup.Hex(), "--account", fmt.Sprint(c.id),
			"--config", configFile, "--dry-run", "--from-block", fmt.Sprint(from)})
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	err = escapeWith(ctx, args(proxy.URL, 0), io.Discard, io.Discard)
	t.Logf("pruned node: %v", err)
	if !errors.Is(err, escape.ErrHistoryUnavailable) {
		t.Fatalf("got %v, want ErrHistoryUnavailable", err)
	}
	for _, want := range []string{fmt.Sprintf("blocks 0..%d", head), "archive node", "--history.chain all", "deployment block"} {
		if !strings.Contains(err.Error(), want) {
			t.Fatalf("error lacks %q: %v", want, err)
		}
	}
	fromDeployment := httptest.NewServer(&pruningNode{upstream: c.sim.HTTPURL(), first: g.Block})
	defer fromDeployment.Close()
	for name, f := range map[string]*escapeFlags{"full node": args(c.sim.HTTPURL(), 0), "history from the deployment": args(fromDeployment.URL, g.Block)} {
		var out bytes.Buffer
		if err := escapeWith(ctx, f, &out, io.Discard); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !strings.Contains(out.String(), "rebuilt 1 batches") {
			t.Fatalf("%s: %s", name, out.String())
		}
	}
}
