package text

import "strings"

// speakerTitles are the words, lower case, that a speaker's name may follow
// in its run of capitalized words ("Mayor Ana Lisk", "Foreign Minister Wang
// Yi", "Présidente Laure Martin", "Gesundheitsministerin Sabine
// Krüger-Lenz"): Speaker leaves them out and keeps the rest of the run,
// the whole name ("Kim Jong Un"). In German, whose nouns are capitalized and
// compounded, a word that ends in one of them is a title too
// ("Bündnissprecher", "Gesundheitsökonom").
var speakerTitles = map[string]string{
	"en": `mr mrs ms miss dr prof professor president vice prime minister secretary senator sen rep representative gov governor
		mayor gen general col colonel capt captain lt sgt adm admiral chancellor king queen prince princess pope judge justice
		chief ceo chairman chairwoman chair spokesman spokeswoman spokesperson director ambassador commissioner inspector
		detective officer coach leader sheikh emir ayatollah rabbi bishop cardinal father rev reverend lord lady sir dame deputy
		foreign defense defence health finance interior state premier sheriff attorney police economist analyst`,
	"fr": `m mme mlle me dr pr président présidente ministre maire préfet préfète général générale docteur professeur député
		députée sénateur sénatrice porte-parole directeur directrice chef juge procureur procureure commissaire ambassadeur
		ambassadrice premier première secrétaire gouverneur roi reine monsieur madame économiste`,
	"es": `sr sra srta dr dra don doña presidente presidenta ministro ministra alcalde alcaldesa general doctor doctora portavoz
		director directora juez jueza fiscal secretario secretaria gobernador gobernadora rey reina embajador embajadora
		vicepresidente vicepresidenta consejero consejera economista`,
	"it": `sig sigra dott dottor dottoressa presidente ministro ministra sindaco generale portavoce direttore direttrice giudice
		premier segretario segretaria governatore re regina ambasciatore`,
	"pt": `sr sra dr dra presidente ministro ministra prefeito prefeita general doutor doutora porta-voz diretor diretora juiz
		juíza governador governadora rei rainha secretário secretária embaixador`,
	"nl": `dhr mevr dr prof burgemeester minister premier president generaal woordvoerder directeur rechter koning koningin
		staatssecretaris wethouder`,
	"cs": `ing mudr judr doc prof dr starosta starostka ministr ministryně premiér premiérka prezident prezidentka generál
		mluvčí ředitel ředitelka soudce soudkyně hejtman hejtmanka`,
	"pl": `dr prof inż minister ministra premier prezydent prezydenta burmistrz prezes generał rzecznik rzeczniczka dyrektor
		sędzia wojewoda pan pani pana`,
	"ru": `г-н г-жа президент министр мэр губернатор глава генерал премьер премьер-министр директор судья пресс-секретарь
		депутат спикер посол`,
	"uk": `президент міністр мер голова генерал премєр премєр-міністр директор суддя посол речник`,
	"el": `δρ κ κα πρόεδρος υπουργός δήμαρχος πρωθυπουργός στρατηγός καθηγητής καθηγήτρια εκπρόσωπος διευθυντής διευθύντρια
		βουλευτής`,
	"de": `hr fr herr frau dr prof sprecher sprecherin minister ministerin präsident präsidentin kanzler kanzlerin bürgermeister
		bürgermeisterin chef chefin ökonom ökonomin direktor direktorin leiter leiterin vorsitzende vorsitzender experte
		expertin sekretär sekretärin forscher forscherin anwalt anwältin richter richterin professor professorin abgeordnete
		abgeordneter trainer trainerin analyst analystin botschafter botschafterin general kommissar kommissarin bischof
		landrat landrätin senator senatorin aktivist aktivistin politiker politikerin vertreter vertreterin beauftragte
		beauftragter gründer gründerin autor autorin wissenschaftler wissenschaftlerin arzt ärztin kandidat kandidatin
		intendant intendantin pfarrer pfarrerin kapitän oberst`,
}

var speakerTitleSets = func() map[string]map[string]bool {
	m := map[string]map[string]bool{}
	for tag, s := range speakerTitles {
		m[tag] = set(s)
	}
	return m
}()

// IsTitle says whether a lower-case word is a title or an office that a
// name may follow in the language ("minister", "mayor", "président"): the
// support checker reads "the prime minister did not resign" as said, maybe,
// of the claim's "Kerr".
func (l *Lang) IsTitle(w string) bool { return l.isSpeakerTitle(w) }

// isSpeakerTitle: w (lower case) is a title or office before a name.
func (l *Lang) isSpeakerTitle(w string) bool {
	w = strings.Trim(dropAnyApos(w), ".")
	titles := speakerTitleSets[l.tag]
	if titles[w] {
		return true
	}
	if l.tag == "de" {
		for t := range titles {
			if len(t) >= 4 && len(w) > len(t) && strings.HasSuffix(w, t) {
				return true
			}
		}
	}
	return false
}

// nameRun writes the name of a run of capitalized words: the run without
// the titles and articles that open it (and a calendar word at a
// sentence's start), whole ("Kim Jong Un", "Ana María López García"). A run
// that may hold a title's complement before the name keeps its last two
// words, as a lower-case title before the run says ("mayor of Northville"
// is no such run, but "мэр Северогорска Андрей Кравцов", "директора МУП
// «Теплосеть» Олега Панкратова" are: afterTitle), and in Czech, Polish,
// Russian and Ukrainian a title in the run ("Мэр Северогорска …").
func (l *Lang) nameRun(toks []Token, afterTitle bool) string {
	titled := false
	for len(toks) > 1 && !toks[0].Dash && toks[1].Cap {
		t := toks[0]
		switch {
		case l.isSpeakerTitle(t.Low):
			titled = true
		case l.IsStopword(t.Low), t.Start && l.IsCalendarWord(t.Low):
		default:
			return l.wholeOrLastTwo(toks, afterTitle || titled && genitiveComplements[l.tag])
		}
		toks = toks[1:]
	}
	return l.wholeOrLastTwo(toks, afterTitle || titled && genitiveComplements[l.tag])
}

// genitiveComplements: languages whose titles take a capitalized
// complement in the genitive before the name.
var genitiveComplements = map[string]bool{"ru": true, "uk": true, "pl": true, "cs": true}

func (l *Lang) wholeOrLastTwo(toks []Token, lastTwo bool) string {
	if lastTwo {
		return lastUnits(toks, 2)
	}
	return lastUnits(toks, len(toks))
}
