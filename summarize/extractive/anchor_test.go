package extractive

import (
	"testing"
	"time"
)

func TestAnchorTimes(t *testing.T) {
	pub := time.Date(2023, 9, 12, 9, 0, 0, 0, time.UTC) // a Tuesday
	for in, want := range map[string]string{
		"Later today, agencies said.":         "Later today [12 Sept], agencies said.",
		"He left yesterday.":                  "He left yesterday [11 Sept].",
		"It was announced on Sunday.":         "It was announced on Sunday [10 Sept].",
		"They will meet on Wednesday.":        "They will meet on Wednesday [13 Sept].",
		"It happened last Tuesday.":           "It happened last Tuesday [5 Sept].",
		"The talks began on Tuesday.":         "The talks began on Tuesday [12 Sept].",
		"Officials met last week.":            "Officials met last week [week of 4 Sept].",
		"Crews worked through last night.":    "Crews worked through last night [11 Sept].",
		"It rained this morning.":             "It rained this morning [12 Sept].",
		"It opened on Monday, Sept. 11.":      "It opened on Monday, Sept. 11.",
		"After Tuesday's launch, sales rose.": "After Tuesday's launch, sales rose.",
		"Forecasters expect rain by Friday.":  "Forecasters expect rain by Friday [15 Sept].",
		// A weekday that bounds a span is ahead or behind: dated only when the
		// sentence speaks of the future.
		"He arrived on Monday for the forum that runs through Wednesday.": "He arrived on Monday [11 Sept] for the forum that runs through Wednesday.",
		"The road had been cleared by Sunday.":                            "The road had been cleared by Sunday.",
		"The school stays closed until Friday morning.":                   "The school stays closed until Friday morning.",
		"The school will stay closed until Friday.":                       "The school will stay closed until Friday [15 Sept].",
		"It had rained only once before Tuesday.":                         "It had rained only once before Tuesday [12 Sept].",
		"Crews worked from last Tuesday.":                                 "Crews worked from last Tuesday [5 Sept].",
	} {
		if got := anchorTimes(in, &pub); got != want {
			t.Errorf("anchorTimes(%q) = %q, want %q", in, got, want)
		}
	}
	if got := anchorTimes("He left today.", nil); got != "He left today." {
		t.Errorf("without published_at: %q", got)
	}
}

func TestSpeakerless(t *testing.T) {
	for in, want := range map[string]bool{
		`"The Constitution does not permit it."`:        true,
		`“Now I have my own story to tell him.”`:        true,
		`"It was a massacre," said Dov Levi, a trader.`: false,
		`"Yes," he said, "we will."`:                    false,
		`Police said nothing.`:                          false,
	} {
		if got := speakerless(in); got != want {
			t.Errorf("speakerless(%q) = %v, want %v", in, got, want)
		}
	}
}
