package sequencer

import (
	"fmt"

	"github.com/perpx/perpx/sequencer/wal"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// Transfer applies a signed transfer (docs/PROTOCOL.md §5) and returns the number of the batch holding it. A
// transfer to an empty account at or above state.L2AccountBase creates it with the sender's key and L1 address
// and the signed margin mode: this is how an owner opens sub-accounts and isolated accounts, which then sign
// with the owner's key. A transfer that fails admission is not logged.
func (s *Service) Transfer(t state.SignedTransfer) (uint64, error) {
	if err := s.VerifySig(t.Msg.FromAccount, t.Msg.Hash(), &t.Sig); err != nil {
		return 0, fmt.Errorf("transfer from account %d: %w", t.Msg.FromAccount, err)
	}
	return s.SubmitTransfer(t)
}

// SubmitTransfer applies a transfer whose signature was checked.
func (s *Service) SubmitTransfer(t state.SignedTransfer) (uint64, error) {
	res, err := s.submit(&wal.LogEntry{Kind: wal.EntryTransfer, Transfer: t})
	n, _ := res.(uint64)
	return n, err
}

// prepareTransfer admits a transfer whose signature was checked: the rules admission can check without the
// engine, which stays the authority.
func (s *Service) prepareTransfer(t *state.SignedTransfer) (func() (any, error), error) {
	m := &t.Msg
	if err := s.checkTransfer(m); err != nil {
		return nil, fmt.Errorf("transfer from account %d to %d: %w", m.FromAccount, m.ToAccount, err)
	}
	return func() (any, error) {
		tr := *t
		n, err := s.execute(func() (*state.TxTrace, error) { return s.engine.Transfer(tr) })
		if err != nil {
			return nil, err
		}
		return n, nil
	}, nil
}

func (s *Service) checkTransfer(m *state.TransferMsg) error {
	if err := wire.CheckMsgFields(m.FromAccount, m.Slot, m.ExpirySeconds, 0); err != nil {
		return err
	}
	switch {
	case uint64(m.ToAccount) >= 1<<state.AccountTreeDepth:
		return fmt.Errorf("%w: account %d", wire.ErrAccountID, m.ToAccount)
	case m.AmountQuantums == 0 || m.AmountQuantums >= state.MaxAmount:
		return fmt.Errorf("%w: %d", wire.ErrAmount, m.AmountQuantums)
	case m.ExpirySeconds < max(s.engine.BatchTime(), s.now):
		return fmt.Errorf("%w: expiry %d", wire.ErrExpired, m.ExpirySeconds)
	case m.Nonce == 0:
		return wire.ErrZeroNonce
	case m.FromAccount == m.ToAccount:
		return wire.ErrSelfTransfer
	case m.MarginMode > state.MarketCount:
		return fmt.Errorf("%w: %d", wire.ErrMarginMode, m.MarginMode)
	}
	if id, ok := s.slots[slotKey{m.FromAccount, m.Slot}]; ok {
		return fmt.Errorf("%w: order %d", wire.ErrSlotInUse, id)
	}
	to, err := s.readAccount(m.ToAccount)
	if err != nil {
		return err
	}
	if to.IsEmpty() && m.ToAccount < state.L2AccountBase {
		return fmt.Errorf("%w: account %d", wire.ErrTransferTarget, m.ToAccount)
	}
	return nil
}
