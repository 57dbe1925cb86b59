package extractive

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-news/briefing/summarize/text"
)

// entity is a run of capitalized words ("George W. Bush", "Red Cross") and the
// articles that name it.
type entity struct {
	text     string
	articles map[string]struct{}
	count    int
	first    int
}

// ledeMinWords is the shortest lede; ledeReach how far down the ranking the lede
// may come from; ledeCutCost what a sentence cut at a clause boundary loses
// against a whole one.
const (
	ledeMinWords = 8
	ledeReach    = 8
	ledeCutCost  = 0.05
)

// lede returns the briefing's summary, at most limit words, and the index of the
// passage it is taken from (-1 when there is none). The passage skip (the
// headline's) and its paraphrases are not candidates, so that the lede adds to
// the headline. The lede is one sentence of the articles
// that says who did what, where and when. Candidates are the ledeReach best
// passages of full quality, without their dateline, that open neither with a
// quotation nor with a lead-in and have a finite verb; one longer than limit is
// cut at its last clause boundary that fits (cutClause). A candidate is valued as
// a headline is: its score relative to the best, plus headlineTopicBonus times the
// share of the recurring names and topic words it carries (centrality and
// coverage of the top points), less ledeCutCost when cut.
func (e *Engine) lede(c *corpus, limit int, skip int) (string, int) {
	if limit < ledeMinWords || len(c.order) == 0 {
		return "", -1
	}
	top := c.score[c.order[0]]
	if top <= 0 {
		top = 1
	}
	pick, pickIdx, pickVal := "", -1, 0.0
	for k, i := range c.order {
		if k >= ledeReach {
			break
		}
		if i == skip || ledeQual(c, i) < ledeQuality || skip >= 0 && dot(c.vecs[i], c.vecs[skip]) > e.cfg.RedundancyCap {
			continue
		}
		body := realQuotes(stripDateline(strings.TrimSpace(c.in.Passages[i].Text)))
		if body == "" || strings.ContainsRune(quoteMarks, []rune(body)[0]) || leadIn(body) || !hasVerb(body) {
			continue
		}
		cand, cost := body, 0.0
		extra := text.Count(e.show(c, i, body)) - text.Count(body) // time anchors
		if text.Count(body)+extra > limit {
			cand, cost = cutClause(body, limit-extra, ledeMinWords), ledeCutCost
		}
		if cand == "" {
			continue
		}
		v := c.score[i]/top + headlineTopicBonus*e.topicCover(c, cand) - cost
		if pick == "" || v > pickVal {
			pick, pickIdx, pickVal = cand, i, v
		}
	}
	return pick, pickIdx
}

// ledeQuality is the least quality factor of a lede: no flaw but, at most, a
// thin share of the cluster's topic words.
const ledeQuality = 0.7

// ledeQual is passage i's quality factor as the lede reads it: without the
// caption factor when the caption test could not read its language (verbless
// takes every such sentence for a caption; hasVerb, which the lede asks for
// too, takes it to have a verb). Otherwise no sentence in French, Czech or
// Arabic could be a lede. Measured with `briefing eval --dev` (R-1/R-2 at 250
// words, with verbless's reading of such sentences): Arabic .4014/.2324 →
// .4099/.2449, Czech .3491/.1489 → .3650/.1522, French .4967/.2226 →
// .4929/.2160 (the lede, at most 21 words after a 16-word headline, is a short
// sentence where the points had a longer one); at 100 words, where a lede is
// rare, Czech .1945 → .1941. The written multilingual cases fall (R-1 F1
// .6803 → .6571, key facts .5437 → .5159, still above their gate): their lede
// is a short secondary fact.
func ledeQual(c *corpus, i int) float64 {
	if c.unread[i] {
		return c.qual[i] / captionFactor
	}
	return c.qual[i]
}

// reAttribution finds who said it: a clause cut off after this would state a
// claim as a fact.
var reAttribution = regexp.MustCompile(`\b(?:said|says|say|told|according to|reported|reports|announced|confirmed|claimed|added)\b`)

// cutClause is the longest start of sentence t, cut at a clause boundary (a comma,
// semicolon or dash followed by a space), that has minWords to limit words, a
// finite verb and balanced quotes and parentheses, and does not leave behind the
// attribution of what it says; it ends with a full stop. "" when there is none.
func cutClause(t string, limit, minWords int) string {
	best := ""
	for i, r := range t {
		boundary := (r == ',' || r == ';') && i+1 < len(t) && t[i+1] == ' ' ||
			(r == '—' || r == '–') && i > 0 && t[i-1] == ' '
		if !boundary {
			continue
		}
		p := strings.TrimRight(strings.TrimSpace(t[:i]), " ,;—–-")
		n := text.Count(p)
		if n > limit {
			break
		}
		if n < minWords || !hasVerb(p) || !balanced(p) || reAttribution.MatchString(t[i:]) || opensPhrase(p) {
			continue
		}
		best = p + "."
	}
	return best
}

