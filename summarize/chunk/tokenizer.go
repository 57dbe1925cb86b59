package chunk

import (
	"fmt"
	"strings"
	"sync"

	tiktoken "github.com/pkoukk/tiktoken-go"
	tiktokenloader "github.com/pkoukk/tiktoken-go-loader"
)

// Encoding names understood by NewTokenizer.
const (
	O200kBase  = "o200k_base"  // gpt-4o, gpt-4.1, gpt-5 and o-series models
	Cl100kBase = "cl100k_base" // every other model (gpt-4, gpt-3.5, Ollama's llama/mistral/qwen…)
)

// loaderMu serializes tiktoken-go's package-level BPE loader and encoding cache:
// tiktoken.SetBpeLoader writes a global that GetEncoding reads without a lock, so
// two NewTokenizer calls at once would race. It is the one piece of package state
// here and exists only to guard the library's own.
var loaderMu sync.Mutex

// EncodingFor names the tiktoken encoding for a model: o200k_base for the gpt-4o,
// gpt-4.1, gpt-5, chatgpt-4o and o-series (o1, o3, o4) names, cl100k_base otherwise.
// A provider prefix such as "openai/" and an Ollama tag such as ":8b" are ignored.
func EncodingFor(model string) string {
	name := strings.ToLower(strings.TrimSpace(model))
	if i := strings.LastIndexByte(name, '/'); i >= 0 {
		name = name[i+1:]
	}
	if i := strings.IndexByte(name, ':'); i >= 0 {
		name = name[:i]
	}
	for _, p := range []string{"gpt-4o", "gpt-4.1", "gpt-5", "chatgpt-4o"} {
		if strings.HasPrefix(name, p) {
			return O200kBase
		}
	}
	for _, o := range []string{"o1", "o3", "o4"} {
		if name == o || strings.HasPrefix(name, o+"-") {
			return O200kBase
		}
	}
	return Cl100kBase
}

// Tokenizer counts tokens the way a model's tokenizer does; it is safe for
// concurrent use.
type Tokenizer struct {
	enc      *tiktoken.Tiktoken
	encoding string
}

// NewTokenizer loads the encoding for model (see EncodingFor) from the BPE ranks
// embedded by tiktoken-go-loader: nothing is downloaded, ever.
//
// Loading builds the rank tables (60–150 ms here, a few tens of MB), so build one
// Tokenizer per model and share it. NewTokenizer installs
// tiktoken-go-loader's offline loader with tiktoken.SetBpeLoader, which is global
// state inside tiktoken-go; the call is idempotent and guarded by a mutex, but
// code elsewhere in the process must not install a different loader.
func NewTokenizer(model string) (*Tokenizer, error) {
	encoding := EncodingFor(model)
	loaderMu.Lock()
	defer loaderMu.Unlock()
	tiktoken.SetBpeLoader(tiktokenloader.NewOfflineLoader())
	enc, err := tiktoken.GetEncoding(encoding)
	if err != nil {
		return nil, fmt.Errorf("chunk: load %s: %w", encoding, err)
	}
	return &Tokenizer{enc: enc, encoding: encoding}, nil
}

// Count returns the number of tokens of text, special-token strings counted as
// ordinary text, in time linear in len(text).
//
// The count is exact, the very count of tiktoken, unless text holds a stretch of
// more than maxStretch (512) bytes in which no word, number or clause ends: a run
// of letters or CJK characters without a space or punctuation, of punctuation, or
// of whitespace. Such a stretch is cut every maxStretch bytes, at a rune boundary,
// and its parts are counted apart, because tiktoken's byte-pair merge costs time
// quadratic in the length of one piece. Each cut changes the count by at most
// CutError (3) tokens, up or down, so the count is within
// CutError × len(text)/maxStretch of tiktoken's: at most 0.6% of the bytes, and
// never more than 1,200 tokens on a 200,000-byte article. The bound is measured,
// not proven: on runs of letters, CJK and Thai, accented letters, spaces, mixed
// whitespace, punctuation and emoji, a cut moved the count by at most 2 tokens
// (TestCountCutError keeps checking it).
//
// Text is counted part by part, split where every piece of tiktoken's pre-split
// ends whatever the context (after a word or a number, before a space: see
// safeBoundary; TestSafeBoundariesSplitExactly checks that the parts give the
// very tokens of the whole), and a part seen before in the same text is not
// counted again: this is about twice as fast as counting an article whole.
func (t *Tokenizer) Count(text string) int {
	n, start := 0, 0
	seen := map[string]int{}
	count := func(part string) {
		c, ok := seen[part]
		if !ok {
			c = len(t.enc.EncodeOrdinary(part))
			seen[part] = c
		}
		n += c
	}
	for end := range parts(text, maxStretch) {
		count(text[start:end])
		start = end
	}
	if start < len(text) {
		count(text[start:])
	}
	return n
}

// CutError bounds how much one cut of an over-long stretch changes Count (see
// Count).
const CutError = 3

// Exact reports whether Count(text) is exactly tiktoken's count: whether text has
// no stretch that Count cuts. Ordinary prose in any language with spaces or
// punctuation is exact.
func Exact(text string) bool { return len(stretches(text, maxStretch)) == 1 }

// Encoding names the tokenizer's encoding ("o200k_base" or "cl100k_base").
func (t *Tokenizer) Encoding() string { return t.encoding }
