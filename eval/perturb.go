package eval

// Perturbations that change a faithful sentence's meaning with few words: an
// antonym, the roles of a verb swapped, a detail the sources do not give, a
// modality changed. Each returns "" when the sentence offers nothing its rule
// can change; each is deterministic (the first place the rule applies, the
// first replacement the articles do not write).

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/briefing-news/briefing/summarize/text"
)

// antonymPairs are common news words and their opposites, in both directions:
// a word's first pair gives its replacement. Hand-made; words with other
// senses that would not read as an opposite ("left", "up", "cut", "over",
// "expected") are not here.
var antonymPairs = [][2]string{
	{"rose", "fell"}, {"rise", "fall"}, {"rises", "falls"}, {"risen", "fallen"}, {"rising", "falling"},
	{"increased", "decreased"}, {"increase", "decrease"}, {"increases", "decreases"}, {"increasing", "decreasing"},
	{"won", "lost"}, {"win", "lose"}, {"wins", "loses"}, {"winning", "losing"}, {"winner", "loser"}, {"victory", "defeat"},
	{"opened", "closed"}, {"opens", "closes"}, {"opening", "closing"}, {"open", "closed"}, {"reopened", "closed"},
	{"approved", "rejected"}, {"approve", "reject"}, {"approves", "rejects"}, {"accepted", "declined"}, {"accept", "decline"},
	{"before", "after"}, {"higher", "lower"}, {"highest", "lowest"}, {"high", "low"},
	{"most", "least"}, {"more", "less"}, {"fewer", "more"}, {"first", "last"}, {"earliest", "latest"},
	{"secretly", "publicly"}, {"privately", "publicly"},
	{"controlled", "uncontrolled"}, {"confirmed", "denied"}, {"confirm", "deny"}, {"confirms", "denies"},
	{"gained", "lost"}, {"gains", "losses"}, {"profit", "loss"}, {"profits", "losses"},
	{"grew", "shrank"}, {"expanded", "shrank"}, {"growth", "decline"},
	{"strong", "weak"}, {"stronger", "weaker"}, {"strongest", "weakest"},
	{"large", "small"}, {"larger", "smaller"}, {"largest", "smallest"}, {"big", "small"}, {"biggest", "smallest"},
	{"early", "late"}, {"earlier", "later"},
	{"started", "ended"}, {"began", "ended"}, {"begin", "end"}, {"beginning", "end"},
	{"allowed", "banned"}, {"allow", "ban"}, {"legal", "illegal"}, {"lawful", "unlawful"},
	{"guilty", "innocent"}, {"convicted", "acquitted"},
	{"hired", "fired"}, {"north", "south"}, {"northern", "southern"}, {"east", "west"}, {"eastern", "western"},
	{"inside", "outside"}, {"above", "below"}, {"maximum", "minimum"}, {"full", "empty"},
	{"alive", "dead"}, {"survived", "died"}, {"succeeded", "failed"}, {"success", "failure"}, {"successful", "unsuccessful"},
	{"supported", "opposed"}, {"support", "oppose"}, {"supports", "opposes"}, {"backed", "opposed"},
	{"positive", "negative"}, {"domestic", "foreign"}, {"included", "excluded"}, {"include", "exclude"},
	{"raised", "lowered"}, {"best", "worst"}, {"better", "worse"}, {"good", "bad"},
	{"new", "old"}, {"old", "young"}, {"minor", "major"}, {"heavy", "light"}, {"rich", "poor"},
	{"ahead", "behind"}, {"majority", "minority"}, {"temporary", "permanent"}, {"temporarily", "permanently"},
	{"import", "export"}, {"imports", "exports"}, {"imported", "exported"},
	{"bought", "sold"}, {"buy", "sell"}, {"buys", "sells"}, {"buyer", "seller"}, {"buying", "selling"},
	{"hot", "cold"}, {"warmer", "colder"}, {"men", "women"}, {"man", "woman"}, {"male", "female"},
	{"true", "false"}, {"correct", "incorrect"}, {"likely", "unlikely"}, {"possible", "impossible"},
	{"able", "unable"}, {"known", "unknown"}, {"official", "unofficial"}, {"safe", "unsafe"},
	{"available", "unavailable"}, {"armed", "unarmed"}, {"peaceful", "violent"}, {"friendly", "hostile"},
	{"rescued", "abandoned"}, {"agreed", "refused"}, {"accelerated", "slowed"}, {"all", "none"},
}

