package verify_test

import (
	"testing"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/verify"
)

// TestDatelineNames: the place of a wire dateline, which normalize strips
// from the passage, is a name the article's passages carry; another place is
// not, nor is a date line's weekday a name.
func TestDatelineNames(t *testing.T) {
	article := summarize.Article{ID: "a1", Text: "Meadow Vale, Kestrel – The council of a small town on the plains has said it accidentally donated $10,000 to the flood appeal.\n\nNow it wants its money back."}
	passages := []summarize.Passage{
		{ID: "P1", Article: "a1", Sources: []string{"a1"}, Text: "The council of a small town on the plains has said it accidentally donated $10,000 to the flood appeal."},
		{ID: "P2", Article: "a1", Sources: []string{"a1"}, Text: "Now it wants its money back."},
	}
	x := verify.NewIndex(passages, []summarize.Article{article})
	for _, tt := range []struct {
		claim, want string
	}{
		{"The council of Meadow Vale, Kestrel accidentally donated $10,000 to the flood appeal.", summarize.SupportSupported},
		{"The council of Ostby, Kestrel accidentally donated $10,000 to the flood appeal.", summarize.SupportUnsupported},
	} {
		if r := x.Find(tt.claim); r.Status != tt.want {
			t.Errorf("%q: %s (%v), want %s", tt.claim, r.Status, r.Unsupported, tt.want)
		}
	}
	// Without the dateline, the place is no name of the sources.
	bare := verify.NewIndex(passages, []summarize.Article{{ID: "a1", Text: "The council of a small town on the plains has said it accidentally donated $10,000 to the flood appeal."}})
	if r := bare.Find("The council of Meadow Vale, Kestrel accidentally donated $10,000 to the flood appeal."); r.Status == summarize.SupportSupported {
		t.Errorf("supported without a dateline: %+v", r)
	}
}
