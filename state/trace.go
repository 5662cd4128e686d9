package state

import "github.com/consensys/gnark-crypto/ecc/bn254/fr"

// SignatureSize is the size of an EdDSA signature: compressed R (32 bytes) then S (32 bytes), as produced by
// gnark-crypto's twistededwards/eddsa.
const SignatureSize = 64

// Signature is an EdDSA signature over a message word.
type Signature [SignatureSize]byte

// SignedOrder is an order message with its signature.
type SignedOrder struct {
	Msg OrderMsg
	Sig Signature
}

// SignedWithdrawal is a withdrawal message with its signature.
type SignedWithdrawal struct {
	Msg WithdrawalMsg
	Sig Signature
}

// AccountUpdate witnesses one account-leaf update: the leaf before and after and the siblings of its path,
// leaf level first. The siblings are those of the tree at the moment of the update.
type AccountUpdate struct {
	ID       uint32
	Before   Account
	After    Account
	Siblings [AccountProofLen]fr.Element
}

// SlotUpdate witnesses one order-slot update inside an account's slot tree, taken before the account leaf is
// updated.
type SlotUpdate struct {
	Slot     uint16
	Before   Slot
	After    Slot
	Siblings [SlotProofLen]fr.Element
}

// TxTrace is one executed transaction with everything a prover needs.
//
// Deposit: A. Trade: A is the taker, B the maker, SlotA/SlotB their order slots; A is updated first.
// Withdrawal: A and SlotA. Forced withdrawal: A. Transfer: A the sender with SlotA, B the receiver.
// Liquidate: A the liquidated account, B the liquidator with SlotB and Maker its order. Deleverage: A the
// bankrupt account, B the counterparty. Forced trade: A the requester's account, B the counterparty's, updated
// in that order, valid or not; no order slots and no messages. Market params: only the Record. A no-op has
// only a zero Record. A.Before and B.Before are the leaves before settlement; the settlement (funding, and the
// closing of positions in settled markets) is part of the slot's transition.
type TxTrace struct {
	Record     Record
	A, B       *AccountUpdate
	SlotA      *SlotUpdate
	SlotB      *SlotUpdate
	Taker      *SignedOrder
	Maker      *SignedOrder
	Withdrawal *SignedWithdrawal
	Transfer   *SignedTransfer
}

// SealedBatch is a batch as the sequencer seals it: the transactions with their traces, the pre-state the
// circuit needs, and the header of its public-input commitment. Txs has exactly BatchSize entries; the tail is
// padded with no-ops.
type SealedBatch struct {
	Header          BatchHeader
	BatchSize       int
	OldAccountsRoot fr.Element
	NewAccountsRoot fr.Element
	// Markets is the table before the market update; NewMarkets the table after the batch: after the market
	// update (the table the first slot reads) and every MarketParams slot.
	Markets    Markets
	NewMarkets Markets
	Market     MarketUpdate
	Config     Config
	OldGlobals Globals
	NewGlobals Globals
	Txs        []TxTrace
}

// Pubdata returns the batch's pubdata: the 64-byte market record, then the 32-byte compact slot records
// (docs/PROTOCOL.md §6.1).
func (b *SealedBatch) Pubdata() ([]byte, error) {
	out := make([]byte, 0, MarketRecordSize+len(b.Txs)*CompactRecordSize)
	mr, err := b.Market.Record.Encode()
	if err != nil {
		return nil, err
	}
	out = append(out, mr[:]...)
	for i := range b.Txs {
		r, err := b.Txs[i].Record.EncodeCompact()
		if err != nil {
			return nil, err
		}
		out = append(out, r[:]...)
	}
	return out, nil
}

// SignedTransfer is a transfer message with its signature.
type SignedTransfer struct {
	Msg TransferMsg
	Sig Signature
}

// SignedOracleReport is an oracle report with the index of the configuration key that signed it.
type SignedOracleReport struct {
	Signer uint8
	Report OracleReport
	Sig    Signature
}

// MarketUpdate is a batch's market update (docs/PROTOCOL.md §5): the record it publishes, the reports that
// justify a price change (nil when no price changed) and whether a funding tick happened.
type MarketUpdate struct {
	Record  MarketRecord
	Reports []SignedOracleReport // OracleQuorum reports, signers ascending, or none
	Tick    bool
}
