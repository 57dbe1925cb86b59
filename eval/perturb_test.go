package eval_test

import (
	"strings"
	"testing"

	"github.com/briefing-news/briefing/eval"
)

// TestPerturb pins each kind of perturbation: what it changes, and where it
// changes nothing ("").
func TestPerturb(t *testing.T) {
	const corpus = "Roma beat Lazio 2-1 in Rome on Tuesday. The union rejected the offer. Prices rose in Lisbon."
	for _, c := range []struct {
		kind, in, want string
	}{
		// Antonyms, both ways, keeping case; not inside a name.
		{eval.PerturbAntonym, "Prices rose 3% in March.", "Prices fell 3% in March."},
		{eval.PerturbAntonym, "Prices fell 3% in March.", "Prices rose 3% in March."},
		{eval.PerturbAntonym, "The board approved the merger.", "The board rejected the merger."},
		{eval.PerturbAntonym, "Binance secretly transferred the funds.", "Binance publicly transferred the funds."},
		{eval.PerturbAntonym, "An uncontrolled burn spread.", "A controlled burn spread."},
		{eval.PerturbAntonym, "They found a full tank.", "They found an empty tank."},
		{eval.PerturbAntonym, "Before the vote, talks stalled.", "After the vote, talks stalled."},
		{eval.PerturbAntonym, "The mayor confirmed the plan.", "The mayor denied the plan."},
		{eval.PerturbAntonym, "New York voted on Tuesday.", ""},
		{eval.PerturbAntonym, "He visited the North Sea.", ""},
		{eval.PerturbAntonym, "The talks went on.", ""},
		// Swapped roles: names either side of a verb group, else nouns after a determiner.
		{eval.PerturbSwapped, "Roma beat Lazio 2-1 on Tuesday.", "Lazio beat Roma 2-1 on Tuesday."},
		{eval.PerturbSwapped, "Halvern Foods will buy Brightmarket Stores for $38.50 a share.", "Brightmarket Stores will buy Halvern Foods for $38.50 a share."},
		{eval.PerturbSwapped, "Rossi was replaced by Bianchi in the second half.", "Bianchi was replaced by Rossi in the second half."},
		{eval.PerturbSwapped, "Engineers closed the St. Corry Bridge across the estuary.", "St. Corry Bridge closed the Engineers across the estuary."},
		{eval.PerturbSwapped, "The union rejected the offer on Friday.", "The offer rejected the union on Friday."},
		{eval.PerturbSwapped, "Each wears a GPS collar.", ""},          // a modifier, not a phrase
		{eval.PerturbSwapped, "Nuvra unveiled the Nuvra Arc.", ""},     // the sides share a word
		{eval.PerturbSwapped, "Rossi and Bianchi scored twice.", ""},   // no verb between them
		{eval.PerturbSwapped, "The union said the offer was low.", ""}, // "said" opens a clause
		// Generator defects found on MultiLing, no longer produced: a side that is
		// a preposition's object, an item of a list, a possessive, or the first
		// noun of a compound.
		{eval.PerturbSwapped, "Survivors of the bombings launched a campaign for an inquiry.", ""},
		{eval.PerturbSwapped, "French Polynesia, Hawaii and New Zealand were hit by the waves.", ""},
		{eval.PerturbSwapped, "Taiwan refused China's request on the torch.", ""},
		{eval.PerturbSwapped, "Astana announced that Vinokourov failed a blood test.", ""},
		// Invented detail: a time of day after a weekday, a part of a place, "late at night".
		{eval.PerturbDetail, "Roma won on Tuesday in Rome.", "Roma won on Tuesday morning in Rome."},
		{eval.PerturbDetail, "Prices rose in Lisbon.", "Prices rose in northern Lisbon."},
		{eval.PerturbDetail, "The union rejected the offer.", "The union rejected the offer late at night."},
		{eval.PerturbDetail, "Prices rose in Oporto", ""}, // no place the articles name, no full stop
		{eval.PerturbDetail, "He said \"we won.\"", ""},   // the end is a quotation
		// Modality: certainty and hedges changed, a statement denied.
		{eval.PerturbModality, "The bridge will reopen in May.", "The bridge might reopen in May."},
		{eval.PerturbModality, "The bridge could reopen in May.", "The bridge will reopen in May."},
		{eval.PerturbModality, "The deal is expected to close in 2027.", "The deal will close in 2027."},
		{eval.PerturbModality, "The deal was expected to close in 2027.", "The deal did close in 2027."},
		{eval.PerturbModality, "The plane probably broke up in midair.", "The plane certainly broke up in midair."},
		{eval.PerturbModality, "Police said 332 people were rescued.", "Police denied that 332 people were rescued."},
		{eval.PerturbModality, "The bridge reopened in May.", ""},
		// "is due to" gives a cause, no modality; "was due to be" loses its
		// modality as "was", not "did be".
		{eval.PerturbModality, "The rise is due to the rain.", ""},
		{eval.PerturbModality, "The president was due to be sworn in at noon.", "The president was sworn in at noon."},
		// "released" is no opposite of "arrested" for what is not a person.
		{eval.PerturbAntonym, "Police released two photographs.", ""},
		{eval.PerturbAntonym, "Police arrested two men.", "Police released two men."},
	} {
		if got := eval.Perturb(c.kind, c.in, corpus); got != c.want {
			t.Errorf("%s(%q) = %q, want %q", c.kind, c.in, got, c.want)
		}
	}
}

// TestPerturbKinds checks that every kind but the invented claim has a rule,
// that each is deterministic, and that a perturbation always changes the
// sentence.
func TestPerturbKinds(t *testing.T) {
	sentences := []string{
		"Roma beat Lazio 2-1 in Rome on Tuesday, and 40,000 fans will see the final.",
		"The union rejected the offer, police said.",
		"Prices rose in Lisbon after the bank could not lend.",
	}
	corpus := strings.Join(sentences, " ")
	for _, k := range eval.PerturbKinds {
		n := 0
		for _, s := range sentences {
			p := eval.Perturb(k, s, corpus)
			if p == s {
				t.Errorf("%s: %q unchanged", k, s)
			}
			if again := eval.Perturb(k, s, corpus); again != p {
				t.Errorf("%s: %q gave %q, then %q", k, s, p, again)
			}
			if p != "" {
				n++
			}
		}
		if k != eval.PerturbInvented && n == 0 {
			t.Errorf("%s: changed none of %q", k, sentences)
		}
	}
}

func TestSwapRolesMixed(t *testing.T) {
	for in, want := range map[string]string{
		"Rossi signed the contract on Monday.":         "The contract signed Rossi on Monday.",
		"The council fined Meridia Ltd for the spill.": "Meridia Ltd fined the council for the spill.",
		// Names with names first, then nouns with nouns, then mixed.
		"Police said Roma beat Lazio.": "Police said Lazio beat Roma.",
	} {
		if got := eval.Perturb(eval.PerturbSwapped, in, ""); got != want {
			t.Errorf("%q: got %q, want %q", in, got, want)
		}
	}
}
