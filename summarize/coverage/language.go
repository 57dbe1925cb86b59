package coverage

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-news/briefing/summarize/text"
)

// The coverage stage in the articles' languages. An article in a language the
// text toolkit knows, other than English, has its figures read as the
// language writes numbers ("6,4" is six point four in French and German,
// "80.000" eighty thousand), its quotations found between the language's
// marks (« », „ “, » «, “ ”, and the typewriter's) and their speakers by the
// language's speech and reporting verbs: `«…», a déclaré Marie Dupont`,
// `„…“, sagte er`, `Marie Dupont a déclaré : «…»`, `selon Marie Dupont`,
// `وقال سامي الخطيب: «…»`. A name is a run of capitalized words (joined by the
// language's particles, "de", "von"), or, in a script without capitals, the
// words after the verb up to a function word. English, and an article whose
// language is unknown or has no rules here, are read as before.

// langOf is the toolkit of article i's language, nil for English, for an
// unknown language and for one without rules of its own.
func (a *analysis) langOf(i int) *text.Lang {
	if i < 0 || i >= len(a.articles) || a.articles[i].Language == "" {
		return nil
	}
	l := text.For(a.articles[i].Language)
	if l == text.English || l.Generic() {
		return nil
	}
	return l
}

// tokensIn is tokens, its numerals read as language l writes them (nil:
// English).
func tokensIn(s string, l *text.Lang) []tok {
	ts := tokens(s)
	if l == nil {
		return ts
	}
	for i := range ts {
		t := &ts[i]
		if !t.num || t.text[0] == '$' {
			continue
		}
		if t.text[0] >= '0' && t.text[0] <= '9' {
			if v, ok := l.ParseNumeral(t.text); ok {
				t.val, t.read = v, true
			}
		}
	}
	return ts
}

// quoteMatches finds the quotations of s as quotePattern's submatch indexes:
// the whole quotation and its words. With l nil, quotePattern's (straight and
// curly double quotes); else the language's double quotation marks, each
// quotation closed by the mark that pairs with the one that opened it.
func quoteMatches(s string, l *text.Lang) [][]int {
	if l == nil {
		return quotePattern.FindAllStringSubmatchIndex(s, -1)
	}
	pairs := append(l.Quotes(), text.QuotePair{Open: "“", Close: "”"}, text.QuotePair{Open: `"`, Close: `"`})
	var out [][]int
	open, closing := -1, ""
	for i, r := range s {
		m := string(r)
		if open >= 0 {
			if m == closing {
				out = append(out, []int{open, i + len(m), open + utf8.RuneLen(firstRune(s[open:])), i})
				open = -1
			}
			continue
		}
		for _, p := range pairs {
			if p.Open == m && doubleMark(m) {
				open, closing = i, p.Close
				break
			}
		}
	}
	return out
}

func firstRune(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }

// doubleMark says whether a quotation mark is a double one: single marks are
// apostrophes too ("l’armée"), and open no quotation here.
func doubleMark(m string) bool {
	switch m {
	case "«", "»", "„", "“", "”", `"`, "「", "『":
		return true
	}
	return false
}

// stripQuotesIn is stripQuotes in language l.
func stripQuotesIn(s string, l *text.Lang) string {
	if l == nil {
		return stripQuotes(s)
	}
	ms := quoteMatches(s, l)
	if len(ms) == 0 {
		return s
	}
	var b strings.Builder
	prev := 0
	for _, m := range ms {
		b.WriteString(s[prev:m[0]])
		b.WriteString(`""`)
		prev = m[1]
	}
	b.WriteString(s[prev:])
	return b.String()
}

// accordingWords introduce a speaker as "according to" does, by language.
var accordingWords = map[string][]string{
	"fr": {"selon", "d'après"}, "de": {"laut", "zufolge"}, "es": {"según"}, "it": {"secondo"}, "pt": {"segundo", "conforme"},
	"nl": {"volgens"}, "cs": {"podle"}, "pl": {"według"}, "el": {"σύμφωνα"}, "ru": {"по словам"}, "uk": {"за словами"},
	"ar": {"بحسب", "وفقا", "حسب"}, "he": {"לדברי", "לפי"},
}

