package extractive_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/google/go-cmp/cmp"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/extractive"
)

// p is one passage of a hand-written cluster: text, the articles carrying it, and
// its sentence index in the kept article.
type p struct {
	text    string
	sources []string
	sent    int
}

// cluster numbers the passages P1, P2, … and lists the articles.
func cluster(ps ...p) *summarize.Input {
	in := &summarize.Input{}
	seen := map[string]bool{}
	for k, x := range ps {
		in.Passages = append(in.Passages, summarize.Passage{
			ID:                 fmt.Sprintf("P%d", k+1),
			Text:               x.text,
			Sources:            x.sources,
			IndependentSources: x.sources,
			Article:            x.sources[0],
			Sentence:           x.sent,
		})
		for _, s := range x.sources {
			if !seen[s] {
				seen[s] = true
				in.Articles = append(in.Articles, summarize.Article{ID: s})
			}
		}
	}
	return in
}

// derailment is a fictional story told by four outlets; a4 wanders off topic.
func derailment() *summarize.Input {
	return cluster(
		p{"A passenger train derailed near Tollbridge on Tuesday morning, injuring 14 people, the regional rail operator said.", []string{"a1", "a2", "a3"}, 0},
		p{"The six-carriage train was travelling from Eastholm to Carrow Junction when three carriages left the track.", []string{"a1", "a2"}, 1},
		p{"Rail operator Meridian Lines said the derailment happened on a curve just south of Tollbridge station.", []string{"a1", "a3"}, 2},
		p{"Emergency crews took the injured to Tollbridge General Hospital, where two remain in serious condition.", []string{"a1", "a2", "a3"}, 3},
		p{"Investigators from the national rail safety board arrived at the derailment site on Tuesday afternoon.", []string{"a2", "a3"}, 2},
		p{"Meridian Lines suspended services between Eastholm and Carrow Junction until further notice.", []string{"a1"}, 4},
		p{"Passengers described a loud bang before the carriages tipped over on the curve near Tollbridge.", []string{"a3"}, 4},
		p{"The town's annual pumpkin festival drew record crowds to the market square last weekend.", []string{"a4"}, 5},
		p{"Why did the train leave the track?", []string{"a4"}, 0},
		p{"said a spokesperson for the operator", []string{"a4"}, 2},
		p{"A passenger train derailed near Tollbridge on Tuesday morning and 14 people were injured, the rail operator said.", []string{"a4"}, 1},
		p{"The rail safety board said it would publish an initial report on the derailment within a month.", []string{"a2", "a3"}, 5},
		p{"Tollbridge residents said the curve had drawn complaints about track noise for years.", []string{"a3"}, 6},
		p{"Officials said it was too early to say whether speed played a part in the derailment.", []string{"a1", "a2"}, 5},
	)
}

// words counts words strictly: the larger of whitespace fields and letter-digit runs.
func words(s string) int {
	runs, in := 0, false
	for _, r := range s {
		a := unicode.IsLetter(r) || unicode.IsDigit(r)
		if a && !in {
			runs++
		}
		in = a
	}
	return max(runs, len(strings.Fields(s)))
}

func total(d *summarize.Draft) int {
	n := words(d.Headline) + words(d.Summary)
	for _, pt := range d.Points {
		n += words(pt.Text)
	}
	return n
}

func brief(t *testing.T, in *summarize.Input, maxPoints, maxWords int) *summarize.Draft {
	t.Helper()
	in.Options = summarize.Options{MaxPoints: maxPoints, MaxWords: maxWords}
	d, err := extractive.New().Brief(context.Background(), in)
	if err != nil {
		t.Fatalf("Brief: %v", err)
	}
	return d
}

// cited lists the passage each part of the briefing body is written from, in
// order: the summary's (the lede), then each point's own (not those joined to it
// as the same fact).
func cited(d *summarize.Draft) []string {
	ids := append([]string(nil), d.SummaryPassages...)
	for _, pt := range d.Points {
		ids = append(ids, pt.Passages[0])
	}
	return ids
}