// oneWay are opposites in one direction only: "arrested" people were not
// released, but what news "released" is mostly a statement, a report, figures,
// photographs or energy, which nobody arrests ("The police arrested two
// photographs", "the quake arrested an amount of energy").
var oneWay = [][2]string{{"arrested", "released"}}

// antonyms maps a word to its opposite (lower case), both directions, the first
// pair of a word winning.
var antonyms = func() map[string]string {
	m := map[string]string{}
	for _, p := range oneWay {
		m[p[0]] = p[1]
	}
	for _, p := range antonymPairs {
		if _, ok := m[p[0]]; !ok {
			m[p[0]] = p[1]
		}
		if _, ok := m[p[1]]; !ok {
			m[p[1]] = p[0]
		}
	}
	return m
}()

// nonSpaceRE is a whitespace-separated field.
var nonSpaceRE = regexp.MustCompile(`\S+`)

// wordRE is a word: letters, with inner apostrophes or hyphens.
var wordRE = regexp.MustCompile(`\pL+(?:['’-]\pL+)*`)

// sameCase writes repl as w is written: all capitals, a capital first, or lower.
func sameCase(w, repl string) string {
	if len(w) > 1 && strings.ToUpper(w) == w {
		return strings.ToUpper(repl)
	}
	if r := []rune(w); len(r) > 0 && unicode.IsUpper(r[0]) {
		rr := []rune(repl)
		rr[0] = unicode.ToUpper(rr[0])
		return string(rr)
	}
	return repl
}

// capitalizedAfter reports whether the word after end in s is capitalized.
func capitalizedAfter(s string, end int) bool {
	rest := strings.TrimLeft(s[end:], " ")
	r := []rune(rest)
	return len(r) > 0 && unicode.IsUpper(r[0])
}

// swapAntonym replaces the first word of s that has an antonym (not inside a
// name: a capitalized word past the first, or the first before a capitalized
// one, "New York").
func swapAntonym(s string) string {
	for _, loc := range wordRE.FindAllStringIndex(s, -1) {
		w := s[loc[0]:loc[1]]
		a, ok := antonyms[strings.ToLower(w)]
		if !ok {
			continue
		}
		if unicode.IsUpper([]rune(w)[0]) && (loc[0] > 0 || capitalizedAfter(s, loc[1])) {
			continue
		}
		repl := sameCase(w, a)
		return fixArticle(s[:loc[0]], repl) + repl + s[loc[1]:]
	}
	return ""
}

// fixArticle makes an "a" or "an" that ends before (followed by one space) agree
// with the word that now follows it.
func fixArticle(before, word string) string {
	vowel := strings.ContainsRune("aeiouAEIOU", []rune(word)[0])
	for _, c := range []struct{ from, to string }{{"a", "an"}, {"A", "An"}, {"an", "a"}, {"An", "A"}} {
		if !strings.HasSuffix(before, c.from+" ") || (len(c.from) == 1) != vowel {
			continue
		}
		head := before[:len(before)-len(c.from)-1]
		if head == "" || strings.HasSuffix(head, " ") {
			return head + c.to + " "
		}
	}
	return before
}

// Words that begin a sentence capitalized but are no name.
var capitalFunctionWords = map[string]bool{
	"the": true, "a": true, "an": true, "in": true, "on": true, "at": true, "after": true, "before": true,
	"but": true, "and": true, "when": true, "while": true, "as": true, "this": true, "that": true, "these": true,
	"those": true, "it": true, "its": true, "he": true, "she": true, "they": true, "we": true, "his": true,
	"her": true, "their": true, "for": true, "from": true, "by": true, "with": true, "of": true, "to": true,
	"however": true, "meanwhile": true, "according": true, "during": true, "since": true, "although": true,
	"if": true, "there": true, "one": true, "some": true, "many": true, "most": true, "all": true, "both": true,
	"also": true, "on-the": true, "until": true, "despite": true, "following": true, "earlier": true, "later": true,
	"each": true, "every": true, "no": true, "any": true, "other": true, "another": true, "such": true,
}

