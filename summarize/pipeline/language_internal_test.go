package pipeline

import "testing"

// TestClaimLanguage: a claim's language is told by the function words it
// uses (a sentence is too short for the detector); too few, and it is the
// story's.
func TestClaimLanguage(t *testing.T) {
	cases := []struct {
		claim, story, want string
	}{
		{"The ferry ran aground outside the port with 212 passengers on board.", "en", "en"},
		{"Marie Dupont said 42 people were injured in Lyon.", "fr", "en"},
		{"42 personnes ont été blessées à Lyon, selon la préfète.", "en", "fr"},
		{"Die Polizei setzte in der Innenstadt Tränengas gegen die Demonstranten ein.", "fr", "de"},
		{"Lyon, 42.", "fr", "fr"},
	}
	for _, c := range cases {
		if got := claimLanguage(c.claim, c.story); got != c.want {
			t.Errorf("claimLanguage(%q, %q) = %q, want %q", c.claim, c.story, got, c.want)
		}
	}
}