func TestRanking(t *testing.T) {
	tests := []struct {
		name      string
		maxPoints int
		// first is the set of passages acceptable as the first point.
		first []string
		// absent must not be points at all.
		absent []string
	}{
		{"corroborated lead first, off-topic left out", 2, []string{"P1", "P4"}, []string{"P8", "P9", "P10"}},
		{"questions and fragments never points", 20, []string{"P1", "P4"}, []string{"P9", "P10"}},
		{"off-topic unique passage not in a short briefing", 5, []string{"P1", "P4"}, []string{"P8"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := brief(t, derailment(), tt.maxPoints, 400)
			ids := cited(d)
			if len(ids) == 0 {
				t.Fatalf("no points")
			}
			// The lede, or the first point when the headline was cut from the lede's passage.
			if !slices.Contains(tt.first, ids[0]) && (len(ids) < 2 || !slices.Contains(tt.first, ids[1])) {
				t.Fatalf("first point=%s, want one of %v (points %v)", ids[0], tt.first, ids)
			}
			for _, a := range tt.absent {
				if slices.Contains(ids, a) {
					t.Fatalf("points %v contain %s", ids, a)
				}
			}
		})
	}
}

func TestCorroborationBeatsUniqueOffTopic(t *testing.T) {
	// With every point allowed, the off-topic passage, if chosen at all, comes after
	// every passage that two or more articles carry.
	in := derailment()
	d := brief(t, in, 20, 1000)
	ids := cited(d)
	off := slices.Index(ids, "P8")
	if off < 0 {
		return
	}
	for k, id := range ids {
		n, _ := strconv.Atoi(strings.TrimPrefix(id, "P"))
		if len(in.Passages[n-1].Sources) >= 2 && k > off {
			t.Fatalf("corroborated %s at %d after off-topic P8 at %d: %v", id, k, off, ids)
		}
	}
}

func TestMMRSkipsParaphrase(t *testing.T) {
	for _, maxPoints := range []int{2, 4, 8, 20} {
		t.Run(fmt.Sprint(maxPoints), func(t *testing.T) {
			d := brief(t, derailment(), maxPoints, 1000)
			ids := cited(d)
			// P1 and P11 tell the same thing in nearly the same words.
			if slices.Contains(ids, "P1") && slices.Contains(ids, "P11") {
				t.Fatalf("points %v hold both paraphrases P1 and P11", ids)
			}
			if d.Headline != "" && slices.ContainsFunc(d.Points, func(pt summarize.DraftPoint) bool {
				return strings.TrimSuffix(pt.Text, ".") == d.Headline
			}) {
				t.Fatalf("headline %q repeated as a point", d.Headline)
			}
		})
	}
}

// TestBudget: the words as shown stay within MaxWords, time anchors ("on
// Tuesday [9 Sept]") included, whatever the budget and the number of points.
func TestBudget(t *testing.T) {
	pub := time.Date(2025, 9, 10, 9, 0, 0, 0, time.UTC)
	for _, maxWords := range []int{20, 30, 45, 60, 80, 90, 100, 110, 150, 250, 400} {
		for _, maxPoints := range []int{1, 2, 3, 5, 8} {
			for _, dated := range []bool{false, true} {
				t.Run(fmt.Sprintf("w%d-p%d-dated=%v", maxWords, maxPoints, dated), func(t *testing.T) {
					in := derailment()
					if dated {
						in = withDates(in, pub)
					}
					d := brief(t, in, maxPoints, maxWords)
					if got := total(d); got > maxWords {
						t.Fatalf("words=%d, want ≤ %d (%+v)", got, maxWords, d)
					}
					if got := len(d.Points); got > maxPoints {
						t.Fatalf("points=%d, want ≤ %d", got, maxPoints)
					}
					if maxWords >= 30 && len(d.Points) == 0 {
						t.Fatalf("no points in %d words", maxWords)
					}
					if maxWords >= 100 && maxPoints >= 5 {
						// The points get most of the words.
						pw := total(d) - words(d.Headline) - words(d.Summary)
						if 2*pw < total(d) {
							t.Fatalf("points take %d of %d words", pw, total(d))
						}
					}
				})
			}
		}
	}
}

func TestZeroOptionsUseDefaults(t *testing.T) {
	d := brief(t, derailment(), 0, 0)
	if got, want := total(d) <= summarize.DefaultMaxWords, true; got != want {
		t.Fatalf("words=%d, want ≤ %d", total(d), summarize.DefaultMaxWords)
	}
	if got := len(d.Points); got < 3 || got > summarize.DefaultMaxPoints {
		t.Fatalf("points=%d, want 3..%d", got, summarize.DefaultMaxPoints)
	}
}

func TestPointsCiteTheirPassage(t *testing.T) {
	in := derailment()
	d := brief(t, in, 8, 250)
	byID := map[string]string{}
	for _, ps := range in.Passages {
		byID[ps.ID] = ps.Text
	}
	joined := 0
	for _, pt := range d.Points {
		// The text is the first passage's, whole or cut at a clause boundary; the
		// others are the same fact in other words, whose citations are joined.
		if got, want := strings.TrimSuffix(pt.Text, "."), byID[pt.Passages[0]]; !strings.HasPrefix(want, got) {
			t.Fatalf("point text=%q, want its passage %q", got, want)
		}
		joined += len(pt.Passages) - 1
	}
	// P11 is a4's copy of the lead P1 in other words: one fact, one point.
	if joined == 0 || slices.Contains(cited(d), "P11") {
		t.Fatalf("the paraphrase P11 is not joined to the lead: %v", d.Points)
	}
}

