package coverage

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/text"
)

// quotePattern finds a direct quotation between straight or curly double quotes.
var quotePattern = regexp.MustCompile(`["“]([^"“”]+)["”]`)

// minQuoteWords is the fewest words a quotation needs: shorter ones are titles
// ("The Salt Harvest") or scare quotes.
const minQuoteWords = 4

// speechVerbs attribute a quotation (text.SpeechVerbs), as a regexp alternation.
var speechVerbs = strings.Join(text.SpeechVerbs(), "|")

// framingVerbs attribute a quotation that follows them in the same sentence
// ("X called the strike \"…\"", "Putin hailed Pyongyang's \"…\""), not one
// before them.
var framingVerbs = `called|described|hailed|praised|vowed|pledged|promised|urged|declared|announced|condemned|denounced`

var (
	// after the quote: `," said Giulia Ferrante` / `," said dealer Isabel Cortes`
	saidName = regexp.MustCompile(`^[,.!?]?\s*(?:` + speechVerbs + `)\s+((?:[a-z][\p{L}'’-]*,?\s+){0,4}?)((?:[A-Z][\p{L}'’.-]*\s*)+)`)
	// after the quote: `," Giulia Ferrante said` / `," civil protection chief Giulia Ferrante said`
	nameSaid = regexp.MustCompile(`^[,.!?]?\s*((?:[\p{L}'’.-]+\s+){0,6}?)((?:[A-Z][\p{L}'’.-]*\s+)*[A-Z][\p{L}'’.-]*)\s+(?:` + speechVerbs + `)\b`)
	// after the quote, anyone saying it, named or not: `," a witness said`
	saysAfter = regexp.MustCompile(`^[^"“”]{0,80}?\b(?:` + speechVerbs + `)\b`)
	// speaks finds a speech or framing verb anywhere
	speaks = regexp.MustCompile(`\b(?:` + speechVerbs + `|` + framingVerbs + `)\b`)
	// after the quote: `," she said` / `," it added`
	pronounSaid = regexp.MustCompile(`^[,.!?]?\s*(?:(he|she|they|it)\s+(?:` + speechVerbs + `)|(?:` + speechVerbs + `)\s+(he|she))\b`)
	// before the quote, in the same sentence: `Giulia Ferrante said: "` / `according to X, "` /
	// `Putin hailed Pyongyang's "`
	beforeSaid = regexp.MustCompile(`((?:[A-Z][\p{L}'’.-]*\s+)*[A-Z][\p{L}'’.-]*)(?:,\s+[^"“]{0,60}?,)?\s+(?:` + speechVerbs + `|` + framingVerbs + `)\b[^"“]*$`)
	// personRun is a run of two or three capitalized words, for a pronoun with no
	// speaker before it in the paragraph.
	personRun = regexp.MustCompile(`\b[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){1,2}\b`)
	according = regexp.MustCompile(`according to\s+((?:[a-z][a-z-]*\s+){0,4}?)((?:[A-Z][\p{L}'’.-]*\s*)+)`)
	// anyAttribution finds a named speaker anywhere in a sentence, for pronouns.
	anyNameSaid = regexp.MustCompile(`((?:[A-Z][\p{L}'’.-]*\s+)*[A-Z][\p{L}'’.-]*),?(?:\s+[^,."“”]{0,40},)?\s+(?:` + speechVerbs + `)\b`)
	anySaidName = regexp.MustCompile(`\b(?:` + speechVerbs + `)\s+((?:[a-z][a-z-]*\s+){0,4}?)((?:[A-Z][\p{L}'’.-]*\s*)+)`)
)

// titles are words of a title or office that come before a name and are not part of it.
var titles = map[string]bool{"dr": true, "dr.": true, "mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true,
	"prof": true, "prof.": true, "chief": true, "insp": true, "insp.": true, "prime": true, "minister": true,
	"president": true, "mayor": true, "ceo": true, "sen": true, "sen.": true, "gov": true, "gov.": true,
	"gen": true, "gen.": true, "capt": true, "capt.": true, "sgt": true, "sgt.": true, "det": true, "det.": true,
	"director": true, "secretary": true, "inspector": true, "judge": true, "justice": true, "chairman": true,
	"chairwoman": true, "spokesman": true, "spokeswoman": true, "commissioner": true, "superintendent": true,
	"the": true, "a": true, "an": true, "its": true, "his": true, "her": true}

