package text

// An Abbrev says how an abbreviation's period stands to a sentence end.
type Abbrev uint8

const (
	// NotAbbrev: the word is no known abbreviation.
	NotAbbrev Abbrev = iota
	// Title: the abbreviation comes before a name or a number ("Dr.", "Sen.",
	// "approx.", "vs."), so its period never ends a sentence.
	Title
	// Ambiguous: the abbreviation may end a sentence ("moved to the U.S.") or sit
	// inside one ("the U.S. Treasury", "Acme Inc. said").
	Ambiguous
	// Numero: "No." as in "No. 10"; it reads as the word "no" at a sentence end
	// just as often, so only a caller without a better model takes it for an
	// abbreviation (the segmenter leaves it to the Punkt model).
	Numero
)

// abbreviations is the one list of English abbreviations, lower case, without
// their final period (inner periods kept: "u.s", "a.m").
var abbreviations = map[string]Abbrev{
	"mr": Title, "mrs": Title, "ms": Title, "mx": Title, "dr": Title, "prof": Title, "sen": Title,
	"rep": Title, "gov": Title, "gen": Title, "col": Title, "lt": Title, "sgt": Title, "capt": Title,
	"cpt": Title, "cmdr": Title, "adm": Title, "maj": Title, "cpl": Title, "pvt": Title, "rev": Title,
	"hon": Title, "pres": Title, "supt": Title, "det": Title, "insp": Title, "fr": Title, "sr": Title,
	"vs": Title, "v": Title, "ch": Title, "fig": Title, "vol": Title, "pp": Title, "para": Title,
	"approx": Title, "est": Title, "ft": Title, "mt": Title, "lt.-gen": Title, "atty": Title,
	"sec": Title, "secy": Title, "amb": Title,

	"u.s": Ambiguous, "u.n": Ambiguous, "u.k": Ambiguous, "e.u": Ambiguous, "u.s.a": Ambiguous,
	"d.c": Ambiguous, "inc": Ambiguous, "corp": Ambiguous, "co": Ambiguous, "ltd": Ambiguous,
	"llc": Ambiguous, "plc": Ambiguous, "jr": Ambiguous, "st": Ambiguous, "ave": Ambiguous,
	"blvd": Ambiguous, "rd": Ambiguous, "dept": Ambiguous, "a.m": Ambiguous, "p.m": Ambiguous,
	"etc": Ambiguous, "esp": Ambiguous, "al": Ambiguous, "govt": Ambiguous, "bros": Ambiguous,
	"univ": Ambiguous, "assn": Ambiguous, "intl": Ambiguous, "natl": Ambiguous,

	"no": Numero,
}

// The months' abbreviations ("Jan.", "Sept.") are Ambiguous too; they come
// from the calendar table.
func init() {
	for _, m := range months {
		for _, a := range m.abbrevs {
			abbreviations[a] = Ambiguous
		}
	}
}

// Abbreviation classifies w, a lower-case word without its final period.
func Abbreviation(w string) Abbrev { return abbreviations[w] }

// IsAbbreviation reports whether w (lower case, final period dropped) is any
// known abbreviation, "no" included.
func IsAbbreviation(w string) bool { return abbreviations[w] != NotAbbrev }

// IsHonorific reports whether w, lower case and without a period, is a title
// written before a person's name ("Mr", "Dr", "Sir"): "Mr Kim" and "Kim" name
// the same person.
func IsHonorific(w string) bool {
	switch w {
	case "mr", "mrs", "ms", "mx", "dr", "prof", "sir", "dame":
		return true
	}
	return false
}

// HonorificGender says whether the honorific w (as IsHonorific reads it) is
// a man's ('m': "Mr", "Sir"), a woman's ('f': "Mrs", "Ms", "Dame"), or
// neither (0: "Dr", "Prof", "Mx").
func HonorificGender(w string) byte {
	switch w {
	case "mr", "sir":
		return 'm'
	case "mrs", "ms", "dame":
		return 'f'
	}
	return 0
}
