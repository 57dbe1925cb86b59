package segment_test

import (
	"strings"
	"testing"
	"unicode"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/segment"
	"github.com/google/go-cmp/cmp"
)

func newSegmenter(tb testing.TB) *segment.Segmenter {
	tb.Helper()
	s, err := segment.New()
	if err != nil {
		tb.Fatalf("New: %v", err)
	}
	return s
}

func TestParagraphs(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"empty", "", nil},
		{"blank only", " \n\t\n ", nil},
		{"one", "  One paragraph.  ", []string{"One paragraph."}},
		{"two", "First.\n\nSecond.", []string{"First.", "Second."}},
		{"crlf", "First.\r\n\r\nSecond.\r\n", []string{"First.", "Second."}},
		{"bare cr", "First.\r\rSecond.", []string{"First.", "Second."}},
		{"whitespace line separates", "First.\n   \t\nSecond.", []string{"First.", "Second."}},
		{"many blanks", "\n\n\nFirst.\n\n\n\nSecond.\n\n", []string{"First.", "Second."}},
		{"single newline stays inside", "Line one\nline two.\n\nNext.", []string{"Line one\nline two.", "Next."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, segment.Paragraphs(tt.in)); diff != "" {
				t.Fatalf("Paragraphs(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// sentenceCases is the abbreviation, decimal and quotation table that the
// rule layer over the Punkt model must get right. It also seeds FuzzSentences.
var sentenceCases = []struct {
	name string
	in   string
	want []string
}{
	{"plain", "The ferry sank. Nobody was hurt.", []string{"The ferry sank.", "Nobody was hurt."}},
	{"question and exclamation", "Was it late? Yes! It was.", []string{"Was it late?", "Yes!", "It was."}},
	{"Mr.", "Mr. Alder opened the bridge. It held.", []string{"Mr. Alder opened the bridge.", "It held."}},
	{"Mrs. and Dr.", "Mrs. Pell and Dr. Osei met on Friday.", []string{"Mrs. Pell and Dr. Osei met on Friday."}},
	{"St. as saint", "The parade passed St. Brendan's church. Crowds cheered.", []string{"The parade passed St. Brendan's church.", "Crowds cheered."}},
	{"St. as street", "The shop is on Quay St. The owner was out.", []string{"The shop is on Quay St.", "The owner was out."}},
	{"Sept.", "The vote is set for Sept. 14 in Marlow. Turnout may be low.", []string{"The vote is set for Sept. 14 in Marlow.", "Turnout may be low."}},
	{"Jan. to Dec.", "Talks ran from Jan. 3 to Dec. 19 without a deal.", []string{"Talks ran from Jan. 3 to Dec. 19 without a deal."}},
	{"Oct. then name", "In Oct. Halvorsen resigned.", []string{"In Oct. Halvorsen resigned."}},
	{"U.S. inside", "The U.S. Treasury sent a team. It left.", []string{"The U.S. Treasury sent a team.", "It left."}},
	{"U.S. at end", "The envoy flew back to the U.S. The talks stalled.", []string{"The envoy flew back to the U.S.", "The talks stalled."}},
	{"U.N. and U.K.", "U.N. monitors and U.K. engineers arrived. Work began.", []string{"U.N. monitors and U.K. engineers arrived.", "Work began."}},
	{"Dept. said", "The State Dept. said the port would reopen.", []string{"The State Dept. said the port would reopen."}},
	{"Gov. Sen. Rep.", "Gov. Marsh, Sen. Okafor and Rep. Lind signed it.", []string{"Gov. Marsh, Sen. Okafor and Rep. Lind signed it."}},
	{"Gen. Col. Lt.", "Gen. Varga briefed Col. Imre and Lt. Dobos. They left.", []string{"Gen. Varga briefed Col. Imre and Lt. Dobos.", "They left."}},
	{"Inc. Corp. Co. Ltd.", "Brightwater Inc. sued Tolland Corp. and Ashby Co. Ltd. over the dam.", []string{"Brightwater Inc. sued Tolland Corp. and Ashby Co. Ltd. over the dam."}},
	{"Inc. at end", "The buyer was Brightwater Inc. The price was not given.", []string{"The buyer was Brightwater Inc.", "The price was not given."}},
	{"Jr.", "Amos Reed Jr. spoke first.", []string{"Amos Reed Jr. spoke first."}},
	{"vs.", "It was Marlow vs. Kettering in the final.", []string{"It was Marlow vs. Kettering in the final."}},
	{"no at end", "The mayor said no. Then the council voted again.", []string{"The mayor said no.", "Then the council voted again."}},
	{"art at end", "The mural is a work of art. The council will keep it.", []string{"The mural is a work of art.", "The council will keep it."}},
	{"number ends sentence", "The vote is on Dec. 12. Polls open early.", []string{"The vote is on Dec. 12.", "Polls open early."}},
	{"count ends sentence", "The toll rose to 12. Rescuers dug on.", []string{"The toll rose to 12.", "Rescuers dug on."}},
	{"unit ends sentence", "The river rose 1.5 m. Dr. Ng disagreed.", []string{"The river rose 1.5 m.", "Dr. Ng disagreed."}},
	{"a.m. then starter", "Kim arrived at 6 a.m. Officials greeted him.", []string{"Kim arrived at 6 a.m.", "Officials greeted him."}},
	{"no then title", "Sen. Okafor (D-Ore.) voted no. Rep. Lind voted yes.", []string{"Sen. Okafor (D-Ore.) voted no.", "Rep. Lind voted yes."}},
	{"list marker", "1. Close the valve on Mill Road.", []string{"1. Close the valve on Mill Road."}},
	{"Ph.D. e.g. etc.", "She holds a Ph.D. in hydrology and used e.g. pumps, hoses, etc. to test it.", []string{"She holds a Ph.D. in hydrology and used e.g. pumps, hoses, etc. to test it."}},
	{"D.C. at end", "He flew to Washington, D.C. The talks began Monday.", []string{"He flew to Washington, D.C.", "The talks began Monday."}},
	{"No. 5", "Pier No. 5 was closed. Pier No. 6 stayed open.", []string{"Pier No. 5 was closed.", "Pier No. 6 stayed open."}},
	{"a.m. p.m.", "The gates open at 9 a.m. and close at 6 p.m. on weekdays.", []string{"The gates open at 9 a.m. and close at 6 p.m. on weekdays."}},
	{"p.m. at end", "The gates close at 6 p.m. The lights stay on.", []string{"The gates close at 6 p.m.", "The lights stay on."}},
	{"initials", "J. R. R. Tolkien wrote it. It sold well.", []string{"J. R. R. Tolkien wrote it.", "It sold well."}},
	{"middle initial", "Mayor Dana K. Brill resigned on Monday.", []string{"Mayor Dana K. Brill resigned on Monday."}},
	{"decimal", "Prices rose 3.5 percent in May. Rents rose too.", []string{"Prices rose 3.5 percent in May.", "Rents rose too."}},
	{"money", "The plan costs $1.2 billion. It starts in 2027.", []string{"The plan costs $1.2 billion.", "It starts in 2027."}},
	{"quote then lowercase", `"We will win." she said.`, []string{`"We will win." she said.`}},
	{"quote with two sentences", `He said: "It's over. We go home." Then he left.`, []string{`He said: "It's over. We go home."`, "Then he left."}},
	{"curly quote", "She said: “The bridge is safe. We checked.” Then traffic resumed.", []string{"She said: “The bridge is safe. We checked.”", "Then traffic resumed."}},
	{"question in quote", `"Why now?" asked the mayor.`, []string{`"Why now?" asked the mayor.`}},
	{"ellipsis inside", "He paused... and then spoke. The room went quiet.", []string{"He paused... and then spoke.", "The room went quiet."}},
	{"url", "Details are at www.marlow-council.example/bridge. The page went live.", []string{"Details are at www.marlow-council.example/bridge.", "The page went live."}},
	{"email", "Write to press@marlow.example for passes. Few came.", []string{"Write to press@marlow.example for passes.", "Few came."}},
	{"parenthesis", "The span (built in 1962) failed. Repairs begin soon.", []string{"The span (built in 1962) failed.", "Repairs begin soon."}},
	{"newline inside", "The span failed\non Tuesday. Repairs begin.", []string{"The span failed\non Tuesday.", "Repairs begin."}},
	{"no final stop", "Repairs begin soon", []string{"Repairs begin soon"}},
	{"empty", "  ", nil},
}

func TestSentences(t *testing.T) {
	s := newSegmenter(t)
	for _, tt := range sentenceCases {
		t.Run(tt.name, func(t *testing.T) {
			got := s.Sentences(tt.in)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Fatalf("Sentences(%q) (-want +got):\n%s", tt.in, diff)
			}
			checkRoundTrip(t, tt.in, got)
		})
	}
}

// checkRoundTrip asserts the segmenter's properties: trimmed non-empty
// sentences whose concatenation keeps every non-space character in order.
func checkRoundTrip(t *testing.T, in string, got []string) {
	t.Helper()
	for i, s := range got {
		if s == "" || s != strings.TrimSpace(s) {
			t.Fatalf("sentence %d = %q: want non-empty and trimmed", i, s)
		}
	}
	if a, b := dropSpace(strings.Join(got, " ")), dropSpace(in); a != b {
		t.Fatalf("joined sentences lose text:\n got %q\nwant %q", a, b)
	}
}

// checkSpans asserts the exact round trip: each span holds its sentence, and the
// sentences with the white space between them rejoin into the input byte for byte.
func checkSpans(t *testing.T, in string, spans []summarize.Span, sents []string) {
	t.Helper()
	if len(spans) != len(sents) {
		t.Fatalf("%d spans for %d sentences", len(spans), len(sents))
	}
	var sb strings.Builder
	at := 0
	for i, sp := range spans {
		if sp.Start < at || sp.End <= sp.Start || sp.End > len(in) {
			t.Fatalf("span %d = %+v after %d in %d bytes: want ordered, non-empty and in bounds", i, sp, at, len(in))
		}
		if gap := in[at:sp.Start]; strings.TrimSpace(gap) != "" {
			t.Fatalf("span %d: text %q between sentences", i, gap)
		}
		if in[sp.Start:sp.End] != sents[i] {
			t.Fatalf("span %d holds %q, sentence is %q", i, in[sp.Start:sp.End], sents[i])
		}
		sb.WriteString(in[at:sp.Start])
		sb.WriteString(sents[i])
		at = sp.End
	}
	if strings.TrimSpace(in[at:]) != "" {
		t.Fatalf("text %q after the last sentence", in[at:])
	}
	sb.WriteString(in[at:])
	if sb.String() != in {
		t.Fatalf("pieces rejoin into %q, want %q", sb.String(), in)
	}
}

func TestSpans(t *testing.T) {
	s := newSegmenter(t)
	for _, tt := range sentenceCases {
		in := "  " + tt.in + " \n"
		checkSpans(t, in, s.Spans(in), s.Sentences(in))
	}
}

func TestCodePoints(t *testing.T) {
	text := "Café “ouvert”. Ça va."
	s := newSegmenter(t)
	spans := s.Spans(text)
	got := summarize.CodePoints(text, spans)
	runes := []rune(text)
	for i, sp := range got {
		if want := text[spans[i].Start:spans[i].End]; string(runes[sp.Start:sp.End]) != want {
			t.Fatalf("span %d = %+v: runes %q, want %q", i, sp, string(runes[sp.Start:sp.End]), want)
		}
	}
	if len(got) != 2 {
		t.Fatalf("got %d spans, want 2", len(got))
	}
}

func dropSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

func TestSentencesConcurrent(t *testing.T) {
	s := newSegmenter(t)
	in := "Mr. Alder opened the bridge. The U.S. Treasury sent a team. It left."
	want := s.Sentences(in)
	done := make(chan []string)
	for range 8 {
		go func() { done <- s.Sentences(in) }()
	}
	for range 8 {
		if diff := cmp.Diff(want, <-done); diff != "" {
			t.Fatalf("concurrent Sentences differ (-want +got):\n%s", diff)
		}
	}
}
