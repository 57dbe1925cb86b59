package extraction

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/RadhiFadlillah/whatlanggo"
	"golang.org/x/net/html/charset"

	"github.com/briefing-news/briefing/summarize/normalize"
)

// Page is one annotated page of the set.
type Page struct {
	Key     string   // the set's key: the page's URL, or a name for a page without one
	URL     string   // the page's URL when Key is one, else ""
	File    string   // the file under pages/
	With    []string // segments the main text must contain
	Without []string // segments it must not contain
	HTML    string   // the page, decoded to UTF-8 by its charset
	Family  string   // see Families
}

// Families are the page families in the order the rule tries them (see the
// package doc), then "all".
var Families = []string{FamilyBlog, FamilyNonEnglish, FamilyNews}

// The families.
const (
	FamilyBlog       = "blog"
	FamilyNonEnglish = "non-English"
	FamilyNews       = "news"
	FamilyAll        = "all"
)

type entry struct {
	File    string   `json:"file"`
	With    []string `json:"with"`
	Without []string `json:"without"`
}

// Load reads dir/evaldata.json and the pages it names under dir/pages, decodes
// each page by its charset and puts it in its family. A page whose file is
// missing is an error.
func Load(dir string) ([]Page, error) {
	b, err := os.ReadFile(filepath.Join(dir, "evaldata.json"))
	if err != nil {
		return nil, err
	}
	var set map[string]entry
	if err := json.Unmarshal(b, &set); err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Join(dir, "evaldata.json"), err)
	}
	pages := make([]Page, 0, len(set))
	for key, e := range set {
		raw, err := os.ReadFile(filepath.Join(dir, "pages", e.File))
		if err != nil {
			return nil, err
		}
		p := Page{Key: key, File: e.File, With: e.With, Without: e.Without, HTML: Decode(raw)}
		if u, err := url.Parse(key); err == nil && u.IsAbs() && u.Host != "" {
			p.URL = key
		}
		p.Family = Family(p.Key, p.File, normalize.PageText(p.HTML))
		pages = append(pages, p)
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].File < pages[j].File })
	return pages, nil
}

// Decode turns a page's bytes into UTF-8: bytes that are valid UTF-8 are read
// as such (trafilatura does the same: a page often declares a charset its bytes
// no longer have), others by their charset — a byte order mark, a charset named
// in a meta tag, or else a guess from the bytes, as browsers do.
func Decode(raw []byte) string {
	if utf8.Valid(raw) {
		return string(raw)
	}
	enc, _, _ := charset.DetermineEncoding(raw, "")
	out, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		return string(bytes.ToValidUTF8(raw, []byte("\uFFFD")))
	}
	return string(out)
}

// reArchived is an archived page's URL: the page it archives follows.
var reArchived = regexp.MustCompile(`^https?://web\.archive\.org/web/[^/]+/(.+)$`)

// blogHosts are blog platforms, by host suffix.
var blogHosts = []string{"wordpress.com", "tumblr.com", "medium.com", "substack.com", "typepad.com",
	"livejournal.com", "over-blog.com", "hypotheses.org", "blogger.com"}

// Family is the family of a page (see the package doc) by its key (URL or
// name), its file name and its visible text.
func Family(key, file, visible string) string {
	if isBlog(key, file) {
		return FamilyBlog
	}
	if !english(visible) {
		return FamilyNonEnglish
	}
	return FamilyNews
}

func isBlog(key, file string) bool {
	s := key
	if m := reArchived.FindStringSubmatch(s); m != nil {
		s = m[1]
	}
	u, err := url.Parse(s)
	if err != nil || u.Host == "" {
		// No URL: the file name stands for host and path.
		return strings.Contains(strings.ToLower(file), "blog")
	}
	host := strings.ToLower(u.Hostname())
	if strings.Contains(host, "blog") || strings.Contains(strings.ToLower(u.Path), "blog") {
		return true
	}
	for _, h := range blogHosts {
		if host == h || strings.HasSuffix(host, "."+h) {
			return true
		}
	}
	return false
}

// maxDetect bounds the text the language detector reads.
const maxDetect = 20000

func english(visible string) bool {
	t := strings.Join(strings.Fields(visible), " ")
	if len(t) > maxDetect {
		t = strings.ToValidUTF8(t[:maxDetect], "")
	}
	return whatlanggo.Detect(t).Lang == whatlanggo.Eng
}

// Counts are the segment counts of the metric.
type Counts struct {
	TP, FP, FN, TN int
}

