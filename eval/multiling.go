package eval

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/briefing-news/briefing/summarize"
)

// A MultiLing summary set is one language of MultiLing 2011: topics of ten
// articles with human references and every participating system's summary.
// The harness (briefing eval --multiling PATH…) briefs each topic and scores
// the briefing and every system's summary the same way, in the same run:
// ROUGE-1 and ROUGE-2 recall on lowercased Unicode word tokens (runs of letters
// and digits, the \w+ of the set's README without the underscore), no
// stemming, counts pooled over the references, each reference cut at 250 words
// and each summary at the length measured (100 or 250 words). A topic's recall is
// the clipped hits over all its references' n-grams; a set's is the mean over
// its topics, as the official MultiLing figures are.

// MultiLingLengths are the summary lengths, in words, the harness measures.
var MultiLingLengths = []int{100, 250}

// multiLingRefWords is where every reference is cut.
const multiLingRefWords = 250

// toplineSystem used the references (an upper bound, not a system): it is
// scored but never counted as the best system.
const toplineSystem = "ID10"

// MultiLingSummaryTopic is one topic of a MultiLing summary set.
type MultiLingSummaryTopic struct {
	Topic      string
	Language   string
	Articles   []summarize.Article
	References []string
	// Peers are the systems' summaries by system id ("ID2").
	Peers map[string]string
	// Options are the briefing's options but for MaxWords (the eval cases'
	// own; zero for MultiLing).
	Options summarize.Options
}

// CaseTopics are the eval cases as one set of the harness, under the language
// name "eval cases": each case's articles and options, its reference.
func CaseTopics(cases []*Case) []MultiLingSummaryTopic {
	out := make([]MultiLingSummaryTopic, 0, len(cases))
	for _, c := range cases {
		out = append(out, MultiLingSummaryTopic{
			Topic: c.Name, Language: "eval cases", Articles: c.Articles,
			References: []string{ReferenceText(c.Reference)}, Options: c.Options,
		})
	}
	return out
}

// ParseMultiLingSummaryTopic reads one line of a multiling2011_<language>.jsonl
// file. Docs become articles (see parseMultiLingDocAny); peers are either an
// object by system id or a list of {"system", "text"}.
func ParseMultiLingSummaryTopic(line []byte) (MultiLingSummaryTopic, error) {
	var raw struct {
		Topic    string `json:"topic"`
		Language string `json:"language"`
		Docs     []struct {
			ID   string `json:"id"`
			Text string `json:"text"`
		} `json:"docs"`
		References []struct {
			Text string `json:"text"`
		} `json:"references"`
		Peers json.RawMessage `json:"peers"`
	}
	if err := json.Unmarshal(line, &raw); err != nil {
		return MultiLingSummaryTopic{}, fmt.Errorf("multiling: %w", err)
	}
	if raw.Topic == "" || len(raw.Docs) == 0 {
		return MultiLingSummaryTopic{}, errors.New("multiling: a topic without a name or without docs")
	}
	t := MultiLingSummaryTopic{Topic: raw.Topic, Language: raw.Language, Peers: map[string]string{}}
	if t.Language == "" {
		t.Language = "english"
	}
	for i, d := range raw.Docs {
		id := d.ID
		if i := strings.IndexByte(id, '.'); i > 0 {
			id = id[:i]
		}
		if id == "" || !strings.HasPrefix(id, raw.Topic) {
			id = fmt.Sprintf("%s-%d", raw.Topic, i+1)
		}
		a := parseMultiLingDocAny(t.Language, id, d.Text)
		if strings.TrimSpace(a.Text) == "" {
			return MultiLingSummaryTopic{}, fmt.Errorf("multiling: %s: doc %q has no text", raw.Topic, d.ID)
		}
		t.Articles = append(t.Articles, a)
	}
	for _, r := range raw.References {
		if strings.TrimSpace(r.Text) != "" {
			t.References = append(t.References, r.Text)
		}
	}
	if len(t.References) == 0 {
		return MultiLingSummaryTopic{}, fmt.Errorf("multiling: %s has no reference", raw.Topic)
	}
	peers, err := decodePeers(raw.Topic, raw.Peers)
	if err != nil {
		return MultiLingSummaryTopic{}, err
	}
	for id, s := range peers {
		t.Peers[id] = s
	}
	return t, nil
}

