package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/perpx/perpx/l1"
	"github.com/perpx/perpx/state"
)

// Submitter defaults.
const (
	// DefaultStuckAfter is how long a commit may stay unmined before it is replaced with higher fees.
	DefaultStuckAfter = 30 * time.Second
	// feeBumpPercent raises both fees of a replacement (nodes require at least 10 %).
	feeBumpPercent = 25
	// maxReplacements bounds the replacements of one commit before the submitter starts over from L1's state.
	maxReplacements = 8
	// receiptPoll is how often a sent commit's receipt is looked for.
	receiptPoll = 250 * time.Millisecond
)

// L1Backend is what the submitter needs from its node; *ethclient.Client is one.
type L1Backend interface {
	l1.Backend
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
}

// Submitter commits proofs to L1 in batch order. It keeps no state of its own: at start and before each
// commit it reads L1's batch number, so a restarted submitter resumes where L1 stands and never commits a
// batch twice; it replaces its own stuck transaction (same nonce, higher fees) rather than adding another.
type Submitter struct {
	Conn    *Conn
	Backend L1Backend
	Rollup  *l1.Rollup
	// Operator signs the commits; its nonces are the submitter's alone.
	Operator *l1.Submitter
	// Verifiers maps batch sizes to the verifier each proof is checked with before it is sent.
	Verifiers map[int]common.Address
	// Confirmations is how many blocks must follow a commit before its batch is reported verified.
	Confirmations uint64
	StuckAfter    time.Duration
	Log           *slog.Logger
	// OnVerified, when set, is called for each batch verified on L1 (metrics).
	OnVerified func(p *ProofMsg, rcpt *types.Receipt)

	pending map[uint64]*ProofMsg
}

// Run reads every proof from the proofs stream and commits them in order until ctx ends.
func (s *Submitter) Run(ctx context.Context) error {
	if s.StuckAfter <= 0 {
		s.StuckAfter = DefaultStuckAfter
	}
	if s.Log == nil {
		s.Log = slog.New(slog.DiscardHandler)
	}
	s.pending = map[uint64]*ProofMsg{}
	proofs := make(chan *ProofMsg, 64)
	go s.readProofs(ctx, proofs)
	t := time.NewTicker(retryInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case p := <-proofs:
			s.pending[p.Batch] = p
		case <-t.C:
		}
		if err := s.step(ctx); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			s.Log.Warn("pipeline: submit", "err", err)
		}
	}
}

// readProofs feeds every proof of the stream, from its start, to out (an ordered consumer: nothing to ack,
// nothing left behind by a crash).
func (s *Submitter) readProofs(ctx context.Context, out chan<- *ProofMsg) {
	for ctx.Err() == nil {
		cons, err := s.Conn.js.OrderedConsumer(ctx, ProofsStream, jetstream.OrderedConsumerConfig{DeliverPolicy: jetstream.DeliverAllPolicy})
		if err != nil {
			s.Log.Warn("pipeline: proofs consumer", "err", err)
			sleep(ctx, retryInterval)
			continue
		}
		for ctx.Err() == nil {
			batch, err := cons.Fetch(16, jetstream.FetchMaxWait(fetchWait))
			if err != nil {
				s.Log.Warn("pipeline: fetch proofs", "err", err)
				sleep(ctx, retryInterval)
				break
			}
			for msg := range batch.Messages() {
				var p ProofMsg
				if err := json.Unmarshal(msg.Data(), &p); err != nil || p.Kind != KindLeaf {
					continue
				}
				select {
				case out <- &p:
				case <-ctx.Done():
					return
				}
			}
		}
	}
}

