package summarize

import (
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"
)

// Default limits, used where Limits leaves a field at zero.
const (
	DefaultMaxArticles     = 200
	DefaultMaxArticleChars = 200_000
	DefaultMaxHTMLBytes    = 4 << 20
	DefaultMaxTotalTokens  = 2_000_000
)

// Bounds of the options and ids a client may send. openapi.yaml states the same
// bounds; a test in api/ holds the two together.
const (
	MinMaxPoints = 1
	MaxMaxPoints = 50
	MinMaxWords  = 20
	MaxMaxWords  = 2000
	MaxIDLength  = 64
)

// Limits bound one request; zero means the default.
type Limits struct {
	MaxArticles int // most articles in one request (default 200)
	// MaxArticleChars is the most characters (code points) of one article's story
	// text (default 200,000): a text article's text as sent, checked by Valid, or
	// the text extracted from an html article, checked by CheckStoryText once the
	// page is read. Page markup does not count against it.
	MaxArticleChars int
	// MaxHTMLBytes is the most bytes of one article's html as sent (default 4 MiB):
	// real pages weigh 100 KB to 2 MB, most of it markup and scripts.
	MaxHTMLBytes   int
	MaxTotalTokens int // most tokens of all articles' story text together (default 2,000,000)
	// FetchURLs accepts an article sent with a url and neither text nor html: the
	// server fetches its page (summarize/fetch). pipeline.Pipeline sets it from its
	// Fetcher; off, such an article is refused as having neither text nor html.
	FetchURLs bool
}

// WithDefaults fills the zero fields of l with the defaults.
func (l Limits) WithDefaults() Limits {
	if l.MaxArticles <= 0 {
		l.MaxArticles = DefaultMaxArticles
	}
	if l.MaxArticleChars <= 0 {
		l.MaxArticleChars = DefaultMaxArticleChars
	}
	if l.MaxHTMLBytes <= 0 {
		l.MaxHTMLBytes = DefaultMaxHTMLBytes
	}
	if l.MaxTotalTokens <= 0 {
		l.MaxTotalTokens = DefaultMaxTotalTokens
	}
	return l
}

// CheckStoryText applies the per-article character limit to the story text
// extracted from an html article (the text its passages' offsets index): an
// *Error with code ETOOLARGE when it holds more than MaxArticleChars characters.
func (l Limits) CheckStoryText(id, text string) error {
	l = l.WithDefaults()
	if len(text) <= l.MaxArticleChars {
		return nil // a character is at least one byte
	}
	if n := utf8.RuneCountInString(text); n > l.MaxArticleChars {
		return Errorf(ETOOLARGE, "article %s has %d characters of story text (extracted from its html); this server takes at most %d per article",
			id, n, l.MaxArticleChars)
	}
	return nil
}

// Problems lists every reason a request cannot be served, one entry per failure.
type Problems []string

// Error implements error.
func (p Problems) Error() string { return strings.Join(p, "; ") }

// maxProblems bounds how many failures Valid lists.
const maxProblems = 20

// Valid is the one copy of the request rules: at least one article and at most
// lim.MaxArticles; each article with exactly one of text or html (or, when
// lim.FetchURLs is set, neither but an http or https url to fetch), a text of at
// most lim.MaxArticleChars characters, an html of at most lim.MaxHTMLBytes bytes
// (its extracted text is held to MaxArticleChars by CheckStoryText); ids short,
// printable and distinct; options in range, a known engine, a known unsupported
// policy (drop or flag) and a known strategy (auto, single or map_reduce). A size over
// a limit is an *Error with code ETOOLARGE; anything else is EINVALID, every
// failure listed in its Problems cause. Articles are named by the id they have or
// will be given (a1, a2, … in order).
func (r Request) Valid(lim Limits) error {
	var problems Problems
	if err := r.Options.check(r.Articles, lim, &problems); err != nil {
		return err
	}
	return problems.err()
}

// Checked is a request that passed the request rules: only Request.Check makes
// one, so that a stage that takes a Checked (the pipeline's BriefChecked, the job
// store's) need not apply them again. The zero Checked holds no request.
type Checked struct {
	sent Request
}

// Check applies the request rules (Valid) under lim, once: a request that passes
// them is returned as a Checked.
func (r Request) Check(lim Limits) (Checked, error) {
	if err := r.Valid(lim); err != nil {
		return Checked{}, err
	}
	return Checked{sent: r}, nil
}