func TestHeadlineAndSummary(t *testing.T) {
	tests := []struct {
		name string
		in   *summarize.Input
	}{
		{"derailment", derailment()},
		{"one article", cluster(
			p{"Is the new library worth the wait?", []string{"b1"}, 0},
			p{"The Harlow Street library reopened on Saturday after a two-year rebuild costing 8 million crowns.", []string{"b1"}, 1},
			p{"Mayor Ilse Varga cut the ribbon in front of several hundred residents.", []string{"b1"}, 2},
			p{"The rebuilt library has a children's wing, a repair café and longer opening hours.", []string{"b1"}, 3},
			p{"Ilse Varga said the library would stay open until ten on weeknights.", []string{"b1"}, 4},
		)},
		{"questions only at the top", cluster(
			p{"Who will pay for the flood defences?", []string{"c1", "c2"}, 0},
			p{"The river Asker burst its banks on Friday, flooding 200 homes in Lindmoor.", []string{"c1", "c2"}, 1},
			p{"Lindmoor council opened two shelters for residents forced from their homes by the Asker flood.", []string{"c1"}, 2},
			p{"Forecasters expect the Asker to fall below flood level by Monday.", []string{"c2"}, 2},
		)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := brief(t, tt.in, 8, 250)
			h := d.Headline
			if h == "" {
				t.Fatalf("no headline")
			}
			if got := words(h); got > extractive.DefaultHeadlineWords {
				t.Fatalf("headline %q has %d words, want ≤ %d", h, got, extractive.DefaultHeadlineWords)
			}
			if strings.HasSuffix(h, "?") || strings.ContainsAny(h, "\"“”") {
				t.Fatalf("headline %q is a question or a quote", h)
			}
			if r := []rune(h)[0]; !unicode.IsUpper(r) {
				t.Fatalf("headline %q starts in lower case", h)
			}
			s := d.Summary
			if s == "" {
				t.Fatalf("no summary")
			}
			if got, limit := words(s), min(extractive.DefaultSummaryWords, 250*15/100); got > limit {
				t.Fatalf("summary %q has %d words, want ≤ %d", s, got, limit)
			}
			for _, pt := range d.Points {
				if pt.Text == s || pt.Text == h {
					t.Fatalf("summary or headline copies point %q", pt.Text)
				}
			}
			// Every capitalized word of the summary comes from the passages.
			var all strings.Builder
			for _, ps := range tt.in.Passages {
				all.WriteString(ps.Text + " ")
			}
			for k, w := range strings.Fields(s) {
				w = strings.Trim(w, ".,;:")
				if k > 0 && w != "" && unicode.IsUpper([]rune(w)[0]) && !strings.Contains(all.String(), w) {
					t.Fatalf("summary %q names %q, found in no passage", s, w)
				}
			}
		})
	}
}

func TestDeterministic(t *testing.T) {
	first := brief(t, derailment(), 8, 250)
	for range 5 {
		if diff := cmp.Diff(first, brief(t, derailment(), 8, 250)); diff != "" {
			t.Fatalf("second run differs (-first +again):\n%s", diff)
		}
	}
}