// step drops the proofs of batches L1 holds and commits the next batch's proof, if it is there.
func (s *Submitter) step(ctx context.Context) error {
	for {
		st, err := s.Rollup.Status(ctx)
		if err != nil {
			return fmt.Errorf("%w: %w", l1.ErrL1Unreachable, err)
		}
		for n, p := range s.pending {
			if n <= st.BatchNumber {
				// A duplicate, or a batch committed before a restart (maybe by the transaction a killed
				// submitter left pending): L1 holds it, so it is verified.
				delete(s.pending, n)
				s.Conn.PublishStatus(ctx, Status{Batch: n, Stage: StageVerified, Worker: p.Worker, Proof: p.Proof, ProveMillis: p.ProveMillis})
			}
		}
		p := s.pending[st.BatchNumber+1]
		if p == nil {
			return nil
		}
		if err := s.commit(ctx, p); err != nil {
			if errors.Is(err, ErrBadProof) {
				delete(s.pending, p.Batch)
				s.Conn.PublishStatus(ctx, Status{Batch: p.Batch, Stage: StageFailed, Worker: p.Worker, Error: err.Error()})
			}
			return err
		}
	}
}

// commit verifies p against the header L1 will hash, sends it, replaces it while it is stuck, waits for its
// confirmations and reports the batch verified.
func (s *Submitter) commit(ctx context.Context, p *ProofMsg) error {
	var root fr.Element
	root.SetBytes(p.NewRoot)
	header, err := s.Rollup.NextHeader(ctx, root, p.Timestamp)
	if err != nil {
		return err
	}
	verifier, ok := s.Verifiers[p.BatchSize]
	if !ok {
		return fmt.Errorf("%w: batch %d: no verifier for batch size %d", ErrBadProof, p.Batch, p.BatchSize)
	}
	if err := l1.CheckProof(ctx, s.Backend, verifier, p.Proof, state.PublicInput(&header, p.Pubdata)); err != nil {
		var rev *l1.RevertError
		if errors.As(err, &rev) {
			return fmt.Errorf("%w: batch %d from %s: %w", ErrBadProof, p.Batch, p.Worker, err)
		}
		return err
	}
	rcpt, err := s.send(ctx, p, root)
	if err != nil {
		return err
	}
	if err := s.waitConfirmations(ctx, rcpt); err != nil {
		return err
	}
	s.Conn.PublishStatus(ctx, Status{Batch: p.Batch, Stage: StageVerified, Worker: p.Worker, Proof: p.Proof, ProveMillis: p.ProveMillis,
		L1Tx: rcpt.TxHash.Hex(), GasUsed: rcpt.GasUsed})
	if s.OnVerified != nil {
		s.OnVerified(p, rcpt)
	}
	s.Log.Info("pipeline: verified on L1", "batch", p.Batch, "tx", rcpt.TxHash.Hex(), "gas", rcpt.GasUsed)
	return nil
}

// send sends the commit with the operator's next confirmed nonce, so that a commit a crashed submitter left
// pending is replaced rather than followed, and replaces it with higher fees each time it stays unmined for
// StuckAfter. It returns the successful receipt; a reverted commit is decoded to its custom error.
func (s *Submitter) send(ctx context.Context, p *ProofMsg, root fr.Element) (*types.Receipt, error) {
	from := s.Operator.From()
	nonce, err := s.Backend.NonceAt(ctx, from, nil)
	if err != nil {
		return nil, fmt.Errorf("%w: nonce: %w", l1.ErrL1Unreachable, err)
	}
	fees, err := s.fees(ctx, nonce)
	if err != nil {
		return nil, err
	}
	var sent []*types.Transaction
	for attempt := 0; attempt <= maxReplacements; attempt++ {
		tx, err := s.Operator.SendCommit(ctx, fees, root, p.Timestamp, p.Pubdata, p.Withdrawals, p.Proof)
		switch {
		case err != nil && isUnderpriced(err):
			bump(&fees)
			continue
		case err != nil && len(sent) == 0:
			return nil, err
		case err == nil:
			sent = append(sent, tx)
			s.Conn.PublishStatus(ctx, Status{Batch: p.Batch, Stage: StageSubmitted, Worker: p.Worker, L1Tx: tx.Hash().Hex()})
		}
		if rcpt, err := s.waitAny(ctx, sent, nonce); err == nil {
			return s.checkReceipt(ctx, rcpt, sent)
		} else if !errors.Is(err, errStuck) {
			return nil, err
		}
		s.Log.Warn("pipeline: commit stuck, replacing", "batch", p.Batch, "nonce", nonce)
		bump(&fees)
	}
	return nil, fmt.Errorf("pipeline: batch %d: commit not mined after %d replacements", p.Batch, maxReplacements)
}

