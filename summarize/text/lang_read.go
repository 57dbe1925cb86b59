package text

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Readers of a language's quotations, speakers and days, for the stages
// that show what a source says who said when (coverage's quotes and
// speakers, the extractive engine's anchored times).

// A Quotation is the text between a quotation's outer marks, trimmed:
// Text is s[Start:End].
type Quotation struct {
	Text       string
	Start, End int
}

// Quotations returns the quotations of s by the language's marks (Quotes),
// outer ones only: «… “au feu !” …» is one. A straight " between two
// letters (Hebrew מנכ"ל, ד"ר) opens nothing. A quotation left open at the
// end of s is not returned.
func (l *Lang) Quotations(s string) []Quotation {
	var out []Quotation
	var closers string // the marks that close the open quotation
	var opener rune
	depth, start := 0, 0
	for i, r := range s {
		if r == '"' && betweenLetters(s, i) {
			continue
		}
		if depth == 0 {
			cl := ""
			for _, q := range l.quotes {
				if strings.ContainsRune(q.Open, r) {
					cl += q.Close
				}
			}
			if cl != "" {
				closers, opener, depth, start = cl, r, 1, i+utf8.RuneLen(r)
			}
			continue
		}
		switch {
		case strings.ContainsRune(closers, r):
			depth--
			if depth == 0 {
				out = appendQuotation(out, s, start, i)
			}
		case r == opener:
			depth++
		}
	}
	return out
}

func appendQuotation(out []Quotation, s string, start, end int) []Quotation {
	t := s[start:end]
	lead := len(t) - len(strings.TrimLeftFunc(t, unicode.IsSpace))
	t = strings.TrimSpace(t)
	if t == "" {
		return out
	}
	return append(out, Quotation{Text: t, Start: start + lead, End: start + lead + len(t)})
}