// notNames are capitalized words that start a sentence or name no one.
var notNames = map[string]bool{"He": true, "She": true, "They": true, "It": true, "The": true, "A": true, "We": true, "I": true, "But": true, "And": true}

// cleanName turns a run of capitalized words into a speaker's name: titles
// dropped ("Dr. Hanna Lindgren" → "Hanna Lindgren", "Halvern CEO Miriam Osei" →
// "Miriam Osei"), trailing punctuation trimmed. It returns "" for no name.
//
// The name is a span of the run as written (one-spaced). The run is one that
// ends at the speech verb (`Ana Ruiz said`); it can cross a sentence's end
// ("…the Ministry. Ana Ruiz said"): a word before the last that ends in a stop
// and is no initial or title ("J.", "Dr.") ends the sentence before the name,
// which starts after it. Only the last word loses its trailing punctuation, so
// no stop inside the name is dropped.
func cleanName(run string) string {
	ws := strings.Fields(strings.TrimSpace(run))
	for i := len(ws) - 2; i >= 0; i-- {
		if endsSentence(ws[i]) {
			ws = ws[i+1:]
			break
		}
	}
	for i := len(ws) - 1; i >= 0; i-- {
		if titles[strings.ToLower(strings.TrimRight(ws[i], ","))] {
			ws = ws[i+1:]
			break
		}
	}
	for len(ws) > 0 && notNames[ws[0]] {
		ws = ws[1:]
	}
	if len(ws) == 0 || len(ws) > 4 {
		return ""
	}
	if last := strings.TrimRight(ws[len(ws)-1], ",.;:"); last != "" {
		ws[len(ws)-1] = last
	} else {
		ws = ws[:len(ws)-1]
	}
	return strings.Join(ws, " ")
}

// endsSentence says whether a word inside a run of capitalized words ends a
// sentence: it ends in a stop and is neither a title's abbreviation ("Dr.",
// "Sen.") nor initials ("J.", "J.K.").
func endsSentence(w string) bool {
	if !strings.ContainsAny(w[len(w)-1:], ".!?;:") {
		return false
	}
	if titles[strings.ToLower(w)] {
		return false
	}
	for _, part := range strings.Split(strings.TrimRight(w, "."), ".") {
		if utf8.RuneCountInString(part) != 1 {
			return true
		}
	}
	return w[len(w)-1] != '.' // "J.:" ends one
}

// leadingName is cleanName of a run that follows a speech verb (`said Ana
// Ruiz`): the name is the run's start, up to the end of the sentence, if the
// run crosses one (`said Mayor Ana Ruiz. Kessel reopened` → "Ana Ruiz").
func leadingName(run string) string {
	ws := strings.Fields(run)
	for i := 0; i < len(ws)-1; i++ {
		if endsSentence(ws[i]) {
			ws = ws[:i+1]
			break
		}
	}
	return cleanName(strings.Join(ws, " "))
}

// found is one quotation in one article.
type found struct {
	art     int
	text    string
	speaker string
}

