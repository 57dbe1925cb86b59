package verify_test

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/verify"
)

// FuzzSupport reads arbitrary passages and claims, as /v1/check receives them
// from clients. The checker must not panic, must answer one of its three
// statuses with a coverage in [0, 1] and only known passage ids, Find must use
// at most MaxSupportPassages, and a sentence is always supported by itself.
func FuzzSupport(f *testing.F) {
	for _, s := range [][2]string{
		{"The bridge carries about 64,000 vehicles a day.", "The bridge carries about 64,000 vehicles a day."},
		{"Mr Kim said the talks were useful; no deal was signed.", "Kim said a deal was signed."},
		{"Engineers closed the bridge on Monday, 12 Jan. 2026, after 3 p.m.", "The bridge closed on January 12."},
		{"Unemployment rose to 40% (up from 35.5%) in five districts.", "Unemployment fell to 35 per cent."},
		{"It did not explain why the tower had not been cleaned since April.", "The tower was cleaned in April."},
		{"“No one died,” said Commander Sofia Marchetti of the Bank of England.", "Sofia Marchetti said someone died."},
		{"1st 2nd 3.4.5 1,2,3 ½ ٣ 1e9 -7 +8 0x10", "1 2 3"},
		{"", "A claim with no passage text."},
		{"A. B. C. D.", ""},
		{"deAl0;no0deAl", "deAl0;no0deAl"},                           // found by fuzzing: a clause negating another was the claim contradicted by itself
		{"B\u0092A", "0"},                                            // found by fuzzing: a claim's C1 character was read as Windows-1252's, its passage's not
		{"A  did no", "The tow\x00\x00\x01\x00as cleaned in April."}, // found by fuzzing: a claim with no item but a negation, cited with itself, was unsupported
		{"It was earlier.", "Most of them did."},                     // found in review: a detail word with no near word was not carried by its own sentence (Check)
		{"Tobin: Harwick Bay?\nMara: never been\nTobin: Elm Point?", "Tobin and Mara talk about Elm Point."},
		{"The board set out its demands:\n1. A sea wall.\nThe wall would cost 40 million euros.\n2. Two pilots.", "The board set out two demands."},
	} {
		f.Add(s[0], s[1])
	}
	pub := time.Date(2026, 1, 13, 12, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, passage, claim string) {
		if !utf8.ValidString(passage) || !utf8.ValidString(claim) || len(passage) > 4096 || len(claim) > 4096 {
			t.Skip()
		}
		// the passage's lines after its first are passages of their own, after
		// P2, that the index reads together (a dialogue's speakers, a numbered
		// list's count)
		lines := strings.SplitN(passage, "\n", 6)
		passage = lines[0]
		ps := []summarize.Passage{
			{ID: "P1", Text: passage, Article: "a1", Sources: []string{"a1"}},
			{ID: "P2", Text: "The council met on Tuesday and said nothing new.", Article: "a1", Sources: []string{"a1"}},
		}
		for i, l := range lines[1:] {
			ps = append(ps, summarize.Passage{ID: fmt.Sprintf("L%d", i+1), Text: l, Article: "a1", Sources: []string{"a1"}})
		}
		x := verify.NewIndex(ps, []summarize.Article{{ID: "a1", PublishedAt: &pub}})
		for _, r := range []verify.Result{x.Check(claim, []string{"P1"}), x.Check(claim, []string{"P1", "P2", "P9"}), x.Find(claim)} {
			switch r.Status {
			case summarize.SupportSupported, summarize.SupportPartial, summarize.SupportUnsupported:
			default:
				t.Fatalf("status %q", r.Status)
			}
			if r.Coverage < 0 || r.Coverage > 1 {
				t.Fatalf("coverage %v", r.Coverage)
			}
			for _, id := range r.Passages {
				if id != "P1" && id != "P2" && !strings.HasPrefix(id, "L") {
					t.Fatalf("unknown passage %q in %v", id, r.Passages)
				}
			}
		}
		if r := x.Find(claim); len(r.Passages) > verify.MaxSupportPassages {
			t.Fatalf("Find used %d passages", len(r.Passages))
		}
		if r := x.Check(passage, []string{"P1"}); !r.Supported() {
			t.Fatalf("a passage does not support itself: %q: %s %v", passage, r.Status, r.Unsupported)
		}
		// Find answers unsupported, with nothing missing, for a claim with nothing
		// to check (no figure, name or content word); otherwise it finds the
		// passage's own text.
		if r := x.Find(passage); len(r.Unsupported) > 0 || r.Status == summarize.SupportPartial || r.Status == summarize.SupportSupported && len(r.Passages) == 0 {
			t.Fatalf("Find does not find a passage's own text: %q: %s %v %v", passage, r.Status, r.Passages, r.Unsupported)
		}
	})
}