// pronouns are the subject pronouns that attribute a quotation to the last
// speaker named ("a-t-il dit", "sagte er"), by language.
var pronouns = map[string]map[string]bool{
	"fr": {"il": true, "elle": true, "ils": true, "elles": true}, "de": {"er": true, "sie": true},
	"es": {"él": true, "ella": true}, "it": {"lui": true, "lei": true}, "pt": {"ele": true, "ela": true},
	"nl": {"hij": true, "zij": true, "ze": true}, "cs": {"on": true, "ona": true}, "pl": {"on": true, "ona": true},
	"el": {"αυτός": true, "αυτή": true}, "ru": {"он": true, "она": true}, "uk": {"він": true, "вона": true},
	"he": {"הוא": true, "היא": true},
}

// offices are the titles and offices, lower case, that come before a name
// and are not part of it, in the toolkit's languages.
var offices = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`ministre président présidente maire préfet préfète porte-parole directeur directrice
		général générale juge docteur
		minister ministerin präsident präsidentin bürgermeister bürgermeisterin kanzler kanzlerin sprecher sprecherin
		chef chefin direktor direktorin polizeisprecher polizeisprecherin
		ministro ministra presidente presidenta alcalde alcaldesa portavoz director directora juez
		sindaco portavoce prefeito prefeita porta-voz burgemeester woordvoerder
		ministr ministryně prezident prezidentka starosta starostka mluvčí
		prezydent prezydentka burmistrz rzecznik rzeczniczka
		υπουργός πρόεδρος δήμαρχος εκπρόσωπος
		министр президент мэр глава представитель губернатор міністр президента речник
		الوزير الرئيس المتحدث رئيس وزير
		השר ראש הנשיא דובר`) {
		m[w] = true
	}
	return m
}()

// word is one run of letters and digits of a text, lower case, with where it is.
type word struct {
	raw, low   string
	start, end int
}

func wordsIn(s string) []word {
	var out []word
	for start, end := range text.Runs(s) {
		out = append(out, word{raw: s[start:end], low: strings.ToLower(s[start:end]), start: start, end: end})
	}
	return out
}

// speechAt reports whether the words at ws[k:] begin with a speech or
// reporting verb of l, or with an "according to" of l; n is how many words it
// takes.
func speechAt(ws []word, k int, l *text.Lang) (n int, ok bool) {
	if k >= len(ws) {
		return 0, false
	}
	if l.IsSpeechVerb(ws[k].low) {
		return 1, true
	}
	for _, a := range accordingWords[l.Tag()] {
		parts := strings.Fields(a)
		if k+len(parts) > len(ws) {
			continue
		}
		match := true
		for j, p := range parts {
			if ws[k+j].low != strings.ReplaceAll(p, "'", "") && ws[k+j].low != p {
				match = false
			}
		}
		if match {
			return len(parts), true
		}
	}
	return 0, false
}

