// Package docs_test checks the module's documents against its code: docs/PROTOCOL.md's rule table names only
// functions that exist (TestRuleTable), its step table pairs engine and circuit steps of the same name
// (TestStepTable), no package grows past the size limit (TestPackageSize) and no function of the engine, risk
// or circuit packages past MaxFuncLines (TestFuncLength).
package docs_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// moduleRoot is the module's directory, relative to this package's.
const moduleRoot = ".."

// goDecls maps a package's directory name to the names it declares, in all its files (tests included): "F"
// for a function, "T.m" for a method m of type T.
type goDecls map[string]map[string]bool

// skipDir reports whether a directory holds no Go code of the module.
func skipDir(name string) bool {
	return name == "testdata" || name == "node_modules" || name == "vendor" || strings.HasPrefix(name, ".") ||
		strings.HasPrefix(name, "_")
}

// loadDecls parses every Go file of the module and returns its declarations by package directory name;
// dirs maps a directory name to its paths, so that an ambiguous name can be reported.
func loadDecls(t *testing.T) (goDecls, map[string][]string) {
	t.Helper()
	decls, dirs := goDecls{}, map[string][]string{}
	fset := token.NewFileSet()
	err := filepath.WalkDir(moduleRoot, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != moduleRoot && skipDir(d.Name()) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		dir := filepath.Dir(path)
		name := filepath.Base(dir)
		if decls[name] == nil {
			decls[name] = map[string]bool{}
		}
		if !contains(dirs[name], dir) {
			dirs[name] = append(dirs[name], dir)
		}
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok {
				decls[name][funcName(fd)] = true
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return decls, dirs
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if x == y {
			return true
		}
	}
	return false
}

// funcName returns "F" for a function, "T.m" for a method.
func funcName(fd *ast.FuncDecl) string {
	if fd.Recv == nil || len(fd.Recv.List) == 0 {
		return fd.Name.Name
	}
	x := fd.Recv.List[0].Type
	for {
		switch y := x.(type) {
		case *ast.StarExpr:
			x = y.X
			continue
		case *ast.IndexExpr:
			x = y.X
			continue
		case *ast.IndexListExpr:
			x = y.X
			continue
		}
		break
	}
	if id, ok := x.(*ast.Ident); ok {
		return id.Name + "." + fd.Name.Name
	}
	return fd.Name.Name
}

var (
	tableHeader = regexp.MustCompile(`^\| Rule \| Go function \| Circuit gadget \| Solidity function \| Differential test \|$`)
	codeName    = regexp.MustCompile("`([^`]+)`")
	ruleName    = regexp.MustCompile(`^\*\*([A-Z][a-z]+(?: [a-z0-9]+)*)\*\*`)
)

// ruleTable returns the rows of PROTOCOL.md's rule table (cells trimmed) and the rules §5 defines.
func ruleTable(t *testing.T) (rows [][]string, rules []string) {
	t.Helper()
	b, err := os.ReadFile("PROTOCOL.md")
	if err != nil {
		t.Fatal(err)
	}
	in5, inTable := false, false
	for _, line := range strings.Split(string(b), "\n") {
		switch {
		case strings.HasPrefix(line, "## 5."):
			in5 = true
		case strings.HasPrefix(line, "## ") || strings.HasPrefix(line, "### 5.1"):
			in5 = false
		}
		if in5 {
			if m := ruleName.FindStringSubmatch(line); m != nil {
				rules = append(rules, m[1])
			}
		}
		switch {
		case tableHeader.MatchString(line):
			inTable = true
		case inTable && strings.HasPrefix(line, "| ---"):
		case inTable && strings.HasPrefix(line, "|"):
			cells := strings.Split(strings.Trim(line, "|"), "|")
			for i := range cells {
				cells[i] = strings.TrimSpace(cells[i])
			}
			rows = append(rows, cells)
		default:
			inTable = false
		}
	}
	return rows, rules
}

// TestRuleTable checks docs/PROTOCOL.md §5's table: a row for every rule of §5, and every Go function or
// method, circuit gadget, Solidity function and test it names exists.
func TestRuleTable(t *testing.T) {
	rows, rules := ruleTable(t)
	if len(rows) == 0 {
		t.Fatal("PROTOCOL.md has no rule table (| Rule | Go function | Circuit gadget | Solidity function | Differential test |)")
	}
	decls, dirs := loadDecls(t)
	sol := map[string]string{}
	have := map[string]bool{}
	for _, r := range rows {
		if len(r) != 5 {
			t.Errorf("row %q: %d cells, want 5", r, len(r))
			continue
		}
		have[r[0]] = true
		for col, cell := range r[1:] {
			names := codeName.FindAllStringSubmatch(cell, -1)
			if len(names) == 0 && cell != "—" {
				t.Errorf("%s: cell %q names nothing (write — for none)", r[0], cell)
			}
			if len(names) == 0 && col != 2 {
				t.Errorf("%s: the %s column may not be empty", r[0], []string{"Go", "circuit", "Solidity", "test"}[col])
			}
			for _, n := range names {
				if col == 2 {
					checkSolidity(t, sol, r[0], n[1])
				} else {
					checkGo(t, decls, dirs, r[0], n[1])
				}
			}
		}
	}
	for _, rule := range rules {
		if !have[rule] {
			t.Errorf("rule %q of §5 has no row in the table", rule)
		}
	}
}

// checkGo reports whether pkg.F or pkg.T.m (pkg a directory name of the module) is declared.
func checkGo(t *testing.T, decls goDecls, dirs map[string][]string, rule, name string) {
	t.Helper()
	pkg, fn, ok := strings.Cut(name, ".")
	if !ok {
		t.Errorf("%s: %q is not pkg.Func or pkg.Type.method", rule, name)
		return
	}
	switch {
	case len(dirs[pkg]) == 0:
		t.Errorf("%s: %s: no package directory %q", rule, name, pkg)
	case len(dirs[pkg]) > 1:
		t.Errorf("%s: %s: package name %q is ambiguous: %v", rule, name, pkg, dirs[pkg])
	case !decls[pkg][fn]:
		t.Errorf("%s: %s is not declared in %s", rule, name, dirs[pkg][0])
	}
}

// checkSolidity reports whether Contract.fn is a function of l1/contracts/Contract.sol.
func checkSolidity(t *testing.T, cache map[string]string, rule, name string) {
	t.Helper()
	contract, fn, ok := strings.Cut(name, ".")
	if !ok {
		t.Errorf("%s: %q is not Contract.function", rule, name)
		return
	}
	src, ok := cache[contract]
	if !ok {
		b, err := os.ReadFile(filepath.Join(moduleRoot, "l1", "contracts", contract+".sol"))
		if err != nil {
			t.Errorf("%s: %s: %v", rule, name, err)
			return
		}
		src = string(b)
		cache[contract] = src
	}
	if !regexp.MustCompile(`\bfunction\s+` + regexp.QuoteMeta(fn) + `\s*\(`).MatchString(src) {
		t.Errorf("%s: %s is not a function of l1/contracts/%s.sol", rule, name, contract)
	}
}

var stepHeader = regexp.MustCompile(`^\| Step \| Clause \| Engine \| Circuit \|$`)

// stepTable returns the rows of PROTOCOL.md's step table (cells trimmed).
func stepTable(t *testing.T) [][]string {
	t.Helper()
	b, err := os.ReadFile("PROTOCOL.md")
	if err != nil {
		t.Fatal(err)
	}
	var rows [][]string
	in := false
	for _, line := range strings.Split(string(b), "\n") {
		switch {
		case stepHeader.MatchString(line):
			in = true
		case in && strings.HasPrefix(line, "| ---"):
		case in && strings.HasPrefix(line, "|"):
			cells := strings.Split(strings.Trim(line, "|"), "|")
			for i := range cells {
				cells[i] = strings.TrimSpace(cells[i])
			}
			rows = append(rows, cells)
		default:
			in = false
		}
	}
	return rows
}

// TestStepTable checks docs/PROTOCOL.md's step table (issue #15: the same step names in Go and in the circuit):
// every row names a function of sequencer/engine and one of circuits that both exist and both bear the step's
// name.
func TestStepTable(t *testing.T) {
	rows := stepTable(t)
	if len(rows) == 0 {
		t.Fatal("PROTOCOL.md has no step table (| Step | Clause | Engine | Circuit |)")
	}
	decls, dirs := loadDecls(t)
	for _, r := range rows {
		if len(r) != 4 {
			t.Errorf("row %q: %d cells, want 4", r, len(r))
			continue
		}
		step := r[0]
		for col, want := range map[int]string{2: "engine", 3: "circuits"} {
			names := codeName.FindAllStringSubmatch(r[col], -1)
			if len(names) != 1 {
				t.Errorf("%s: cell %q names %d functions, want 1", step, r[col], len(names))
				continue
			}
			name := names[0][1]
			if pkg, _, _ := strings.Cut(name, "."); pkg != want {
				t.Errorf("%s: %s is not in package %s", step, name, want)
			}
			if i := strings.LastIndex(name, "."); name[i+1:] != step {
				t.Errorf("%s: %s does not bear the step's name", step, name)
			}
			checkGo(t, decls, dirs, step, name)
		}
	}
}
