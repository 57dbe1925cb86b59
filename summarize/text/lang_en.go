package text

import (
	"fmt"
	"strings"
	"time"
)

// English is the toolkit of English: every method answers as the package's
// functions do (Stem, MonthOf, IsReporting…), which are English's.
var English = register("en", "English", englishData())

// Generic is the toolkit of a language without rules here, untagged; For
// gives generic toolkits tagged as asked.
var Generic = &Lang{generic: true, langData: genericData}

func englishData() *langData {
	d := &langData{
		cased:     true,
		punkt:     "english",
		stop:      MatchWords,
		stem:      Stem,
		stemName:  "porter",
		reporting: reportingVerbs,
		speech:    speechVerbs,
		quotes:    []QuotePair{{"“", "”"}, {`"`, `"`}, {"‘", "’"}},
		starters: set(`the a an he she it they we i you this that these those there but and or so yet in on at
			for after before when while if as his her its their our my however meanwhile officials some many most
			no not one two both all each what why how who where since during later earlier then now today still
			also even by with from to analysts experts`),
		numbers:  numberWords,
		scales:   scaleWords,
		percents: [][]string{{"percent"}, {"per", "cent"}, {"pct"}},
		currency: currencyWords,
		relative: map[string]int{},
		anchor:   func(day int, m time.Month) string { return fmt.Sprintf("%d %s", day, MonthShort(m)) },
		nameRule: NamesByCapitals,
	}
	for i, mo := range months {
		d.months[i] = append([]string{mo.name}, mo.abbrevs...)
		d.monthAbbr[i] = mo.short
	}
	for i, w := range weekdays {
		d.weekdays[i] = []string{w}
	}
	for _, r := range relativeDays {
		d.relative[r.word] = r.offset
	}
	return d
}

// genericData are the rules of a language without its own (see Lang).
var genericData = &langData{
	cased:    true,
	stem:     func(w string) string { return w },
	stemName: "none",
	enders:   "。！？؟۔।",
	quotes: []QuotePair{{"“", "”"}, {`"`, `"`}, {"«", "»"}, {"„", "“"}, {"‚", "‘"}, {"‘", "’"}, {"‹", "›"},
		{"»", "«"}, {"「", "」"}, {"『", "』"}, {"”", "”"}},
	anchor:   func(day int, m time.Month) string { return fmt.Sprintf("%d.%d.", day, int(m)) },
	nameRule: NamesByCapitals,
}

// set makes a set of the space-separated words of s.
func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
