package stories

import "testing"

func TestArabicStem(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"والحكومة", "حكومه"},      // "and the government": article and conjunction cut, ة read as ه
		{"بالحكومه", "حكومه"},      // the same word spelt with heh
		{"الحكومة", "حكومه"},       // the article alone
		{"أمريكا", "امريكا"},       // alef with hamza is a bare alef
		{"إعصار", "اعصار"},         // alef with hamza below
		{"مستشفى", "مستشفي"},       // alef maqsura is yeh
		{"مُحَمَّد", "محمد"},       // diacritics dropped
		{"ولد", "ولد"},             // no lone و is cut
		{"للسلام", "سلام"},         // "for the peace"
		{"بـالـحـكـومـة", "حكومه"}, // tatweel dropped
	}
	for _, tt := range tests {
		if got := arabicStem(tt.in); got != tt.want {
			t.Errorf("arabicStem(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestArabicVariantsShareTerms: two Arabic articles that spell the same words
// with and without clitics, diacritics and letter variants read the same terms.
func TestArabicVariantsShareTerms(t *testing.T) {
	a := Article{ID: "a", Text: "ضرب الإعصار المدينة وقتل عشرات في المستشفى والحكومة تعلن الطوارئ"}
	b := Article{ID: "b", Text: "ضَرَبَ اعصار مدينه بالمستشفي وحكومه اعلنت طوارئ"}
	v := newVectorizer(2)
	ta, tb := map[uint32]float32{}, map[uint32]float32{}
	v.counts(a, ta)
	v.counts(b, tb)
	shared := 0
	for id := range ta {
		if _, ok := tb[id]; ok {
			shared++
		}
	}
	if shared < 5 {
		t.Errorf("the two spellings share %d terms, want at least 5 (إعصار, مدينة, مستشفى, حكومة, طوارئ)", shared)
	}
}