// Add sums two counts.
func (c Counts) Add(o Counts) Counts {
	return Counts{c.TP + o.TP, c.FP + o.FP, c.FN + o.FN, c.TN + o.TN}
}

// Precision is tp/(tp+fp), 0 when nothing was found.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is tp/(tp+fn).
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is 2tp/(2tp+fp+fn).
func (c Counts) F1() float64 { return ratio(2*c.TP, 2*c.TP+c.FP+c.FN) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// space normalizes white space as the metric does.
func space(s string) string { return strings.Join(strings.Fields(s), " ") }

// Score counts a page's segments found in and missing from text.
func Score(text string, with, without []string) Counts {
	t := space(text)
	var c Counts
	for _, s := range with {
		if strings.Contains(t, space(s)) {
			c.TP++
		} else {
			c.FN++
		}
	}
	for _, s := range without {
		if strings.Contains(t, space(s)) {
			c.FP++
		} else {
			c.TN++
		}
	}
	return c
}

// Extractor returns a page's main text; an error counts the page as failed.
type Extractor struct {
	Name    string
	Extract func(ctx context.Context, p Page) (string, error)
}

// PageResult is one page's counts by extractor (in the Report's order).
type PageResult struct {
	File   string   `json:"file"`
	Key    string   `json:"key"`
	Family string   `json:"family"`
	Counts []Counts `json:"counts"`
	Failed []bool   `json:"failed"`
}

// Report is the counts of every extractor, by family and page.
type Report struct {
	Extractors []string            `json:"extractors"`
	Families   map[string][]Counts `json:"families"` // by family (and "all"), by extractor
	Pages      map[string]int      `json:"pages"`    // pages by family
	PerPage    []PageResult        `json:"per_page"`
	Failed     map[string]int      `json:"failed"` // failed pages by extractor
}

// Measure runs every extractor on every page, workers pages at a time, and sums
// the counts by family.
func Measure(ctx context.Context, pages []Page, xs []Extractor, workers int) (*Report, error) {
	rep := &Report{Families: map[string][]Counts{}, Pages: map[string]int{}, Failed: map[string]int{},
		PerPage: make([]PageResult, len(pages))}
	for _, x := range xs {
		rep.Extractors = append(rep.Extractors, x.Name)
	}
	workers = max(1, workers)
	var wg sync.WaitGroup
	next := make(chan int)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				p := pages[i]
				r := PageResult{File: p.File, Key: p.Key, Family: p.Family,
					Counts: make([]Counts, len(xs)), Failed: make([]bool, len(xs))}
				for k, x := range xs {
					text, err := x.Extract(ctx, p)
					if err != nil {
						r.Failed[k] = true
						text = ""
					}
					r.Counts[k] = Score(text, p.With, p.Without)
				}
				rep.PerPage[i] = r
			}
		}()
	}
	for i := range pages {
		if ctx.Err() != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	for _, r := range rep.PerPage {
		for _, fam := range []string{r.Family, FamilyAll} {
			if rep.Families[fam] == nil {
				rep.Families[fam] = make([]Counts, len(xs))
			}
			rep.Pages[fam]++
			for k := range xs {
				rep.Families[fam][k] = rep.Families[fam][k].Add(r.Counts[k])
			}
		}
		for k, x := range xs {
			if r.Failed[k] {
				rep.Failed[x.Name]++
			}
		}
	}
	return rep, nil
}

// Table prints one row per family (then "all"): the pages, and each
// extractor's precision, recall and F1.
func (r *Report) Table(w io.Writer) {
	fmt.Fprintf(w, "%-12s %5s", "family", "pages")
	for _, x := range r.Extractors {
		fmt.Fprintf(w, " | %-9s P     R     F1   ", x)
	}
	fmt.Fprintln(w)
	fams := slices.Clone(Families)
	fams = append(fams, FamilyAll)
	for _, fam := range fams {
		cs, ok := r.Families[fam]
		if !ok {
			continue
		}
		fmt.Fprintf(w, "%-12s %5d", fam, r.Pages[fam])
		for _, c := range cs {
			fmt.Fprintf(w, " | %-9s %.3f %.3f %.3f", "", c.Precision(), c.Recall(), c.F1())
		}
		fmt.Fprintln(w)
	}
	for _, x := range r.Extractors {
		if n := r.Failed[x]; n > 0 {
			fmt.Fprintf(w, "%s failed on %d pages (counted as finding nothing)\n", x, n)
		}
	}
}