// auxiliaries may open the verb group of a swapped-roles sentence.
var auxiliaries = map[string]bool{"is": true, "was": true, "were": true, "are": true, "has": true, "had": true,
	"have": true, "will": true, "would": true, "did": true, "does": true, "could": true, "can": true}

// particles may close the verb group ("was beaten by", "lost to", "sided with").
var particles = map[string]bool{"to": true, "against": true, "with": true, "by": true, "for": true, "from": true, "on": true, "over": true}

// irregularVerbs are past or present forms a verb group may have that end in
// neither -ed nor -s.
var irregularVerbs = map[string]bool{"beat": true, "won": true, "met": true, "told": true, "hit": true, "led": true,
	"sent": true, "paid": true, "gave": true, "took": true, "sold": true, "bought": true, "struck": true, "drew": true,
	"left": true, "fought": true, "caught": true, "held": true, "overtook": true, "beaten": true, "taken": true,
	"sued": true, "lost": true, "became": true, "replaced": true, "succeed": true, "chose": true,
	"thanked": true, "defeat": true, "meet": true, "join": true, "sign": true, "buy": true, "acquire": true}

// notVerbs end in -s or -ed but are no verb of a verb group.
var notVerbs = map[string]bool{"its": true, "his": true, "this": true, "is": true, "was": true, "has": true, "as": true,
	"us": true, "thus": true, "plus": true, "across": true, "unless": true, "always": true, "news": true, "series": true,
	"hundred": true, "united": true, "red": true, "need": true, "speed": true, "towards": true, "whereas": true,
	"yes": true, "less": true, "afterwards": true, "perhaps": true, "various": true, "previous": true, "famous": true,
	"serious": true, "numerous": true, "bus": true, "gas": true, "status": true, "virus": true, "campus": true}

func isVerbWord(w string) bool {
	if notVerbs[w] {
		return false
	}
	if irregularVerbs[w] {
		return true
	}
	return len(w) > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "'s"))
}

// field is one whitespace-separated word of a sentence, with where it stands.
type field struct {
	start, end int    // the word without leading and trailing punctuation
	word       string // s[start:end]
	trail      bool   // punctuation follows it in its field (it ends a phrase)
	lead       bool   // punctuation precedes it in its field
	poss       bool   // it ends in a possessive 's, dropped from word
}

func fieldsOf(s string) []field {
	var out []field
	for _, loc := range nonSpaceRE.FindAllStringIndex(s, -1) {
		f := s[loc[0]:loc[1]]
		inner := strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if inner == "" {
			out = append(out, field{start: loc[0], end: loc[1], word: "", trail: true, lead: true})
			continue
		}
		i := strings.Index(f, inner)
		bare := strings.TrimSuffix(strings.TrimSuffix(inner, "'s"), "’s")
		after := f[i+len(inner):]
		// "Kruger's" and "Farmers'" are possessives.
		poss := len(bare) < len(inner) || after == "'" || after == "’"
		inner = bare
		out = append(out, field{start: loc[0] + i, end: loc[0] + i + len(inner), word: inner, lead: i > 0, poss: poss, trail: !poss && loc[0]+i+len(inner) < loc[1]})
	}
	return out
}

func isNameWord(f field) bool {
	r := []rune(f.word)
	if len(r) < 2 || !unicode.IsUpper(r[0]) {
		return false
	}
	lw := strings.ToLower(f.word)
	_, month := text.MonthOfPrefix(lw)
	return !text.IsWeekday(lw) && !text.IsMonth(lw) && !month
}