// titleDateAnyRE is a date a WikiNews title opens with, in any of the set's
// orders: "2005/01/08 …" (English), "08/01/2005 …" (French, Czech).
var titleDateAnyRE = regexp.MustCompile(`^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})\s+`)

// parseMultiLingDocAny turns a document into an article: English ones as
// ParseMultiLingDoc does (title, dateline, story); in another language the first
// line is the title, a date it opens with is the publication date, and the rest is
// the story (the second line, a dateline in the language, stays in the text).
func parseMultiLingDocAny(language, id, doc string) summarize.Article {
	if language == "english" {
		return ParseMultiLingDoc(id, doc)
	}
	doc = strings.TrimLeft(strings.ReplaceAll(doc, "\r\n", "\n"), " \t\n")
	title, rest, _ := strings.Cut(doc, "\n")
	title = strings.TrimSpace(title)
	a := summarize.Article{ID: id}
	if m := titleDateAnyRE.FindStringSubmatch(title); m != nil {
		y, mo, d := m[1], m[2], m[3]
		if len(m[3]) == 4 { // day/month/year
			y, d = m[3], m[1]
		}
		if t, ok := civilDate(y, mo, d); ok {
			a.PublishedAt = &t
		}
		title = strings.TrimSpace(title[len(m[0]):])
	}
	a.Title = title
	a.Text = strings.TrimSpace(rest)
	return a
}

// maxMultiLingFile bounds what the harness reads of one file.
const maxMultiLingFile = 64 << 20

// ReadMultiLingSummaries reads the topics of every path: a multiling2011_*.jsonl
// file, or a folder holding such files. Topics keep the order of the files, and
// files of a folder are read in name order.
func ReadMultiLingSummaries(paths ...string) ([]MultiLingSummaryTopic, error) {
	var files []string
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !st.IsDir() {
			files = append(files, p)
			continue
		}
		m, err := filepath.Glob(filepath.Join(p, "multiling2011_*.jsonl"))
		if err != nil {
			return nil, err
		}
		if len(m) == 0 {
			return nil, fmt.Errorf("%s holds no multiling2011_*.jsonl file", p)
		}
		slices.Sort(m)
		files = append(files, m...)
	}
	var topics []MultiLingSummaryTopic
	for _, name := range files {
		ts, err := readMultiLingSummaryFile(name)
		if err != nil {
			return nil, err
		}
		topics = append(topics, ts...)
	}
	return topics, nil
}

func readMultiLingSummaryFile(name string) ([]MultiLingSummaryTopic, error) {
	var topics []MultiLingSummaryTopic
	err := eachLine(name, maxMultiLingFile, func(line []byte) error {
		t, err := ParseMultiLingSummaryTopic(line)
		if err == nil {
			topics = append(topics, t)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	if len(topics) == 0 {
		return nil, fmt.Errorf("%s: no topic", name)
	}
	return topics, nil
}

// rougeWords are the harness's tokens: lowercased runs of letters, marks and
// digits, whatever the script.
func rougeWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r)
	})
}

func firstWords(toks []string, n int) []string {
	if len(toks) > n {
		return toks[:n]
	}
	return toks
}

// pooledRecall is ROUGE-N recall of cand against every reference, counts pooled:
// clipped hits over all references' n-grams.
func pooledRecall(refs [][]string, cand []string, n int) float64 {
	cc := ngramCounts(cand, n)
	hits, total := 0, 0
	for _, ref := range refs {
		for g, c := range ngramCounts(ref, n) {
			total += c
			hits += min(c, cc[g])
		}
	}
	if total == 0 {
		return 0
	}
	return float64(hits) / float64(total)
}

// MultiLingScore is a system's mean ROUGE recall over a language's topics at
// one length.
type MultiLingScore struct {
	R1 float64 `json:"r1"`
	R2 float64 `json:"r2"`
}

