// Command perpx runs and operates perpx: a local devnet, proving-key management, and the trader tools.
//
// Usage:
//
//	perpx devnet [--demo] [--api 127.0.0.1:8080] [--data-dir DIR] [--key-dir DIR] [--batch-size 2]
//	perpx keys setup [--batch-size 2] [--key-dir DIR]
//	perpx keys export-solidity [--batch-size 2] [--key-dir DIR] --out FILE
//	perpx escape --rpc URL --contract ADDR --account ID --key FILE [--from-block N] [--state-dir DIR] [--freeze] [--dry-run]
package main
