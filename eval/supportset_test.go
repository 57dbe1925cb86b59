package eval_test

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/briefing-news/briefing/eval"
	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/segment"
)

const (
	summEditsDir = "testdata/supportset/summedits"
	multiLingDir = "testdata/supportset/multiling"
)

func TestReadSummEdits(t *testing.T) {
	domains, err := eval.ReadSummEdits(summEditsDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(domains) != 2 || domains[0].Name != "harbour" || domains[1].Name != "lab" {
		t.Fatalf("domains %+v, want harbour and lab in that order", domains)
	}
	h := domains[0].Items
	if len(h) != 4 {
		t.Fatalf("harbour: %d items, want 4", len(h))
	}
	// Labels come as numbers or strings.
	want := []bool{true, false, false, true}
	for i, it := range h {
		if it.Consistent != want[i] {
			t.Errorf("item %s: consistent %v, want %v", it.ID, it.Consistent, want[i])
		}
	}
	if h[1].EditTypes[0] != "entity_modification" || !strings.HasPrefix(h[0].Doc, "The harbour authority") {
		t.Errorf("item fields not read: %+v", h[1])
	}
}

func TestParseSummEditsRejects(t *testing.T) {
	for name, in := range map[string]string{
		"not an array":  `{"doc": "d"}`,
		"bad label":     `[{"id": "x", "doc": "d", "summary": "s", "label": 2}]`,
		"missing label": `[{"id": "x", "doc": "d", "summary": "s"}]`,
		"no summary":    `[{"id": "x", "doc": "d", "summary": " ", "label": 1}]`,
		"no doc":        `[{"id": "x", "summary": "s", "label": 1}]`,
		"truncated":     `[{"id": "x", "doc": "d", "summary": "s", "label": 1}`,
	} {
		if _, err := eval.ParseSummEdits(strings.NewReader(in)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestReadMultiLing(t *testing.T) {
	topics, err := eval.ReadMultiLing(multiLingDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(topics) != 2 {
		t.Fatalf("%d topics, want 2", len(topics))
	}
	t0, t1 := topics[0], topics[1]
	// T000 has models/: its references are those files, in name order.
	if len(t0.References) != 2 || !strings.HasPrefix(t0.References[0], "The river Vellan") || !strings.HasPrefix(t0.References[1], "Residents of Orme") {
		t.Errorf("T000 references %q, want the two models/ files", t0.References)
	}
	// T001 has none there: the file's own.
	if len(t1.References) != 1 || !strings.HasPrefix(t1.References[0], "Tallis Rovers beat") {
		t.Errorf("T001 references %q, want the jsonl's", t1.References)
	}
	// Peers: an object by system (T000) or a list (T001); a peer without an
	// id or a text is left out.
	if len(t0.Peers) != 2 || !strings.HasPrefix(t0.Peers["ID1"], "About 1,200") || !strings.HasPrefix(t0.Peers["ID2"], "The river Vellan") {
		t.Errorf("T000 peers %q, want ID1 and ID2", t0.Peers)
	}
	if len(t1.Peers) != 1 || !strings.HasPrefix(t1.Peers["ID1"], "Tallis Rovers beat") {
		t.Errorf("T001 peers %q, want ID1", t1.Peers)
	}
	if _, err := eval.ParseMultiLingTopic([]byte(`{"topic": "T9", "docs": [{"id": "T90", "text": "Title\n\nStory."}], "peers": "ID1"}`)); err == nil || !strings.Contains(err.Error(), "peers") {
		t.Errorf("peers that are neither an object nor a list: %v, want an error that says so", err)
	}
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 12, 0, 0, 0, time.UTC) }
	for _, c := range []struct {
		got               int
		id, title, starts string
		date              *time.Time
	}{
		{0, "T0000", "Flood closes Vellan bridge", "The river Vellan burst", ptr(day(2011, 3, 14))},
		{1, "T0001", "Orme residents return home", "Residents of Orme began", ptr(day(2011, 3, 17))},
		{2, "T0010", "Tallis Rovers win the Northern Shield", "Tallis Rovers beat", ptr(day(2011, 5, 7))},
		{3, "T0011", "Rovers parade the Shield", "The Tallis Rovers squad", nil},
	} {
		a := append(t0.Articles, t1.Articles...)[c.got]
		if a.ID != c.id || a.Title != c.title || !strings.HasPrefix(a.Text, c.starts) {
			t.Errorf("article %d: id %q title %q text %.30q, want %q %q %q", c.got, a.ID, a.Title, a.Text, c.id, c.title, c.starts)
		}
		switch {
		case c.date == nil && a.PublishedAt != nil:
			t.Errorf("%s: published %v, want none", a.ID, a.PublishedAt)
		case c.date != nil && (a.PublishedAt == nil || !a.PublishedAt.Equal(*c.date)):
			t.Errorf("%s: published %v, want %v", a.ID, a.PublishedAt, c.date)
		}
	}
}

func ptr[T any](v T) *T { return &v }

func TestParseMultiLingDoc(t *testing.T) {
	for _, c := range []struct {
		doc, title, text, date string
	}{
		// The title's date is used when there is no dateline.
		{"2009/07/07 Tributes paid\n\nThe city fell silent.", "Tributes paid", "The city fell silent.", "2009-07-07"},
		// The dateline wins; a dateline without a weekday counts.
		{"2009/07/07 Tributes paid\n\nJuly 8, 2009\n\nThe city fell silent.", "Tributes paid", "The city fell silent.", "2009-07-08"},
		// An impossible date is no date.
		{"Quake\n\nFebruary 30, 2010\n\nThe ground shook.", "Quake", "The ground shook.", ""},
		// A first paragraph that is not a dateline stays.
		{"Countries hit\n\nCountries affected by the flood\n\nMore rain.", "Countries hit", "Countries affected by the flood\n\nMore rain.", ""},
	} {
		a := eval.ParseMultiLingDoc("d1", c.doc)
		date := ""
		if a.PublishedAt != nil {
			date = a.PublishedAt.Format("2006-01-02")
		}
		if a.Title != c.title || a.Text != c.text || date != c.date {
			t.Errorf("%q: title %q text %q date %q, want %q %q %q", c.doc, a.Title, a.Text, date, c.title, c.text, c.date)
		}
	}
}

func TestDetectSupportSet(t *testing.T) {
	for dir, want := range map[string]string{summEditsDir: eval.SupportSetSummEdits, multiLingDir: eval.SupportSetMultiLing} {
		got, err := eval.DetectSupportSet(dir)
		if err != nil || got != want {
			t.Errorf("%s: %q, %v; want %q", dir, got, err, want)
		}
	}
	if _, err := eval.DetectSupportSet("testdata/supportset"); err == nil {
		t.Error("a folder of neither kind: no error")
	}
	if _, err := eval.DetectSupportSet("testdata/supportset/README.md"); err == nil {
		t.Error("a file: no error")
	}
}

// mergeCounter counts the merges.
type mergeCounter struct {
	eval.Merger
	n int
}

func (c *mergeCounter) Merge(ctx context.Context, req summarize.Request) (*summarize.MergeReport, error) {
	c.n++
	return c.Merger.Merge(ctx, req)
}

func TestMeasureSummEdits(t *testing.T) {
	m := &mergeCounter{Merger: realPipeline(t)}
	rep, err := eval.MeasureSupportSet(context.Background(), m, summEditsDir, "")
	if err != nil {
		t.Fatal(err)
	}
	// One merge per distinct document: harbour has two documents for four items.
	if rep.Merges != 3 || m.n != 3 {
		t.Errorf("%d merges (%d counted), want 3", rep.Merges, m.n)
	}
	if len(rep.SummEdits) != 2 {
		t.Fatalf("domains %+v", rep.SummEdits)
	}
	h := rep.SummEdits[0]
	if h.Domain != "harbour" || h.Items != 4 || h.Documents != 2 || h.Consistent != 2 || h.Inconsistent != 2 || h.Sentences != 6 {
		t.Errorf("harbour %+v", h)
	}
	// The summaries copy their documents' words, and the edits change a figure
	// and a name: a checker that gets these wrong is broken.
	for _, d := range rep.SummEdits {
		if d.Accepted != d.Consistent || d.Caught != d.Inconsistent || d.BalancedAccuracy != 100 {
			t.Errorf("%s: accepted %d/%d, caught %d/%d, balanced accuracy %.1f; want all", d.Domain, d.Accepted, d.Consistent, d.Caught, d.Inconsistent, d.BalancedAccuracy)
		}
	}
	if rep.SummEditsMean != 100 {
		t.Errorf("mean %.1f, want 100", rep.SummEditsMean)
	}
	checkSweep(t, rep)
	var buf bytes.Buffer
	rep.Table(&buf)
	for _, s := range []string{"harbour", "lab", "mean", "threshold sweep", "3 merges"} {
		if !strings.Contains(buf.String(), s) {
			t.Errorf("table lacks %q:\n%s", s, buf.String())
		}
	}
}

// checkSweep checks the sweep's shape: every threshold, shares in [0, 1], and
// (a claim supported at a threshold is supported at every lower one) faithful
// supported never rising and changed caught never falling with the threshold.
func checkSweep(t *testing.T, rep *eval.SupportSetReport) {
	t.Helper()
	th := eval.SweepThresholds()
	if len(rep.Sweep) != len(th) || len(th) != 14 {
		t.Fatalf("%d sweep rows, want %d (0.30 to 0.95)", len(rep.Sweep), len(th))
	}
	for i, row := range rep.Sweep {
		if row.Threshold != th[i] || row.FaithfulSupported < 0 || row.FaithfulSupported > 1 || row.ChangedCaught < 0 || row.ChangedCaught > 1 {
			t.Errorf("row %d: %+v", i, row)
		}
		if i > 0 && (row.FaithfulSupported > rep.Sweep[i-1].FaithfulSupported || row.ChangedCaught < rep.Sweep[i-1].ChangedCaught) {
			t.Errorf("row %d not monotone: %+v after %+v", i, row, rep.Sweep[i-1])
		}
	}
	if rep.Broken != 0 {
		t.Errorf("%d claims break the rule the sweep assumes", rep.Broken)
	}
}

func TestMeasureMultiLing(t *testing.T) {
	rep, err := eval.MeasureSupportSet(context.Background(), realPipeline(t), multiLingDir, eval.SupportSetMultiLing)
	if err != nil {
		t.Fatal(err)
	}
	ml := rep.MultiLing
	if ml == nil || rep.Merges != 2 || ml.Topics != 2 {
		t.Fatalf("report %+v", rep)
	}
	// T000: 2 + 2 sentences from models/, T001: 3 from the jsonl.
	if ml.References != 7 || ml.Supported+ml.Partial+ml.Unsupported != 7 {
		t.Errorf("references %d (supported %d, partial %d, unsupported %d), want 7", ml.References, ml.Supported, ml.Partial, ml.Unsupported)
	}
	// Every reference sentence takes its words from one article's sentence.
	if ml.Supported != 7 {
		t.Errorf("supported %d of 7; examples %+v", ml.Supported, ml.Examples)
	}
	if len(ml.Examples) != 7 {
		t.Errorf("%d examples, want the 7 sentences (fewer than 10 of each status)", len(ml.Examples))
	}
	n := 0
	for _, p := range ml.Perturbed {
		n += p.N
		if p.Kind == eval.PerturbInvented && p.N != 7 {
			t.Errorf("invented: %d, want each topic checked against the other's 7 sentences", p.N)
		}
	}
	if n != ml.Overall.N || n < 20 {
		t.Errorf("overall %d perturbations, kinds sum to %d", ml.Overall.N, n)
	}
	// The sentences copy their articles: every word a perturbation changes is
	// written in the sentence a reference is aligned to.
	if o := ml.Overall; o.OfSupported == 0 || o.OfCarried != o.OfSupported || o.OfCarriedCaught > o.OfCarried || o.OfCarriedCaught < o.OfSupportedCaught {
		t.Errorf("of supported %d (caught %d), of words the sources write %d (caught %d): want the same", o.OfSupported, o.OfSupportedCaught, o.OfCarried, o.OfCarriedCaught)
	}
	// The peers copy their articles' sentences, but for ID2's "opened the old
	// stone bridge" (the article: "closed"): four sentences of two systems,
	// three supported, the fourth refused for the opposite.
	if p := ml.Peers; p == nil || p.Systems != 2 || p.Sentences != 4 || p.Supported != 3 || len(p.Refused) != 1 ||
		!strings.Contains(p.Refused[0], "T000 ID2") || !strings.Contains(p.Refused[0], "antonym") {
		t.Errorf("peers %+v, want 3 of 4 sentences of 2 systems supported, ID2's refused for an antonym", p)
	}
	var out bytes.Buffer
	rep.Table(&out)
	if !strings.Contains(out.String(), "peers: 4 sentences of 2 systems' summaries: supported 3 (75.0%)") {
		t.Errorf("table without the peers' line:\n%s", out.String())
	}
	checkSweep(t, rep)
	b, err := json.Marshal(rep)
	if err != nil || !bytes.Contains(b, []byte(`"share_supported"`)) {
		t.Errorf("json %s, %v", b, err)
	}
}

func TestSentences(t *testing.T) {
	seg, err := segment.New()
	if err != nil {
		t.Fatal(err)
	}
	got := eval.Sentences(seg, "Dr. Ames left at 5 p.m. on Monday. The talks\nended.\n\nA new paragraph.")
	want := []string{"Dr. Ames left at 5 p.m. on Monday.", "The talks ended.", "A new paragraph."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}

func FuzzParseSummEdits(f *testing.F) {
	f.Add([]byte(`[{"id": "a", "doc": "The pier closed.", "summary": "The pier closed.", "label": 1}]`))
	f.Add([]byte(`[{"id": "b", "doc": "x", "summary": "y", "label": "0", "edit_types": ["antonym"]}]`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, b []byte) {
		items, err := eval.ParseSummEdits(bytes.NewReader(b))
		if err != nil {
			return
		}
		for _, it := range items {
			if strings.TrimSpace(it.Doc) == "" || strings.TrimSpace(it.Summary) == "" || it.ID == "" {
				t.Fatalf("item accepted without doc, summary or id: %+v", it)
			}
		}
	})
}

func FuzzParseMultiLingTopic(f *testing.F) {
	f.Add([]byte(`{"topic": "T9", "docs": [{"id": "T90.english", "text": "2011/03/14 Title\n\nMonday, March 14, 2011\n\nStory."}], "references": [{"text": "Story."}]}`))
	f.Add([]byte(`{"topic": "T9", "docs": [{"id": "", "text": "Title\n\nMay 7, 2011 Story on the dateline's line."}]}`))
	f.Add([]byte(`{"topic": "T9", "docs": [{"id": "x", "text": "\n\n\n"}]}`))
	f.Add([]byte(`{"topic": "T9", "docs": [{"id": "T90", "text": "Title\n\nStory."}], "peers": [{"system": "ID1", "text": "Story."}, {"system": "", "text": "x"}]}`))
	f.Add([]byte(`{"topic": "T9", "docs": [{"id": "T90", "text": "Title\n\nStory."}], "peers": {"ID2": "Story.", "ID3": " "}}`))
	f.Add([]byte(`{"topic": "T9", "docs": [{"id": "T90", "text": "Title\n\nStory."}], "peers": "ID1"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		topic, err := eval.ParseMultiLingTopic(b)
		if err != nil {
			return
		}
		if topic.Topic == "" || len(topic.Articles) == 0 {
			t.Fatalf("topic accepted without a name or articles: %+v", topic)
		}
		for id, s := range topic.Peers {
			if id == "" || strings.TrimSpace(s) == "" {
				t.Fatalf("peer without id or text: %q %q", id, s)
			}
		}
		for _, a := range topic.Articles {
			if a.ID == "" || strings.TrimSpace(a.Text) == "" {
				t.Fatalf("article without id or text: %+v", a)
			}
			if p := a.PublishedAt; p != nil && (p.Year() < 1900 || p.Year() > 2100) {
				t.Fatalf("date %v out of range", p)
			}
		}
	})
}

// TestMeasureMultiLingLanguages: a folder of multiling2011_<language>.jsonl
// (two French topics written for this test) is measured by language, in its
// language: faithful sentences supported, changed figures ("4 500", "12,5
// millions") and replaced names caught; with the English rules the figures
// are read the English way.
func TestMeasureMultiLingLanguages(t *testing.T) {
	const dir = "testdata/supportset/multiling-languages"
	if !eval.IsMultiLingLanguages(dir) {
		t.Fatal("not taken for MultiLing's other languages")
	}
	topics, tag, err := eval.ReadMultiLingLanguage(dir + "/multiling2011_french.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if tag != "fr" || len(topics) != 2 || topics[0].Articles[0].Language != "fr" {
		t.Fatalf("read %q, %d topics, first article in %q", tag, len(topics), topics[0].Articles[0].Language)
	}
	m := realPipeline(t)
	rep, err := eval.MeasureSupportSetWith(context.Background(), m, dir, "", eval.SupportSetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Languages) != 1 || rep.Languages[0].Language != "fr" || rep.Languages[0].Rules != "language" {
		t.Fatalf("languages %+v", rep.Languages)
	}
	ml := rep.Languages[0].Rates
	if ml.References != 6 || ml.Supported != 6 {
		t.Errorf("%d of %d reference sentences supported, want 6 of 6: %+v", ml.Supported, ml.References, ml.Examples)
	}
	for _, p := range ml.Perturbed {
		if (p.Kind == eval.PerturbFigure || p.Kind == eval.PerturbName) && (p.N == 0 || p.NotSupported != p.N) {
			t.Errorf("%s: %d of %d caught, want all (missed: %q)", p.Kind, p.NotSupported, p.N, ml.Missed)
		}
	}
	var buf bytes.Buffer
	rep.Table(&buf)
	if !strings.Contains(buf.String(), "fr  language") || !strings.Contains(buf.String(), "2/2 100.0%") {
		t.Errorf("table (with the peers' two French sentences supported):\n%s", buf.String())
	}
	eng, err := eval.MeasureSupportSetWith(context.Background(), m, dir, "", eval.SupportSetOptions{EnglishRules: true})
	if err != nil {
		t.Fatal(err)
	}
	if eng.Languages[0].Rules != "english" {
		t.Errorf("rules %q", eng.Languages[0].Rules)
	}
}