// MultiLingLanguage is the harness's result for one language.
type MultiLingLanguage struct {
	Language string `json:"language"`
	Topics   int    `json:"topics"`
	// Ours and Systems by length in words ("100", "250").
	Ours    map[string]MultiLingScore            `json:"ours"`
	Systems map[string]map[string]MultiLingScore `json:"systems"`
	// Errors are the topics the pipeline could not brief (scored as empty).
	Errors []string `json:"errors,omitempty"`
}

// Best is the best participating system's at a length (each its own
// argmax; the topline is left out), with the systems' ids.
func (l MultiLingLanguage) Best(length string) (r1 float64, r1ID string, r2 float64, r2ID string) {
	ids := make([]string, 0, len(l.Systems))
	for id := range l.Systems {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		if id == toplineSystem {
			continue
		}
		s := l.Systems[id][length]
		if s.R1 > r1 {
			r1, r1ID = s.R1, id
		}
		if s.R2 > r2 {
			r2, r2ID = s.R2, id
		}
	}
	return
}

// ScoreMultiLing briefs every topic with b at each of MultiLingLengths and
// scores ours and every system's summary, by language in the order met.
func ScoreMultiLing(ctx context.Context, b Briefer, topics []MultiLingSummaryTopic) ([]MultiLingLanguage, error) {
	type acc struct {
		lang    MultiLingLanguage
		ours    map[string]*[2]float64
		systems map[string]map[string]*[2]float64
	}
	var order []string
	by := map[string]*acc{}
	add := func(m map[string]*[2]float64, length string, r1, r2 float64) {
		if m[length] == nil {
			m[length] = new([2]float64)
		}
		m[length][0] += r1
		m[length][1] += r2
	}
	for _, t := range topics {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		a := by[t.Language]
		if a == nil {
			a = &acc{lang: MultiLingLanguage{Language: t.Language}, ours: map[string]*[2]float64{}, systems: map[string]map[string]*[2]float64{}}
			by[t.Language] = a
			order = append(order, t.Language)
		}
		a.lang.Topics++
		refs := make([][]string, len(t.References))
		for i, r := range t.References {
			refs[i] = firstWords(rougeWords(r), multiLingRefWords)
		}
		for _, n := range MultiLingLengths {
			length := strconv.Itoa(n)
			req := summarize.Request{Articles: t.Articles, Options: t.Options}
			req.Options.MaxWords = n
			br, err := b.Brief(ctx, req)
			if err != nil {
				if ctx.Err() != nil {
					return nil, ctx.Err()
				}
				a.lang.Errors = append(a.lang.Errors, fmt.Sprintf("%s at %d words: %v", t.Topic, n, err))
			}
			cand := firstWords(rougeWords(BriefingText(br)), n)
			add(a.ours, length, pooledRecall(refs, cand, 1), pooledRecall(refs, cand, 2))
			for id, s := range t.Peers {
				if a.systems[id] == nil {
					a.systems[id] = map[string]*[2]float64{}
				}
				p := firstWords(rougeWords(s), n)
				add(a.systems[id], length, pooledRecall(refs, p, 1), pooledRecall(refs, p, 2))
			}
		}
	}
	out := make([]MultiLingLanguage, 0, len(order))
	for _, name := range order {
		a := by[name]
		n := float64(a.lang.Topics)
		mean := func(m map[string]*[2]float64) map[string]MultiLingScore {
			r := map[string]MultiLingScore{}
			for k, v := range m {
				r[k] = MultiLingScore{R1: v[0] / n, R2: v[1] / n}
			}
			return r
		}
		a.lang.Ours = mean(a.ours)
		a.lang.Systems = map[string]map[string]MultiLingScore{}
		for id, m := range a.systems {
			a.lang.Systems[id] = mean(m)
		}
		out = append(out, a.lang)
	}
	return out, nil
}

