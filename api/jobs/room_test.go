package jobs

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// sqlLiteral is a string that reads as a statement of this package's tables.
var sqlLiteral = regexp.MustCompile(`(?is)^\s*(SELECT\b.*\bFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM)\b`)

// The package keeps to its room: its SQL is behind the store (store.go and
// queries.go), it never imports api/, it neither fetches pages nor chooses the
// engine itself (the pipeline does: Fetch, EngineIdentity), and it has no error
// type of its own (errors are *summarize.Error in the domain's codes, mapped to
// statuses in the API's one table).
func TestRoomOfItsOwn(t *testing.T) {
	fset := token.NewFileSet()
	pkgs, err := parser.ParseDir(fset, ".", func(fi fs.FileInfo) bool {
		return !strings.HasSuffix(fi.Name(), "_test.go")
	}, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, pkg := range pkgs {
		for name, f := range pkg.Files {
			for _, imp := range f.Imports {
				if p, _ := strconv.Unquote(imp.Path.Value); p == "github.com/briefing-news/briefing/api" {
					t.Errorf("%s imports api/", name)
				}
			}
			ast.Inspect(f, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.BasicLit:
					if n.Kind == token.STRING && name != "store.go" && name != "queries.go" {
						if s, err := strconv.Unquote(n.Value); err == nil && sqlLiteral.MatchString(s) {
							t.Errorf("%s: SQL outside the store: %.60q", fset.Position(n.Pos()), s)
						}
					}
				case *ast.SelectorExpr:
					if n.Sel.Name == "Fetcher" || n.Sel.Name == "DefaultEngine" || n.Sel.Name == "Engines" {
						t.Errorf("%s: reads the pipeline's %s: the pipeline fetches and chooses the engine", fset.Position(n.Pos()), n.Sel.Name)
					}
				case *ast.TypeSpec:
					if n.Name.Name == "Error" {
						t.Errorf("%s: an error type of its own", fset.Position(n.Pos()))
					}
				}
				return true
			})
		}
	}
}