// quotes finds every direct quotation with its speaker and groups the same
// quotation across articles.
func (a *analysis) quotes() ([]summarize.Quote, error) {
	var all []found
	for i, d := range a.docs {
		if i >= len(a.articles) {
			break
		}
		// carried is the speaker the previous paragraph ended on, for a paragraph
		// that goes on with their words: news copy names a speaker in one
		// paragraph and quotes them, "he said", in the next.
		carried := ""
		l := a.langOf(i)
		for _, para := range d.Paragraphs {
			last := "" // the last named speaker of the paragraph
			var prev []string
			for k, s := range para {
				if err := a.tick(); err != nil {
					return nil, err
				}
				prev = append(prev, stripQuotesIn(s, l))
				ms := quoteMatches(s, l)
				named := ""
				for n, m := range ms {
					text := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s[m[2]:m[3]]), ","))
					after, before := s[m[1]:], s[:m[0]]
					speaker, pronoun := attributeIn(after, before, l)
					if speaker == "" && !pronoun && named != "" && !speaks.MatchString(s[ms[n-1][1]:m[0]]) {
						// a later quotation of a sentence whose earlier one is attributed
						// (`X said "…", and that "…"`) is the same speaker's, unless someone
						// else speaks between them (`X said "…", while a witness said "…"`)
						speaker = named
					}
					if speaker == "" && pronoun {
						speaker = last
					}
					if speaker == "" && !pronoun && strings.TrimSpace(before) == "" && !saysAfter.MatchString(after) {
						// a quotation that opens a sentence without attribution continues the
						// last speaker's words (one that someone unnamed says, "a witness
						// said", does not)
						speaker = last
						if speaker == "" && k == 0 {
							speaker = carried
						}
					}
					if speaker == "" && pronoun {
						// no one is named as speaking: the last person named before in
						// the paragraph, else the speaker the previous one ended on
						// (each piece read on its own, the text before the quotation
						// first: joined, a name that ends one and a name that opens the
						// next read as one name no text writes)
						pieces := append(slices.Clip(prev[:len(prev)-1]), before)
						for j := len(pieces) - 1; j >= 0 && speaker == ""; j-- {
							if ns := personRun.FindAllString(pieces[j], -1); len(ns) > 0 {
								speaker = cleanName(ns[len(ns)-1])
							}
						}
						if speaker == "" {
							speaker = carried
						}
					}
					if speaker != "" {
						last, named = speaker, speaker
					}
					if len(wordsOf(text)) < minQuoteWords || allCapitalized(text) {
						continue
					}
					all = append(all, found{art: i, text: text, speaker: speaker})
				}
				if named == "" && l != nil {
					if n, _ := attributeIn("", stripQuotesIn(s, l), l); n != "" {
						last = n
					}
				}
				if named == "" && l == nil {
					if m := anyNameSaid.FindStringSubmatch(s); m != nil {
						if n := cleanName(m[1]); n != "" {
							last = n
						}
					} else if m := anySaidName.FindStringSubmatch(stripQuotes(s)); m != nil {
						if n := leadingName(m[2]); n != "" {
							last = n
						}
					}
				}
			}
			carried = last
		}
	}
	return a.group(all)
}

func stripQuotes(s string) string { return quotePattern.ReplaceAllString(s, `""`) }

// attribute reads the speaker of a quotation from the text after and before it.
// pronoun is true when a pronoun ("she said") attributes it.
func attribute(after, before string) (speaker string, pronoun bool) {
	if m := pronounSaid.FindStringSubmatch(after); m != nil {
		return "", true
	}
	if m := saidName.FindStringSubmatch(after); m != nil {
		if n := leadingName(m[2]); n != "" {
			return n, false
		}
	}
	if m := nameSaid.FindStringSubmatch(after); m != nil {
		if n := cleanName(m[2]); n != "" {
			return n, false
		}
	}
	if m := according.FindStringSubmatch(after); m != nil && len(strings.TrimSpace(after[:strings.Index(after, "according")])) < 3 {
		if n := leadingName(m[2]); n != "" {
			return n, false
		}
	}
	if m := beforeSaid.FindStringSubmatch(before); m != nil {
		if n := cleanName(m[1]); n != "" {
			return n, false
		}
	}
	return "", false
}

// quoteWords is a wording read once for sameWords: its words, their set and
// its normalized text.
type quoteWords struct {
	words []string
	set   map[string]bool
	norm  string
}

func readQuote(s string) quoteWords {
	q := quoteWords{words: wordsOf(s), set: map[string]bool{}}
	for _, w := range q.words {
		q.set[w] = true
	}
	q.norm = strings.Join(q.words, " ")
	return q
}

// sameWords says whether two wordings are one quotation: most of the
// shorter's words are in the longer, in any order.
func sameWords(x, y quoteWords) bool {
	wx, set, ny := x.words, y.set, len(y.words)
	if len(x.words) > len(y.words) {
		wx, set, ny = y.words, x.set, len(x.words)
	}
	n := 0
	for _, w := range wx {
		if set[w] {
			n++
		}
	}
	return len(wx) > 0 && float64(n) >= 0.7*float64(len(wx)) && float64(len(wx)) >= 0.5*float64(ny)
}

