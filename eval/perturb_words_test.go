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

// changesWritten tells a perturbation of a word the aligned sentences write
// from one of a word they do not (the "of words the sources write" column).
func TestChangesWritten(t *testing.T) {
	tests := []struct {
		name    string
		s, p    string
		aligned []string
		want    bool
	}{
		{"the changed word is written", "The council approved the plan.", "The council rejected the plan.",
			[]string{"The council met on Monday.", "It approved the plan by nine votes."}, true},
		{"written in another form", "The council approved the plan.", "The council rejected the plan.",
			[]string{"The council's approval of the plan came on Monday.", "Councillors approve plans."}, true},
		{"the changed word is the writer's own", "The council approved the plan.", "The council rejected the plan.",
			[]string{"The council met on Monday to discuss the plan."}, false},
		{"an insertion changes no word", "The council voted.", "The council did not voted.",
			[]string{"The harbour was closed."}, true},
		{"every changed word must be written", "Roma beat Lazio on Sunday.", "Lazio beat Roma on Sunday.",
			[]string{"Roma won on Sunday."}, false},
	}
	for _, tt := range tests {
		if got := changesWritten(tt.s, tt.p, tt.aligned); got != tt.want {
			t.Errorf("%s: changesWritten = %v, want %v", tt.name, got, tt.want)
		}
	}
}
