// Package risk finds and closes risky accounts: the RiskIndex keeps every account's liquidation thresholds
// (state.LiquidationPrice) as the engine updates it, the Liquidator closes liquidatable accounts against a
// LiquiditySource (the books, best first) with the insurance fund paying shortfalls and deleverages bankrupt
// ones (docs/PROTOCOL.md §5.1), and the account risk view (AccountRisk) reports margin, entry prices, PnL and
// liquidation prices off-chain. RiskEvent records what a liquidation or deleveraging did.
//
// Imports: state, sequencer/wire, sequencer/engine (the transitions it drives), sequencer/internal/book (the
// liquidity it takes) and sequencer/wal (the keys of its persisted events and entry prices).
//
// Concurrency: nothing here is safe for concurrent use; the Service calls it under its mutex.
package risk