// swapRoles swaps the two sides of the first verb group of s that stands
// between two names ("Roma beat Lazio" → "Lazio beat Roma"; "Rossi was
// replaced by Bianchi" → "Bianchi was replaced by Rossi") or, failing that,
// between two nouns after "the" ("the union rejected the offer" → "the offer
// rejected the union"). A verb group is an optional auxiliary, a verb (-ed, -s
// or a listed irregular form), an optional particle and an optional "the". ""
// when s has no such place or the sides share a word.
func swapRoles(s string) string {
	fs := fieldsOf(s)
	// A phrase is fields [from, to): a run of name words, or one lower-case noun
	// after a determiner.
	type phrase struct{ from, to int }
	var names, nouns []phrase
	for i := 0; i < len(fs); {
		if !isNameWord(fs[i]) || (i == 0 && capitalFunctionWords[strings.ToLower(fs[i].word)]) {
			if i > 0 && determiners[strings.ToLower(fs[i-1].word)] && !fs[i-1].trail && !fs[i].lead && isNoun(fs[i].word) {
				nouns = append(nouns, phrase{i, i + 1})
			}
			i++
			continue
		}
		j := i
		for j < len(fs) && isNameWord(fs[j]) && (j == i || !fs[j].lead) {
			j++
			if fs[j-1].trail && !text.IsAbbreviation(strings.ToLower(fs[j-1].word)) {
				break
			}
		}
		names = append(names, phrase{i, j})
		i = j
	}
	verbGroup := func(between []field) bool {
		if len(between) == 0 || len(between) > 4 {
			return false
		}
		verb := false
		for i, f := range between {
			w := f.word
			if f.trail || f.lead || w == "" || strings.ToLower(w) != w {
				return false
			}
			switch {
			case i == 0 && auxiliaries[w] && !verb:
			case !verb && isVerbWord(w) && !clauseVerbs[w]:
				verb = true
			case verb && (particles[w] || determiners[w]) && i >= len(between)-2:
			default:
				return false
			}
		}
		return verb
	}
	// Names with names, nouns with nouns; then a name with a noun phrase
	// ("Rossi signed the contract" → "The contract signed Rossi").
	type side struct {
		phrase
		np bool // a determiner and its noun
	}
	var mixed []side
	for _, p := range names {
		mixed = append(mixed, side{p, false})
	}
	for _, p := range nouns {
		mixed = append(mixed, side{phrase{p.from - 1, p.to}, true})
	}
	slices.SortFunc(mixed, func(x, y side) int { return x.from - y.from })
	var pairs [][2]side
	for _, ps := range [][]phrase{names, nouns} {
		for k := 0; k+1 < len(ps); k++ {
			pairs = append(pairs, [2]side{{ps[k], false}, {ps[k+1], false}})
		}
	}
	for k := 0; k+1 < len(mixed); k++ {
		if mixed[k].np != mixed[k+1].np {
			pairs = append(pairs, [2]side{mixed[k], mixed[k+1]})
		}
	}
	for _, pr := range pairs {
		a, b := pr[0], pr[1]
		if a.np != b.np && (!a.np && a.from > 0 && determiners[strings.ToLower(fs[a.from-1].word)] || !b.np && determiners[strings.ToLower(fs[b.from-1].word)]) {
			continue // "the Farmers' Association": the determiner would stay behind
		}
		// A side after a preposition is no subject or object ("Survivors of the
		// bombings launched…", the determiner between them or not); one before
		// "of" is part of a longer phrase.
		if before := a.from - 1; before >= 0 && (prepositions[strings.ToLower(fs[before].word)] ||
			determiners[strings.ToLower(fs[before].word)] && before > 0 && prepositions[strings.ToLower(fs[before-1].word)]) {
			continue
		}
		// A side that is one item of a list is not the verb's whole subject or
		// object ("French Polynesia, Hawaii and New Zealand were hit by…", "U.S.A
		// and E.U expressed…"); a possessive side is a noun's modifier ("Taiwan
		// refused China's request").
		if a.from > 0 && conjunctions[strings.ToLower(fs[a.from-1].word)] || fs[b.to-1].poss {
			continue
		}
		if b.to < len(fs) && !fs[b.to-1].trail && fs[b.to].word == "of" {
			continue
		}
		if a.to > b.from || fs[a.to-1].trail || fs[a.to-1].poss || fs[b.from].lead || !verbGroup(fs[a.to:b.from]) {
			continue
		}
		// b must be a whole phrase, not the modifier of a noun ("a GPS collar",
		// "a blood test": a word in -est may be a noun there).
		if last := fs[b.to-1]; b.to < len(fs) && !last.trail && !last.poss && (isNoun(fs[b.to].word) || nounInEst(fs[b.to].word)) {
			continue
		}
		as, ae := fs[a.from].start, fs[a.to-1].end
		bs, be := fs[b.from].start, fs[b.to-1].end
		an, bn := s[as:ae], s[bs:be]
		if shareWord(an, bn) {
			continue
		}
		if a.np != b.np && as == 0 {
			// The sentence's first word changes: a determiner is capitalized
			// there and nowhere else.
			if a.np {
				an = strings.ToLower(an[:1]) + an[1:]
			} else {
				bn = strings.ToUpper(bn[:1]) + bn[1:]
			}
		}
		return s[:as] + bn + s[ae:bs] + an + s[be:]
	}
	return ""
}

