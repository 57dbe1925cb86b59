package text

import "strings"

// Countries and their demonyms, so that "Russian" is found in "Russia" and the
// reverse, "U.S." in "United States" and "American". The canonical form of a
// country is one lower-case word: the country's short name ("russia",
// "britain", "america", "korea", "zealand" for New Zealand), as the support
// checker has keyed them.

// countryRows: a canonical name, then its other names and its demonyms (a
// demonym is marked with a leading "+"). Plurals of demonyms ("Russians") are
// added below, but for those that end in s, sh, ch or ese ("Swiss", "British",
// "French", "Chinese").
const countryRows = `russia +russian|ukraine +ukrainian|china +chinese|japan +japanese|korea +korean|india +indian
|pakistan +pakistani|iran +iranian|iraq +iraqi|israel +israeli|syria +syrian|turkey +turkish|egypt +egyptian
|france +french|germany +german|italy +italian|spain +spanish|portugal +portuguese|britain uk +british
|england +english|scotland +scottish|wales +welsh|ireland +irish|netherlands +dutch|belgium +belgian
|switzerland +swiss|austria +austrian|poland +polish|sweden +swedish|norway +norwegian|denmark +danish
|finland +finnish|greece +greek|hungary +hungarian|romania +romanian|czechia +czech|serbia +serbian
|croatia +croatian|canada +canadian|mexico +mexican|brazil +brazilian|argentina +argentine|chile +chilean
|australia +australian|zealand +zealander|america usa +american|europe +european|africa +african|asia +asian
|nigeria +nigerian|kenya +kenyan|ethiopia +ethiopian|afghanistan +afghan|vietnam +vietnamese|thailand +thai
|indonesia +indonesian|philippines +filipino|taiwan +taiwanese|lebanon +lebanese|jordan +jordanian|qatar +qatari
|saudi +saudi|yemen +yemeni|cuba +cuban|venezuela +venezuelan|colombia +colombian|peru +peruvian
|iceland +icelandic|estonia +estonian|latvia +latvian|lithuania +lithuanian|belarus +belarusian
|georgia +georgian|armenia +armenian|kuwait +kuwaiti|somalia +somali|nepal +nepali|bangladesh +bangladeshi
|oman +omani|emirates uae +emirati|palestine +palestinian|libya +libyan|sudan +sudanese|morocco +moroccan
|algeria +algerian|tunisia +tunisian|ghana +ghanaian|uganda +ugandan|tanzania +tanzanian
|zimbabwe +zimbabwean|senegal +senegalese|congo +congolese|rwanda +rwandan|cameroon +cameroonian
|angola +angolan|mozambique +mozambican|zambia +zambian|myanmar burma +burmese|malaysia +malaysian
|singapore +singaporean|cambodia +cambodian|mongolia +mongolian|kazakhstan +kazakh|uzbekistan +uzbek
|azerbaijan +azerbaijani|moldova +moldovan|slovakia +slovak|slovenia +slovenian|bulgaria +bulgarian
|albania +albanian|bosnia +bosnian|cyprus +cypriot|malta +maltese|ecuador +ecuadorian|bolivia +bolivian
|paraguay +paraguayan|uruguay +uruguayan|haiti +haitian|jamaica +jamaican|nicaragua +nicaraguan
|honduras +honduran|guatemala +guatemalan|panama +panamanian|lanka +lankan|kosovo +kosovar
|montenegro +montenegrin|macedonia +macedonian|mali +malian|niger +nigerien|namibia +namibian`

// countryPhrases are names of several words, as their words lower-cased and
// joined by a space, and the country they name.
var countryPhrases = map[string]string{
	"united states": "america", "united states of america": "america", "u s": "america", "u s a": "america",
	"united kingdom": "britain", "great britain": "britain", "u k": "britain",
	"new zealand": "zealand", "south korea": "korea", "north korea": "korea", "saudi arabia": "saudi",
	"sri lanka": "lanka", "sri lankan": "lanka", "sri lankans": "lanka", "united arab emirates": "emirates", "czech republic": "czechia",
	"south africa": "africa", "european union": "europe", "e u": "europe",
}

var (
	countryOf = map[string]string{} // name or demonym → canonical
	demonyms  = map[string]bool{}
)