// MultiLingTable writes one table: a row a language, ours and the best system at
// each length, and whether ours is above it on both.
func MultiLingTable(w io.Writer, langs []MultiLingLanguage) {
	fmt.Fprintf(w, "ROUGE recall at 100 and 250 words: Unicode word tokens, no stemming, references pooled and cut at 250 words (best system: %s left out)\n", toplineSystem)
	fmt.Fprintf(w, "%-10s %6s", "language", "topics")
	for _, n := range MultiLingLengths {
		fmt.Fprintf(w, " | %-13s %-23s", fmt.Sprintf("ours@%d R1/R2", n), fmt.Sprintf("best@%d R1/R2", n))
	}
	fmt.Fprintln(w)
	for _, l := range langs {
		fmt.Fprintf(w, "%-10s %6d", l.Language, l.Topics)
		for _, n := range MultiLingLengths {
			length := strconv.Itoa(n)
			o := l.Ours[length]
			r1, r1ID, r2, r2ID := l.Best(length)
			mark := " "
			if len(l.Systems) == 0 {
				fmt.Fprintf(w, " | %.4f/%.4f  %-23s", o.R1, o.R2, "(no systems)")
				continue
			}
			if o.R1 <= r1 || o.R2 <= r2 {
				mark = "<"
			}
			fmt.Fprintf(w, " | %.4f/%.4f%s %.4f %-4s/%.4f %-4s", o.R1, o.R2, mark, r1, r1ID, r2, r2ID)
		}
		fmt.Fprintln(w)
		for _, e := range l.Errors {
			fmt.Fprintf(w, "  error: %s\n", e)
		}
	}
	fmt.Fprintln(w, `("<": ours not above the best system on R-1 or R-2 at that length)`)
}

// MultiLingSystemsTable writes every system's scores of one language, ours first.
func MultiLingSystemsTable(w io.Writer, l MultiLingLanguage) {
	ids := make([]string, 0, len(l.Systems))
	for id := range l.Systems {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b string) int {
		ai, _ := strconv.Atoi(strings.TrimPrefix(a, "ID"))
		bi, _ := strconv.Atoi(strings.TrimPrefix(b, "ID"))
		if ai != bi {
			return ai - bi
		}
		return strings.Compare(a, b)
	})
	fmt.Fprintf(w, "%s\n", l.Language)
	row := func(name string, m map[string]MultiLingScore) {
		fmt.Fprintf(w, "  %-6s", name)
		for _, n := range MultiLingLengths {
			s := m[strconv.Itoa(n)]
			fmt.Fprintf(w, "  %.4f/%.4f", s.R1, s.R2)
		}
		fmt.Fprintln(w)
	}
	row("ours", l.Ours)
	for _, id := range ids {
		row(id, l.Systems[id])
	}
}

// multiLingReport is the JSON the harness writes with --out.
type multiLingReport struct {
	Generated string              `json:"generated"`
	Languages []MultiLingLanguage `json:"languages"`
}

// WriteMultiLingJSON writes the languages' figures as JSON.
func WriteMultiLingJSON(w io.Writer, langs []MultiLingLanguage, now time.Time) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(multiLingReport{Generated: now.UTC().Format(time.RFC3339), Languages: langs})
}

// decodePeers reads a topic's "peers": an object by system id or a list of
// {"system", "text"}; systems without an id or a text are left out.
func decodePeers(topic string, raw json.RawMessage) (map[string]string, error) {
	out := map[string]string{}
	if len(raw) == 0 || string(raw) == "null" {
		return out, nil
	}
	var byID map[string]string
	if err := json.Unmarshal(raw, &byID); err != nil {
		var list []struct {
			System string `json:"system"`
			Text   string `json:"text"`
		}
		if err := json.Unmarshal(raw, &list); err != nil {
			return nil, fmt.Errorf("multiling: %s: peers are neither an object nor a list: %w", topic, err)
		}
		byID = map[string]string{}
		for _, p := range list {
			byID[p.System] = p.Text
		}
	}
	for id, s := range byID {
		if id != "" && strings.TrimSpace(s) != "" {
			out[id] = s
		}
	}
	return out, nil
}
