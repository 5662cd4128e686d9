// Command perpx runs and operates perpx: a local devnet, proving-key management, and the trader tools.
//
// Usage:
//
//	perpx devnet [--demo] [--api 127.0.0.1:8080] [--data-dir DIR] [--key-dir DIR] [--batch-size 2] [--workers 1]
//	             [--l1-http 127.0.0.1:8545] [--out devnet]
//	perpx devnet --l1-rpc URL --l1-key FILE [--deployment FILE] [...]
//	  (an external dev-chain node instead of the simulated chain: deploys there with the funded key, or runs
//	  the given deployment of the devnet's configuration, whose operator --l1-key must be)
//	perpx deploy --rpc URL --key FILE --config FILE|devnet [--token ADDR] [--chain-id N] [--out deployment.json]
//	perpx keys setup [--batch-size 2] [--key-dir DIR]
//	perpx keys export-solidity [--batch-size 2] [--key-dir DIR] --out FILE
//	perpx escape --rpc URL --contract ADDR --account ID --key FILE [--config FILE] [--from-block N] [--state-dir DIR] [--freeze] [--dry-run]
//	  (the node must serve the rollup's logs from its deployment block on: an archive node or one without
//	  history expiry; --from-block at or before the deployment block)
//	perpx escape --rpc URL --contract ADDR --key FILE --withdraw [--amount QUANTUMS]
//	perpx sequencer --data-dir DIR [--api 127.0.0.1:8080] [--batch-size 2] [--seal-interval 2s] [--config FILE]
//	                [--deployment FILE | --l1-rpc URL --rollup ADDR [--from-block N]] [--confirmations N]
//	                [--nats-listen 127.0.0.1:4222 | --nats URL] [--max-jobs N] [--nats-timeout 1m] [--log-level info]
//	perpx prover [--nats URL] [--batch-size 2] [--key-dir DIR] [--ack-wait 30s] [--nats-timeout 1m] [--metrics ADDR]
//	perpx submitter [--nats URL] --deployment FILE --l1-key FILE [--rpc URL] [--confirmations N] [--stuck-after 30s]
//	                [--nats-timeout 1m] [--metrics ADDR]
//	perpx status [--api URL]
//	perpx claim --deployment FILE --l1-key FILE
//	perpx keys new --out FILE
//	perpx deposit (--deployment FILE | --rpc URL --rollup ADDR) --l1-key FILE --amount USDC (--key FILE | --account ID)
//	perpx consent --rpc URL --rollup ADDR --l1-key FILE --account-a A --account-b B --market BTC-USD --side buy
//	              --size 0.01 --price 60000 [--expiry 24h] [--nonce N] [--out FILE]
//	perpx forced-trade --rpc URL --rollup ADDR --l1-key FILE --consent FILE
//	perpx order place --key FILE --account ID --market BTC-USD --side buy --size 0.01 --price 60000
//	                  [--type limit|market|ioc|fok|post-only] [--reduce-only] [--expiry 24h] [--slot S] [--nonce N]
//	perpx order cancel --key FILE --account ID (--id N | --all [--market M])
//	perpx order list --account ID
//	perpx account --account ID
//	perpx withdraw --key FILE --account ID --amount USDC [--l1-address ADDR] [--claim --deployment FILE --l1-key FILE]
//	perpx transfer --key FILE --from ID --to ID --amount USDC [--isolated MARKET]
//
// The trader commands talk to --api (default http://127.0.0.1:8080, or $PERPX_API) and take sizes, prices
// and amounts as human decimals (base units, USDC per base unit, USDC). A forced trade needs no sequencer: B's
// owner signs a consent file with perpx consent (which reads the market's units from --api), and A's owner
// queues it on L1 with perpx forced-trade, which takes the rollup's forced-request bond (l1.ForcedRequestBond
// token units, approved as needed) from A's owner's L1 address; a batch that serves the trade valid credits it
// back to that address's pending withdrawals on L1.
package main
