// Package feed owns the sequencer's market feed: what opens each batch's market update (docs/PROTOCOL.md
// §5). State is the Service's own feed, a function of the logged inputs only (the last admitted quorum of
// oracle reports and the funding sampler's premium samples), stored in every checkpoint; OracleFeed and
// FundingSampler are the same rules for callers that drive an engine directly (tests, the stress suite). It
// also holds the admission rules of an oracle quorum (CheckQuorum, CheckFresh, CheckNewer).
//
// It may import engine (the MarketFeed contract), internal/book (the books it samples), internal/sigverify
// (report signatures), wire (errors) and state; it never imports the Service.
//
// Concurrency: none of its types is safe for concurrent use; the Service's single writer owns its State.
package feed
