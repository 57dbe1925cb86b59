package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

const module = "github.com/briefing-news/briefing"

// lean are the packages that must not depend on the HTML extraction stack: the
// domain, the engines and the eval's metrics work on text that is already clean,
// and importing them must not cost go-dateparser's package init (about 0.4 s and
// 78 MB) or its modules.
var lean = []string{
	module + "/summarize",
	module + "/summarize/llm",
	module + "/summarize/extractive",
	module + "/summarize/text",
	module + "/summarize/merge",
	module + "/summarize/coverage",
	module + "/summarize/verify",
	// The eval's metrics and runner: they read the pipeline's output and the
	// cases' files, and take an HTML article's text with the standard library.
	module + "/eval",
}

// htmlStack is the HTML extraction stack, by import path prefix.
var htmlStack = []string{
	"github.com/markusmobius/go-trafilatura",
	"github.com/markusmobius/go-dateparser",
	"github.com/markusmobius/go-htmldate",
	"github.com/markusmobius/go-domdistiller",
	"codeberg.org/readeck/go-readability",
	"github.com/go-shiori/",
	"golang.org/x/net/html",
}

func inHTMLStack(pkg string) bool {
	for _, p := range htmlStack {
		if strings.HasPrefix(pkg, p) {
			return true
		}
	}
	return false
}

// goTool is the go command of the toolchain running the test.
func goTool(t *testing.T) string {
	t.Helper()
	if p := filepath.Join(runtime.GOROOT(), "bin", "go"); fileExists(p) {
		return p
	}
	p, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("no go command: %v", err)
	}
	return p
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// importGraph returns the direct imports of every package in the build of pkgs
// (test files left out), from `go list -deps`. It reads only the module cache.
func importGraph(t *testing.T, pkgs []string) map[string][]string {
	t.Helper()
	args := append([]string{"list", "-deps", "-f", `{{.ImportPath}}{{range .Imports}} {{.}}{{end}}`}, pkgs...)
	cmd := exec.Command(goTool(t), args...)
	cmd.Env = append(os.Environ(), "GOPROXY=off", "GOTOOLCHAIN=local", "GOFLAGS=-mod=readonly")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, stderr.String())
	}
	graph := map[string][]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Fields(line)
		if len(f) > 0 {
			graph[f[0]] = f[1:]
		}
	}
	return graph
}

// routeToHTML returns the shortest import chain from root into the HTML stack,
// or nil.
func routeToHTML(graph map[string][]string, root string) []string {
	prev := map[string]string{root: ""}
	queue := []string{root}
	for len(queue) > 0 {
		pkg := queue[0]
		queue = queue[1:]
		if inHTMLStack(pkg) {
			var chain []string
			for p := pkg; p != ""; p = prev[p] {
				chain = append(chain, p)
			}
			slices.Reverse(chain)
			return chain
		}
		for _, imp := range graph[pkg] {
			if _, seen := prev[imp]; seen {
				continue
			}
			prev[imp] = pkg
			queue = append(queue, imp)
		}
	}
	return nil
}

func TestLeanPackagesDoNotImportTheHTMLStack(t *testing.T) {
	graph := importGraph(t, lean)
	for _, pkg := range lean {
		t.Run(strings.TrimPrefix(pkg, module+"/"), func(t *testing.T) {
			if _, ok := graph[pkg]; !ok {
				t.Fatalf("go list did not list %s", pkg)
			}
			if chain := routeToHTML(graph, pkg); chain != nil {
				t.Fatalf("%s depends on the HTML extraction stack: %s", pkg, strings.Join(chain, " → "))
			}
		})
	}
}

// The check itself: a route through an import that is not allowed is found.
func TestRouteToHTML(t *testing.T) {
	graph := map[string][]string{
		"a": {"b", "c"},
		"b": {"golang.org/x/net/html"},
		"c": {"d"},
		"d": {"github.com/go-shiori/dom"},
	}
	if got := routeToHTML(graph, "a"); strings.Join(got, " ") != "a b golang.org/x/net/html" {
		t.Fatalf("got %q", got)
	}
	if got := routeToHTML(graph, "c"); strings.Join(got, " ") != "c d github.com/go-shiori/dom" {
		t.Fatalf("got %q", got)
	}
	if got := routeToHTML(map[string][]string{"a": {"b"}, "b": {"strings"}}, "a"); got != nil {
		t.Fatalf("got %q, want no route", got)
	}
}
