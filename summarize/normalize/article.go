package normalize

import (
	"bytes"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-news/briefing/summarize"
)

// Page is one article after normalize: the article with its title resolved, its
// story paragraphs, the text they stand in and what the page weighs as sent.
type Page struct {
	// Article is the article as sent, its Title taken from a pasted headline when
	// the client sent none.
	Article summarize.Article
	// Paragraphs are the story paragraphs in reading order: clutter, the pasted
	// headline and wire datelines removed.
	Paragraphs []Paragraph
	// Text is the text the paragraphs' spans index: the article's Text as sent,
	// or for an HTML article the text the extractor read the story from.
	Text string
	// Visible is every visible word of the article as sent (its Text, or PageText
	// of its HTML): what a model would read without this stage.
	Visible string
	// Title and Published are what an HTML page says of itself (its metadata:
	// og:title, <title>, JSON-LD, dates in meta tags and the page), when it says
	// so; for a text, Published is the day of its clipping-tool prefix
	// (TextPublished); zero otherwise. Article.Title and Article.PublishedAt take
	// them only when the client sent none: what the client sent wins.
	Title     string
	Published time.Time
}

// Paragraph is one story paragraph (whitespace collapsed to single spaces, on
// one line) with the map from its bytes back to its page's Text.
type Paragraph struct {
	Text   string
	lo, hi []int32 // by byte of Text: the page's Text[lo:hi] it was cleaned from
}

// Span returns where Text[start:end] of the paragraph stands in its page's Text,
// in byte offsets: Page.Text[s:e] is that text as sent, before cleaning (white
// space as it was, invisible characters still in, and any clutter that was cut
// out of the middle of the paragraph, such as an inline photo credit).
func (p Paragraph) Span(start, end int) (s, e int) {
	if len(p.lo) == 0 || start >= end || start < 0 || end > len(p.lo) {
		if len(p.lo) > 0 && start >= 0 && start < len(p.lo) {
			return int(p.lo[start]), int(p.lo[start])
		}
		return 0, 0
	}
	s, e = int(p.lo[start]), int(p.hi[end-1])
	return s, max(s, e)
}

// Article normalizes one article: HTML to story paragraphs (parsed once) or plain
// text cleaned, a headline pasted as the first line taken as the title (when the
// client sent none, or the same one), and wire datelines removed. Every paragraph
// keeps its place in Page.Text. StripRepeatedPages, run on all the articles of a
// request, then removes what one outlet repeats across its articles.
//
// The error is non-nil only when the article's HTML cannot be read (its URL is
// not an absolute URL); a page without story text gives no paragraphs.
func Article(a summarize.Article) (Page, error) {
	pg := Page{Article: a}
	var paras []string
	if a.HTML != "" {
		x, err := extractHTML(a.HTML, a.URL, true)
		if err != nil {
			return pg, err
		}
		paras, pg.Text, pg.Visible = x.paras, x.text, x.visible
		pg.Title, pg.Published = x.meta.title, x.meta.published
	} else {
		paras, pg.Text, pg.Visible = Text(a.Text), a.Text, a.Text
		pg.Published = TextPublished(a.Text)
	}
	// A headline pasted as the first line is the article's title, not a passage:
	// it becomes the title when the client sent none, so nothing is lost.
	// On a page that names its own title, the first paragraph is the headline only
	// when it is that title (or a part of it, the site's name aside): a first line of
	// story that merely looks like a headline stays story.
	if h, rest := SplitHeadline(paras); h != "" && (a.Title == "" || SameHeadline(h, a.Title)) &&
		(a.HTML == "" || pg.Title == "" || titlePart(h, pg.Title)) {
		paras = rest
		if a.Title == "" {
			pg.Article.Title = h
		}
	}
	if pg.Article.Title == "" && pg.Title != "" {
		pg.Article.Title = pg.Title
	}
	if pg.Article.PublishedAt == nil && !pg.Published.IsZero() {
		t := pg.Published
		pg.Article.PublishedAt = &t
	}
	paras = StripDateline(paras)
	pg.Paragraphs = locate(pg.Text, paras)
	return pg, nil
}

// titlePart reports whether h is the page's title t, or a part of it, or holds
// it, case and spacing aside ("Quay to close" and "Quay to close - Island Post").
func titlePart(h, t string) bool {
	h, t = foldKey(h), foldKey(t)
	return h != "" && t != "" && (strings.Contains(t, h) || strings.Contains(h, t))
}

// StripRepeatedPages applies StripRepeated to pages, the outlet of each being
// its article's Source; the kept paragraphs keep their spans.
func StripRepeatedPages(pages []Page) []Page {
	outlets := make([]string, len(pages))
	docs := make([][]string, len(pages))
	for i, pg := range pages {
		outlets[i] = pg.Article.Source
		docs[i] = make([]string, len(pg.Paragraphs))
		for j, p := range pg.Paragraphs {
			docs[i][j] = p.Text
		}
	}
	keep := repeatedKeep(outlets, docs)
	out := make([]Page, len(pages))
	for i, pg := range pages {
		kept := make([]Paragraph, 0, len(pg.Paragraphs))
		for j, p := range pg.Paragraphs {
			if keep[i][j] {
				kept = append(kept, p)
			}
		}
		pg.Paragraphs = kept
		out[i] = pg
	}
	return out
}