// opensPhrase reports whether sentence s opens with an introductory phrase or a
// subordinate clause ("After decades of talks, …", "When the fire spread, …"):
// its main clause comes later, so it is no headline, and cut at its comma it
// keeps the phrase and loses the main clause. A hedged figure ("At least 12
// people died") opens a main clause.
func opensPhrase(s string) bool {
	first, rest, _ := strings.Cut(strings.TrimLeft(s, quoteMarks+" "), " ")
	switch strings.ToLower(strings.Trim(first, quoteMarks+",")) {
	case "at":
		next := strings.ToLower(firstWord(rest))
		return next != "least" && next != "most"
	case "in", "on", "after", "by", "for", "with", "under", "according", "as", "while", "when", "although",
		"though", "despite", "if", "since", "before", "during", "of", "to", "from":
		return true
	}
	return false
}

// balanced reports whether every quotation and parenthesis opened in s is closed.
func balanced(s string) bool {
	return strings.Count(s, `"`)%2 == 0 && strings.Count(s, "“") == strings.Count(s, "”") &&
		strings.Count(s, "(") == strings.Count(s, ")")
}

// entities finds runs of capitalized words in the passages and returns the most
// widely carried ones, best first: by articles naming them, then mentions, then
// first appearance. A name inside (or around) one already taken is skipped.
func (e *Engine) entities(c *corpus, k int) []entity {
	// Words written with a capital where no sentence starts: evidence that a
	// sentence-initial capital is a name and not just the start of a sentence.
	// lowers counts words written in lower case, so that a capitalized common
	// noun ("Police" in a name) is not taken for a name on its own.
	midCaps := map[string]int{}
	lowers := map[string]int{}
	split := make([][]string, len(c.in.Passages))
	for i, p := range c.in.Passages {
		split[i] = strings.Fields(p.Text)
		for j, w := range split[i] {
			core, _ := cleanWord(w)
			if j > 0 && text.IsCapitalized(core) {
				midCaps[core]++
			}
		}
		for _, t := range c.toks[i] {
			if !t.upper {
				lowers[t.surface]++
			}
		}
	}
	byText := map[string]*entity{}
	seq := 0
	for i, p := range c.in.Passages {
		if c.qual[i] < minQuality || titleCase(split[i]) {
			continue
		}
		arts := p.Sources
		if len(arts) == 0 && p.Article != "" {
			arts = []string{p.Article}
		}
		cores := make([]string, len(split[i]))
		brks := make([]bool, len(split[i]))
		for j, w := range split[i] {
			cores[j], brks[j] = cleanWord(w)
		}
		words := func(j int) text.NameWord {
			return text.NameWord{Name: text.IsCapitalized(cores[j]), Particle: text.IsNameParticle(cores[j]), BreakAfter: brks[j]}
		}
		// A run never ends with a particle ("Bank of, England").
		text.NameRuns(len(cores), words, text.NameOptions{Particles: true}, func(start, end int) {
			run, runStart := cores[start:end], start
			// Trim leading stopwords and a sentence-initial word not known as a name.
			for len(run) > 0 && (isStopword(strings.ToLower(run[0])) || runStart == 0 && midCaps[run[0]] == 0) {
				run = run[1:]
				runStart++
			}
			content := 0
			for _, w := range run {
				lw := strings.ToLower(strings.TrimSuffix(w, "."))
				if !isStopword(lw) && !text.IsNameParticle(w) && utf8.RuneCountInString(lw) > 1 {
					content++
				}
			}
			single := len(run) == 1 && (isDemonym(run[0]) || lowers[strings.ToLower(run[0])] >= midCaps[run[0]])
			if content > 0 && !single {
				text := strings.Join(run, " ")
				en := byText[text]
				if en == nil {
					en = &entity{text: text, articles: map[string]struct{}{}, first: seq}
					byText[text] = en
					seq++
				}
				en.count++
				for _, a := range arts {
					en.articles[a] = struct{}{}
				}
			}
		})
	}
	all := make([]*entity, 0, len(byText))
	for _, en := range byText {
		all = append(all, en)
	}
	sort.Slice(all, func(a, b int) bool {
		x, y := all[a], all[b]
		if len(x.articles) != len(y.articles) {
			return len(x.articles) > len(y.articles)
		}
		if x.count != y.count {
			return x.count > y.count
		}
		return x.first < y.first
	})
	// The outlets' own names (in datelines and bylines) say nothing about the story.
	var outlets []string
	for _, a := range c.in.Articles {
		if a.Source != "" {
			outlets = append(outlets, a.Source)
		}
	}
	var out []entity
	for _, en := range all {
		if len(out) == k {
			break
		}
		overlap := slices.ContainsFunc(outlets, func(o string) bool { return containsWords(o, en.text) })
		for _, o := range out {
			if overlap {
				break
			}
			if containsWords(o.text, en.text) || containsWords(en.text, o.text) || acronym(o.text) == en.text || acronym(en.text) == o.text {
				overlap = true
				break
			}
		}
		if !overlap {
			out = append(out, *en)
		}
	}
	return out
}

