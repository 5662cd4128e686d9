package stress

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/cockroachdb/pebble/v2/vfs"

	"github.com/perpx/perpx/state"
	"github.com/perpx/perpx/state/statedb"
)

func quietLogger() statedb.Option { return statedb.WithLogger(slog.New(slog.DiscardHandler)) }

// Load opens a copy of the state tree stored in dir: a Pebble checkpoint of a sequencer's tree
// (statedb.Tree.Checkpoint, e.g. DataDir/stress/checkpoint), the state directory of a stopped sequencer, or a
// state rebuilt from L1 (perpx escape -state-dir). The files are copied into memory first, so dir is only
// read: runs never write to it, and a directory another process has open is not disturbed.
func Load(dir string, cfg state.Config) (*State, error) {
	mem := vfs.NewMem()
	if err := mem.MkdirAll("state", 0o755); err != nil {
		return nil, err
	}
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil || rel == "." {
			return err
		}
		if d.IsDir() {
			return mem.MkdirAll(filepath.Join("state", rel), 0o755)
		}
		if d.Name() == "LOCK" {
			return nil
		}
		return copyFile(path, mem, filepath.Join("state", rel))
	})
	if err != nil {
		return nil, fmt.Errorf("stress: copy %s: %w", dir, err)
	}
	tree, err := statedb.Open("state", statedb.WithFS(mem), quietLogger())
	if err != nil {
		return nil, err
	}
	return &State{Tree: tree, Config: cfg, fs: mem, dir: "state"}, nil
}

func copyFile(src string, fs vfs.FS, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := fs.Create(dst, vfs.WriteCategoryUnspecified)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