func betweenLetters(s string, i int) bool {
	if i == 0 || i+1 >= len(s) {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	next, _ := utf8.DecodeRuneInString(s[i+1:])
	return unicode.IsLetter(prev) && unicode.IsLetter(next)
}

// according are the phrases that attribute what follows to a source, by
// language ("selon", "laut", "по словам", "לדברי").
var according = map[string][][]string{
	"en": {{"according", "to"}},
	"fr": {{"selon"}, {"d", "après"}},
	"de": {{"laut"}, {"so", "der"}, {"so", "die"}, {"zufolge"}},
	"es": {{"según"}},
	"it": {{"secondo"}},
	"pt": {{"segundo"}},
	"nl": {{"volgens"}},
	"cs": {{"podle"}},
	"pl": {{"według"}},
	"el": {{"σύμφωνα", "με"}},
	"ar": {{"وفقا"}, {"وفقاً"}, {"حسب"}, {"بحسب"}},
	"he": {{"לדברי"}, {"לדבריו"}, {"לפי"}},
	"ru": {{"по", "словам"}, {"по", "мнению"}},
	"uk": {{"за", "словами"}, {"на", "думку"}},
}

// complementizers end the speaker after a verb in a script without
// capitals ("قال فلان إن…", "אמר פלוני כי…").
var complementizers = map[string]bool{"إن": true, "أن": true, "ان": true, "بأن": true, "انه": true, "إنه": true, "أنه": true, "כי": true, "ש": true}

// auxiliaries come between a speaker and the participle of a speech verb.
var auxiliaries = map[string]bool{"a": true, "ont": true, "hat": true, "haben": true, "ha": true, "han": true, "hanno": true,
	"has": true, "have": true, "had": true, "heeft": true, "hebben": true, "tem": true}

// Speaker returns the speaker of sentence s as written: the name beside
// its speech verb (IsSpeechVerb: "a déclaré la préfète Claire Davoine",
// "Gesundheitsministerin Sabine Krüger-Lenz erklärte") or after an
// attribution ("selon", "so der", "по словам"); "" when there is none.
//
// The rules: in a cased script, a run of capitalized words right before
// the verb, else the first run after it (the one after a comma when a run
// is set off by one: "de Medio Ambiente, Lucía Barrantes"); in a script
// without capitals (Arabic, Hebrew), the words after the verb up to a
// complementizer (إن, أن, כי) or the sentence's end, the last of them set
// off by commas, else the words set off just before the verb. In a cased script the whole
// run is the name ("Kim Jong Un", "Ana María López García") but for the
// titles, articles and calendar words that open it (speakerTitles:
// "Mayor", "Bündnissprecher"); in a script without capitals the last two
// words are kept (hyphenated ones count as one): titles come before names
// ("رئيس الوزراء سامي الحداد"). A verb with a conjunction glued to it ("وقال", "ואמר") counts.
func (l *Lang) Speaker(s string) string {
	toks := l.Lex(s)
	for k := range toks {
		if n := l.attribution(toks, k); n > 0 {
			if name := l.nameAfter(toks, k+n, true); name != "" {
				return name
			}
			continue
		}
		if !l.speechVerbAt(toks[k].Low) {
			continue
		}
		e := k
		if l.cased && k > 1 && auxiliaries[toks[k-1].Low] && !toks[k-1].Brk {
			e = k - 1 // "Kim Jong Un a déclaré", "Anna Weber hat gesagt"
		}
		if l.cased && e > 0 && toks[e-1].Cap && !toks[e-1].Brk && !toks[e-1].Num {
			k := e
			j := k - 1
			for j > 0 && toks[j-1].Cap && !toks[j-1].Brk && !toks[j-1].Num {
				j--
			}
			return l.nameRun(toks[j:k], false)
		}
		if name := l.nameAfter(toks, k+1, false); name != "" {
			return name
		}
		if !l.cased {
			// "יו"ר הוועד, אבי מזרחי, מסר": the words set off before the verb.
			e := k
			j := e - 1
			for j > 0 && !toks[j-1].Brk {
				j--
			}
			if j >= 0 && j < e {
				return lastUnits(toks[j:e], 2)
			}
		}
	}
	return ""
}

// attribution returns how many tokens the attribution phrase at toks[k]
// has, 0 when none starts there.
func (l *Lang) attribution(toks []Token, k int) int {
	for _, p := range according[l.tag] {
		if k+len(p) > len(toks) {
			continue
		}
		ok := true
		for i, w := range p {
			if toks[k+i].Low != w {
				ok = false
				break
			}
		}
		if ok {
			return len(p)
		}
	}
	return 0
}

// speechVerbAt: a speech verb, or one with the conjunction و, ف or ו
// glued before it.
func (l *Lang) speechVerbAt(w string) bool {
	if l.IsSpeechVerb(w) {
		return true
	}
	if !l.cased {
		for _, p := range []string{"و", "ف", "ו"} {
			if rest, ok := strings.CutPrefix(w, p); ok && rest != "" && l.IsSpeechVerb(rest) {
				return true
			}
		}
	}
	return false
}

// nameAfter finds the name that follows toks[from:]: see Speaker. first:
// after an attribution, the words up to the first comma (uncased scripts).
func (l *Lang) nameAfter(toks []Token, from int, first bool) string {
	if !l.cased {
		var seg []Token
		for j := from; j < len(toks); j++ {
			if complementizers[toks[j].Low] {
				break
			}
			seg = append(seg, toks[j])
			if toks[j].Brk {
				if first || j+1 == len(toks) || toks[j+1].Start {
					break
				}
				seg = seg[:0] // a comma: keep what follows it
			}
		}
		return lastUnits(seg, 2)
	}
	for j := from; j < len(toks) && j < from+12; j++ {
		t := toks[j]
		if j > from && toks[j-1].Brk && t.Start {
			return "" // the sentence ended
		}
		if !t.Cap || t.Num || l.IsStopword(t.Low) {
			continue
		}
		e := l.runEnd(toks, j)
		if toks[e].Brk && e+1 < len(toks) && toks[e+1].Cap && !toks[e+1].Start && !toks[e+1].Num {
			// "de Medio Ambiente, Lucía Barrantes": the run set off after a comma.
			j = e + 1
			e = l.runEnd(toks, j)
		}
		// A lower-case word before the run, not a verb or an article: a
		// title, whose complement the run may hold.
		afterTitle := false
		if j > from {
			p := toks[j-1]
			afterTitle = !p.Cap && !p.Num && !p.Brk && !l.IsStopword(p.Low) && !l.IsNameParticle(p.Low) && !l.speechVerbAt(p.Low)
		}
		return l.nameRun(toks[j:e+1], afterTitle)
	}
	return ""
}

// runEnd is the last token of the run of capitalized words from toks[j],
// name particles between them ("Jan de Vries") included.
func (l *Lang) runEnd(toks []Token, j int) int {
	e := j
	for e+1 < len(toks) && !toks[e].Brk {
		n := toks[e+1]
		switch {
		case n.Cap && !n.Num:
			e++
		case !n.Cap && l.IsNameParticle(n.Low) && e+2 < len(toks) && !n.Brk && toks[e+2].Cap:
			e += 2
		default:
			return e
		}
	}
	return e
}

// lastUnits writes the last n words of toks, words joined by a hyphen
// counting as one ("Krüger-Lenz").
func lastUnits(toks []Token, n int) string {
	var units []string
	cur := ""
	for i, t := range toks {
		cur += t.Raw
		if t.Dash && i+1 < len(toks) {
			cur += "-"
			continue
		}
		if !t.Cap && t.Low != "" && isLower(t.Raw) && i+1 < len(toks) && i > 0 {
			// a particle between names ("Jan de Vries") goes with the next
			cur += " "
			continue
		}
		units = append(units, cur)
		cur = ""
	}
	if cur != "" {
		units = append(units, cur)
	}
	if len(units) > n {
		units = units[len(units)-n:]
	}
	return strings.Join(units, " ")
}

// A Day is a calendar day a text names: tokens toks[At:End] ("hier",
// "lundi", "le 3 novembre", "أمس"), read as of a publication time.
type Day struct {
	At, End int
	Date    time.Time // midnight of the day, in published's location
}

// futureBefore are the words that, just before or after a weekday, put it
// after the publication ("lundi prochain", "к утру четверга").
var futureBefore = map[string]bool{
	"next": true, "prochain": true, "prochaine": true, "nächsten": true, "kommenden": true, "próximo": true,
	"próxima": true, "prossimo": true, "prossima": true, "próxima-feira": true, "volgende": true, "komende": true,
	"příští": true, "przyszły": true, "przyszłą": true, "επόμενη": true, "ερχόμενη": true, "القادم": true, "المقبل": true,
	"הבא": true, "к": true, "до": true, "следующий": true, "следующую": true, "наступного": true, "наступну": true,
}

// futureReach is how far before a weekday WeekdayAhead looks for an English
// future auxiliary.
const futureReach = 8

// WeekdayAhead says whether the weekday at toks[i] is read as the next such
// day after the publication rather than the latest on or before it: a word
// such as "next", "prochain", "nächsten" or "к" stands beside it, or, in
// English, "will" or "shall" stands before it in its sentence, within
// futureReach tokens ("the bridge will reopen on Monday"; "won't" is lexed
// "will" "not").
func (l *Lang) WeekdayAhead(toks []Token, i int) bool {
	for k := max(0, i-2); k <= min(len(toks)-1, i+1); k++ {
		if k != i && futureBefore[toks[k].Low] {
			return true
		}
	}
	if l.tag != "en" {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-futureReach && !toks[k+1].Start; k-- {
		if toks[k].Low == "will" || toks[k].Low == "shall" {
			return true
		}
	}
	return false
}

// Days returns the days toks (from l.Lex) name, as of published: explicit
// dates (a missing year is published's), relative days ("hier" the day
// before published, "demain" the day after) and weekdays (the latest such
// day on or before published; the next one after it when WeekdayAhead).
// "esta mañana" (this morning) is today in Spanish and "heute Morgen" no
// "morgen".
func (l *Lang) Days(toks []Token, published time.Time) []Day {
	y, m, d := published.Date()
	today := time.Date(y, m, d, 0, 0, 0, 0, published.Location())
	var out []Day
	taken := make([]bool, len(toks))
	for _, dt := range l.Dates(toks) {
		yr := dt.Year
		if yr == 0 {
			yr = y
		}
		out = append(out, Day{At: dt.At, End: dt.End, Date: time.Date(yr, dt.Month, dt.Day, 0, 0, 0, 0, published.Location())})
		for k := dt.At; k < dt.End; k++ {
			taken[k] = true
		}
	}
	prev := func(i int) string {
		if i > 0 {
			return toks[i-1].Low
		}
		return ""
	}
	for i, t := range toks {
		if taken[i] || t.Num {
			continue
		}
		if off, ok := l.RelativeDay(t.Low); ok {
			switch {
			case l.tag == "es" && t.Low == "mañana" && prev(i) == "esta":
				off = 0
			case l.tag == "es" && t.Low == "mañana" && (prev(i) == "la" || prev(i) == "por" || prev(i) == "de"),
				l.tag == "de" && t.Low == "morgen" && (prev(i) == "heute" || prev(i) == "gestern" || prev(i) == "am"),
				l.tag == "es" && t.Low == "pasado" && i+1 < len(toks) && toks[i+1].Low != "mañana":
				continue
			}
			out = append(out, Day{At: i, End: i + 1, Date: today.AddDate(0, 0, off)})
			continue
		}
		wd, ok := l.WeekdayOf(t.Low)
		if !ok {
			continue
		}
		diff := int(today.Weekday()) - int(wd)
		var day time.Time
		if l.WeekdayAhead(toks, i) {
			ahead := (int(wd) - int(today.Weekday()) + 7) % 7
			if ahead == 0 {
				ahead = 7
			}
			day = today.AddDate(0, 0, ahead)
		} else {
			day = today.AddDate(0, 0, -((diff + 7) % 7))
		}
		out = append(out, Day{At: i, End: i + 1, Date: day})
	}
	return out
}

func isLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}
