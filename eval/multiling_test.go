package eval_test

import (
	"bytes"
	"context"
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/briefing-news/briefing/eval"
	"github.com/briefing-news/briefing/summarize"
)

// echoBriefer briefs a topic with a fixed text by its first article's title, or
// fails for the titles in fail.
type echoBriefer struct {
	text  map[string]string
	fail  map[string]bool
	calls []int // MaxWords of each call
}

func (e *echoBriefer) Brief(_ context.Context, req summarize.Request) (*summarize.Briefing, error) {
	e.calls = append(e.calls, req.Options.MaxWords)
	title := req.Articles[0].Title
	if e.fail[title] {
		return nil, errors.New("no passage")
	}
	return &summarize.Briefing{Summary: e.text[title]}, nil
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestReadMultiLingSummaries(t *testing.T) {
	topics, err := eval.ReadMultiLingSummaries("testdata/multiling")
	if err != nil {
		t.Fatal(err)
	}
	// Files in name order: multiling2011_en.jsonl, then the French one.
	if len(topics) != 3 || topics[0].Language != "english" || topics[1].Language != "french" {
		t.Fatalf("topics: %d, languages %q %q", len(topics), topics[0].Language, topics[1].Language)
	}
	en, fr := topics[0], topics[1]
	if en.Articles[0].ID != "M0090" || en.Articles[0].Title != "Bridge vote in Lyon" || en.Articles[0].PublishedAt == nil {
		t.Errorf("English article: %+v", en.Articles[0])
	}
	if en.Peers["ID2"] != "The council voted." || len(en.Peers) != 2 {
		t.Errorf("English peers (a list): %v", en.Peers)
	}
	a := fr.Articles[0]
	if a.Title != "Lyon vote la rénovation du pont de la Guillotière" {
		t.Errorf("French title %q", a.Title)
	}
	if want := time.Date(2023, 3, 14, 12, 0, 0, 0, time.UTC); a.PublishedAt == nil || !a.PublishedAt.Equal(want) {
		t.Errorf("French date (day/month/year) %v, want %v", a.PublishedAt, want)
	}
	if a.ID != "M000-1" || !strings.Contains(a.Text, "6,4 millions") {
		t.Errorf("French article %q: %q", a.ID, a.Text)
	}
	if len(fr.References) != 2 || len(fr.Peers) != 3 {
		t.Errorf("French references %d, peers %d", len(fr.References), len(fr.Peers))
	}
	if _, err := eval.ReadMultiLingSummaries("testdata/cases"); err == nil {
		t.Error("a folder without multiling2011_*.jsonl was read")
	}
}

func TestScoreMultiLing(t *testing.T) {
	topics, err := eval.ReadMultiLingSummaries("testdata/multiling/multiling2011_french.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	b := &echoBriefer{
		text: map[string]string{"Lyon vote la rénovation du pont de la Guillotière": topics[0].References[0]},
		fail: map[string]bool{"Crue de la Saône à Chalon": true},
	}
	langs, err := eval.ScoreMultiLing(context.Background(), b, topics)
	if err != nil {
		t.Fatal(err)
	}
	if len(langs) != 1 || langs[0].Language != "french" || langs[0].Topics != 2 {
		t.Fatalf("languages: %+v", langs)
	}
	l := langs[0]
	if want := []int{100, 250, 100, 250}; !equalInts(b.calls, want) {
		t.Errorf("MaxWords asked %v, want %v", b.calls, want)
	}
	// Topic 1: ours is reference A word for word, and all of reference B's words
	// but "rénovera" and "pendant" are in it: pooled recall is near 1. Topic 2
	// failed: it scores 0 and is named, at both lengths.
	if len(l.Errors) != 2 || !strings.Contains(l.Errors[0], "M001") {
		t.Errorf("errors: %v", l.Errors)
	}
	ours := l.Ours["250"]
	if ours.R1 <= 0.3 || ours.R1 >= 0.5 {
		t.Errorf("ours R-1 at 250 = %.4f, want between 0.3 and 0.5 (one topic near 1, one 0)", ours.R1)
	}
	// ID1 repeats each topic's first reference: on topic 2, with one reference,
	// its recall is 1.
	id1 := l.Systems["ID1"]["250"]
	if id1.R1 <= ours.R1 || id1.R2 <= ours.R2 {
		t.Errorf("ID1 %.4f/%.4f not above ours %.4f/%.4f", id1.R1, id1.R2, ours.R1, ours.R2)
	}
	// The topline is scored but never the best system.
	if _, ok := l.Systems["ID10"]; !ok {
		t.Error("ID10 not scored")
	}
	r1, r1ID, _, r2ID := l.Best("250")
	if r1ID != "ID1" || r2ID != "ID1" || !near(r1, id1.R1) {
		t.Errorf("best %s (%.4f) / %s, want ID1", r1ID, r1, r2ID)
	}
	// At 100 words nothing is longer than the cut here: the figures match 250's.
	if l.Systems["ID2"]["100"] != l.Systems["ID2"]["250"] {
		t.Errorf("ID2 at 100 %+v and 250 %+v differ on texts shorter than 100 words", l.Systems["ID2"]["100"], l.Systems["ID2"]["250"])
	}
	var out bytes.Buffer
	eval.MultiLingTable(&out, langs)
	if !strings.Contains(out.String(), "french") || !strings.Contains(out.String(), "<") {
		t.Errorf("table does not mark ours below the best system:\n%s", out.String())
	}
}

func TestScoreMultiLingCutsAtLength(t *testing.T) {
	ref := strings.Repeat("alpha beta ", 150) // 300 words: the reference is cut at 250
	topic := eval.MultiLingSummaryTopic{
		Topic: "T", Language: "x",
		Articles:   []summarize.Article{{ID: "a", Title: "t", Text: "x"}},
		References: []string{ref},
		Peers:      map[string]string{"ID1": ref},
	}
	b := &echoBriefer{text: map[string]string{"t": ref}}
	langs, err := eval.ScoreMultiLing(context.Background(), b, []eval.MultiLingSummaryTopic{topic})
	if err != nil {
		t.Fatal(err)
	}
	l := langs[0]
	// 250 reference unigrams: 125 alpha, 125 beta. A 100-word summary has 50 of
	// each: recall 100/250; at 250 words, all.
	if got := l.Ours["100"].R1; !near(got, 100.0/250) {
		t.Errorf("R-1 at 100 words = %.4f, want 0.4", got)
	}
	if got := l.Ours["250"].R1; !near(got, 1) {
		t.Errorf("R-1 at 250 words = %.4f, want 1", got)
	}
	// Bigrams: 249 in the reference; 99 in the summary at 100 words.
	if got := l.Systems["ID1"]["100"].R2; !near(got, 99.0/249) {
		t.Errorf("R-2 at 100 words = %.4f, want %.4f", got, 99.0/249)
	}
}

func TestScoreMultiLingUnicodeWords(t *testing.T) {
	// Arabic words with a diacritic stay one token; punctuation of any script
	// splits; case folds.
	ref := "قالَ الوزير، «الحدود مغلقة». Élan ÉLAN"
	topic := eval.MultiLingSummaryTopic{
		Topic: "T", Language: "arabic",
		Articles:   []summarize.Article{{ID: "a", Title: "t", Text: "x"}},
		References: []string{ref},
		Peers:      map[string]string{"ID1": "قالَ الوزير الحدود مغلقة élan élan"},
	}
	langs, err := eval.ScoreMultiLing(context.Background(), &echoBriefer{text: map[string]string{}}, []eval.MultiLingSummaryTopic{topic})
	if err != nil {
		t.Fatal(err)
	}
	if got := langs[0].Systems["ID1"]["250"]; !near(got.R1, 1) || !near(got.R2, 1) {
		t.Errorf("ID1 = %+v, want R-1 and R-2 of 1", got)
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func FuzzParseMultiLingSummaryTopic(f *testing.F) {
	f.Add([]byte(`{"topic": "M000", "language": "french", "docs": [{"id": "d0", "text": "14/03/2023 Titre\n\nMardi 14 mars 2023\n\nTexte."}], "references": [{"text": "Texte."}], "peers": {"ID1": "Texte."}}`))
	f.Add([]byte(`{"topic": "M009", "docs": [{"id": "M0090.english", "text": "2011/03/14 Title\n\nMonday, March 14, 2011\n\nStory."}], "references": [{"text": "Story."}], "peers": [{"system": "ID2", "text": "Story."}]}`))
	f.Add([]byte(`{"topic": "T", "docs": [{"id": "x", "text": "99/99/9999 Bad date\nText"}], "references": [{"text": "r"}], "peers": 7}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		topic, err := eval.ParseMultiLingSummaryTopic(b)
		if err != nil {
			return
		}
		if topic.Topic == "" || len(topic.Articles) == 0 || len(topic.References) == 0 {
			t.Fatalf("topic accepted without a name, articles or references: %+v", topic)
		}
		for _, a := range topic.Articles {
			if a.ID == "" || strings.TrimSpace(a.Text) == "" {
				t.Fatalf("article without id or text: %+v", a)
			}
			if p := a.PublishedAt; p != nil && (p.Year() < 1900 || p.Year() > 2100) {
				t.Fatalf("date %v out of range", p)
			}
		}
		for id, s := range topic.Peers {
			if id == "" || strings.TrimSpace(s) == "" {
				t.Fatalf("empty peer %q: %q", id, s)
			}
		}
	})
}
