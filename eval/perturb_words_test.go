package eval

import "testing"

// The perturbations read figures and negations with the text toolkit's words.
func TestPerturbNegationAndFigure(t *testing.T) {
	tests := []struct{ kind, in, corpus, want string }{
		{PerturbNegation, "The bridge did not reopen.", "", "The bridge did reopen."},
		{PerturbNegation, "The mayor didn't comment.", "", "The mayor did comment."},
		{PerturbNegation, "No one was hurt.", "", "Someone was hurt."},
		{PerturbNegation, "Nobody was hurt.", "", "Somebody was hurt."},
		{PerturbNegation, "Nothing was taken.", "", "Something was taken."},
		{PerturbNegation, "They left without a deal.", "", "They left with a deal."},
		{PerturbNegation, "There was no deal.", "", "There was a deal."},
		{PerturbNegation, "The council voted.", "", "The council did not voted."}, // the rule is crude, and measured as it is
		{PerturbFigure, "Five people were hurt.", "five people", "Two people were hurt."},
		{PerturbFigure, "Twelve boats sank.", "twelve boats", "Two boats sank."},
	}
	for _, tt := range tests {
		if got := Perturb(tt.kind, tt.in, tt.corpus); got != tt.want {
			t.Errorf("Perturb(%s, %q) = %q, want %q", tt.kind, tt.in, got, tt.want)
		}
	}
	if numWordValue("fifteen") != 15 || numWordValue("fifty") != 50 {
		t.Error("numWordValue")
	}
	if d, ok := numberWord("seventeen"); !ok || d != "17" {
		t.Errorf("numberWord(seventeen) = %q, %v", d, ok)
	}
}
