package segment

import (
	"bytes"
	"compress/gzip"
	"embed"
	"fmt"
	"io"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/neurosnap/sentences"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/text"
)

// The Punkt training data of neurosnap/sentences v1.1.2 (its data/ folder,
// MIT licence: punkt/LICENSE.md) for the languages that have it besides
// English, gzipped: the module compiles in only English's.
//
//go:embed punkt/*.json.gz
var punktData embed.FS

// langState are a Segmenter's segmenters of other languages, built on
// first use.
type langState struct {
	mu   sync.Mutex
	byTg map[string]*Segmenter
}

func (s *Segmenter) forLang(tag string) *Segmenter {
	r := s.root()
	l := text.For(tag)
	if l == text.English || strings.TrimSpace(tag) == "" {
		return r
	}
	r.langs.mu.Lock()
	defer r.langs.mu.Unlock()
	if seg, ok := r.langs.byTg[l.Tag()]; ok {
		return seg
	}
	seg, err := newLang(l)
	if err != nil {
		// The data is embedded and tested: an error here is a bug; fall
		// back to the rules over an empty model rather than fail a brief.
		seg = rulesOnly(l)
	}
	seg.parent = r
	if r.langs.byTg == nil {
		r.langs.byTg = map[string]*Segmenter{}
	}
	r.langs.byTg[l.Tag()] = seg
	return seg
}

func (s *Segmenter) root() *Segmenter {
	if s.parent != nil {
		return s.parent
	}
	return s
}