// conjunctions join the items of a list.
var conjunctions = map[string]bool{"and": true, "or": true, "nor": true}

// nounInEst says whether w, ending in -est, is a noun rather than a
// superlative: "test", "protest", "request", "interest", "forest".
func nounInEst(w string) bool {
	switch w {
	case "test", "tests", "protest", "request", "interest", "forest", "arrest", "chest", "guest", "nest", "quest", "conquest", "harvest", "contest", "west":
		return true
	}
	return false
}

// prepositions before a side of a verb make it no subject.
var prepositions = map[string]bool{"of": true, "in": true, "for": true, "to": true, "with": true, "from": true,
	"on": true, "at": true, "by": true, "into": true, "about": true, "against": true, "over": true, "under": true}

// clauseVerbs take a clause, not an object: "X says the payment is low" has no
// roles to swap.
var clauseVerbs = map[string]bool{"says": true, "said": true, "warned": true, "warns": true, "added": true, "adds": true,
	"announced": true, "announces": true, "claimed": true, "claims": true, "reported": true, "reports": true,
	"argued": true, "argues": true, "believes": true, "believed": true, "thinks": true, "hopes": true, "hoped": true,
	"expects": true, "expected": true, "estimated": true, "estimates": true, "insisted": true, "insists": true,
	"noted": true, "notes": true, "stated": true, "states": true, "suggested": true, "suggests": true,
	"showed": true, "shows": true, "feared": true, "fears": true, "predicted": true, "predicts": true}

// determiners open the noun phrases swapRoles may swap.
var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true}

