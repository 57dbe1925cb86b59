package extractive_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/briefing-news/briefing/summarize"
)

// TestLedeIsASentenceOfTheArticles: the summary is taken from a passage and cites
// it; it is no template.
func TestLedeIsASentenceOfTheArticles(t *testing.T) {
	in := derailment()
	d := brief(t, in, 8, 250)
	if d.Summary == "" || len(d.SummaryPassages) != 1 {
		t.Fatalf("summary %q cites %v, want one passage", d.Summary, d.SummaryPassages)
	}
	var src string
	for _, ps := range in.Passages {
		if ps.ID == d.SummaryPassages[0] {
			src = ps.Text
		}
	}
	if !strings.HasPrefix(src, strings.TrimSuffix(d.Summary, ".")) {
		t.Fatalf("summary %q is not (the start of) its passage %q", d.Summary, src)
	}
	for _, w := range []string{"is named in", "centres on"} {
		if strings.Contains(d.Summary, w) {
			t.Fatalf("template summary %q", d.Summary)
		}
	}
	for _, pt := range d.Points {
		if pt.Passages[0] == d.SummaryPassages[0] {
			t.Fatalf("the lede's passage is also a point: %q", pt.Text)
		}
	}
}

func withDates(in *summarize.Input, pub time.Time) *summarize.Input {
	for k := range in.Articles {
		in.Articles[k].PublishedAt = &pub
	}
	return in
}

// TestTimeAnchored: relative times get the date from published_at; evidence
// (the passage) is untouched; without published_at nothing changes.
func TestTimeAnchored(t *testing.T) {
	mk := func() *summarize.Input {
		return cluster(
			p{"Kim Jong Un arrived in Vladivostok today by armoured train, officials in Moscow said.", []string{"a1", "a2"}, 0},
			p{"The train left Pyongyang on Sunday afternoon with senior officers of the army on board.", []string{"a1", "a2"}, 1},
			p{"Kim and Putin will meet on Wednesday at the Vostochny space centre, the Kremlin said.", []string{"a1", "a2"}, 2},
			p{"Officials in Moscow said last week that a visit by Kim to Vladivostok was being prepared.", []string{"a2", "a1"}, 3},
			p{"Later today, Russian agencies said the train of Kim had crossed the border river near Vladivostok.", []string{"a2", "a1"}, 4},
		)
	}
	pub := time.Date(2023, 9, 12, 9, 0, 0, 0, time.UTC) // a Tuesday
	d := brief(t, withDates(mk(), pub), 8, 250)
	all := d.Summary + "\n"
	for _, pt := range d.Points {
		all += pt.Text + "\n"
	}
	for _, want := range []string{"today [12 Sept]", "on Sunday afternoon [10 Sept]", "on Wednesday [13 Sept]", "Later today [12 Sept],"} {
		if !strings.Contains(all, want) {
			t.Errorf("briefing lacks %q:\n%s", want, all)
		}
	}
	plain := brief(t, mk(), 8, 250)
	for _, pt := range plain.Points {
		if strings.Contains(pt.Text, "[") {
			t.Errorf("anchored without published_at: %q", pt.Text)
		}
	}
}

// TestQuotesStandOnTheirOwn: a quotation with no speaker, a piece of a quotation
// and typewriter quotes.
func TestQuotesStandOnTheirOwn(t *testing.T) {
	in := cluster(
		p{"A bomb exploded in a crowded market in Hadera on Monday, killing six people, police said.", []string{"a1", "a2", "a3"}, 0},
		p{"``We refuse any political agreement that would recognize the enemy.''", []string{"a1", "a2"}, 1},
		p{"I'm going to Paradise.''", []string{"a2", "a3"}, 2},
		p{"The militant group Saraya claimed responsibility for the market bombing in a statement to police.", []string{"a1", "a3"}, 3},
		p{"``It was a massacre,'' said Dov Levi, a trader at the Hadera market whose stall was destroyed.", []string{"a2"}, 4},
		p{"Police closed the roads around the Hadera market after the bombing and searched nearby buildings.", []string{"a3", "a1"}, 5},
	)
	d := brief(t, in, 8, 250)
	for _, s := range append([]string{d.Headline, d.Summary}, texts(d)...) {
		if strings.Contains(s, "``") || strings.Contains(s, "''") {
			t.Errorf("typewriter quotes shown: %q", s)
		}
		if strings.Contains(s, "We refuse") || strings.Contains(s, "Paradise") {
			t.Errorf("speakerless quote or fragment shown: %q", s)
		}
	}
	if !strings.Contains(strings.Join(texts(d), "\n"), "“It was a massacre,” said Dov Levi") {
		t.Errorf("attributed quote not shown with real quotation marks: %q", texts(d))
	}
}

func texts(d *summarize.Draft) []string {
	var out []string
	for _, pt := range d.Points {
		out = append(out, pt.Text)
	}
	return out
}

// TestBudgetUsedAt100Words: generated clusters of long sentences (31 words,
// one clause boundary that keeps the attribution); a 100-word briefing carries
// at least 85 words of points and stays within 100. Two whole sentences and a
// cut one leave 7 words that no clause can spend; refit cuts the second too and
// spends them on a fourth point.
func TestBudgetUsedAt100Words(t *testing.T) {
	sum := 0
	for seed := range 20 {
		var ps []p
		nouns := strings.Fields("pipes bridges schools clinics roads ferries pylons farms depots harbours mills tunnels dams rails towers wells")
		places := strings.Fields("Arden Bexley Corran Dunmore Elstow Fenwick Garth Holm Ivel Jarrow Kirby Lisle Moray Nairn Orton Perth")
		for k := range 16 {
			n, pl := nouns[(k+seed)%16], places[(k*3+seed)%16]
			ps = append(ps, p{fmt.Sprintf(
				"Crews in %s repaired %d %s on day %d of the recovery, a spokesman for the %s council said, adding that work on the %s of %s would go on for weeks.",
				pl, 10+k+seed, n, k+1, pl, nouns[(k+5)%16], places[(k+7)%16]), []string{fmt.Sprintf("a%d", k%4+1), fmt.Sprintf("a%d", (k+1)%4+1)}, k % 6})
		}
		d := brief(t, cluster(ps...), 8, 100)
		pw := 0
		for _, pt := range d.Points {
			pw += words(pt.Text)
		}
		total := pw + words(d.Headline) + words(d.Summary)
		if pw < 85 || total > 100 {
			t.Fatalf("seed %d: %d words of points, %d in all; want ≥ 85 and ≤ 100:\n%q", seed, pw, total, texts(d))
		}
		sum += pw
	}
	if mean := float64(sum) / 20; mean < 85 {
		t.Fatalf("mean %.1f words of points at 100, want ≥ 85", mean)
	}
}
