package conformance_test

import (
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
)

// depositQueuedTopic is keccak256("DepositQueued(uint64,uint32,address,bytes32,uint64)"), the Rollup event
// that queues a deposit (docs/PROTOCOL.md §8): topics [this, accountId, owner], data (queueIndex, pubKey,
// amount), each a 32-byte ABI word.
const depositQueuedTopic = "0x73ab3708a98517b4d9559dc2c4f5369aa1a82f0885c1a9b8d3436baa10468057"

// l1Head is the stand-in chain's head block; every deposit is in block 1.
const l1Head = 16

// deposit is one DepositQueued entry of the stand-in chain.
type deposit struct {
	account uint32
	owner   [20]byte
	pubKey  [32]byte
	amount  uint64
}

// fakeL1 serves the three JSON-RPC methods perpx sequencer --l1-rpc reads the queue with (eth_blockNumber,
// eth_getBlockByNumber, eth_getLogs) for a chain whose block 1 holds the given deposits of contract rollup.
func fakeL1(t *testing.T, rollup string, deps []deposit) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			ID     json.RawMessage   `json:"id"`
			Method string            `json:"method"`
			Params []json.RawMessage `json:"params"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		result, err := l1Call(req.Method, req.Params, rollup, deps)
		resp := map[string]any{"jsonrpc": "2.0", "id": req.ID}
		if err != nil {
			resp["error"] = map[string]any{"code": -32601, "message": err.Error()}
		} else {
			resp["result"] = result
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(resp)
	}))
	t.Cleanup(srv.Close)
	return srv
}

func l1Call(method string, params []json.RawMessage, rollup string, deps []deposit) (any, error) {
	switch method {
	case "eth_blockNumber":
		return hexU(l1Head), nil
	case "eth_getBlockByNumber":
		var tag string
		if len(params) == 0 || json.Unmarshal(params[0], &tag) != nil {
			return nil, fmt.Errorf("bad block")
		}
		n := uint64(l1Head)
		if tag != "latest" && tag != "finalized" && tag != "safe" {
			v, err := strconv.ParseUint(strings.TrimPrefix(tag, "0x"), 16, 64)
			if err != nil || v > l1Head {
				return nil, nil
			}
			n = v
		}
		return header(n), nil
	case "eth_getLogs":
		var f struct {
			FromBlock, ToBlock string
		}
		if len(params) == 0 || json.Unmarshal(params[0], &f) != nil {
			return nil, fmt.Errorf("bad filter")
		}
		from, _ := strconv.ParseUint(strings.TrimPrefix(f.FromBlock, "0x"), 16, 64)
		to, _ := strconv.ParseUint(strings.TrimPrefix(f.ToBlock, "0x"), 16, 64)
		logs := []any{}
		if from <= 1 && 1 <= to {
			for i, d := range deps {
				logs = append(logs, depositLog(rollup, uint64(i), d))
			}
		}
		return logs, nil
	}
	return nil, fmt.Errorf("method %s not served", method)
}

func hexU(v uint64) string { return "0x" + strconv.FormatUint(v, 16) }

func word32(b []byte) string {
	var w [32]byte
	copy(w[32-len(b):], b)
	return "0x" + hex.EncodeToString(w[:])
}

func wordU(v uint64) string {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], v)
	return word32(b[:])
}

func blockHash(n uint64) string { return wordU(0xb10c0000 + n) }

// header is block n's header as go-ethereum's JSON-RPC client decodes it (every field it requires).
func header(n uint64) map[string]any {
	zero := word32(nil)
	parent := zero
	if n > 0 {
		parent = blockHash(n - 1)
	}
	return map[string]any{
		"number": hexU(n), "hash": blockHash(n), "parentHash": parent, "sha3Uncles": zero, "miner": "0x" + strings.Repeat("0", 40),
		"stateRoot": zero, "transactionsRoot": zero, "receiptsRoot": zero, "logsBloom": "0x" + strings.Repeat("0", 512),
		"difficulty": "0x0", "gasLimit": hexU(30_000_000), "gasUsed": "0x0", "timestamp": hexU(1_700_000_000 + 12*n),
		"extraData": "0x", "mixHash": zero, "nonce": "0x0000000000000000",
	}
}

// depositLog is queue entry i's DepositQueued log, in block 1.
func depositLog(rollup string, i uint64, d deposit) map[string]any {
	var acct [4]byte
	binary.BigEndian.PutUint32(acct[:], d.account)
	data := strings.TrimPrefix(wordU(i), "0x") + hex.EncodeToString(d.pubKey[:]) + strings.TrimPrefix(wordU(d.amount), "0x")
	return map[string]any{
		"address": rollup, "topics": []string{depositQueuedTopic, word32(acct[:]), word32(d.owner[:])},
		"data": "0x" + data, "blockNumber": hexU(1), "blockHash": blockHash(1), "transactionHash": wordU(0x7000 + i),
		"transactionIndex": hexU(i), "logIndex": hexU(i), "removed": false,
	}
}