// cleanWord strips the punctuation around a whitespace-separated word, keeping the
// full stop of an initial or abbreviation ("W.", "U.S."), and reports whether the
// word ended a phrase (a comma, colon, possessive or sentence end follows it).
func cleanWord(w string) (string, bool) {
	w = strings.TrimLeft(w, `"'“‘«([`)
	core := strings.TrimRight(w, `"'”’»)],;:!?.`)
	brk := core != w
	if strings.HasSuffix(w, ".") && !strings.ContainsAny(strings.TrimPrefix(w, core), ",;:!?") {
		// An initial ("W.") or a dotted abbreviation ("U.S.") keeps its dot and
		// does not end the phrase.
		if utf8.RuneCountInString(core) == 1 || strings.Contains(core, ".") {
			return core + ".", false
		}
	}
	if base, poss := text.TrimPossessive(core); poss {
		core, brk = base, true
	}
	return core, brk
}

func containsWords(long, short string) bool {
	return strings.Contains(" "+long+" ", " "+short+" ")
}

// terms returns the k topic words with the most ranking weight behind them: a
// stem scores the sum of the scores of the passages that carry it. Stopwords,
// numbers, short words, words mostly written as names and words of the chosen
// names are left out; each stem is shown in its most frequent written form.
func (e *Engine) terms(c *corpus, ents []entity, k int) []string {
	skip := map[string]bool{}
	for _, en := range ents {
		for _, t := range tokenize(en.text) {
			skip[t.stem] = true
		}
	}
	type stat struct {
		score      float64
		upper, all int
		forms      map[string]int
		first      int
	}
	stats := map[string]*stat{}
	for _, i := range c.order {
		if c.qual[i] < minQuality {
			continue
		}
		seen := map[string]bool{}
		for _, t := range c.toks[i] {
			if t.stop || isNumber(t.surface) || utf8.RuneCountInString(t.surface) < 4 || skip[t.stem] {
				continue
			}
			s := stats[t.stem]
			if s == nil {
				s = &stat{forms: map[string]int{}, first: len(stats)}
				stats[t.stem] = s
			}
			s.all++
			if t.upper {
				s.upper++
			} else {
				s.forms[t.surface]++
			}
			if !seen[t.stem] {
				seen[t.stem] = true
				s.score += c.score[i]
			}
		}
	}
	type cand struct {
		stem, form string
		score      float64
		first      int
	}
	var cands []cand
	for stem, s := range stats {
		if 2*s.upper > s.all || len(s.forms) == 0 {
			continue
		}
		form, n := "", -1
		for f, m := range s.forms {
			if m > n || m == n && f < form {
				form, n = f, m
			}
		}
		cands = append(cands, cand{stem, form, s.score, s.first})
	}
	sort.Slice(cands, func(a, b int) bool {
		if cands[a].score != cands[b].score {
			return cands[a].score > cands[b].score
		}
		return cands[a].first < cands[b].first
	})
	var out []string
	for _, cd := range cands {
		if len(out) == k {
			break
		}
		out = append(out, cd.form)
	}
	return out
}

// titleCase reports whether most words of a passage are capitalized: a headline or
// caption, whose capitals say nothing about names.
func titleCase(words []string) bool {
	caps := 0
	for _, w := range words {
		if core, _ := cleanWord(w); text.IsCapitalized(core) {
			caps++
		}
	}
	return len(words) >= 4 && 2*caps > len(words)
}

// isDemonym reports whether a single capitalized word is a nationality adjective
// ("Iranian", "British", "American"), which names no one on its own: a demonym
// of the toolkit's country table, or a word ending as one does
// (text.LooksDemonym).
func isDemonym(w string) bool { return text.LooksDemonym(w) }

// acronym is the capitals of a name of several words ("United Kingdom" → "UK").
func acronym(name string) string {
	words := strings.Fields(name)
	if len(words) < 2 {
		return ""
	}
	var b strings.Builder
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