// Sent is the request as it was sent and checked (the briefing's id is a hash
// of it).
func (c Checked) Sent() Request { return c.sent }

// Run is the request as the pipeline runs it: Sent with its defaults.
func (c Checked) Run() Request { return c.sent.WithDefaults() }

// WithArticles returns c with its articles replaced, one for one in order: the
// pages of the articles sent by url, as the fetch stage got them. The pages are
// not checked again; the pipeline holds their extracted text to the limits.
func (c Checked) WithArticles(articles []Article) Checked {
	c.sent.Articles = articles
	return c
}

// add appends one failure, up to maxProblems.
func (p *Problems) add(format string, args ...any) {
	if len(*p) < maxProblems {
		*p = append(*p, fmt.Sprintf(format, args...))
	}
}

// err is the EINVALID error that lists the problems, or nil when there are none.
func (p Problems) err() error {
	if len(p) == 0 {
		return nil
	}
	msg := p[0]
	if len(p) > 1 {
		msg = fmt.Sprintf("%d problems: %s", len(p), p.Error())
	}
	return &Error{Code: EINVALID, Message: msg, Err: p}
}

// check applies the rules on the articles and the options (o) of a briefing or
// a check: a size over a limit is returned as an ETOOLARGE error, every other
// failure added to problems.
func (o Options) check(articles []Article, lim Limits, problems *Problems) error {
	r := Request{Articles: articles, Options: o}
	lim = lim.WithDefaults()
	if len(r.Articles) > lim.MaxArticles {
		return Errorf(ETOOLARGE, "the request has %d articles; this server takes at most %d", len(r.Articles), lim.MaxArticles)
	}
	add := problems.add
	if len(r.Articles) == 0 {
		add("the request has no articles")
	}
	seen := make(map[string]bool, len(r.Articles))
	for i, a := range r.Articles {
		if a.ID == "" {
			continue
		}
		if msg := checkID(a.ID); msg != "" {
			add("article %d: id %s", i+1, msg)
			continue
		}
		if seen[a.ID] {
			add("article id %q is used twice (articles must have distinct ids)", a.ID)
		}
		seen[a.ID] = true
	}
	ids := assignIDs(r.Articles)
	for i, a := range r.Articles {
		hasText, hasHTML := strings.TrimSpace(a.Text) != "", strings.TrimSpace(a.HTML) != ""
		switch {
		case a.Text != "" && a.HTML != "":
			add("article %s has both text and html; send one", ids[i])
		case !hasText && !hasHTML && lim.FetchURLs && a.URL != "":
			if msg := checkFetchURL(a.URL); msg != "" {
				add("article %s has neither text nor html, and its url %s", ids[i], msg)
			}
		case !hasText && !hasHTML && a.URL != "":
			add("article %s has neither text nor html (this server does not fetch pages by url: send the page's text or html)", ids[i])
		case !hasText && !hasHTML:
			add("article %s has neither text nor html", ids[i])
		}
		if a.Language != "" && !ValidLanguage(a.Language) {
			add("article %s: language %q is not a BCP 47 tag (such as fr, de-CH or pt-BR)", ids[i], truncate(a.Language, MaxIDLength))
		}
		if len(a.HTML) > lim.MaxHTMLBytes {
			return Errorf(ETOOLARGE, "article %s has %d bytes of html; this server takes at most %d bytes of html per article",
				ids[i], len(a.HTML), lim.MaxHTMLBytes)
		}
		if len(a.Text) > lim.MaxArticleChars { // a character is at least one byte
			if n := utf8.RuneCountInString(a.Text); n > lim.MaxArticleChars {
				return Errorf(ETOOLARGE, "article %s has %d characters; this server takes at most %d per article", ids[i], n, lim.MaxArticleChars)
			}
		}
	}
	switch o.Engine {
	case "", EngineAuto, EngineLLM, EngineExtractive:
	default:
		add("unknown engine %q: use auto, llm or extractive", truncate(o.Engine, MaxIDLength))
	}
	switch o.Unsupported {
	case "", UnsupportedDrop, UnsupportedFlag:
	default:
		add("unknown unsupported %q: use drop or flag", truncate(o.Unsupported, MaxIDLength))
	}
	switch o.Strategy {
	case "", StrategyAuto, StrategySingle, StrategyMapReduce:
	default:
		add("unknown strategy %q: use auto, single or map_reduce", truncate(o.Strategy, MaxIDLength))
	}
	switch o.OffTopic {
	case "", OffTopicDrop, OffTopicKeep:
	default:
		add("unknown off_topic %q: use drop or keep", truncate(o.OffTopic, MaxIDLength))
	}
	switch o.Verify {
	case "", VerifyRules, VerifyModel:
	default:
		add("unknown verify %q: use rules or model", truncate(o.Verify, MaxIDLength))
	}
	if o.Language != "" && !ValidLanguage(o.Language) {
		add("language %q is not a BCP 47 tag (such as fr, de-CH or pt-BR)", truncate(o.Language, MaxIDLength))
	}
	if o.MaxPoints != 0 && (o.MaxPoints < MinMaxPoints || o.MaxPoints > MaxMaxPoints) {
		add("max_points must be between %d and %d, got %d", MinMaxPoints, MaxMaxPoints, o.MaxPoints)
	}
	if o.MaxWords != 0 && (o.MaxWords < MinMaxWords || o.MaxWords > MaxMaxWords) {
		add("max_words must be between %d and %d, got %d", MinMaxWords, MaxMaxWords, o.MaxWords)
	}
	return nil
}

