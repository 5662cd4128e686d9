package docs_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// MaxFuncLines bounds the lines of one function or method, from its func keyword to its closing brace, in the
// packages funcLenDirs names (issue #15: functions that read like the protocol, a short sequence of steps).
const MaxFuncLines = 70

// funcLenDirs are the package directories, relative to the module root, whose non-test, non-generated
// functions TestFuncLength bounds.
var funcLenDirs = []string{"sequencer/engine", "sequencer/internal/risk", "circuits"}

// longFuncs lists the functions allowed past MaxFuncLines for now, as "dir: Name" (Name as funcName gives it),
// each with the most lines it may hold: a ratchet, lowered as each is shortened, never raised.
var longFuncs = map[string]int{}

// funcLengths returns the length in lines of every function of dir's non-test, non-generated Go files, keyed
// "dir: Name".
func funcLengths(t *testing.T, dir string) map[string]int {
	t.Helper()
	out := map[string]int{}
	paths, err := filepath.Glob(filepath.Join(moduleRoot, filepath.FromSlash(dir), "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Fatalf("%s holds no Go file", dir)
	}
	fset := token.NewFileSet()
	for _, path := range paths {
		if strings.HasSuffix(path, "_test.go") {
			continue
		}
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if generated(src) {
			continue
		}
		f, err := parser.ParseFile(fset, path, src, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok {
				out[dir+": "+funcName(fd)] = funcLines(fset, fd)
			}
		}
	}
	return out
}

// funcLines returns the lines fd spans, from its func keyword (its doc comment excluded) to its closing brace.
func funcLines(fset *token.FileSet, fd *ast.FuncDecl) int {
	return fset.Position(fd.End()).Line - fset.Position(fd.Pos()).Line + 1
}

// TestFuncLength fails if a function of funcLenDirs spans more than MaxFuncLines lines, or a function of
// longFuncs more than its ratchet, and asks for a ratchet entry to be lowered or removed once it is slack.
func TestFuncLength(t *testing.T) {
	all := map[string]int{}
	for _, dir := range funcLenDirs {
		for name, n := range funcLengths(t, dir) {
			all[name] = n
		}
	}
	var names []string
	for name := range all {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		n := all[name]
		limit, ok := longFuncs[name]
		if !ok {
			limit = MaxFuncLines
		}
		switch {
		case n > limit:
			t.Errorf("%s spans %d lines, more than %d: split it into steps named after docs/PROTOCOL.md §5", name, n, limit)
		case ok && n <= MaxFuncLines:
			t.Errorf("%s spans %d lines: take it off longFuncs", name, n)
		case ok && n < limit:
			t.Errorf("%s spans %d lines: lower its longFuncs ratchet from %d", name, n, limit)
		}
	}
	for name := range longFuncs {
		if _, ok := all[name]; !ok {
			t.Errorf("longFuncs names %s, which does not exist", name)
		}
	}
}