// Texts returns the paragraphs' texts.
func (pg Page) Texts() []string {
	out := make([]string, len(pg.Paragraphs))
	for i, p := range pg.Paragraphs {
		out[i] = p.Text
	}
	return out
}

// squashed is a text with white space and what cleanText drops left out, every
// byte with the range of the original text it stands for.
type squashed struct {
	b      []byte
	lo, hi []int32
}

// squashText indexes text as cleanText then squash would see it: line ends, no-break
// spaces and tabs are white space, invisible and control characters go, a C1
// control character is Windows-1252's (text.C1) standing for the original's
// bytes, and a run of invalid UTF-8 is one U+FFFD that stands for the whole run.
func squashText(text string) *squashed {
	sq := &squashed{b: make([]byte, 0, len(text)), lo: make([]int32, 0, len(text)), hi: make([]int32, 0, len(text))}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && size == 1 {
			j := i + 1
			for j < len(text) {
				if r, n := utf8.DecodeRuneInString(text[j:]); r != utf8.RuneError || n != 1 {
					break
				}
				j++
			}
			for _, c := range []byte(string(utf8.RuneError)) {
				sq.b = append(sq.b, c)
				sq.lo, sq.hi = append(sq.lo, int32(i)), append(sq.hi, int32(j))
			}
			i = j
			continue
		}
		if m := cleanRune(r); m >= 0 && !unicode.IsSpace(m) {
			if m != r {
				// a character cleanText writes otherwise (a C1 control read as
				// Windows-1252's quote): its bytes stand for the original's
				for _, c := range []byte(string(m)) {
					sq.b = append(sq.b, c)
					sq.lo, sq.hi = append(sq.lo, int32(i)), append(sq.hi, int32(i+size))
				}
			} else {
				for k := range size {
					sq.b = append(sq.b, text[i+k])
					sq.lo, sq.hi = append(sq.lo, int32(i+k)), append(sq.hi, int32(i+k+1))
				}
			}
		}
		i += size
	}
	return sq
}

// Bounds of the search for a paragraph's text in its page's text.
const (
	alignKey    = 24   // bytes of the paragraph looked up at once
	alignSlack  = 4096 // bytes past the paragraph's own length searched after a gap
	alignMisses = 8    // unbounded searches per page that may find nothing
)

// locate maps every paragraph, in order, back to text: its non-space bytes are
// found in text's squashed form, each run of them after the previous, so that the
// work stays linear in the page. Text cut out of a paragraph (an inline credit)
// leaves a gap that the next run of the paragraph is found after; a space maps
// to the end of the byte before it.
func locate(text string, paras []string) []Paragraph {
	out := make([]Paragraph, len(paras))
	sq := squashText(text)
	at, misses := 0, 0
	var key []byte
	var pos []int32
	for n, para := range paras {
		p := Paragraph{Text: para, lo: make([]int32, len(para)), hi: make([]int32, len(para))}
		for i := range p.lo {
			p.lo[i] = -1
		}
		key, pos = key[:0], pos[:0]
		for i, r := range para {
			if !unicode.IsSpace(r) {
				for k := range utf8.RuneLen(r) {
					key = append(key, para[i+k])
					pos = append(pos, int32(i+k))
				}
			}
		}
		found := false
		for i := 0; i < len(key); {
			j := -1
			for k := min(alignKey, len(key)-i); k >= 1; k /= 2 {
				win := sq.b[at:]
				if found || misses >= alignMisses {
					win = win[:min(len(win), len(key)-i+alignSlack)]
				}
				if x := bytes.Index(win, key[i:i+k]); x >= 0 {
					j = at + x
					break
				}
			}
			if j < 0 {
				if !found {
					misses++
				}
				break
			}
			found = true
			m := 0
			for i+m < len(key) && j+m < len(sq.b) && key[i+m] == sq.b[j+m] {
				b := pos[i+m]
				p.lo[b], p.hi[b] = sq.lo[j+m], sq.hi[j+m]
				m++
			}
			i, at = i+m, j+m
		}
		end := int32(len(text))
		if at < len(sq.lo) {
			end = sq.lo[at]
		}
		fill(p.lo, p.hi, end)
		out[n] = p
	}
	return out
}

// fill gives every byte that locate did not map (a space, or text it did not
// find) the end of the mapped byte before it, or the start of the one after it.
func fill(lo, hi []int32, end int32) {
	prev := int32(-1)
	for i := range lo {
		if lo[i] >= 0 {
			prev = hi[i]
			continue
		}
		if prev >= 0 {
			lo[i], hi[i] = prev, prev
		}
	}
	next := end
	for i := len(lo) - 1; i >= 0; i-- {
		if lo[i] >= 0 {
			next = lo[i]
			continue
		}
		lo[i], hi[i] = next, next
	}
}