func TestInvalidInput(t *testing.T) {
	tests := []struct {
		name string
		in   *summarize.Input
	}{
		{"nil", nil},
		{"no passages", &summarize.Input{Articles: []summarize.Article{{ID: "a1"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := extractive.New().Brief(context.Background(), tt.in)
			if got, want := summarize.ErrorCode(err), summarize.EINVALID; got != want {
				t.Fatalf("code=%q, want %q (err %v)", got, want, err)
			}
		})
	}
}

func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := extractive.New().Brief(ctx, derailment())
	if err == nil {
		t.Fatalf("Brief on a cancelled context: no error")
	}
	if got, want := errors.Is(err, context.Canceled), true; got != want {
		t.Fatalf("errors.Is(err, Canceled)=%v, want %v (err %v)", got, want, err)
	}
}

func TestLargeInputUsesCandidateSet(t *testing.T) {
	// A graph limit below the input size takes the candidate path; the briefing
	// still respects the budget and leaves the fragments out.
	in := synthetic(300)
	in.Options = summarize.Options{MaxPoints: 8, MaxWords: 250}
	d, err := extractive.New(extractive.WithMaxGraph(50)).Brief(context.Background(), in)
	if err != nil {
		t.Fatalf("Brief: %v", err)
	}
	if got := total(d); got > 250 {
		t.Fatalf("words=%d, want ≤ 250", got)
	}
	if got := len(d.Points); got == 0 || got > 8 {
		t.Fatalf("points=%d, want 1..8", got)
	}
}

// TestSubheadNeverAPoint: a short line without closing punctuation inside a
// story is a subhead or a caption, however many articles carry it; a long one
// is a sentence whose full stop was lost, and may still be a point.
func TestSubheadNeverAPoint(t *testing.T) {
	in := derailment()
	in.Passages = append(in.Passages, summarize.Passage{
		ID: "P15", Text: `Safety board warns operator it will "look at every curve"`,
		Sources: []string{"a1", "a2", "a3"}, IndependentSources: []string{"a1", "a2", "a3"}, Article: "a1", Sentence: 1,
	})
	d := brief(t, in, 20, 1000)
	if slices.Contains(cited(d), "P15") {
		t.Fatalf("the subhead P15 is a point: %q", cited(d))
	}

	long := cluster(p{"Crews worked through the night to clear three carriages from the line near Tollbridge and the operator expects services to resume by Friday", []string{"a1"}, 0})
	if d := brief(t, long, 5, 200); len(d.Points) != 1 {
		t.Fatalf("a long sentence without its full stop gave %d points, want 1", len(d.Points))
	}
}

// TestParaphrasedLeadsOnce: three outlets open with the same event in their own
// words. The names they share are in most passages and weigh little, so their
// cosines sit between 0.25 and 0.4; a briefing states the event once.
func TestParaphrasedLeadsOnce(t *testing.T) {
	in := cluster(
		p{"Governor Ilse Marten arrived in Corvale on Tuesday ahead of an expected meeting with Premier Tomas Adeyemi that has raised concerns about a water deal.", []string{"a1"}, 0},
		p{"Governor Ilse Marten said on Monday she would travel to Corvale and meet Premier Tomas Adeyemi, with her convoy reportedly on its way to the border.", []string{"a2"}, 0},
		p{"Ilse Marten reached Corvale today for talks with Premier Tomas Adeyemi where the two are expected to offer each other support against their critics.", []string{"a3"}, 0},
		p{"Marten is expected to ask Adeyemi for water rights on the Sella river in exchange for grain shipments.", []string{"a1", "a2"}, 1},
		p{"Adeyemi's office said the talks would take place at the old customs house in Corvale.", []string{"a2", "a3"}, 2},
		p{"The Sella river supplies drinking water to about 400,000 people on both sides of the border.", []string{"a1"}, 3},
		p{"Farmers' unions in Corvale have warned that any deal must protect irrigation during the summer.", []string{"a3"}, 2},
		p{"Marten last visited Corvale in 2019, when talks on a shared dam broke down after two days.", []string{"a2"}, 3},
		p{"Adeyemi told reporters he wanted a deal that would last beyond the current drought.", []string{"a1"}, 4},
	)
	d := brief(t, in, 6, 400)
	leads := 0
	for _, id := range cited(d) {
		if id == "P1" || id == "P2" || id == "P3" {
			leads++
		}
	}
	if leads != 1 {
		t.Fatalf("points cite %v: %d of the three paraphrased leads P1-P3, want 1", cited(d), leads)
	}
}

// TestDifferencePointOnlyInEnglish: the difference point is written from an
// English template, so a briefing in English (or of no language said) gets it,
// and one in another language leaves the difference to coverage rather than
// write English into it.
func TestDifferencePointOnlyInEnglish(t *testing.T) {
	for _, tc := range []struct {
		lang string
		want bool
	}{{"", true}, {"en-GB", true}, {"fr", false}} {
		in := derailment()
		in.Differences = []summarize.Difference{{Kind: "number", About: "people injured", Label: summarize.LabelConflict, Values: []summarize.DifferenceValue{
			{Value: "14", Citations: []string{"a1"}, Passages: []string{"P1"}},
			{Value: "16", Citations: []string{"a2"}, Passages: []string{"P4"}},
		}}}
		in.Options = summarize.Options{MaxPoints: 6, MaxWords: 250, Language: tc.lang}
		d, err := extractive.New().Brief(context.Background(), in)
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, pt := range d.Points {
			if strings.HasPrefix(pt.Text, "Sources differ on the people injured") {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("language %q: difference point written %v, want %v", tc.lang, got, tc.want)
		}
	}
}