// isNoun is a rough test for the one word after a determiner: letters, lower
// case, not a verb form swapRoles would read as the verb, not an adjective
// ending in -al, -ive, -ous, -ful, -ic or -est, not a function or number word.
func isNoun(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	if len(w) < 3 || strings.ToLower(w) != w || isVerbWord(w) && !strings.HasSuffix(w, "s") || antonyms[w] != "" && len(w) < 5 {
		return false
	}
	for _, suf := range []string{"al", "ive", "ous", "ful", "ic", "est"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	return !capitalFunctionWords[w] && !auxiliaries[w] && !particles[w] && !linkWords[w] && !numWordRE.MatchString(w)
}

// linkWords are prepositions, conjunctions and pronouns: no noun.
var linkWords = map[string]bool{"across": true, "into": true, "onto": true, "under": true, "near": true, "about": true,
	"above": true, "below": true, "between": true, "through": true, "against": true, "among": true, "within": true,
	"without": true, "toward": true, "towards": true, "along": true, "behind": true, "beyond": true, "except": true,
	"inside": true, "outside": true, "upon": true, "via": true, "per": true, "off": true, "out": true, "and": true,
	"but": true, "nor": true, "that": true, "which": true, "who": true, "whom": true, "whose": true, "where": true,
	"why": true, "how": true, "because": true, "than": true, "then": true, "not": true, "who's": true, "them": true,
	"him": true, "itself": true, "themselves": true, "what": true, "whether": true, "said": true, "says": true}

// shareWord reports whether two phrases have a word in common.
func shareWord(a, b string) bool {
	for _, x := range strings.Fields(strings.ToLower(a)) {
		for _, y := range strings.Fields(strings.ToLower(b)) {
			if strings.Trim(x, ".,'’") == strings.Trim(y, ".,'’") {
				return true
			}
		}
	}
	return false
}

var (
	weekdayRE   = regexp.MustCompile(`\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)\b`)
	timesOfDay  = []string{"morning", "evening", "afternoon", "night"}
	placeRE     = regexp.MustCompile(`\b(in|near|from|across|outside) ([A-Z][a-z]+)\b`)
	qualifiers  = []string{"northern", "southern", "eastern", "western", "central"}
	sentenceEnd = regexp.MustCompile(`\pL[.!]\s*$`)
)

// inventDetail adds a detail the articles (corpus) do not give: a time of day
// after a weekday ("on Tuesday" → "on Tuesday morning"), a part of a place ("in
// Lisbon" → "in northern Lisbon"), or, failing both, "late at night" at the end
// of a sentence that ends with a full stop. "" when none applies or every
// candidate is in the articles.
func inventDetail(s, corpus string) string {
	for _, loc := range weekdayRE.FindAllStringSubmatchIndex(s, -1) {
		day := s[loc[2]:loc[3]]
		if day == "tonight" {
			continue
		}
		next := strings.ToLower(wordRE.FindString(s[loc[1]:]))
		if strings.TrimLeft(s[loc[1]:], " ") != "" && slicesContains(timesOfDay, next) {
			continue
		}
		for _, t := range timesOfDay {
			if !hasWord(corpus, t) && !hasWord(corpus, day+" "+t) {
				return s[:loc[1]] + " " + t + s[loc[1]:]
			}
		}
	}
	for _, loc := range placeRE.FindAllStringSubmatchIndex(s, -1) {
		place := s[loc[4]:loc[5]]
		lp := strings.ToLower(place)
		if text.IsMonth(lp) || text.IsWeekday(lp) || capitalFunctionWords[lp] || !hasWord(corpus, place) {
			continue
		}
		for _, q := range qualifiers {
			if !hasWord(corpus, q) {
				return s[:loc[4]] + q + " " + s[loc[4]:]
			}
		}
	}
	if loc := sentenceEnd.FindStringIndex(s); loc != nil && !hasWord(corpus, "night") && !hasWord(corpus, "late") && len(strings.Fields(s)) >= 4 {
		at := loc[0] + len(string([]rune(s[loc[0]:])[0]))
		return s[:at] + " late at night" + s[at:]
	}
	return ""
}

func slicesContains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

var (
	willRE     = regexp.MustCompile(`\b(will|could|may|might)\b`)
	expectedRE = regexp.MustCompile(`\b(is|are|was|were) (expected|likely|set|due) to\b`)
	hedgeRE    = regexp.MustCompile(`\b(probably|possibly|reportedly|allegedly|apparently|perhaps)\b`)
	saidRE     = regexp.MustCompile(`\b(said|says)( that)?\b|\b(confirmed|announced) that\b`)
)

// changeModality changes how sure or how real s says a thing is: "will" →
// "might", "could"/"may"/"might" → "will"; "is expected to" → "will", "was
// expected to" → "did"; a hedge ("probably") → "certainly"; a statement ("said")
// → "denied that". The first of these rules that applies, at its first place.
func changeModality(s string) string {
	type edit struct{ at, end int }
	var best *edit
	var repl string
	try := func(loc []int, r string) {
		if loc != nil && (best == nil || loc[0] < best.at) {
			best, repl = &edit{loc[0], loc[1]}, r
		}
	}
	if loc := willRE.FindStringIndex(s); loc != nil {
		if w := s[loc[0]:loc[1]]; w == "will" {
			try(loc, "might")
		} else {
			try(loc, "will")
		}
	}
	// "is due to" opens a cause ("the rise is due to the rain"), no modality,
	// unless "be" follows ("was due to be sworn in"); before "be", "was
	// expected to be" becomes "was", not "did be".
	for _, m := range expectedRE.FindAllStringSubmatchIndex(s, -1) {
		v := s[m[2]:m[3]]
		be := strings.HasPrefix(s[m[1]:], " be ")
		if s[m[4]:m[5]] == "due" && !be {
			continue
		}
		switch {
		case v == "is" || v == "are":
			try(m[:2], "will")
		case be:
			try([]int{m[0], m[1] + len(" be")}, v)
		default:
			try(m[:2], "did")
		}
		break
	}
	if loc := hedgeRE.FindStringIndex(s); loc != nil {
		try(loc, "certainly")
	}
	if best == nil {
		if loc := saidRE.FindStringIndex(s); loc != nil {
			try(loc, "denied that")
		}
	}
	if best == nil {
		return ""
	}
	return s[:best.at] + repl + s[best.end:]
}