// WithDefaults returns the request as the pipeline runs it: every article with an
// id (a1, a2, … by order for those that have none, skipping ids the client already
// uses) and the options' zero fields set to their defaults. Call it after Valid.
func (r Request) WithDefaults() Request {
	ids := assignIDs(r.Articles)
	out := Request{Articles: make([]Article, len(r.Articles)), Options: r.Options}
	for i, a := range r.Articles {
		a.ID = ids[i]
		out.Articles[i] = a
	}
	if out.Options.Engine == "" {
		out.Options.Engine = EngineAuto
	}
	if out.Options.Unsupported == "" {
		out.Options.Unsupported = UnsupportedDrop
	}
	if out.Options.Strategy == "" {
		out.Options.Strategy = StrategyAuto
	}
	if out.Options.OffTopic == "" {
		out.Options.OffTopic = OffTopicDrop
	}
	if out.Options.MaxPoints == 0 {
		out.Options.MaxPoints = DefaultMaxPoints
	}
	if out.Options.MaxWords == 0 {
		out.Options.MaxWords = DefaultMaxWords
	}
	return out
}

// assignIDs returns every article's id: its own, or the first of a1, a2, … that no
// article of the request uses.
func assignIDs(articles []Article) []string {
	taken := make(map[string]bool, len(articles))
	for _, a := range articles {
		if a.ID != "" {
			taken[a.ID] = true
		}
	}
	ids := make([]string, len(articles))
	next := 1
	for i, a := range articles {
		if a.ID != "" {
			ids[i] = a.ID
			continue
		}
		for taken[fmt.Sprintf("a%d", next)] {
			next++
		}
		ids[i] = fmt.Sprintf("a%d", next)
		taken[ids[i]] = true
	}
	return ids
}

// URLOnly reports whether the article is sent by its url alone, with neither text
// nor html: the article whose page the fetch stage gets, when it is on.
func (a Article) URLOnly() bool {
	return a.URL != "" && strings.TrimSpace(a.Text) == "" && strings.TrimSpace(a.HTML) == ""
}

// checkFetchURL explains why a url cannot be fetched, or returns "": an absolute
// http or https address with a host and no user name or password. The fetch stage
// checks the rest (ports, addresses) when it connects.
func checkFetchURL(raw string) string {
	u, err := url.Parse(raw)
	switch {
	case err != nil:
		return fmt.Sprintf("%q is not a valid address", truncate(raw, 200))
	case u.Scheme != "http" && u.Scheme != "https":
		return fmt.Sprintf("%q is not an http or https address", truncate(raw, 200))
	case u.Host == "" || u.Hostname() == "":
		return fmt.Sprintf("%q has no host", truncate(raw, 200))
	case u.User != nil:
		return fmt.Sprintf("%q holds a user name or password, which this server does not send", truncate(raw, 200))
	}
	return ""
}

// checkID explains what is wrong with a client's article id, or returns "": ids are
// echoed in citations and Markdown notes, so they stay short and printable.
func checkID(id string) string {
	if utf8.RuneCountInString(id) > MaxIDLength {
		return fmt.Sprintf("is longer than %d characters", MaxIDLength)
	}
	for _, r := range id {
		if r <= ' ' || r == 0x7f || r == '[' || r == ']' {
			return fmt.Sprintf("%q has a space, bracket or control character", id)
		}
	}
	return ""
}

// truncate cuts s to at most n bytes on a rune boundary, marking the cut: client
// input echoed in a message stays short.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}
