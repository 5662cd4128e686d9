package httpapi

import (
	"encoding/json"
	"net/http"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/perpx/perpx/sequencer/events"
	"github.com/perpx/perpx/sequencer/wire"
)

// routeDoc documents one API route for the OpenAPI document.
type routeDoc struct {
	method, path, summary string
	request               any // a value of the JSON body type, nil for none
	response              any // a value of the success reply type, nil for a non-JSON reply
	query                 []string
}

// apiRoutes documents every route NewWithConfig registers (TestOpenAPI checks both ways).
var apiRoutes = []routeDoc{
	{"POST", "/v1/orders", "Place a signed order. Acknowledged once durable in the input log.", wire.OrderRequest{}, wire.OrderResponse{}, nil},
	{"PUT", "/v1/orders/{id}", "Replace resting order id (cancel-replace) with a new signed order and a signed cancel.", wire.ReplaceRequest{}, wire.OrderResponse{}, nil},
	{"DELETE", "/v1/orders/{id}", "Cancel resting order id; signed by its account (CancelMsg).", wire.CancelRequest{}, wire.CancelResponse{}, nil},
	{"DELETE", "/v1/orders", "Cancel every resting order of an account (optionally one market, ids up to a bound); signed.", wire.CancelAllRequest{}, wire.CancelAllResponse{}, nil},
	{"GET", "/v1/markets", "The listed markets with their units and risk parameters.", nil, []wire.MarketJSON{}, nil},
	{"GET", "/v1/orderbook/{market}", "Aggregated depth of a market, best first.", nil, wire.BookJSON{}, []string{"depth"}},
	{"GET", "/v1/trades/{market}", "Recent trades of a market, newest first.", nil, wire.TradesJSON{}, []string{"limit"}},
	{"GET", "/v1/accounts/{id}", "An account with its risk view: exposure, entry price, unrealized PnL, unsettled funding owed (rounded up, against the account) and liquidation price per position; what the next touch settles; margin ratio, free collateral and health level of the account as that settlement leaves it.", nil, wire.AccountJSON{}, nil},
	{"GET", "/v1/accounts/{id}/orders", "The account's resting orders.", nil, []wire.OpenOrderJSON{}, nil},
	{"GET", "/v1/accounts/{id}/fills", "The account's durable fills, newest first.", nil, []wire.AccountFillJSON{}, []string{"limit", "before"}},
	{"GET", "/v1/accounts/{id}/slots/{slot}", "An order slot of an account: its nonce, filled amount and resting order.", nil, wire.SlotJSON{}, nil},
	{"GET", "/v1/accounts/{id}/proof", "The account's leaf and Merkle path in the state as of the last batch the L1 contract verified, against that batch's root (the arguments of escape()); 503 not_verified before the first verified batch.", nil, wire.AccountProofJSON{}, nil},
	{"GET", "/v1/batches", "Sealed batches with their proof and L1 status, newest first.", nil, []wire.BatchSummaryJSON{}, []string{"limit", "before"}},
	{"GET", "/v1/batches/{n}", "A sealed batch: roots, public input, pubdata, proof and L1 status.", nil, wire.BatchJSON{}, nil},
	{"POST", "/v1/withdrawals", "Withdraw collateral to the account's L1 address; signed.", wire.WithdrawalRequest{}, wire.WithdrawalResponse{}, nil},
	{"POST", "/v1/transfers", "Transfer collateral to another account (creating a sub-account or an isolated account at or above the L2 account base); signed by the sender.", wire.TransferRequest{}, wire.TransferResponse{}, nil},
	{"POST", "/v1/oracle/reports", "Submit a quorum of signed oracle reports (signers ascending); the next batch opens with their median prices.", wire.OracleReportsRequest{}, wire.OracleReportsResponse{}, nil},
	{"GET", "/v1/health", "Service status; 503 once a durability failure stopped it.", nil, wire.HealthJSON{}, nil},
	{"GET", "/v1/totals", "Insurance fund, fee pool, deposits and withdrawals: what a conservation check needs.", nil, wire.TotalsJSON{}, nil},
	{"GET", "/v1/stress/latest", "The latest stress report (perpx stress; a configured suite run on a schedule) with the state root and batch it ran on; format=html returns it as a self-contained page; 404 before the first.", nil, wire.StressLatestJSON{}, []string{"format"}},
	{"GET", "/v1/openapi.json", "This document.", nil, nil, nil},
	{"GET", "/v1/ws", "WebSocket streams and order entry: send WSRequest messages (subscribe, unsubscribe, ping) for the topics book:<market>, trades:<market>, account:<id> and batches, and (order, cancel) to place and cancel orders with the bodies of POST /v1/orders and DELETE /v1/orders/{id}, answered in the order sent by an ack or an error once durable; receive BookMsg, TradeMsg, AccountMsg, FillMsg, HealthMsg (whenever the account's margin ratio crosses a configured threshold, up or down, also by an oracle price move or a funding tick alone), BatchMsg, WSReply and heartbeats.", nil, nil, nil},
	{"GET", "/metrics", "Prometheus metrics (text format).", nil, nil, nil},
}

