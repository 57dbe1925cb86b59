package langid

import (
	"strings"
	"unicode"

	"github.com/RadhiFadlillah/whatlanggo"
)

// minLetters is the fewest letters a text needs for a guess.
const minLetters = 12

// Detect returns the BCP 47 tag (ISO 639-1 where the language has one,
// else ISO 639-3) of the language text is written in, and a confidence from
// 0 to 1; "" and 0 when the text has fewer than twelve letters or no
// language is recognized. Give it as much of the article as there is (title
// and text): short fragments are guessed worst.
func Detect(text string) (tag string, confidence float64) {
	letters := 0
	for _, r := range text {
		if unicode.IsLetter(r) {
			letters++
			if letters >= minLetters {
				break
			}
		}
	}
	if letters < minLetters {
		return "", 0
	}
	info := whatlanggo.Detect(text)
	tag = info.Lang.Iso6391()
	if tag == "" {
		tag = info.Lang.Iso6393()
	}
	confidence = info.Confidence
	if hint := letterHint(text); hint != "" && hint != tag {
		return hint, max(confidence, 0.9)
	}
	if !caronLanguages[info.Lang] && hasCaron(text) {
		// č, š, ž are written by the Slavic and Baltic languages of the
		// Latin script, not by French or Italian, which whatlanggo's
		// profiles sometimes give a short Czech sentence: ask among them.
		info = whatlanggo.DetectWithOptions(text, whatlanggo.Options{Whitelist: caronLanguages})
		if t := info.Lang.Iso6391(); t != "" {
			return t, info.Confidence
		}
	}
	return tag, confidence
}

// caronLanguages write č, š or ž.
var caronLanguages = map[whatlanggo.Lang]bool{
	whatlanggo.Ces: true, whatlanggo.Pol: true, whatlanggo.Slv: true, whatlanggo.Hrv: true,
	whatlanggo.Srp: true, whatlanggo.Lit: true, whatlanggo.Lav: true,
}

func hasCaron(text string) bool { return strings.ContainsAny(strings.ToLower(text), "čšž") }

// letterHint returns a language that letters only it writes decide, among
// those whatlanggo confuses: Czech (ř, ů, ě), Ukrainian (і, ї, є, ґ in a
// Cyrillic text), Polish (ł with ą, ę, ś, ź, ż or ń).
func letterHint(text string) string {
	low := strings.ToLower(text)
	cyr, lat := 0, 0
	for _, r := range low {
		switch {
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
		case unicode.Is(unicode.Latin, r):
			lat++
		}
	}
	switch {
	case cyr > lat && strings.ContainsAny(low, "іїєґ"):
		return "uk"
	case lat > cyr && strings.ContainsAny(low, "řůě"):
		return "cs"
	case lat > cyr && strings.ContainsRune(low, 'ł') && strings.ContainsAny(low, "ąęśźżń"):
		return "pl"
	}
	return ""
}