// newLang builds the segmenter of a language: its Punkt data when there is
// some, else an empty model that knows the language's abbreviations.
func newLang(l *text.Lang) (*Segmenter, error) {
	if l.Punkt() == "" {
		return rulesOnly(l), nil
	}
	z, err := punktData.ReadFile("punkt/" + l.Punkt() + ".json.gz")
	if err != nil {
		return nil, fmt.Errorf("segment: %s sentence model: %w", l.Name(), err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(z))
	if err != nil {
		return nil, fmt.Errorf("segment: %s sentence model: %w", l.Name(), err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("segment: %s sentence model: %w", l.Name(), err)
	}
	st, err := sentences.LoadTraining(b)
	if err != nil {
		return nil, fmt.Errorf("segment: %s sentence model: %w", l.Name(), err)
	}
	addAbbrevs(st, l)
	return &Segmenter{tok: sentences.NewSentenceTokenizer(st), tag: l.Tag(), lang: l}, nil
}

// rulesOnly: a Punkt model with no training but the language's
// abbreviations: it splits after ".", "!" and "?" unless an abbreviation
// or an initial comes before; the rule layer does the rest.
func rulesOnly(l *text.Lang) *Segmenter {
	st := sentences.NewStorage()
	addAbbrevs(st, l)
	return &Segmenter{tok: sentences.NewSentenceTokenizer(st), tag: l.Tag(), lang: l}
}

func addAbbrevs(st *sentences.Storage, l *text.Lang) {
	for _, k := range []text.Abbrev{text.Title, text.Ambiguous} {
		for _, a := range l.Abbreviations(k) {
			st.AbbrevTypes.Add(a)
		}
	}
}

// splitEnders splits pieces after the language's own sentence enders (the
// Arabic question mark "؟", "۔", the Greek question mark ";") when white
// space and a letter or digit follow: Punkt knows only ".", "!" and "?".
func splitEnders(pieces []string, enders string) []string {
	if enders == "" {
		return pieces
	}
	var out []string
	for _, piece := range pieces {
		from := 0
		for i, r := range piece {
			if !strings.ContainsRune(enders, r) {
				continue
			}
			end := i + utf8.RuneLen(r)
			// closing quotation marks and brackets stay with the sentence
			for end < len(piece) && strings.ContainsRune(")]»”“\"’", rune(piece[end])) {
				end++
			}
			rest := piece[end:]
			if rest == "" || !unicode.IsSpace(firstRune(rest)) {
				continue
			}
			next := strings.TrimLeftFunc(rest, unicode.IsSpace)
			if next == "" || !(unicode.IsLetter(firstRune(next)) || unicode.IsDigit(firstRune(next)) || strings.ContainsRune("«“\"„(", firstRune(next))) {
				continue
			}
			out = append(out, piece[from:end])
			from = end
		}
		out = append(out, piece[from:])
	}
	return out
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// langQuotes counts a growing sentence's quotation marks by the language's
// pairs: a mark that only opens counts up, one that only closes counts down,
// and one that does both in the language (", and “ where „…“ and “…” are both
// written) counts toward parity.
type langQuotes struct {
	pairs []text.QuotePair
	same  int
	depth int
}

func (q *langQuotes) add(s string) {
	for _, r := range s {
		o, c := false, false
		for _, p := range q.pairs {
			o = o || strings.ContainsRune(p.Open, r)
			c = c || strings.ContainsRune(p.Close, r)
		}
		switch {
		case o && c:
			q.same++
		case o:
			q.depth++
		case c:
			q.depth--
		}
	}
}

func (q *langQuotes) open() bool { return q.same%2 == 1 || q.depth > 0 }

// langQuotesBalanced: the paragraph's quotation marks pair up by the
// language's pairs.
func langQuotesBalanced(p string, pairs []text.QuotePair) bool {
	q := langQuotes{pairs: pairs}
	q.add(p)
	return q.same%2 == 0 && q.depth == 0
}

// langSpans is Spans by a language's rules: the model's pieces, split after
// the language's own enders, joined back where a split falls inside a
// quotation (by the language's quotation marks), before a lower-case word,
// a digit or closing punctuation, after an initial, after a title
// ("Mme", "Hr.", "г.") or after an ambiguous abbreviation before a word
// that does not open sentences (the language's stopwords do).
func (s *Segmenter) langSpans(p string) []summarize.Span {
	pairs := s.lang.Quotes()
	pieces := splitClosedQuotes(moveClosers(splitEnders(splitAfterFigures(s.pieces(p), s.lang), s.lang.SentenceEnders()), s.lang), s.lang, pairs)
	quoteRule := langQuotesBalanced(p, pairs)
	var out []summarize.Span
	cur, curStart, at := "", 0, 0
	q := langQuotes{pairs: pairs}
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
		if cur != "" && s.langJoin(cur, t, quoteRule && q.open()) {
			cur = p[curStart:at]
			q.add(piece)
			continue
		}
		if cur != "" {
			emit(curStart, start)
		}
		cur, curStart = piece, start
		q = langQuotes{pairs: pairs}
		q.add(piece)
	}
	if cur != "" {
		emit(curStart, curStart+len(cur))
	}
	return out
}

// langJoin is shouldJoin by the language's abbreviations and starters.
func (s *Segmenter) langJoin(prev, next string, inQuote bool) bool {
	if inQuote {
		return true
	}
	p := strings.TrimSpace(prev)
	r, _ := utf8.DecodeRuneInString(next)
	if unicode.IsLower(r) || unicode.IsDigit(r) || strings.ContainsRune(")]}”’»“,;:%", r) && !s.lang.IsOpeningQuote(r) {
		return true
	}
	if !strings.HasSuffix(p, ".") {
		return false
	}
	last := lastWord(p)
	word := strings.ToLower(strings.TrimSuffix(last, "."))
	word = strings.TrimLeft(word, "(\"'“‘[«„")
	if word == "" {
		return false
	}
	if utf8.RuneCountInString(word) == 1 && unicode.IsLetter(firstRune(word)) {
		// An initial ("J. Martin"), or a one-letter abbreviation ("z. B.",
		// "u. a.", "т. е.", "г.", Arabic "د." for doctor).
		return true
	}
	switch s.lang.Abbreviation(word) {
	case text.Title:
		return true
	case text.Ambiguous:
		if s.lang.Tag() == "de" {
			// German capitalizes its nouns: "Mio. Euro" goes on; a
			// sentence starter ("etc. Die …") opens a sentence.
			return !s.lang.IsSentenceStarter(strings.ToLower(firstWord(next)))
		}
		// Before a capitalized word (lower case, digits and closing marks
		// were joined above): "38,5 млн руб. Прокуратура …".
		return false
	}
	return false
}

// splitClosedQuotes splits a piece after a sentence end inside a quotation
// that the quotation mark closes ("„Wir kommen wieder.“ Die Polizei…")
// when the quotations of the piece are all closed there and an upper-case
// letter follows: Punkt does not split there without the English model's
// rule for it.
func splitClosedQuotes(pieces []string, l *text.Lang, pairs []text.QuotePair) []string {
	var out []string
	for _, piece := range pieces {
		from := 0
		for i, r := range piece {
			if i == 0 || !l.IsClosingQuote(r) || !strings.ContainsRune(".!?…", lastRune(strings.TrimRightFunc(piece[:i], unicode.IsSpace))) {
				continue
			}
			end := i + utf8.RuneLen(r)
			rest := piece[end:]
			if rest == "" || !unicode.IsSpace(firstRune(rest)) {
				continue
			}
			next := strings.TrimLeftFunc(rest, unicode.IsSpace)
			if !unicode.IsUpper(firstRune(next)) {
				continue
			}
			q := langQuotes{pairs: pairs}
			q.add(piece[from:end])
			if q.open() {
				continue
			}
			out = append(out, piece[from:end])
			from = end
		}
		out = append(out, piece[from:])
	}
	return out
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// moveClosers moves the closing quotation marks a piece opens with (and the
// spaces before them) to the piece before, when that one ends a sentence:
// Punkt splits "« Nous partirons demain. » Le maire…" after the period.
func moveClosers(pieces []string, l *text.Lang) []string {
	for i := 1; i < len(pieces); i++ {
		prev := strings.TrimRightFunc(pieces[i-1], unicode.IsSpace)
		if !strings.ContainsRune(".!?…", lastRune(prev)) {
			continue
		}
		p := pieces[i]
		k := 0
		for k < len(p) {
			r, n := utf8.DecodeRuneInString(p[k:])
			if !unicode.IsSpace(r) {
				break
			}
			k += n
		}
		moved := k
		for moved < len(p) {
			r, n := utf8.DecodeRuneInString(p[moved:])
			if !l.IsClosingQuote(r) || l.IsOpeningQuote(r) && r != '"' {
				break
			}
			moved += n
		}
		if moved == k {
			continue
		}
		pieces[i-1] += p[:moved]
		pieces[i] = p[moved:]
	}
	return pieces
}

// ordinalDot are the languages that write an ordinal with a period ("3.
// Oktober", "12. září"): a number before a period ends no sentence there.
var ordinalDot = map[string]bool{"de": true, "cs": true, "pl": true}

// splitAfterFigures splits where the model keeps a sentence end together
// after a percent sign or, in a language without ordinal periods, a number:
// "del 6,5 %. Es la mayor…", "en 2012. El Gobierno…"; the next word must
// open with a capital letter.
func splitAfterFigures(pieces []string, l *text.Lang) []string {
	var out []string
	for _, piece := range pieces {
		from := 0
		for i := 0; i < len(piece); {
			j := strings.Index(piece[i:], ". ")
			if j < 0 {
				break
			}
			dot := i + j
			i = dot + 1
			rest := strings.TrimLeftFunc(piece[dot+1:], unicode.IsSpace)
			if !unicode.IsUpper(firstRune(rest)) || dot == 0 {
				continue
			}
			before := lastRune(piece[:dot])
			if before != '%' && !(unicode.IsDigit(before) && !ordinalDot[l.Tag()]) {
				continue
			}
			out = append(out, piece[from:dot+1])
			from = dot + 1
		}
		out = append(out, piece[from:])
	}
	return out
}