// streamTypes are documented as components for the WebSocket route.
var streamTypes = []any{wire.WSRequest{}, wire.WSReply{}, events.BookMsg{}, events.TradeMsg{}, events.AccountMsg{}, events.FillMsg{}, events.HealthMsg{}, events.BatchMsg{}}

var (
	openAPIOnce  sync.Once
	openAPIBytes []byte
)

// OpenAPIDocument returns the OpenAPI 3 document of the API, generated from apiRoutes and the wire types.
func OpenAPIDocument() []byte {
	openAPIOnce.Do(func() { openAPIBytes = buildOpenAPI() })
	return openAPIBytes
}

func (a *API) openAPI(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.Write(OpenAPIDocument())
}

type obj = map[string]any

var pathParam = regexp.MustCompile(`\{(\w+)\}`)

func buildOpenAPI() []byte {
	schemas := obj{}
	var codes []string
	for _, c := range wire.ErrorCodes {
		if !slices.Contains(codes, c.Code) {
			codes = append(codes, c.Code)
		}
	}
	codes = append(codes, "internal")
	schemas["ErrorJSON"] = obj{
		"type": "object", "required": []string{"code", "error"},
		"properties": obj{"code": obj{"type": "string", "enum": codes}, "error": obj{"type": "string"}},
	}
	errReply := obj{"description": "Error: a machine-readable code and a message.",
		"content": obj{"application/json": obj{"schema": obj{"$ref": "#/components/schemas/ErrorJSON"}}}}
	paths := obj{}
	for _, r := range apiRoutes {
		op := obj{"summary": r.summary, "responses": obj{"4XX": errReply, "5XX": errReply}}
		var params []obj
		for _, m := range pathParam.FindAllStringSubmatch(r.path, -1) {
			params = append(params, obj{"name": m[1], "in": "path", "required": true, "schema": obj{"type": "integer", "minimum": 0}})
		}
		for _, q := range r.query {
			params = append(params, obj{"name": q, "in": "query", "required": false, "schema": obj{"type": "integer", "minimum": 0}})
		}
		if params != nil {
			op["parameters"] = params
		}
		if r.request != nil {
			op["requestBody"] = obj{"required": true, "content": obj{"application/json": obj{"schema": schemaOf(reflect.TypeOf(r.request), schemas)}}}
		}
		ok := obj{"description": "OK"}
		if r.response != nil {
			ok["content"] = obj{"application/json": obj{"schema": schemaOf(reflect.TypeOf(r.response), schemas)}}
		}
		code := "200"
		if r.path == "/v1/ws" {
			code = "101"
			ok["description"] = "Switching Protocols"
		}
		op["responses"].(obj)[code] = ok
		p, _ := paths[r.path].(obj)
		if p == nil {
			p = obj{}
			paths[r.path] = p
		}
		p[strings.ToLower(r.method)] = op
	}
	for _, v := range streamTypes {
		schemaOf(reflect.TypeOf(v), schemas)
	}
	doc := obj{
		"openapi": "3.0.3",
		"info": obj{"title": "perpx sequencer API", "version": "1",
			"description": "Orders, cancels and withdrawals are signed with the account's L2 key (docs/PROTOCOL.md §4; cancels: CancelMsg). Every accepted command is durable in the input log before its reply. Amounts are decimal strings in human units."},
		"paths":      paths,
		"components": obj{"schemas": schemas},
		"x-limits":   apiLimits(),
		"x-units": obj{
			"amount":   "USDC as a decimal string; one quote quantum is 0.000001 USDC (QuoteDecimals = 6)",
			"size":     "base units of the market as a decimal string; a base quantum is 10^-baseDecimals (GET /v1/markets)",
			"price":    "USDC per base unit as a decimal string, a multiple of the market's tick",
			"time":     "unix seconds; signed expiries are below 2^40",
			"feePpm":   "parts per million",
			"orderIds": "assigned by the sequencer, increasing; a cancel-all names the last one it covers",
		},
	}
	b, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		panic(err) // maps of strings, slices and maps always encode
	}
	return b
}

