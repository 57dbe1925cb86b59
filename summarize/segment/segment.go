package segment

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-news/briefing/summarize"
	"github.com/neurosnap/sentences"
	"github.com/neurosnap/sentences/english"

	"github.com/briefing-news/briefing/summarize/text"
)

// Paragraphs splits text on blank lines, after normalizing \r\n and \r to \n,
// and returns the trimmed, non-empty paragraphs in order.
func Paragraphs(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	var out []string
	var cur []string
	flush := func() {
		if p := strings.TrimSpace(strings.Join(cur, "\n")); p != "" {
			out = append(out, p)
		}
		cur = cur[:0]
	}
	for line := range strings.SplitSeq(text, "\n") {
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		cur = append(cur, line)
	}
	flush()
	return out
}

// Segmenter splits paragraphs into sentences with the Punkt model of
// github.com/neurosnap/sentences (English) and a rule layer that re-joins the
// model's splits at abbreviations, initials and inside quotations.
//
// Building one loads the model (about 10 ms), so build it once and reuse it;
// a Segmenter is safe for concurrent use.
type Segmenter struct {
	tok *sentences.DefaultSentenceTokenizer

	// tag and lang are the language of a segmenter Lang built: "" and nil
	// for the English one New builds (whose rules are English's).
	tag  string
	lang *text.Lang
	// parent is the English segmenter a language's was built from.
	parent *Segmenter
	langs  langState
}

// Language is the BCP 47 tag of the segmenter's language: "en" for New's.
func (s *Segmenter) Language() string {
	if s.tag == "" {
		return "en"
	}
	return s.tag
}

// New builds a Segmenter from the English training data embedded in
// github.com/neurosnap/sentences.
func New() (*Segmenter, error) {
	tok, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		return nil, fmt.Errorf("segment: load english sentence model: %w", err)
	}
	return &Segmenter{tok: tok}, nil
}

// Sentences splits one paragraph into trimmed, non-empty sentences; joining
// them with single spaces gives back the paragraph modulo whitespace. Each is
// p[sp.Start:sp.End] for the matching span of Spans.
func (s *Segmenter) Sentences(p string) []string {
	spans := s.Spans(p)
	if len(spans) == 0 {
		return nil
	}
	out := make([]string, len(spans))
	for i, sp := range spans {
		out[i] = p[sp.Start:sp.End]
	}
	return out
}

// Spans splits one paragraph into sentences and returns where each stands in
// p, in byte offsets: trimmed, non-empty and in order. Between two spans, and
// before the first and after the last, p holds only white space, so the
// sentences and the gaps rejoin into p exactly. summarize.CodePoints turns the
// offsets into code-point offsets.
func (s *Segmenter) Spans(p string) []summarize.Span {
	if strings.TrimSpace(p) == "" {
		return nil
	}
	if s.lang != nil {
		return s.langSpans(p)
	}
	pieces := s.pieces(p)
	quoteRule := quotesBalanced(p)
	var out []summarize.Span
	cur, curStart, at := "", 0, 0
	// The quotation marks of cur are counted piece by piece, so that a paragraph
	// of many joined pieces ("A. A. A. …") costs linear time, not a recount of cur
	// per piece.
	var q quotes
	emit := func(start, end int) {
		t := p[start:end]
		lead := len(t) - len(strings.TrimLeftFunc(t, unicode.IsSpace))
		trail := len(t) - len(strings.TrimRightFunc(t, unicode.IsSpace))
		if lead+trail < len(t) {
			out = append(out, summarize.Span{Start: start + lead, End: end - trail})
		}
	}
	for _, piece := range pieces {
		start := at
		at += len(piece)
		t := strings.TrimSpace(piece)
		if t == "" {
			continue
		}
		if cur != "" && shouldJoin(cur, t, quoteRule && q.open()) {
			cur = p[curStart:at]
			q.add(piece)
			continue
		}
		if cur != "" {
			emit(curStart, start)
		}
		cur, curStart = piece, start
		q = quotes{}
		q.add(piece)
	}
	if cur != "" {
		emit(curStart, curStart+len(cur))
	}
	return out
}

// quotes counts the double quotation marks of a growing sentence; open reports
// whether what was added leaves a double quotation open.
type quotes struct{ straight, opening, closing int }

func (q *quotes) add(s string) {
	q.straight += strings.Count(s, `"`)
	q.opening += strings.Count(s, "“")
	q.closing += strings.Count(s, "”")
}

func (q *quotes) open() bool { return q.straight%2 == 1 || q.opening > q.closing }

// pieces returns the model's raw split of p: contiguous substrings that
// concatenate back to p. A panic inside the model degrades to one piece.
func (s *Segmenter) pieces(p string) (out []string) {
	defer func() {
		if recover() != nil {
			out = []string{p}
		}
	}()
	toks := s.tok.Tokenize(p)
	out = make([]string, 0, len(toks))
	end := 0
	for _, t := range toks {
		if t.Start != end || t.End < t.Start || t.End > len(p) {
			return []string{p}
		}
		out = append(out, p[t.Start:t.End])
		end = t.End
	}
	if end != len(p) {
		out = append(out, p[end:])
	}
	if s.lang != nil {
		return out
	}
	return splitMissed(out)
}

