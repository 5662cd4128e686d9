package circuits

import (
	"fmt"

	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/hash/sha2"
	"github.com/consensys/gnark/std/math/uints"
)

// commitmentBits is the width of the public input: SHA-256 reduced mod 2^253 (docs/PROTOCOL.md §7).
const commitmentBits = 253

// BatchCircuit proves one batch of len(Txs) slots (docs/PROTOCOL.md §7). Its one public input is the
// commitment uint256(SHA-256(header ‖ pubdata)) mod 2^253; everything else is private.
type BatchCircuit struct {
	Commitment frontend.Variable `gnark:",public"`
	BatchWitness
}

// BatchWitness is a batch's private witness, which BatchCircuit and the leaf circuit (package circuits/leaf)
// share.
type BatchWitness struct {
	OldAccountsRoot frontend.Variable
	// Markets is the table before the market update.
	Markets     [marketCount]MarketVars
	OldGlobals  GlobalsVars
	BatchNumber frontend.Variable
	Timestamp   frontend.Variable
	// Config is the configuration whose hash the header carries.
	Config       ConfigVars
	MarketUpdate MarketUpdateVars
	Txs          []TxVars
}

// NewBatchCircuit returns a circuit (or an empty assignment) for batches of n slots.
func NewBatchCircuit(n int) *BatchCircuit {
	return &BatchCircuit{BatchWitness: BatchWitness{Txs: make([]TxVars, n)}}
}

// Define implements frontend.Circuit.
func (c *BatchCircuit) Define(api frontend.API) error {
	b, err := newBuilder(api)
	if err != nil {
		return err
	}
	w := &c.BatchWitness
	mk0 := b.batchPre(w)
	batchBytes := b.bytesBE(c.BatchNumber, u64Bits/8)
	timeBytes := b.bytesBE(c.Timestamp, u64Bits/8)
	body, err := b.batchBody(w, mk0)
	if err != nil {
		return err
	}
	header := make([]frontend.Variable, 0, headerSize)
	header = append(header, rootBytes(api, body.OldRoot)...)
	header = append(header, rootBytes(api, body.NewRoot)...)
	header = append(header, batchBytes...)
	header = append(header, timeBytes...)
	header = append(header, rootBytes(api, body.ConfigHash)...)
	return b.assertCommitment(c.Commitment, append(header, body.Pubdata...))
}

// BatchBody is what a batch's rules compute, for circuits that prove a batch or a slot under another public
// input (package circuits/leaf): the state roots before and after, the config hash, the pubdata (the market
// record, then one compact record per slot; a SlotCircuit's is its record), per slot L1 = 1 when L1 acts on
// its record (a Deposit, Withdrawal, ForcedWithdrawal, ForcedTrade or MarketParams: the type flags, which
// write the type into the record) and 0 otherwise, and the circuit's gadgets.
type BatchBody struct {
	OldRoot, NewRoot, ConfigHash frontend.Variable
	Pubdata, L1                  []frontend.Variable
	// Compress is C of docs/PROTOCOL.md §2, Compress4 its width-4 C4, Check a range check to bits.
	Compress  func(l, r frontend.Variable) frontend.Variable
	Compress4 func(x [treeArity]frontend.Variable) frontend.Variable
	Check     func(v frontend.Variable, bits int)
}

// DefineBatchBody adds a batch's rules on w to a circuit and returns its body. It range checks the timestamp
// to u64 and the batch number to 1 .. 2^64 − 1; the caller binds the rest.
func DefineBatchBody(api frontend.API, w *BatchWitness) (BatchBody, error) {
	b, err := newBuilder(api)
	if err != nil {
		return BatchBody{}, err
	}
	mk0 := b.batchPre(w)
	b.check(w.BatchNumber, u64Bits)
	b.check(api.Sub(w.BatchNumber, 1), u64Bits)
	b.check(w.Timestamp, u64Bits)
	return b.batchBody(w, mk0)
}

// batchPre range checks the markets table and the globals before the batch and returns the table.
func (b *builder) batchPre(w *BatchWitness) *marketTable {
	mk0 := b.markets(&w.Markets)
	b.checkGlobals(&w.OldGlobals)
	return mk0
}

// gadgets returns a body with the builder's gadgets.
func (b *builder) gadgets() BatchBody {
	return BatchBody{Compress: b.compress, Compress4: b.compress4, Check: b.check}
}

// batchBody runs a batch's rules on the table mk0 that batchPre returned: the timestamp not before the old
// system time, the config hash, the market update, every slot in order, the fee pool, and the state roots. The
// caller range checks the timestamp to u64 (BatchCircuit by its header bytes).
func (b *builder) batchBody(w *BatchWitness, mk0 *marketTable) (BatchBody, error) {
	api := b.api
	b.check(api.Sub(w.Timestamp, w.OldGlobals.SystemTime), u64Bits)
	out := b.gadgets()
	out.ConfigHash = b.configHash(&w.Config)

	// The market update runs first; every slot reads the table after it.
	mu, err := b.marketUpdate(&w.Markets, &w.Config, w.OldGlobals.LastFundingTime, w.Timestamp, &w.MarketUpdate)
	if err != nil {
		return BatchBody{}, fmt.Errorf("market update: %w", err)
	}
	mk := mu.table

	root := w.OldAccountsRoot
	var fees frontend.Variable = 0
	insurance := w.OldGlobals.InsuranceFund
	out.Pubdata = make([]frontend.Variable, 0, marketRecordSize+len(w.Txs)*compactRecordSize)
	out.Pubdata = append(out.Pubdata, mu.record[:]...)
	for i := range w.Txs {
		s, err := b.tx(&w.Txs[i], root, mk, w.Timestamp, insurance, w.Config.LiquidationFeePpm)
		if err != nil {
			return BatchBody{}, fmt.Errorf("slot %d: %w", i, err)
		}
		root, mk, insurance = s.root, s.table, s.insurance
		fees = api.Add(fees, s.fees)
		out.Pubdata = append(out.Pubdata, s.record[:]...)
		out.L1 = append(out.L1, s.l1)
	}
	feePool := api.Add(w.OldGlobals.FeePool, fees)
	b.check(feePool, u64Bits)

	g := &w.OldGlobals
	out.OldRoot = b.stateRoot(w.OldAccountsRoot, b.marketsHash(mk0),
		b.globalsWord(g.InsuranceFund, g.FeePool, g.SystemTime, g.LastFundingTime))
	out.NewRoot = b.stateRoot(root, b.marketsHash(mk), b.globalsWord(insurance, feePool, w.Timestamp, mu.lastFunding))
	return out, nil
}

