package docs_test

import (
	"fmt"
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
	for _, msg := range funcLengthProblems(all, longFuncs) {
		t.Error(msg)
	}
}

// funcLengthProblems returns, sorted by function, what is wrong with the function lengths all against the
// ratchet allow: a function past its limit, an allowed one back within MaxFuncLines or below its ratchet, and
// an allowed one that does not exist.
func funcLengthProblems(all, allow map[string]int) []string {
	var names, out []string
	for name := range all {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		n := all[name]
		limit, ok := allow[name]
		if !ok {
			limit = MaxFuncLines
		}
		switch {
		case n > limit:
			out = append(out, fmt.Sprintf("%s spans %d lines, more than %d: split it into steps named after docs/PROTOCOL.md §5", name, n, limit))
		case ok && n <= MaxFuncLines:
			out = append(out, fmt.Sprintf("%s spans %d lines: take it off longFuncs", name, n))
		case ok && n < limit:
			out = append(out, fmt.Sprintf("%s spans %d lines: lower its longFuncs ratchet from %d", name, n, limit))
		}
	}
	for name := range allow {
		if _, ok := all[name]; !ok {
			out = append(out, fmt.Sprintf("longFuncs names %s, which does not exist", name))
		}
	}
	return out
}

// TestFuncLengthLimit checks the measure and the bound at MaxFuncLines and one line past it: a function of
// MaxFuncLines lines passes, one of MaxFuncLines+1 fails, and a ratchet entry is held to its own limit.
func TestFuncLengthLimit(t *testing.T) {
	src := func(name string, lines int) string {
		return "func " + name + "() {\n" + strings.Repeat("\t_ = 0\n", lines-2) + "}\n"
	}
	file := "package p\n\n" + src("atLimit", MaxFuncLines) + "\n" + src("pastLimit", MaxFuncLines+1)
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", file, 0)
	if err != nil {
		t.Fatal(err)
	}
	all := map[string]int{}
	for _, d := range f.Decls {
		fd := d.(*ast.FuncDecl)
		all[fd.Name.Name] = funcLines(fset, fd)
	}
	if all["atLimit"] != MaxFuncLines || all["pastLimit"] != MaxFuncLines+1 {
		t.Fatalf("measured %v, want atLimit %d and pastLimit %d lines", all, MaxFuncLines, MaxFuncLines+1)
	}
	if got := funcLengthProblems(all, nil); len(got) != 1 || !strings.HasPrefix(got[0], fmt.Sprintf("pastLimit spans %d lines", MaxFuncLines+1)) {
		t.Errorf("no ratchet: problems %q, want only pastLimit's", got)
	}
	if got := funcLengthProblems(all, map[string]int{"pastLimit": MaxFuncLines + 1}); len(got) != 0 {
		t.Errorf("pastLimit allowed %d lines: problems %q, want none", MaxFuncLines+1, got)
	}
	if got := funcLengthProblems(all, map[string]int{"pastLimit": MaxFuncLines + 2}); len(got) != 1 {
		t.Errorf("slack ratchet: problems %q, want one asking to lower it", got)
	}
}
