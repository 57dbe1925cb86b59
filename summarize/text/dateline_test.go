package text

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDatelineEnd(t *testing.T) {
	const story = "The harbour authority closed the north quay on Tuesday."
	tests := []struct {
		name, in, want string // want: what is left after the dateline
	}{
		{"capitals, date and agency", "PORT WENDLE, Jan. 13 (Continental Press) - " + story, story},
		{"capitals and em dash", "LONDON — " + story, story},
		{"capitals and double hyphen", "NEW HAVEN -- " + story, story},
		{"capitals and agency", "TALLINN (Baltic Wire) - " + story, story},
		{"place and country", "Pyongyang, North Korea - " + story, story},
		{"place and agency", "Washington (CNN) -- " + story, story},
		{"place, date and agency", "Seoul, Sept 12 (Reuters) - " + story, story},
		{"AP underscore", "MUNICH, Germany (AP) _ U.S. prosecutors charged two men with fraud on Monday.", "U.S. prosecutors charged two men with fraud on Monday."},
		{"capitals, AP underscore", "MANILA, Philippines (AP) _ " + story, story},
		{"city, date, Reuters", "GENEVA, March 3 (Reuters) - " + story, story},
		{"city and em dash", "KYIV — " + story, story},
		{"WikiNews date glued", "Tuesday, January 18, 2005Through a telethon, Romanians have raised 15 billion lei.", "Through a telethon, Romanians have raised 15 billion lei."},
		{"WikiNews date spaced", "Saturday, January 8, 2005 " + story, story},
		{"quote after the dateline", `KELMSBY, England — "We lost everything," said one shopkeeper on Mill Lane.`, `"We lost everything," said one shopkeeper on Mill Lane.`},

		{"German date after the place", "Düsseldorf, den 22. November 2022 - " + story, story},

		{"no dateline", story, story},
		{"a clause in lower case after a comma", "Beim ContentAward.at, der vom ZIT — Technologieagentur der Stadt Wien — vergeben wird, gibt es heuer ein Voting.",
			"Beim ContentAward.at, der vom ZIT — Technologieagentur der Stadt Wien — vergeben wird, gibt es heuer ein Voting."},
		{"two places joined by a hyphen", "US - China talks resumed in Geneva on Monday after a pause.", "US - China talks resumed in Geneva on Monday after a pause."},
		{"title-case places joined", "North Korea - Russia ties have deepened since the war began.", "North Korea - Russia ties have deepened since the war began."},
		{"an aside between dashes", "Kim Jong Un — who rarely travels abroad — arrived by train.", "Kim Jong Un — who rarely travels abroad — arrived by train."},
		{"a name and a comma clause", "Ms Reyes, the mayor - who lost her seat - spoke.", "Ms Reyes, the mayor - who lost her seat - spoke."},
		{"too little after it", "LONDON — Rain fell.", "LONDON — Rain fell."},
		{"an underscore inside a sentence", "The file was named report_final and sent on Monday to the board.", "The file was named report_final and sent on Monday to the board."},
		{"a weekday that is the subject", "Tuesday, January 18, was the coldest day of the winter so far.", "Tuesday, January 18, was the coldest day of the winter so far."},
		{"lower case after it", "LONDON — and then the rain came down on the city.", "LONDON — and then the rain came down on the city."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.in[DatelineEnd(tc.in):]; got != tc.want {
				t.Fatalf("DatelineEnd(%q) leaves %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// FuzzDatelineEnd: whatever the text, the dateline is a prefix ending at a
// character boundary, and what follows it starts a sentence of four words or
// more.
func FuzzDatelineEnd(f *testing.F) {
	for _, s := range []string{
		"PORT WENDLE, Jan. 13 (Continental Press) - The harbour authority closed the quay.",
		"Pyongyang, North Korea - North Korea said Monday that Kim would visit.",
		"US - China talks resumed in Geneva on Monday.",
		"LONDON — ",
		"Ä, ö (x) — \"Ü ä ö ü\"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := DatelineEnd(s)
		if n < 0 || n > len(s) {
			t.Fatalf("DatelineEnd(%q) = %d, out of range", s, n)
		}
		if n == 0 {
			return
		}
		if !utf8.ValidString(s[:n]) && utf8.ValidString(s) {
			t.Fatalf("DatelineEnd(%q) = %d cuts a character", s, n)
		}
		if len(strings.Fields(s[n:])) < 4 {
			t.Fatalf("DatelineEnd(%q) leaves %q, fewer than four words", s, s[n:])
		}
	})
}
