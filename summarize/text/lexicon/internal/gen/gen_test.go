package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"io"
	"os"
	"testing"
)

var (
	update  = flag.Bool("update", false, "rewrite testdata/tiny.bin")
	wordnet = flag.String("wordnet", "", "WordNet directory to check lexicon.bin against (e.g. /usr/share/wordnet); the check is skipped without it")
)

func payload(t *testing.T, gz []byte) []byte {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func generate(t *testing.T, dict string) []byte {
	t.Helper()
	tb, err := build(dict)
	if err != nil {
		t.Fatal(err)
	}
	b, err := tb.encode()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestGolden: the fixture (an excerpt of WordNet in its own format) gives the
// committed table, and twice the same bytes. Compared uncompressed, so that a
// change in compress/flate does not fail it.
func TestGolden(t *testing.T) {
	const golden = "../../testdata/tiny.bin"
	got := generate(t, "../../testdata/wordnet")
	if again := generate(t, "../../testdata/wordnet"); !bytes.Equal(got, again) {
		t.Fatal("two runs on the same database differ")
	}
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(payload(t, got), payload(t, want)) {
		t.Fatalf("%s is stale: run go test ./internal/gen -update", golden)
	}
}

// TestEmbeddedIsCurrent: the committed lexicon.bin is what go generate
// writes from the WordNet given by -wordnet (10 s of CPU, so only on request:
// go test ./summarize/text/lexicon/internal/gen -wordnet /usr/share/wordnet).
func TestEmbeddedIsCurrent(t *testing.T) {
	dict := *wordnet
	if dict == "" {
		t.Skip("no -wordnet directory given")
	}
	want, err := os.ReadFile("../../lexicon.bin")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(payload(t, generate(t, dict)), payload(t, want)) {
		t.Fatal("lexicon.bin is stale: run go generate ./summarize/text/lexicon/")
	}
}

// TestBadInput: a malformed database is an error naming the file and line.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"data", "index"} {
		for _, p := range []string{"noun", "verb", "adj", "adv"} {
			if err := os.WriteFile(dir+"/"+f+"."+p, nil, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, p := range []string{"noun", "verb", "adj", "adv"} {
		if err := os.WriteFile(dir+"/"+p+".exc", nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := build(dir); err != nil {
		t.Fatalf("an empty database: %v", err)
	}
	if err := os.WriteFile(dir+"/data.noun", []byte("00001740 03 n 01 entity 0 00x | gloss\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := build(dir)
	if err == nil || !bytes.Contains([]byte(err.Error()), []byte("data.noun:1")) {
		t.Fatalf("a bad pointer count: err = %v, want one naming data.noun:1", err)
	}
}
