package extractive

import "testing"

// TestPointsStandOnTheirOwn: a sentence that cannot stand alone as a point (a
// reply without what it answers, a teaser) falls under minQuality, and the
// sentences that read like it but stand alone stay above it.
func TestPointsStandOnTheirOwn(t *testing.T) {
	tests := []struct {
		name, in string
		point    bool
	}{
		{"reply after the speaker", "Estrada replied, “That's all right.”", false},
		{"reply, typewriter quotes", `Estrada replied, "That's all right, we will see them in court."`, false},
		{"reply after the quote", "“That's all right,” Estrada replied.", false},
		{"reply verb first", "“Not today,” answered the minister.", false},
		{"responded", "The spokesman responded: “We have nothing to add.”", false},
		{"teaser", "Read more: How the floods changed the valley's farms forever.", false},
		{"watch teaser", "Watch: Rescuers pull a man from the rubble in Antakya.", false},

		{"reply with what it answers", "Estrada replied to questions about the missing funds by denying any wrongdoing.", true},
		{"quote with speaker and matter", "“We will rebuild the bridge within a year,” the transport minister said on Monday.", true},
		{"news sentence", "Police arrested two men after the raid on the warehouse in Leeds on Tuesday.", true},
		{"watch as a verb", "Watchdogs said the merger would raise prices for shoppers in the north.", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := quality(realQuotes(tc.in), len(tokenize(tc.in)))
			if got := q >= minQuality; got != tc.point {
				t.Fatalf("quality(%q) = %.3f: point %v, want %v", tc.in, q, got, tc.point)
			}
		})
	}
}