// rootBytes returns the 32 big-endian bytes of a word through its canonical binary decomposition.
func rootBytes(api frontend.API, v frontend.Variable) []frontend.Variable {
	return bitsToBytes(api, api.ToBinary(v), wordBytes)
}

// assertCommitment asserts commitment = uint256(SHA-256(msg)) mod 2^253, range checking every byte of msg.
func (b *builder) assertCommitment(commitment frontend.Variable, msg []frontend.Variable) error {
	h, err := sha2.New(b.api)
	if err != nil {
		return fmt.Errorf("circuits: sha256: %w", err)
	}
	bapi, err := uints.NewBytes(b.api)
	if err != nil {
		return fmt.Errorf("circuits: bytes: %w", err)
	}
	in := make([]uints.U8, len(msg))
	for i, v := range msg {
		in[i] = bapi.ValueOf(v)
	}
	h.Write(in)
	digest := h.Sum()
	d := make([]frontend.Variable, len(digest))
	for i := range digest {
		d[i] = bapi.Value(digest[i])
	}
	// Keep the low commitmentBits − 8·31 = 5 bits of the first byte.
	top := b.api.ToBinary(d[0], 8)
	d[0] = b.api.FromBinary(top[:commitmentBits-8*(len(d)-1)]...)
	b.api.AssertIsEqual(commitment, b.fromBytesBE(d))
	return nil
}

// SlotCircuit proves one slot against given accounts roots, markets (the table after the batch's market
// update), timestamp, insurance fund and liquidation fee, with no SHA-256: the record, the fees the slot adds to
// the fee pool and the insurance fund after it are inputs the circuit checks. It exists for tests and
// differential checks; its inputs are public so a failing case reads clearly.
type SlotCircuit struct {
	OldAccountsRoot   frontend.Variable       `gnark:",public"`
	NewAccountsRoot   frontend.Variable       `gnark:",public"`
	Markets           [marketCount]MarketVars `gnark:",public"`
	Timestamp         frontend.Variable       `gnark:",public"`
	InsuranceFund     frontend.Variable       `gnark:",public"`
	LiquidationFeePpm frontend.Variable       `gnark:",public"`
	Fees              frontend.Variable       `gnark:",public"`
	// NewMarkets is the table after the slot (a MarketParams slot changes it).
	NewMarkets       [marketCount]MarketVars              `gnark:",public"`
	NewInsuranceFund frontend.Variable                    `gnark:",public"`
	Record           [compactRecordSize]frontend.Variable `gnark:",public"`
	Tx               TxVars
}

// Define implements frontend.Circuit.
func (c *SlotCircuit) Define(api frontend.API) error {
	_, err := c.DefineBody(api)
	return err
}

// DefineBody adds the slot circuit's constraints and returns its body: Pubdata the record, L1 its flag, no
// roots.
func (c *SlotCircuit) DefineBody(api frontend.API) (BatchBody, error) {
	b, err := newBuilder(api)
	if err != nil {
		return BatchBody{}, err
	}
	mk := b.markets(&c.Markets)
	b.check(c.Timestamp, u64Bits)
	b.checkOpen(c.InsuranceFund, collateralBits)
	b.checkAtMost(c.LiquidationFeePpm, ppmScale, ppmBits)
	out, err := b.tx(&c.Tx, c.OldAccountsRoot, mk, c.Timestamp, c.InsuranceFund, c.LiquidationFeePpm)
	if err != nil {
		return BatchBody{}, err
	}
	api.AssertIsEqual(out.root, c.NewAccountsRoot)
	api.AssertIsEqual(out.fees, c.Fees)
	for i := range c.NewMarkets {
		m, j := &c.NewMarkets[i], i+1
		t := out.table
		for _, eq := range [][2]frontend.Variable{{m.OraclePrice, t.price[j]}, {m.FundingIndex, t.funding[j]},
			{m.ImfPpm, t.imf[j]}, {m.MmfPpm, t.mmf[j]}, {m.Status, t.status[j]}, {m.TickSize, t.tick[j]},
			{m.StepSize, t.step[j]}, {m.TierSize, t.tierSize[j]}, {m.TierImfPpm, t.tierImf[j]}, {m.TierMmfPpm, t.tierMmf[j]},
			{m.LastOracleTime, t.lastOracle[j]}} {
			api.AssertIsEqual(eq[0], eq[1])
		}
	}
	api.AssertIsEqual(out.insurance, c.NewInsuranceFund)
	for i := range out.record {
		api.AssertIsEqual(out.record[i], c.Record[i])
	}
	body := b.gadgets()
	body.Pubdata, body.L1 = out.record[:], []frontend.Variable{out.l1}
	return body, nil
}
