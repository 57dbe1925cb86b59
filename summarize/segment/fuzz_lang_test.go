package segment_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/briefing-news/briefing/summarize/segment"
)

// langSeeds are texts in the languages the segmenter has rules for (written
// for this project), seeds of FuzzSentencesLang; the fuzzer varies the text
// and the language byte.
var langSeeds = []struct {
	lang byte
	text string
}{
	{0, "M. Dupont a déclaré : « Nous partirons. Demain. » Puis il est parti. Mme Durand, elle, reste. Le taux est de 6,4 %."},
	{1, "Am 12. September demonstrierten rund 80.000 Menschen. Hr. Müller sagte: „Wir kommen wieder.“ Die Stadt bzw. die Polizei schwieg, z. B. zur Zahl."},
	{2, "El Sr. García dijo que sí. ¿Habrá más desalojos? La ayuda de EE. UU. llegará el lunes."},
	{3, "قال د. فؤاد البزاز إن النجاح يقاس بالحافلات. هل سيكفي المترو؟ بلغ التضخم ٤٫٨٪ في أيلول!"},
	{4, "Трубу проложили в 1978 г. и с тех пор не меняли. «Мы работаем», – заявил мэр. Ущерб составил 38,5 млн руб. Прокуратура молчит."},
	{5, "\"זו החלטה קשה\", אמרה המנכ\"לית. ד\"ר מיכל אורן אמרה כי השוק חזק. האם החברה תגייס?"},
	{6, "Ο κ. Παπαδόπουλος έφτασε. Θα ανοίξουν τα σχολεία αύριο; Η ζημιά εκτιμάται σε 2,5 εκατ. ευρώ."},
	{7, "Ing. Novák přijel 12. září v 10 hodin. Schůze začala hned, tj. v půl jedenácté."},
	{8, "東京で地震があった。被害は小さい。"},
}

// fuzzLangs are the tags the language byte picks from: languages with Punkt
// data, with rules only, a generic one and English.
var fuzzLangs = []string{"fr", "de", "es", "ar", "ru", "he", "el", "cs", "ja", "pl", "uk", "it", "pt", "nl", "en", ""}

func FuzzSentencesLang(f *testing.F) {
	for _, s := range langSeeds {
		f.Add(s.lang, s.text)
	}
	s := newSegmenter(f)
	f.Fuzz(func(t *testing.T, lang byte, in string) {
		seg := s.Lang(fuzzLangs[int(lang)%len(fuzzLangs)])
		got := seg.Sentences(in)
		for i, sent := range got {
			if sent == "" || sent != strings.TrimSpace(sent) {
				t.Fatalf("sentence %d = %q: want non-empty and trimmed", i, sent)
			}
		}
		checkSpans(t, in, seg.Spans(in), got)
		if !utf8.ValidString(in) {
			return
		}
		if a, b := dropSpace(strings.Join(got, " ")), dropSpace(in); a != b {
			t.Fatalf("joined sentences lose text:\n got %q\nwant %q", a, b)
		}
		_ = segment.Paragraphs
	})
}
