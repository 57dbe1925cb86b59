package eval

import (
	"strings"

	"github.com/briefing-news/briefing/summarize"
)

// LengthResult compares the words of a briefing with its budget.
type LengthResult struct {
	Words    int `json:"words"`
	MaxWords int `json:"max_words"`
	// Ratio is Words/MaxWords.
	Ratio        float64 `json:"ratio"`
	WithinBudget bool    `json:"within_budget"`
	// PointWords are the words of the points alone: what the budget buys the
	// reader beyond the headline and summary.
	PointWords int `json:"point_words"`
}

// Words counts the whitespace-separated words of a briefing's headline,
// summary and points.
func Words(b *summarize.Briefing) int {
	if b == nil {
		return 0
	}
	n := len(strings.Fields(b.Headline)) + len(strings.Fields(b.Summary))
	for _, p := range b.Points {
		n += len(strings.Fields(p.Text))
	}
	return n
}

// Length measures a briefing against maxWords (summarize.DefaultMaxWords when
// maxWords is 0 or less).
func Length(b *summarize.Briefing, maxWords int) LengthResult {
	if maxWords <= 0 {
		maxWords = summarize.DefaultMaxWords
	}
	w := Words(b)
	pw := 0
	if b != nil {
		for _, p := range b.Points {
			pw += len(strings.Fields(p.Text))
		}
	}
	return LengthResult{Words: w, MaxWords: maxWords, Ratio: float64(w) / float64(maxWords), WithinBudget: w <= maxWords, PointWords: pw}
}
