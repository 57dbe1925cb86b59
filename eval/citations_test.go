package eval_test

import (
	"testing"

	"github.com/briefing-news/briefing/eval"
	"github.com/briefing-news/briefing/summarize"
)

var citeArticles = []summarize.Article{
	{ID: "a1", Title: "Bridge shut", Text: "The Kessel harbour bridge closed on Monday after inspectors found deep cracks in two pillars. Repairs will cost 1.2 million euros."},
	{ID: "a2", HTML: "<html><body><nav>Home</nav><p>Ferries will carry <b>commuters</b> across the harbour until the work ends in March.</p><script>var x = 'cracks pillars';</script></body></html>"},
}

func TestCitations(t *testing.T) {
	tests := []struct {
		name         string
		point        summarize.Point
		valid, cites int
		supported    bool
	}{
		{
			name:  "quote from the cited article carries the point",
			point: summarize.Point{Text: "Inspectors found cracks in two pillars of the bridge.", Citations: []string{"a1"}, Evidence: []summarize.Evidence{{ArticleID: "a1", Quote: "inspectors found deep cracks in two pillars"}}},
			valid: 1, cites: 1, supported: true,
		},
		{
			name:  "quote in html article, tags ignored",
			point: summarize.Point{Text: "Ferries carry commuters across the harbour.", Citations: []string{"a2"}, Evidence: []summarize.Evidence{{ArticleID: "a2", Quote: "Ferries will carry commuters across the harbour"}}},
			valid: 1, cites: 1, supported: true,
		},
		{
			name:  "quote shares too little with the point",
			point: summarize.Point{Text: "The mayor blamed the previous council for years of neglect.", Citations: []string{"a1"}, Evidence: []summarize.Evidence{{ArticleID: "a1", Quote: "Repairs will cost 1.2 million euros"}}},
			valid: 1, cites: 1, supported: false,
		},
		{
			name:  "quote that is not in the article is ignored; the article text decides",
			point: summarize.Point{Text: "Repairs will cost 1.2 million euros.", Citations: []string{"a1"}, Evidence: []summarize.Evidence{{ArticleID: "a1", Quote: "repairs will cost a fortune, the mayor said"}}},
			valid: 1, cites: 1, supported: true,
		},
		{
			name:  "no evidence: the cited article text decides",
			point: summarize.Point{Text: "The work ends in March.", Citations: []string{"a2"}},
			valid: 1, cites: 1, supported: true,
		},
		{
			name:  "script text does not count as article text",
			point: summarize.Point{Text: "Cracks pillars.", Citations: []string{"a2"}},
			valid: 1, cites: 1, supported: false,
		},
		{
			name:  "unknown article",
			point: summarize.Point{Text: "Repairs will cost 1.2 million euros.", Citations: []string{"a9"}},
			valid: 0, cites: 1, supported: false,
		},
		{
			name:  "one valid and one unknown citation",
			point: summarize.Point{Text: "Repairs will cost 1.2 million euros.", Citations: []string{"a1", "P3"}},
			valid: 1, cites: 2, supported: true,
		},
		{
			name:  "wrong number is not supported by the evidence",
			point: summarize.Point{Text: "Repairs: 7.5 million euros.", Citations: []string{"a1"}, Evidence: []summarize.Evidence{{ArticleID: "a1", Quote: "Repairs will cost 1.2 million euros"}}},
			valid: 1, cites: 1, supported: false,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := eval.Citations(&summarize.Briefing{Points: []summarize.Point{tt.point}}, citeArticles)
			if got, want := r.Valid, tt.valid; got != want {
				t.Errorf("valid=%d, want %d", got, want)
			}
			if got, want := r.Citations, tt.cites; got != want {
				t.Errorf("citations=%d, want %d", got, want)
			}
			if got, want := r.Supported == 1, tt.supported; got != want {
				t.Errorf("supported=%v, want %v", got, want)
			}
		})
	}

	// Shares over a whole briefing: 3 of 4 citations valid, 2 of 3 points supported.
	br := &summarize.Briefing{Points: []summarize.Point{
		tests[0].point, // valid, supported
		tests[7].point, // 1 of 2 valid, supported
		tests[2].point, // valid, unsupported
	}}
	r := eval.Citations(br, citeArticles)
	if got, want := r.Validity, 3.0/4; got != want {
		t.Errorf("validity=%v, want %v", got, want)
	}
	if got, want := r.Support, 2.0/3; got != want {
		t.Errorf("support=%v, want %v", got, want)
	}
	if r := eval.Citations(&summarize.Briefing{}, citeArticles); r.Validity != 0 || r.Support != 0 {
		t.Errorf("no points: validity %v support %v, want 0 0", r.Validity, r.Support)
	}
}