func init() {
	for _, row := range strings.Split(countryRows, "|") {
		f := strings.Fields(strings.TrimSpace(row))
		if len(f) < 2 {
			continue
		}
		canon := f[0]
		countryOf[canon] = canon
		for k := 1; k < len(f); k++ {
			w, demonym := strings.CutPrefix(f[k], "+")
			countryOf[w] = canon
			if !demonym {
				continue
			}
			demonyms[w] = true
			if !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "sh") && !strings.HasSuffix(w, "ch") && !strings.HasSuffix(w, "ese") && w != "thai" {
				countryOf[w+"s"] = canon
				demonyms[w+"s"] = true
			}
		}
	}
}

// Country returns the canonical name of the country (or continent) that w
// names or is the demonym of: "Russia", "Russian", "Russians" → "russia";
// "US", "U.S.", "USA", "United States", "America", "American" → "america";
// "UK", "U.K.", "Britain", "British", "United Kingdom" → "britain". w is a word
// or a phrase as written (any case, periods and extra spaces ignored), except
// that "us" is a country only in capitals ("US", "U.S."): lower case it is the
// pronoun.
func Country(w string) (canonical string, ok bool) {
	if strings.EqualFold(w, "us") || strings.EqualFold(w, "u.s.") || strings.EqualFold(w, "u.s") {
		if w == strings.ToUpper(w) {
			return "america", true
		}
		return "", false
	}
	low := strings.ToLower(w)
	if c, ok := countryOf[low]; ok {
		return c, true
	}
	phrase := low // a word alone is its own phrase: no separator to take out
	if hasPhraseSeparator(low) {
		phrase = strings.Join(strings.FieldsFunc(low, func(r rune) bool { return r == ' ' || r == '.' || r == '\u00a0' }), " ")
		if c, ok := countryOf[phrase]; ok {
			return c, true
		}
	}
	if c, ok := countryPhrases[phrase]; ok {
		return c, true
	}
	return "", false
}

// CountryWords calls f with every one-word name or demonym of a country that
// Country knows, in lower case, and the canonical name Country returns for it
// (but "us", a country only in capitals: see Country).
func CountryWords(f func(word, canonical string)) {
	for w, c := range countryOf {
		f(w, c)
	}
}

// hasPhraseSeparator: s may have a space, a period or a no-break space (U+00A0,
// whose UTF-8 opens with 0xC2), which Country's phrases are split at.
func hasPhraseSeparator(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == ' ' || c == '.' || c == 0xC2 {
			return true
		}
	}
	return false
}

// CountryAt reads a country's name or demonym at toks[i] (from Lex): a phrase
// ("United States", "U.S." lexed as "U" "S", "New Zealand") or one word. It
// returns the canonical name and the tokens it takes, or "" and 0.
func CountryAt(toks []Token, i int) (canonical string, n int) {
	if i < 0 || i >= len(toks) {
		return "", 0
	}
	// the longest phrase first: up to four words, capitalized, no break inside
	for l := min(4, len(toks)-i); l >= 2; l-- {
		ok := true
		words := make([]string, l)
		for k := 0; k < l; k++ {
			t := toks[i+k]
			if !t.Cap && t.Low != "of" || t.Num || k < l-1 && t.Brk && len(t.Low) > 1 {
				ok = false
				break
			}
			words[k] = t.Low
		}
		if !ok {
			continue
		}
		if c, found := countryPhrases[strings.Join(words, " ")]; found {
			return c, l
		}
	}
	t := toks[i]
	if t.Low == "us" {
		if t.Raw == "US" {
			return "america", 1
		}
		return "", 0
	}
	if c, ok := countryOf[t.Low]; ok {
		return c, 1
	}
	return "", 0
}

// IsDemonym reports whether w (any case) is a nationality word of the country
// table: "Russian", "Russians", "British", "American", "Thai".
func IsDemonym(w string) bool { return demonyms[strings.ToLower(w)] }

// LooksDemonym reports whether a single capitalized word reads as a nationality
// adjective, which names no one on its own: IsDemonym, or a word ending as
// demonyms do ("-ian", "-ish", "-ese", "-ean", and their plurals) that is at
// least three letters longer than the ending ("Parisian", "Hawaiian"). It
// guesses: "Julian" looks like one too. The extractive summarizer uses it to
// keep a lone demonym out of the names it must carry.
func LooksDemonym(w string) bool {
	if IsDemonym(w) {
		return true
	}
	for _, suf := range []string{"ian", "ish", "ese", "ean", "ians", "eans"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}
