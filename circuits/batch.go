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
	in := c.inputs()
	mk0 := b.batchPre(&in)
	batchBytes := b.bytesBE(c.BatchNumber, u64Bits/8)
	timeBytes := b.bytesBE(c.Timestamp, u64Bits/8)
	body, err := b.batchBody(&in, mk0)
	if err != nil {
		return err
	}
	header := make([]frontend.Variable, 0, headerSize)
	header = append(header, rootBytes(api, body.oldRoot)...)
	header = append(header, rootBytes(api, body.newRoot)...)
	header = append(header, batchBytes...)
	header = append(header, timeBytes...)
	header = append(header, rootBytes(api, body.configHash)...)
	return b.assertCommitment(c.Commitment, append(header, body.pubdata...))
}

// inputs returns the witness fields the batch body reads.
func (c *BatchCircuit) inputs() batchInputs {
	return batchInputs{oldAccountsRoot: c.OldAccountsRoot, markets: &c.Markets, oldGlobals: &c.OldGlobals,
		timestamp: c.Timestamp, config: &c.Config, marketUpdate: &c.MarketUpdate, txs: c.Txs}
}

// batchInputs are the witness fields of a batch that BatchCircuit and LeafCircuit share: everything but the
// public input and the header numbers each encodes its own way.
type batchInputs struct {
	oldAccountsRoot frontend.Variable
	markets         *[marketCount]MarketVars
	oldGlobals      *GlobalsVars
	timestamp       frontend.Variable
	config          *ConfigVars
	marketUpdate    *MarketUpdateVars
	txs             []TxVars
}

// batchOut is what the shared batch body computes: the state roots before and after, the config hash, the
// pubdata (the market record, then one compact record per slot) and each slot's output.
type batchOut struct {
	oldRoot, newRoot, configHash frontend.Variable
	pubdata                      []frontend.Variable
	slots                        []txOut
}

// batchPre range checks the markets table and the globals before the batch and returns the table.
func (b *builder) batchPre(in *batchInputs) *marketTable {
	mk0 := b.markets(in.markets)
	b.checkGlobals(in.oldGlobals)
	return mk0
}

// batchBody runs a batch's rules on the table mk0 that batchPre returned: the timestamp not before the old
// system time, the config hash, the market update, every slot in order, the fee pool, and the state roots. The
// caller range checks the timestamp to u64 (BatchCircuit by its header bytes).
func (b *builder) batchBody(in *batchInputs, mk0 *marketTable) (batchOut, error) {
	api := b.api
	b.check(api.Sub(in.timestamp, in.oldGlobals.SystemTime), u64Bits)
	out := batchOut{configHash: b.configHash(in.config), slots: make([]txOut, len(in.txs))}

	// The market update runs first; every slot reads the table after it.
	mu, err := b.marketUpdate(in.markets, in.config, in.oldGlobals.LastFundingTime, in.timestamp, in.marketUpdate)
	if err != nil {
		return batchOut{}, fmt.Errorf("market update: %w", err)
	}
	mk := mu.table

	root := in.oldAccountsRoot
	var fees frontend.Variable = 0
	insurance := in.oldGlobals.InsuranceFund
	out.pubdata = make([]frontend.Variable, 0, marketRecordSize+len(in.txs)*compactRecordSize)
	out.pubdata = append(out.pubdata, mu.record[:]...)
	for i := range in.txs {
		s, err := b.tx(&in.txs[i], root, mk, in.timestamp, insurance, in.config.LiquidationFeePpm)
		if err != nil {
			return batchOut{}, fmt.Errorf("slot %d: %w", i, err)
		}
		root = s.root
		mk = s.table
		fees = api.Add(fees, s.fees)
		insurance = s.insurance
		out.pubdata = append(out.pubdata, s.record[:]...)
		out.slots[i] = s
	}
	feePool := api.Add(in.oldGlobals.FeePool, fees)
	b.check(feePool, u64Bits)

	g := in.oldGlobals
	out.oldRoot = b.stateRoot(in.oldAccountsRoot, b.marketsHash(mk0),
		b.globalsWord(g.InsuranceFund, g.FeePool, g.SystemTime, g.LastFundingTime))
	out.newRoot = b.stateRoot(root, b.marketsHash(mk), b.globalsWord(insurance, feePool, in.timestamp, mu.lastFunding))
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
	b, err := newBuilder(api)
	if err != nil {
		return err
	}
	_, err = c.constrain(b)
	return err
}

// constrain adds the slot circuit's constraints to b and returns the slot's output.
func (c *SlotCircuit) constrain(b *builder) (txOut, error) {
	api := b.api
	mk := b.markets(&c.Markets)
	b.check(c.Timestamp, u64Bits)
	b.checkOpen(c.InsuranceFund, collateralBits)
	b.checkAtMost(c.LiquidationFeePpm, ppmScale, ppmBits)
	out, err := b.tx(&c.Tx, c.OldAccountsRoot, mk, c.Timestamp, c.InsuranceFund, c.LiquidationFeePpm)
	if err != nil {
		return txOut{}, err
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
	return out, nil
}