// errStuck reports a commit not mined within StuckAfter.
var errStuck = errors.New("pipeline: commit stuck")

// errNonceUsed reports a nonce another transaction of the operator took: one a killed submitter left pending.
var errNonceUsed = errors.New("pipeline: the commit's nonce was used by another transaction")

// waitAny waits up to StuckAfter for a receipt of any of the transactions (one nonce's replacements); it
// returns errNonceUsed as soon as another transaction of the operator is mined with their nonce.
func (s *Submitter) waitAny(ctx context.Context, txs []*types.Transaction, nonce uint64) (*types.Receipt, error) {
	deadline := time.Now().Add(s.StuckAfter)
	for time.Now().Before(deadline) {
		for _, tx := range txs {
			if rcpt, err := s.Backend.TransactionReceipt(ctx, tx.Hash()); err == nil && rcpt != nil {
				return rcpt, nil
			}
		}
		if n, err := s.Backend.NonceAt(ctx, s.Operator.From(), nil); err == nil && n > nonce {
			return nil, errNonceUsed
		}
		if err := sleep(ctx, receiptPoll); err != nil {
			return nil, err
		}
	}
	return nil, errStuck
}

// checkReceipt returns a successful receipt, and a failed one's decoded revert.
func (s *Submitter) checkReceipt(ctx context.Context, rcpt *types.Receipt, sent []*types.Transaction) (*types.Receipt, error) {
	if rcpt.Status == types.ReceiptStatusSuccessful {
		return rcpt, nil
	}
	for _, tx := range sent {
		if tx.Hash() == rcpt.TxHash {
			if err := l1.RevertOf(ctx, s.Backend, s.Operator.From(), tx, rcpt.BlockNumber); err != nil {
				return nil, fmt.Errorf("%w: %s: %w", l1.ErrTxFailed, rcpt.TxHash, err)
			}
		}
	}
	return nil, fmt.Errorf("%w: %s", l1.ErrTxFailed, rcpt.TxHash)
}

// waitConfirmations waits until Confirmations blocks follow the receipt's block.
func (s *Submitter) waitConfirmations(ctx context.Context, rcpt *types.Receipt) error {
	for {
		head, err := s.Backend.BlockNumber(ctx)
		if err == nil && head >= rcpt.BlockNumber.Uint64()+s.Confirmations {
			return nil
		}
		if err := sleep(ctx, receiptPoll); err != nil {
			return err
		}
	}
}

// fees returns the first fees of a commit: the node's suggested tip and twice the head's base fee on top.
func (s *Submitter) fees(ctx context.Context, nonce uint64) (l1.Fees, error) {
	tip, err := s.Backend.SuggestGasTipCap(ctx)
	if err != nil {
		return l1.Fees{}, fmt.Errorf("%w: tip: %w", l1.ErrL1Unreachable, err)
	}
	h, err := s.Backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return l1.Fees{}, fmt.Errorf("%w: head: %w", l1.ErrL1Unreachable, err)
	}
	base := new(big.Int)
	if h.BaseFee != nil {
		base.Set(h.BaseFee)
	}
	return l1.Fees{Nonce: nonce, GasTipCap: tip, GasFeeCap: new(big.Int).Add(new(big.Int).Mul(base, big.NewInt(2)), tip)}, nil
}

// bump raises both fees by feeBumpPercent.
func bump(f *l1.Fees) {
	up := func(v *big.Int) *big.Int {
		return new(big.Int).Div(new(big.Int).Mul(v, big.NewInt(100+feeBumpPercent)), big.NewInt(100))
	}
	f.GasTipCap, f.GasFeeCap = new(big.Int).Add(up(f.GasTipCap), big.NewInt(1)), new(big.Int).Add(up(f.GasFeeCap), big.NewInt(1))
}

// isUnderpriced reports a node's refusal of a replacement whose fees are too low, or of a transaction it
// already holds; nodes say so only in their messages.
func isUnderpriced(err error) bool {
	m := err.Error()
	return strings.Contains(m, "underpriced") || strings.Contains(m, "already known")
}