// splitMissed splits pieces where the English model keeps a sentence end
// together: after a number ("rose to 12. Rescuers…"), a unit after a number
// ("1.5 m. Dr. Ng…"), a sentence-final "no." (which the model takes for
// "number"), and an ambiguous abbreviation followed by a sentence starter
// ("at 6 a.m. Officials…"). The next word must open with a capital letter.
func splitMissed(pieces []string) []string {
	var out []string
	for _, piece := range pieces {
		from := 0
		for i := 0; i < len(piece); {
			j := strings.Index(piece[i:], ". ")
			if j < 0 {
				j = strings.Index(piece[i:], ".\n")
			}
			if j < 0 {
				break
			}
			dot := i + j
			i = dot + 1
			rest := strings.TrimLeftFunc(piece[dot+1:], unicode.IsSpace)
			r, _ := utf8.DecodeRuneInString(rest)
			if !unicode.IsUpper(r) {
				continue
			}
			before := piece[from:dot]
			tok := lastWord(strings.TrimRightFunc(before, unicode.IsSpace))
			if tok == "" {
				continue
			}
			if !missedBreak(before, tok, rest) {
				continue
			}
			out = append(out, piece[from:dot+1])
			from = dot + 1
		}
		out = append(out, piece[from:])
	}
	return out
}

// missedBreak decides one candidate of splitMissed: before is the text of
// the current sentence up to the period, tok its last word, rest what
// follows the period.
func missedBreak(before, tok, rest string) bool {
	first := len(strings.Fields(before)) == 1
	word := strings.ToLower(tok)
	switch {
	case word == "no":
		return true
	case isNumber(tok):
		return !first
	case len(word) <= 3 && isLowerWord(word):
		// a unit after a number: "1.5 m.", "40 km."
		f := strings.Fields(before)
		return len(f) >= 2 && isNumber(f[len(f)-2])
	case isAmbiguous(word) || isDottedAcronym(word):
		return isStarter(strings.ToLower(firstWord(rest)))
	}
	return false
}

func isNumber(s string) bool {
	digits := 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == ',' || r == '.':
		default:
			return false
		}
	}
	return digits > 0
}

func isLowerWord(s string) bool {
	for _, r := range s {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return s != ""
}

// isTitle reports abbreviations that precede a name or number and so never end a
// sentence: a split after one of them is always undone.
func isTitle(w string) bool {
	return text.Abbreviation(w) == text.Title
}

// isAmbiguous reports abbreviations that can end a sentence ("moved to the U.S.")
// as well as sit inside one ("the U.S. Treasury"): a split after one of them
// is undone unless the next piece opens like a sentence.
func isAmbiguous(w string) bool {
	return text.Abbreviation(w) == text.Ambiguous
}

// isStarter reports words that typically open a sentence; after an ambiguous
// abbreviation they keep the split.
func isStarter(w string) bool {
	switch w {
	case "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those",
		"there", "but", "and", "or", "so", "yet", "in", "on", "at", "for", "after", "before", "when",
		"while", "if", "as", "his", "her", "its", "their", "our", "my", "however", "meanwhile", "officials",
		"some", "many", "most", "no", "not", "one", "two", "both", "all", "each", "what", "why", "how",
		"who", "where", "since", "during", "later", "earlier", "then", "now", "today", "still", "also",
		"even", "by", "with", "from", "to", "analysts", "experts":
		return true
	}
	return false
}

// shouldJoin reports whether the split between prev and next (both trimmed of
// nothing but checked on their trimmed forms) is to be undone; inQuote says that
// the quotation rule applies and prev leaves a double quotation open.
func shouldJoin(prev, next string, inQuote bool) bool {
	p := strings.TrimSpace(prev)
	// Inside an open quotation: never split there.
	if inQuote {
		return true
	}
	r, _ := utf8.DecodeRuneInString(next)
	// A piece that opens lowercase, with a digit or with closing punctuation
	// continues the previous sentence ("Dept. said", `win." she said`).
	if unicode.IsLower(r) || unicode.IsDigit(r) || strings.ContainsRune(")]}”’,;:%", r) {
		return true
	}
	if !strings.HasSuffix(p, ".") {
		return false
	}
	last := lastWord(p)
	word := strings.ToLower(strings.TrimSuffix(last, "."))
	word = strings.TrimLeft(word, "(\"'“‘[")
	if word == "" {
		return false
	}
	// Initials: "J. R. R. Tolkien", "George W. Bush".
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(last, "(\"'“‘["))
		if unicode.IsUpper(r) {
			return true
		}
	}
	if isTitle(word) {
		return true
	}
	if isAmbiguous(word) || isDottedAcronym(word) {
		return !isStarter(strings.ToLower(firstWord(next)))
	}
	return false
}

// isDottedAcronym matches "f.b.i" style forms (letters separated by dots).
func isDottedAcronym(w string) bool {
	if len(w) < 3 || !strings.Contains(w, ".") {
		return false
	}
	for part := range strings.SplitSeq(w, ".") {
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(part)
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

func lastWord(s string) string {
	if i := strings.LastIndexFunc(s, unicode.IsSpace); i >= 0 {
		return s[i+1:]
	}
	return s
}

func firstWord(s string) string {
	s = strings.TrimLeft(s, "\"'“‘([")
	if i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		return s[:i]
	}
	return s
}

// quotesBalanced reports whether the paragraph's double quotes pair up, so
// that "inside a quotation" is well defined; paragraphs that open a quote
// without closing it (a quote running on to the next paragraph) do not get
// the quotation rule.
func quotesBalanced(p string) bool {
	straight := strings.Count(p, `"`)
	open, closing := strings.Count(p, "“"), strings.Count(p, "”")
	return straight%2 == 0 && open == closing
}

// Lang returns the segmenter of the language a BCP 47 tag names (see
// text.For): Punkt data of that language where neurosnap/sentences ships it,
// the language's rules (abbreviations, sentence enders such as Arabic "؟",
// sentence starters) over a generic model elsewhere; "" and "en" give s. It
// is built on first use and cached in s; safe for concurrent use.
func (s *Segmenter) Lang(tag string) *Segmenter { return s.forLang(tag) }
