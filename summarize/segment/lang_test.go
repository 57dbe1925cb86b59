package segment

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
)

// TestLanguageSentences: the sentences of eval/testdata/languages.json
// (written for this project: French, German, Spanish, Arabic, Russian,
// Hebrew, Greek), each text split in its language.
func TestLanguageSentences(t *testing.T) {
	b, err := os.ReadFile("../../eval/testdata/languages.json")
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		Languages map[string]struct {
			Sentences []struct {
				Text      string
				Sentences []string
			}
		}
	}
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatal(err)
	}
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for tag, lt := range f.Languages {
		seg := s.Lang(tag)
		if seg.Language() != tag {
			t.Errorf("Lang(%q).Language() = %q", tag, seg.Language())
		}
		for _, c := range lt.Sentences {
			n++
			if got := seg.Sentences(c.Text); !slices.Equal(got, c.Sentences) {
				t.Errorf("%s: Sentences(%q)\n got %q\nwant %q", tag, c.Text, got, c.Sentences)
			}
		}
	}
	if n < 30 {
		t.Fatalf("%d texts", n)
	}
}

// TestLangSentencesMore: languages the shared table has not.
func TestLangSentencesMore(t *testing.T) {
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		tag  string
		text string
		want []string
	}{
		{"it", "Il sig. Rossi è arrivato alle 10. La riunione è iniziata subito.", []string{"Il sig. Rossi è arrivato alle 10.", "La riunione è iniziata subito."}},
		{"pt", "O Sr. Costa chegou ontem. A reunião começou logo depois.", []string{"O Sr. Costa chegou ontem.", "A reunião começou logo depois."}},
		{"nl", "Dhr. Jansen kwam om tien uur. De vergadering begon meteen.", []string{"Dhr. Jansen kwam om tien uur.", "De vergadering begon meteen."}},
		{"cs", "Ing. Novák přijel v 10 hodin. Schůze začala hned.", []string{"Ing. Novák přijel v 10 hodin.", "Schůze začala hned."}},
		{"pl", "Dr Kowalski przyjechał o 10. Spotkanie zaczęło się od razu.", []string{"Dr Kowalski przyjechał o 10.", "Spotkanie zaczęło się od razu."}},
		{"uk", "Вул. Шевченка перекрили зранку. Рух відновили ввечері.", []string{"Вул. Шевченка перекрили зранку.", "Рух відновили ввечері."}},
		{"ja", "東京で地震があった。被害は小さい。", []string{"東京で地震があった。", "被害は小さい。"}},
		{"en", "Mr. Smith arrived at 10. The meeting began.", []string{"Mr. Smith arrived at 10.", "The meeting began."}},
	}
	for _, c := range cases {
		if got := s.Lang(c.tag).Sentences(c.text); !slices.Equal(got, c.want) {
			t.Errorf("%s: Sentences(%q)\n got %q\nwant %q", c.tag, c.text, got, c.want)
		}
	}
	if s.Lang("en") != s || s.Lang("") != s || s.Lang("fr").Lang("de") != s.Lang("de") {
		t.Error("Lang does not return the English segmenter for en and \"\", or does not share its cache")
	}
	if s.Lang("fr-CA") != s.Lang("fr") {
		t.Error("fr-CA and fr have two segmenters")
	}
	_ = strings.TrimSpace
}
