// Command poseidon2gen writes contracts/Poseidon2.sol, the Solidity Poseidon2 of package poseidon2sol.
//
// Usage (from l1/): go run ./internal/poseidon2gen -out contracts/Poseidon2.sol
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/perpx/perpx/l1/internal/poseidon2sol"
)

func main() {
	out := flag.String("out", "", "output file")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "poseidon2gen: -out is required")
		os.Exit(2)
	}
	if err := os.WriteFile(*out, poseidon2sol.Source(), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "poseidon2gen:", err)
		os.Exit(1)
	}
}
