package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"

	"github.com/perpx/perpx/prover"
)

func runKeys(args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("keys: want a subcommand: new, setup, export-solidity")
	}
	if args[0] == "new" {
		return runKeysNew(args[1:], os.Stdout)
	}
	fs := flag.NewFlagSet("keys "+args[0], flag.ContinueOnError)
	size := fs.Int("batch-size", 2, "batch size")
	dir := fs.String("key-dir", prover.DefaultKeyDir(), "proving key cache directory")
	out := fs.String("out", "", "output file (export-solidity)")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	p := prover.New(*dir, progressTo(os.Stderr))
	switch args[0] {
	case "setup":
		k, err := p.Keys(*size)
		if err != nil {
			return err
		}
		fmt.Printf("batch size %d: %d constraints, circuit %s, keys in %s\n", *size, k.CCS.GetNbConstraints(), k.CircuitHash[:16], *dir)
		return nil
	case "export-solidity":
		if *out == "" {
			return fmt.Errorf("keys export-solidity: --out is required")
		}
		var buf bytes.Buffer
		if err := p.ExportSolidity(*size, &buf); err != nil {
			return err
		}
		return os.WriteFile(*out, buf.Bytes(), 0o644)
	}
	return fmt.Errorf("keys: unknown subcommand %q", args[0])
}

func progressTo(w *os.File) prover.Progress {
	return func(format string, args ...any) { fmt.Fprintf(w, format+"\n", args...) }
}
