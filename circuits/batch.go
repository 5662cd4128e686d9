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
	return &BatchCircuit{Txs: make([]TxVars, n)}
}

// Define implements frontend.Circuit.
func (c *BatchCircuit) Define(api frontend.API) error {
	b, err := newBuilder(api)
	if err != nil {
		return err
	}
	mk0 := b.markets(&c.Markets)
	b.checkGlobals(&c.OldGlobals)
	batchBytes := b.bytesBE(c.BatchNumber, u64Bits/8)
	timeBytes := b.bytesBE(c.Timestamp, u64Bits/8)
	b.check(api.Sub(c.Timestamp, c.OldGlobals.SystemTime), u64Bits)
	configHash := b.configHash(&c.Config)

	// The market update runs first; every slot reads the table after it.
	mu, err := b.marketUpdate(&c.Markets, &c.Config, c.OldGlobals.LastFundingTime, c.Timestamp, &c.MarketUpdate)
	if err != nil {
		return fmt.Errorf("market update: %w", err)
	}
	mk := mu.table

	root := c.OldAccountsRoot
	var fees frontend.Variable = 0
	insurance := c.OldGlobals.InsuranceFund
	pubdata := make([]frontend.Variable, 0, marketRecordSize+len(c.Txs)*compactRecordSize)
	pubdata = append(pubdata, mu.record[:]...)
	for i := range c.Txs {
		out, err := b.tx(&c.Txs[i], root, mk, c.Timestamp, insurance, c.Config.LiquidationFeePpm)
		if err != nil {
			return fmt.Errorf("slot %d: %w", i, err)
		}
		root = out.root
		mk = out.table
		fees = api.Add(fees, out.fees)
		insurance = out.insurance
		pubdata = append(pubdata, out.record[:]...)
	}
	feePool := api.Add(c.OldGlobals.FeePool, fees)
	b.check(feePool, u64Bits)

	oldRoot := b.stateRoot(c.OldAccountsRoot, b.marketsHash(mk0),
		b.globalsWord(c.OldGlobals.InsuranceFund, c.OldGlobals.FeePool, c.OldGlobals.SystemTime, c.OldGlobals.LastFundingTime))
	newRoot := b.stateRoot(root, b.marketsHash(mk), b.globalsWord(insurance, feePool, c.Timestamp, mu.lastFunding))

	header := make([]frontend.Variable, 0, headerSize)
	header = append(header, rootBytes(api, oldRoot)...)
	header = append(header, rootBytes(api, newRoot)...)
	header = append(header, batchBytes...)
	header = append(header, timeBytes...)
	header = append(header, rootBytes(api, configHash)...)
	return b.assertCommitment(c.Commitment, append(header, pubdata...))
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
	b, err := newBuilder(api)
	if err != nil {
		return err
	}
	mk := b.markets(&c.Markets)
	b.check(c.Timestamp, u64Bits)
	b.checkOpen(c.InsuranceFund, collateralBits)
	b.checkAtMost(c.LiquidationFeePpm, ppmScale, ppmBits)
	out, err := b.tx(&c.Tx, c.OldAccountsRoot, mk, c.Timestamp, c.InsuranceFund, c.LiquidationFeePpm)
	if err != nil {
		return err
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
	return nil
}