// nameFrom reads the speaker's name that begins at ws[k] in s: a run of
// capitalized words (the language's particles between them), or in a script
// without capitals up to three name words (text.Lang.IsNameWord). A title the
// language knows ("Dr", "Mme") is skipped; a break in the text (punctuation
// other than a hyphen or an apostrophe) ends the name.
func nameFrom(s string, ws []word, k int, l *text.Lang) string {
	var parts []word
	if l.NameRule() == text.NamesByCapitals {
		// An office or an article before the name ("el ministro Carlos Ruiz",
		// "министр Иван Петров", "Bürgermeisterin Anna Weber") is not part of it.
		for j := k; j < len(ws) && j < k+3; j++ {
			if offices[ws[j].low] || !unicode.IsUpper(firstRune(ws[j].raw)) && l.IsStopword(ws[j].low) {
				k = j + 1
				continue
			}
			break
		}
	}
	for j := k; j < len(ws) && len(parts) < 4; j++ {
		w := ws[j]
		if j > k && strings.TrimSpace(strings.Trim(s[ws[j-1].end:w.start], "-'’ ")) != "" {
			break
		}
		if l.NameRule() == text.NamesByContent {
			if !l.IsNameWord(text.Token{Raw: w.raw, Low: w.low}) || len(parts) == 3 {
				break
			}
			parts = append(parts, w)
			continue
		}
		capital := unicode.IsUpper(firstRune(w.raw))
		switch {
		case capital && l.Abbreviation(w.low) == text.Title && len(parts) == 0:
			continue
		case capital:
			parts = append(parts, w)
		case len(parts) > 0 && l.IsNameParticle(w.low) && j+1 < len(ws) && unicode.IsUpper(firstRune(ws[j+1].raw)):
			parts = append(parts, w)
		default:
			j = len(ws)
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return oneSpaced(s[parts[0].start:parts[len(parts)-1].end])
}

// oneSpaced is a name as the stage writes names: its words one space apart.
func oneSpaced(s string) string { return strings.Join(strings.Fields(s), " ") }

// nameBefore reads the name that ends at ws[k-1] (a run of capitalized words
// before a speech verb, auxiliaries skipped: "Marie Dupont a déclaré",
// "Marie Dupont hat gesagt").
func nameBefore(s string, ws []word, k int, l *text.Lang) string {
	j := k - 1
	for j >= 0 && j >= k-2 && !unicode.IsUpper(firstRune(ws[j].raw)) && len([]rune(ws[j].low)) <= 4 && l.IsStopword(ws[j].low) {
		j-- // an auxiliary: "a", "hat", "ha", "heeft"
	}
	end := j
	for j >= 0 && (unicode.IsUpper(firstRune(ws[j].raw)) || j < end && l.IsNameParticle(ws[j].low)) {
		if j < end && strings.TrimSpace(strings.Trim(s[ws[j].end:ws[j+1].start], "-'’ ")) != "" {
			break
		}
		j--
	}
	if j == end {
		return ""
	}
	start := j + 1
	for start <= end && l.IsNameParticle(ws[start].low) {
		start++
	}
	if start > end || l.IsStopword(ws[start].low) && start == end {
		return ""
	}
	return oneSpaced(s[ws[start].start:ws[end].end])
}

// attributeIn is attribute in language l (nil: English): the speaker of a
// quotation from the text after it (`, a déclaré Marie Dupont`, `, sagte er`,
// `, Marie Dupont a déclaré`, `, selon Marie Dupont`) and the text before it
// in its sentence (`Marie Dupont a déclaré : `, `وقال سامي الخطيب: `).
// pronoun is true when a pronoun attributes it.
func attributeIn(after, before string, l *text.Lang) (speaker string, pronoun bool) {
	if l == nil {
		return attribute(after, before)
	}
	ws := wordsIn(after)
	// after the quotation: the verb within its first four words, then a name or
	// a pronoun, or a name before the verb
	for k := 0; k < len(ws) && k < 4; k++ {
		if k > 0 && strings.ContainsAny(after[ws[k-1].end:ws[k].start], ".!?;") {
			break
		}
		n, ok := speechAt(ws, k, l)
		if !ok {
			continue
		}
		if k+n < len(ws) && pronouns[l.Tag()][ws[k+n].low] {
			return "", true
		}
		if name := nameFrom(after, ws, k+n, l); name != "" {
			return name, false
		}
		if name := nameBefore(after, ws, k, l); name != "" {
			return name, false
		}
		break
	}
	// before it, in its sentence: the last speech verb, the name after it
	// (verb first: "وقال سامي الخطيب", "erklärte Marie Dupont") or before it
	bw := wordsIn(before)
	for k := len(bw) - 1; k >= 0 && k >= len(bw)-12; k-- {
		if strings.ContainsAny(before[bw[k].end:], ".!?") && strings.TrimSpace(strings.Trim(before[bw[k].end:], ":,«»„“\" ")) != "" {
			break
		}
		n, ok := speechAt(bw, k, l)
		if !ok {
			// Arabic and Hebrew join "and" to the verb: "وقال" is "و" + "قال".
			if l.NameRule() == text.NamesByContent && len([]rune(bw[k].low)) > 3 && strings.HasPrefix(bw[k].low, "و") && l.IsSpeechVerb(strings.TrimPrefix(bw[k].low, "و")) {
				n, ok = 1, true
			}
		}
		if !ok {
			continue
		}
		if name := nameFrom(before, bw, k+n, l); name != "" {
			return name, false
		}
		if name := nameBefore(before, bw, k, l); name != "" {
			return name, false
		}
		break
	}
	return "", false
}