// group folds the found quotations into one Quote per quotation, its variants
// in order of first appearance, the speaker most articles name.
func (a *analysis) group(all []found) ([]summarize.Quote, error) {
	type variant struct {
		text string
		arts map[int]bool
	}
	type group struct {
		variants []*variant
		speakers map[string]int
		order    []string
	}
	// Every variant of every group, in the order they were made, with its words
	// read once. A quotation joins the first group with a variant of the same
	// quotation (sameWords): for a wording seen before, only the variants made
	// since are compared with it, so that a quotation reprinted by a thousand
	// articles is not compared a thousand times with every other.
	type known struct {
		qw    quoteWords
		group int
	}
	type memo struct {
		group   int // the first group holding a variant of it so far, or -1
		checked int // the variants compared so far
	}
	var (
		groups   []*group
		variants []known
		memos    = map[string]*memo{}
		byNorm   []map[string]*variant // by group: its variants by normalized text
		inGroup  [][]quoteWords        // by group: its variants' wordings, in order
		read     = map[string]quoteWords{}
	)
	for _, f := range all {
		if err := a.tick(); err != nil {
			return nil, err
		}
		fw, ok := read[f.text]
		if !ok {
			fw = readQuote(f.text)
			read[f.text] = fw
		}
		m := memos[fw.norm]
		if m == nil {
			// a new wording: the groups in order, as the all-pairs scan went,
			// up to the first that holds a variant of it
			m = &memo{group: -1, checked: len(variants)}
			memos[fw.norm] = m
		scan:
			for gi, vs := range inGroup {
				for _, qw := range vs {
					if err := a.tick(); err != nil {
						return nil, err
					}
					if sameWords(qw, fw) {
						m.group = gi
						break scan
					}
				}
			}
		}
		for ; m.checked < len(variants); m.checked++ {
			if err := a.tick(); err != nil {
				return nil, err
			}
			v := variants[m.checked]
			if (m.group < 0 || v.group < m.group) && sameWords(v.qw, fw) {
				m.group = v.group
			}
		}
		if m.group < 0 {
			m.group = len(groups)
			groups = append(groups, &group{speakers: map[string]int{}})
			byNorm = append(byNorm, map[string]*variant{})
			inGroup = append(inGroup, nil)
		}
		g := groups[m.group]
		v := byNorm[m.group][fw.norm]
		if v == nil {
			v = &variant{text: f.text, arts: map[int]bool{}}
			g.variants = append(g.variants, v)
			byNorm[m.group][fw.norm] = v
			variants = append(variants, known{qw: fw, group: m.group})
			inGroup[m.group] = append(inGroup[m.group], fw)
		}
		v.arts[f.art] = true
		if f.speaker != "" {
			if g.speakers[f.speaker] == 0 {
				g.order = append(g.order, f.speaker)
			}
			g.speakers[f.speaker]++
		}
	}
	var out []summarize.Quote
	for _, g := range groups {
		q := summarize.Quote{}
		best := 0
		for _, s := range g.order {
			if g.speakers[s] > best {
				q.Speaker, best = s, g.speakers[s]
			}
		}
		// the variant most articles carry is the quote's text
		bi := 0
		for i, v := range g.variants {
			if len(v.arts) > len(g.variants[bi].arts) {
				bi = i
			}
		}
		g.variants[0], g.variants[bi] = g.variants[bi], g.variants[0]
		arts := map[int]bool{}
		for _, v := range g.variants {
			qv := summarize.QuoteVariant{Text: v.text}
			for i, art := range a.articles {
				if v.arts[i] {
					qv.Citations = append(qv.Citations, art.ID)
					arts[i] = true
				}
			}
			q.Variants = append(q.Variants, qv)
		}
		q.Text = q.Variants[0].Text
		for i, art := range a.articles {
			if arts[i] {
				q.Citations = append(q.Citations, art.ID)
			}
		}
		out = append(out, q)
	}
	return out, nil
}

// allCapitalized says whether every word of s is capitalized: a title, not speech.
func allCapitalized(s string) bool {
	for _, w := range strings.Fields(s) {
		if !isCapitalized(w) {
			return false
		}
	}
	return true
}
