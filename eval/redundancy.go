package eval

import (
	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/extractive"
)

// RedundancyThreshold is the overlap of content tokens above which two points
// count as saying the same thing: |A ∩ B| / min(|A|, |B|) over their distinct
// content tokens (lower-cased, stopwords out, stemmed, as FactRecall reads them).
const RedundancyThreshold = 0.5

// RedundancyResult measures how much the points of one briefing repeat each other.
type RedundancyResult struct {
	// Pairs counts the pairs of points; Redundant those overlapping above
	// RedundancyThreshold.
	Pairs     int `json:"pairs"`
	Redundant int `json:"redundant"`
	// Share is Redundant/Pairs (0 with fewer than two points).
	Share float64 `json:"share"`
	// Examples are the redundant pairs, at most three, as point texts.
	Examples [][2]string `json:"examples,omitempty"`
}

// Redundancy is the share of point pairs whose distinct content tokens overlap
// by at least RedundancyThreshold of the smaller point's: two points about one
// event in different words share their actors, action and place.
func Redundancy(b *summarize.Briefing) RedundancyResult {
	var res RedundancyResult
	if b == nil {
		return res
	}
	sets := make([]map[string]bool, len(b.Points))
	for i, p := range b.Points {
		sets[i] = set(contentTokens(pointText(p)))
	}
	for i := range sets {
		for j := i + 1; j < len(sets); j++ {
			res.Pairs++
			if overlap(sets[i], sets[j]) >= RedundancyThreshold-1e-9 {
				res.Redundant++
				if len(res.Examples) < 3 {
					res.Examples = append(res.Examples, [2]string{b.Points[i].Text, b.Points[j].Text})
				}
			}
		}
	}
	if res.Pairs > 0 {
		res.Share = float64(res.Redundant) / float64(res.Pairs)
	}
	return res
}

func overlap(a, b map[string]bool) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) == 0 {
		return 0
	}
	hit := 0
	for t := range a {
		if b[t] {
			hit++
		}
	}
	return float64(hit) / float64(len(a))
}

// StripTimeAnchors removes the dates an engine added to relative time words,
// in English and in every language of the text toolkit ("mardi [12 sept.]";
// extractive.StripAnchors). They come from the article's published_at, not from
// its text, so citation support, unsupported specifics and redundancy read the
// point without them.
func StripTimeAnchors(s string) string { return extractive.StripAnchors(s) }
