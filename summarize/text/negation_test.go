package text

import "testing"

func TestNegation(t *testing.T) {
	for _, tt := range []struct {
		w           string
		neg, quant  bool
		opposite    string
		hasOpposite bool
	}{
		{"not", true, false, "", true},
		{"never", true, false, "", true},
		{"without", true, false, "with", true},
		{"no", true, true, "a", true},
		{"nobody", true, true, "somebody", true},
		{"nothing", true, true, "something", true},
		{"none", true, true, "", false},
		{"neither", true, true, "", false},
		{"nor", true, false, "", false},
		{"now", false, false, "", false},
		{"know", false, false, "", false},
	} {
		if got := IsNegation(tt.w); got != tt.neg {
			t.Errorf("IsNegation(%q) = %v", tt.w, got)
		}
		if got := IsQuantifierNegation(tt.w); got != tt.quant {
			t.Errorf("IsQuantifierNegation(%q) = %v", tt.w, got)
		}
		if o, ok := NegationOpposite(tt.w); o != tt.opposite || ok != tt.hasOpposite {
			t.Errorf("NegationOpposite(%q) = %q, %v", tt.w, o, ok)
		}
	}
	if o, ok := NegationOpposite("no one"); o != "someone" || !ok {
		t.Errorf(`NegationOpposite("no one") = %q, %v`, o, ok)
	}
	// Lex reads contractions and the "too early" hedge as negations.
	var negs []string
	for _, tk := range Lex("They didn't say; it's too early to tell, and nobody can't.") {
		if IsNegation(tk.Low) {
			negs = append(negs, tk.Low)
		}
	}
	if len(negs) != 4 || negs[0] != "not" || negs[1] != "not" || negs[2] != "nobody" {
		t.Errorf("negations lexed: %q", negs)
	}
}

func TestModality(t *testing.T) {
	for w, want := range map[string]ModalClass{
		"will": Certain, "did": Certain, "has": Certain,
		"could": Possible, "may": Possible, "might": Possible, "would": Possible,
		"should": Expected,
		"denied": Denial, "rejected": Denial, "refused": Denial, "denies": Denial,
		"confirmed": Affirming, "admitted": Affirming, "acknowledged": Affirming,
		"expected": NotModal, "said": NotModal, "not": NotModal,
	} {
		if got := Modality(w); got != want {
			t.Errorf("Modality(%q) = %v, want %v", w, got, want)
		}
	}
	tests := []struct {
		in   string
		at   int
		want ModalClass
		n    int
	}{
		{"it is expected to rise", 2, Expected, 2},
		{"he is likely to win", 2, Expected, 2},
		{"she is set to resign", 2, Expected, 2},
		{"the firm plans to cut jobs", 2, Expected, 2},
		{"the rate was set to 5%", 3, NotModal, 0},
		{"closed due to the storm", 1, NotModal, 0},
		{"the vote is due to take place", 3, Expected, 2},
		{"it could fall", 1, Possible, 1},
		{"it will fall", 1, Certain, 1},
		{"he denied it", 1, Denial, 1},
		{"the expected result", 1, NotModal, 0},
	}
	for _, tt := range tests {
		c, n := ModalityAt(Lex(tt.in), tt.at)
		if c != tt.want || n != tt.n {
			t.Errorf("ModalityAt(%q, %d) = %v, %d; want %v, %d", tt.in, tt.at, c, n, tt.want, tt.n)
		}
	}
	if Expected.String() != "expected" || NotModal.String() != "" || Denial.String() != "denial" {
		t.Error("ModalClass.String")
	}
}
