package text

import "testing"

func TestFixC1(t *testing.T) {
	tests := []struct{ in, want string }{
		{"didn\u0092t", "didn’t"},
		{"\u0093narration of events\u0094", "“narration of events”"},
		{"costs \u008010 \u0096 or more", "costs €10 – or more"},
		{"undefined \u0081 dropped", "undefined  dropped"},
		{"line\u0085break", "line\u0085break"}, // NEL stays a line break
		{"plain text, é and ’", "plain text, é and ’"},
	}
	for _, tt := range tests {
		if got := FixC1(tt.in); got != tt.want {
			t.Errorf("FixC1(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	toks := Lex(FixC1("It wasn\u0092t true."))
	var low []string
	for _, tk := range toks {
		low = append(low, tk.Low)
	}
	if len(low) != 4 || low[1] != "was" || low[2] != "not" {
		t.Errorf("Lex of a fixed C1 apostrophe: %q, want [it was not true]", low)
	}
}
