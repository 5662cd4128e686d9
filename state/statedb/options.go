package statedb

import (
	"log/slog"

	"github.com/cockroachdb/pebble/v2/vfs"
)

// defaultCacheEntries is the default capacity of each generation of the tree's read caches (account-tree
// nodes, slot-tree nodes, accounts): about 40 MB of nodes when full.
const defaultCacheEntries = 1 << 17

// config is what the options of Open set.
type config struct {
	fs           vfs.FS
	cacheEntries int
	logger       *slog.Logger
}

// Option configures Open.
type Option func(*config)

// WithFS makes the tree store its files in fs instead of the operating system's file system; tests pass
// vfs.NewMem() or an error-injecting wrapper.
func WithFS(fs vfs.FS) Option { return func(c *config) { c.fs = fs } }

// WithCacheEntries sets the capacity of each generation of the tree's read caches; 0 disables them.
func WithCacheEntries(n int) Option { return func(c *config) { c.cacheEntries = max(n, 0) } }

// WithLogger sets the logger that receives Pebble's messages; the default is slog.Default().
func WithLogger(l *slog.Logger) Option { return func(c *config) { c.logger = l } }