// schemaOf returns the JSON schema of t, registering named struct types as components.
func schemaOf(t reflect.Type, schemas obj) obj {
	switch t.Kind() {
	case reflect.Pointer:
		s := schemaOf(t.Elem(), schemas)
		if _, ref := s["$ref"]; ref {
			return obj{"allOf": []obj{s}, "nullable": true}
		}
		s["nullable"] = true
		return s
	case reflect.Slice, reflect.Array:
		return obj{"type": "array", "items": schemaOf(t.Elem(), schemas)}
	case reflect.String:
		return obj{"type": "string"}
	case reflect.Bool:
		return obj{"type": "boolean"}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return obj{"type": "integer"}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return obj{"type": "integer", "minimum": 0}
	case reflect.Map:
		return obj{"type": "object", "additionalProperties": schemaOf(t.Elem(), schemas)}
	case reflect.Struct:
		name := t.Name()
		if _, done := schemas[name]; !done {
			schemas[name] = obj{} // placeholder against recursion
			props, required := obj{}, []string{}
			structProps(t, schemas, props, &required)
			s := obj{"type": "object", "properties": props, "additionalProperties": false}
			if len(required) > 0 {
				s["required"] = required
			}
			schemas[name] = s
		}
		return obj{"$ref": "#/components/schemas/" + name}
	}
	return obj{}
}

// structProps adds the JSON fields of struct t (embedded structs flattened) to props.
func structProps(t reflect.Type, schemas, props obj, required *[]string) {
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" || (!f.IsExported() && !f.Anonymous) {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if f.Anonymous && name == "" {
			structProps(f.Type, schemas, props, required)
			continue
		}
		if name == "" {
			name = f.Name
		}
		props[name] = schemaOf(f.Type, schemas)
		if enum := f.Tag.Get("enum"); enum != "" { // the field's allowed values (a list's items')
			values := strings.Split(enum, ",")
			if items, ok := props[name].(obj)["items"].(obj); ok {
				items["enum"] = values
			} else {
				props[name].(obj)["enum"] = values
			}
		}
		if !strings.Contains(opts, "omitempty") {
			*required = append(*required, name)
		}
	}
}

// apiLimits lists the API's limits for the document's x-limits, each a named constant of this package.
func apiLimits() obj {
	return obj{
		"maxBodyBytes":                      wire.MaxBodyBytes,
		"signedRequestsPerSecondPerAccount": DefaultAccountRate,
		"signedRequestBurstPerAccount":      DefaultAccountBurst,
		"requestsPerSecondPerAddress":       DefaultIPRate,
		"requestBurstPerAddress":            DefaultIPBurst,
		"batchesLimit":                      MaxBatchesLimit,
		"webSocketConnections":              DefaultMaxWSConns,
		"webSocketConnectionsPerAddress":    DefaultMaxWSConnsPerAddress,
		"topicsPerConnection":               MaxTopicsPerConn,
		"accountStreams":                    events.DefaultMaxAccountStreams,
		"unsignedAccountStreamsPerAddress":  DefaultMaxAccountStreamsPerAddress,
		"signedStreamsPerAccount":           MaxSignedStreamsPerAccount,
	}
}
