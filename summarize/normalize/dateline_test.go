package normalize

import (
	"slices"
	"testing"
)

func TestStripDateline(t *testing.T) {
	const standfirst = "North Korea said Kim Jong Un would visit Russia and meet Vladimir Putin."
	const lead = "Pyongyang, North Korea - North Korea said Monday that Kim Jong Un would visit Russia."
	const update = "VLADIVOSTOK — The armoured train crossed the border early on Tuesday morning."
	const body = "Kim rarely travels abroad, and never by air."
	in := []string{standfirst, "  " + lead, body, update}
	got := StripDateline(in)
	want := []string{standfirst, "North Korea said Monday that Kim Jong Un would visit Russia.", body, "The armoured train crossed the border early on Tuesday morning."}
	if !slices.Equal(got, want) {
		t.Fatalf("StripDateline = %q, want %q", got, want)
	}
	if in[1] != "  "+lead {
		t.Fatalf("StripDateline changed its argument: %q", in[1])
	}
	if got := StripDateline([]string{body}); !slices.Equal(got, []string{body}) {
		t.Fatalf("StripDateline changed a paragraph without a dateline: %q", got)
	}
	if got := StripDateline(nil); got != nil {
		t.Fatalf("StripDateline(nil) = %q", got)
	}
}
