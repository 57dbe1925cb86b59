package eval

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/briefing-news/briefing/summarize"
)

// Expected is a case's expected.json: the differences and quotes a briefing of
// the case must report. Differences are always scored when the file exists (an
// empty list means the case has no dispute, and every difference reported is a
// false one); quotes only when the file lists the key.
type Expected struct {
	Differences []ExpectedDifference `json:"differences"`
	Quotes      *[]ExpectedQuote     `json:"quotes,omitempty"`
}

// ExpectedDifference is one difference a case carries. A reported difference
// matches it when the kind is the same, every expected value is among the
// reported values (compared lower-cased, spaces folded) and, when Label is set,
// the label is the same. About is for the reader.
type ExpectedDifference struct {
	Kind   string   `json:"kind"`
	About  string   `json:"about"`
	Label  string   `json:"label,omitempty"`
	Values []string `json:"values"`
}

// ExpectedQuote is one quotation a case carries and who said it. A reported
// quote matches it when the expected text's words are 80% in the reported text
// or one of its variants; its speaker is right when the names are equal or one
// ends with the other ("Ferrante", "Giulia Ferrante").
type ExpectedQuote struct {
	Speaker string `json:"speaker"`
	Text    string `json:"text"`
}

func parseExpected(b []byte) (*Expected, error) {
	var e Expected
	if err := json.Unmarshal(b, &e); err != nil {
		return nil, err
	}
	for i, d := range e.Differences {
		switch d.Kind {
		case summarize.KindNumber, summarize.KindDate, summarize.KindName:
		default:
			return nil, fmt.Errorf("difference %d: kind %q is not number, date or name", i+1, d.Kind)
		}
		if len(d.Values) < 2 {
			return nil, fmt.Errorf("difference %d: needs at least two values", i+1)
		}
	}
	return &e, nil
}

// CoverageResult scores a briefing's differences and quotes against the case's
// expectations.
type CoverageResult struct {
	// DifferencePrecision is the share of reported differences that match an
	// expected one (1 when none is reported); DifferenceRecall the share of
	// expected ones reported (1 when none is expected).
	DifferencePrecision float64 `json:"difference_precision"`
	DifferenceRecall    float64 `json:"difference_recall"`
	DifferencesReported int     `json:"differences_reported"`
	DifferencesExpected int     `json:"differences_expected"`
	// FalseDifferences and MissedDifferences describe what fell short.
	FalseDifferences  []string `json:"false_differences"`
	MissedDifferences []string `json:"missed_differences"`
	// QuotesScored is false when the case lists no quotes; the quote metrics are then zero.
	QuotesScored bool `json:"quotes_scored"`
	// QuoteRecall is the share of expected quotes found; SpeakerAccuracy the share
	// of the found ones whose speaker is right.
	QuoteRecall     float64  `json:"quote_recall"`
	SpeakerAccuracy float64  `json:"speaker_accuracy"`
	QuotesExpected  int      `json:"quotes_expected"`
	MissedQuotes    []string `json:"missed_quotes"`
	WrongSpeakers   []string `json:"wrong_speakers"`
}

// ScoreCoverage compares the briefing's differences and quotes with exp.
func ScoreCoverage(br *summarize.Briefing, exp *Expected) *CoverageResult {
	if exp == nil {
		return nil
	}
	var diffs []summarize.Difference
	var quotes []summarize.Quote
	if br != nil {
		diffs, quotes = br.Differences, br.Quotes
	}
	r := &CoverageResult{DifferencesReported: len(diffs), DifferencesExpected: len(exp.Differences),
		FalseDifferences: []string{}, MissedDifferences: []string{}, MissedQuotes: []string{}, WrongSpeakers: []string{}}
	used := make([]bool, len(diffs))
	matched := 0
	for _, e := range exp.Differences {
		found := false
		for i, d := range diffs {
			if !used[i] && diffMatches(e, d) {
				used[i], found = true, true
				matched++
				break
			}
		}
		if !found {
			r.MissedDifferences = append(r.MissedDifferences, fmt.Sprintf("%s %s: %s", e.Kind, e.About, strings.Join(e.Values, " / ")))
		}
	}
	for i, d := range diffs {
		if !used[i] {
			var vs []string
			for _, v := range d.Values {
				vs = append(vs, v.Value)
			}
			r.FalseDifferences = append(r.FalseDifferences, fmt.Sprintf("%s %s (%s): %s", d.Kind, d.About, d.Label, strings.Join(vs, " / ")))
		}
	}
	r.DifferencePrecision, r.DifferenceRecall = 1, 1
	if len(diffs) > 0 {
		r.DifferencePrecision = float64(len(diffs)-len(r.FalseDifferences)) / float64(len(diffs))
	}
	if len(exp.Differences) > 0 {
		r.DifferenceRecall = float64(matched) / float64(len(exp.Differences))
	}
	if exp.Quotes == nil {
		return r
	}
	r.QuotesScored = true
	r.QuotesExpected = len(*exp.Quotes)
	found, right := 0, 0
	for _, e := range *exp.Quotes {
		q, ok := findQuote(e.Text, quotes)
		if !ok {
			r.MissedQuotes = append(r.MissedQuotes, e.Text)
			continue
		}
		found++
		if sameSpeaker(e.Speaker, q.Speaker) {
			right++
		} else {
			r.WrongSpeakers = append(r.WrongSpeakers, fmt.Sprintf("%q: %q, want %q", truncateWords(e.Text, 8), q.Speaker, e.Speaker))
		}
	}
	r.QuoteRecall, r.SpeakerAccuracy = 1, 1
	if len(*exp.Quotes) > 0 {
		r.QuoteRecall = float64(found) / float64(len(*exp.Quotes))
	}
	if found > 0 {
		r.SpeakerAccuracy = float64(right) / float64(found)
	} else if len(*exp.Quotes) > 0 {
		r.SpeakerAccuracy = 0
	}
	return r
}

func diffMatches(e ExpectedDifference, d summarize.Difference) bool {
	if e.Kind != d.Kind || (e.Label != "" && e.Label != d.Label) {
		return false
	}
	for _, want := range e.Values {
		ok := false
		for _, v := range d.Values {
			if foldSpace(strings.ToLower(v.Value)) == foldSpace(strings.ToLower(want)) {
				ok = true
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

func findQuote(text string, quotes []summarize.Quote) (summarize.Quote, bool) {
	want := Tokenize(text, false)
	for _, q := range quotes {
		texts := []string{q.Text}
		for _, v := range q.Variants {
			texts = append(texts, v.Text)
		}
		for _, t := range texts {
			have := map[string]bool{}
			for _, w := range Tokenize(t, false) {
				have[w] = true
			}
			n := 0
			for _, w := range want {
				if have[w] {
					n++
				}
			}
			if len(want) > 0 && float64(n) >= 0.8*float64(len(want)) {
				return q, true
			}
		}
	}
	return summarize.Quote{}, false
}

func sameSpeaker(want, got string) bool {
	w, g := strings.ToLower(strings.TrimSpace(want)), strings.ToLower(strings.TrimSpace(got))
	if w == "" || g == "" {
		return w == g
	}
	return w == g || strings.HasSuffix(w, " "+g) || strings.HasSuffix(g, " "+w)
}

func truncateWords(s string, n int) string {
	ws := strings.Fields(s)
	if len(ws) <= n {
		return s
	}
	return strings.Join(ws[:n], " ") + "…"
}
