package normalize

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFlatWalkClutter feeds the HTML fixture through the flat walk with page
// furniture left in, so that the clutter filter alone has to clean it: the
// result must be the story, headline included.
func TestFlatWalkClutter(t *testing.T) {
	page, err := os.ReadFile("testdata/page.html")
	if err != nil {
		t.Fatal(err)
	}
	story, err := os.ReadFile("testdata/story.txt")
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Split(strings.TrimSpace(string(story)), "\n\n")
	got := filter(textUnits(flatText(string(page), false)))
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("flat walk with furniture (-want +got):\n%s", diff)
	}
	got = filter(textUnits(flatText(string(page), true)))
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("flat walk without furniture (-want +got):\n%s", diff)
	}
}

func TestDepth(t *testing.T) {
	tests := []struct {
		page string
		want int
	}{
		{"", 0},
		{"<p>x</p><p>y</p>", 1},
		{"<div><div><p>x<br>y<img src=a></p></div></div>", 3},
		{strings.Repeat("<div>", 1000), 1000},
		{"<div/><div/>", 0},
	}
	for _, tt := range tests {
		if got := depth(tt.page); got != tt.want {
			t.Fatalf("depth(%.40q) = %d, want %d", tt.page, got, tt.want)
		}
	}
}

func TestResplit(t *testing.T) {
	source := []unit{
		{text: "Home", block: 0}, {text: "News", block: 0},
		{text: "Kim Ardent boarded the last ferry, travelling by train", block: 1},
		{text: "The leader of the council said the ferry would run hourly.", block: 2},
		{text: "Quay Street is open.", block: 3},
	}
	tests := []struct {
		name    string
		content []unit
		want    []string
	}{
		{"glued blocks are split", []unit{{text: "Kim Ardent boarded the last ferry, travelling by trainThe leader of the council said the ferry would run hourly."}},
			[]string{"Kim Ardent boarded the last ferry, travelling by train", "The leader of the council said the ferry would run hourly."}},
		{"skipped source units", []unit{{text: "HomeKim Ardent boarded the last ferry, travelling by trainQuay Street is open."}},
			[]string{"Home", "Kim Ardent boarded the last ferry, travelling by train", "Quay Street is open."}},
		{"unglued stays", []unit{{text: "Quay Street is open."}}, []string{"Quay Street is open."}},
		{"changed text stays whole", []unit{{text: "Kim Ardent boarded the ferry by trainThe leader of the council said so."}},
			[]string{"Kim Ardent boarded the ferry by trainThe leader of the council said so."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, u := range resplit(tt.content, source) {
				got = append(got, u.text)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Fatalf("resplit (-want +got):\n%s", diff)
			}
		})
	}
}
