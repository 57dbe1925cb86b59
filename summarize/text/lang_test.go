package text

import (
	"math"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestFor(t *testing.T) {
	for _, c := range []struct {
		in, tag string
		generic bool
	}{
		{"en", "en", false}, {"EN-us", "en", false}, {"fr-CA", "fr", false}, {"pt_BR", "pt", false},
		{"deu", "de", false}, {"iw", "he", false}, {"ara", "ar", false}, {"uk", "uk", false},
		{"", "", true}, {"ja", "ja", true}, {"sv-SE", "sv", true},
	} {
		l := For(c.in)
		if l.Tag() != c.tag || l.Generic() != c.generic {
			t.Errorf("For(%q) = %q generic=%v, want %q generic=%v", c.in, l.Tag(), l.Generic(), c.tag, c.generic)
		}
	}
	if For("en") != English {
		t.Error("For(en) is not English")
	}
	want := []string{"ar", "cs", "de", "el", "en", "es", "fr", "he", "it", "nl", "pl", "pt", "ru", "uk"}
	if got := Languages(); !slices.Equal(got, want) {
		t.Errorf("Languages() = %v, want %v", got, want)
	}
	for _, tag := range want {
		l := For(tag)
		if l.Name() == "" || l.Stem("abc") == "" || len(l.Quotes()) == 0 || l.MonthName(time.September) == "" ||
			l.WeekdayName(time.Tuesday) == "" || len(l.SpeechVerbs()) == 0 || l.DayMonth(12, time.September) == "" {
			t.Errorf("%s: a table is empty", tag)
		}
	}
	for tag, dir := range map[string]string{"ar": "rtl", "he": "rtl", "fr": "ltr", "ru": "ltr", "ja": "auto"} {
		if got := For(tag).Dir(); got != dir {
			t.Errorf("%s: Dir() = %q, want %q", tag, got, dir)
		}
	}
	if For("ar").NameRule() != NamesByContent || For("de").NameRule() != NamesByCapitals {
		t.Error("name rules: Arabic by content, German by capitals")
	}
}

// TestEnglishAsBefore: English through the Lang API answers as the
// package functions do.
func TestEnglishAsBefore(t *testing.T) {
	s := "Rund 80.000 people marched on Tuesday, 13 January, said Mr Kim; 1.5 million euros didn't arrive."
	if a, b := English.Lex(s), Lex(s); !slices.Equal(a, b) {
		t.Errorf("Lex differs:\n%v\n%v", a, b)
	}
	toks := Lex(s)
	if a, b := English.Figures(toks, FigureOptions{}), Figures(toks, FigureOptions{}); len(a) != len(b) {
		t.Errorf("Figures differ: %v %v", a, b)
	}
	if a, b := English.Dates(toks), Dates(toks); !slices.Equal(a, b) {
		t.Errorf("Dates differ: %v %v", a, b)
	}
	for _, w := range []string{"running", "generously", "said", "the", "september", "sept", "yesterday", "tuesday"} {
		if English.Stem(w) != Stem(w) {
			t.Errorf("Stem(%q) differs", w)
		}
		m1, ok1 := English.MonthOf(w)
		m2, ok2 := MonthOf(w)
		if m1 != m2 || ok1 != ok2 {
			t.Errorf("MonthOf(%q) differs", w)
		}
		if English.IsReporting(w) != IsReporting(w) || English.IsStopword(w) != MatchWords.Has(w) {
			t.Errorf("%q: reporting or stopword differs", w)
		}
	}
	if English.Stoplist(StopClaim).Has("the") != ClaimWords.Has("the") || English.DayMonth(12, time.September) != "12 Sept" {
		t.Error("English lists or anchors differ")
	}
}

// TestLanguageTables: numbers, dates, speakers and stems in the languages
// the shared table (languages.json) has not, written here.
func TestLanguageTables(t *testing.T) {
	numbers := []struct {
		tag, text string
		value     float64
	}{
		{"it", "Il governo stanzia 2,5 miliardi di euro.", 2.5e9},
		{"it", "Sono arrivate 12.000 persone.", 12000},
		{"pt", "O pacote custa 5 mil milhões de euros.", 5e9},
		{"pt", "A inflação subiu para 4,7 por cento.", 4.7},
		{"nl", "Het kabinet trekt 1,2 miljard euro uit.", 1.2e9},
		{"nl", "Er kwamen 45.000 mensen.", 45000},
		{"cs", "Stát dá 3,5 mld. korun na opravy.", 3.5e9},
		{"cs", "Přišlo asi 80 000 lidí.", 80000},
		{"pl", "Rząd przeznaczy 2,4 mld zł na drogi.", 2.4e9},
		{"pl", "Ewakuowano 1 200 osób.", 1200},
		{"uk", "Уряд виділив 1,5 млрд гривень.", 1.5e9},
		{"uk", "Евакуювали 3 тис. людей.", 3000},
		{"de", "Die Spenden erreichten 2,5 Mio. Euro.", 2.5e6},
		{"de", "Sie kostet 1'250'000 Franken.", 1.25e6},
		{"es", "Se destinarán mil millones de euros.", 1e9},
		{"fr", "Un million de personnes sont sans abri.", 1e6},
		{"ar", "بلغت الكلفة ٤٫٨ مليار دولار.", 4.8e9},
		{"he", "החברה תפטר 450 עובדים.", 450},
	}
	// a currency's code reads in any language
	for _, tag := range []string{"fr", "de"} {
		fs := For(tag).Figures(For(tag).Lex("EUR 20"), FigureOptions{Passage: true})
		if len(fs) != 1 || fs[0].Currency != "€" || fs[0].At != 0 {
			t.Errorf("%s: \"EUR 20\": %+v, want one figure in euros from the code", tag, fs)
		}
	}
	for _, c := range numbers {
		l := For(c.tag)
		ok := false
		var got []float64
		for _, f := range l.Figures(l.Lex(c.text), FigureOptions{Passage: true}) {
			got = append(got, f.Value)
			ok = ok || math.Abs(f.Value-c.value) < 1e-6*c.value
		}
		if !ok {
			t.Errorf("%s: %q: figures %v, want %v", c.tag, c.text, got, c.value)
		}
	}
	pub := time.Date(2026, 9, 15, 9, 0, 0, 0, time.UTC) // Tuesday
	dates := []struct{ tag, text, want string }{
		{"it", "La frana è avvenuta ieri sera.", "2026-09-14"},
		{"it", "Il vertice si terrà il 3 ottobre.", "2026-10-03"},
		{"pt", "O incêndio começou no domingo.", "2026-09-13"},
		{"nl", "De brand brak gisteren uit.", "2026-09-14"},
		{"cs", "Schůze se konala v pondělí.", "2026-09-14"},
		{"cs", "Stavba začne 1. října 2026.", "2026-10-01"},
		{"pl", "Do wypadku doszło wczoraj.", "2026-09-14"},
		{"pl", "Szczyt odbędzie się 3 października.", "2026-10-03"},
		{"uk", "Пожежа сталася вчора.", "2026-09-14"},
		{"uk", "Засідання відбудеться 3 жовтня.", "2026-10-03"},
		// a weekday is the latest such day unless the sentence looks ahead
		{"en", "The bridge reopened on Monday.", "2026-09-14"},
		{"en", "The bridge will reopen on Monday.", "2026-09-21"},
		{"en", "The bridge won't reopen until Tuesday, the city said.", "2026-09-22"},
		{"en", "The council will meet. It voted on Monday.", "2026-09-14"},
		{"en", "The council meets next Tuesday.", "2026-09-22"},
		{"fr", "Le pont rouvrira lundi prochain.", "2026-09-21"},
	}
	for _, c := range dates {
		l := For(c.tag)
		var got []string
		for _, d := range l.Days(l.Lex(c.text), pub) {
			got = append(got, d.Date.Format(time.DateOnly))
		}
		if !slices.Equal(got, []string{c.want}) {
			t.Errorf("%s: %q: days %v, want [%s]", c.tag, c.text, got, c.want)
		}
	}
	speakers := []struct{ tag, text, want string }{
		{"it", "«Non ci arrendiamo», ha detto il sindaco Marco Bellini.", "Marco Bellini"},
		{"pt", "Segundo a ministra Ana Ferreira, as obras começam em março.", "Ana Ferreira"},
		{"nl", "Volgens burgemeester Jan de Vries is de schade groot.", "Jan de Vries"},
		{"cs", "„Nevzdáme se,“ řekl starosta Petr Novák.", "Petr Novák"},
		{"pl", "Według ministra Jana Kowalskiego szkody są duże.", "Jana Kowalskiego"},
		{"uk", "«Ми не здамося», – заявив мер Олег Ткаченко.", "Олег Ткаченко"},
		{"en", "\"We will rebuild,\" said Mayor Ana Lisk.", "Ana Lisk"},
		{"en", "\"We will talk,\" said Kim Jong Un.", "Kim Jong Un"},
		{"en", "Foreign Minister Wang Yi said the talks would go on.", "Wang Yi"},
		{"it", "«Resteremo qui», ha detto Maria Grazia Conti.", "Maria Grazia Conti"},
		{"pt", "Segundo João Pedro Almeida, a ponte reabre amanhã.", "João Pedro Almeida"},
		{"de", "Gesundheitsministerin Anna Lena Vogt sagte, der Plan stehe.", "Anna Lena Vogt"},
		{"ru", "«Работы завершены», – заявил мэр Северогорска Андрей Кравцов.", "Андрей Кравцов"},
	}
	for _, c := range speakers {
		if got := For(c.tag).Speaker(c.text); got != c.want {
			t.Errorf("%s: Speaker(%q) = %q, want %q", c.tag, c.text, got, c.want)
		}
	}
	stems := []struct{ tag, a, b string }{
		{"fr", "manifestants", "manifestant"}, {"de", "Menschen", "Mensch"}, {"es", "incendios", "incendio"},
		{"it", "persone", "persona"}, {"pt", "cidades", "cidade"}, {"nl", "woningen", "woning"},
		{"cs", "zemětřesení", "zemětřesením"}, {"pl", "powodzi", "powódź"}, {"el", "σεισμός", "σεισμού"},
		{"ru", "пожара", "пожар"}, {"uk", "пожежі", "пожежа"}, {"ar", "الحكومة", "حكومة"}, {"he", "הממשלה", "ממשלה"},
	}
	for _, c := range stems {
		l := For(c.tag)
		a, b := l.Stem(strings.ToLower(c.a)), l.Stem(strings.ToLower(c.b))
		if a != b && c.tag != "pl" {
			t.Errorf("%s (%s): %q → %q, %q → %q: one stem wanted", c.tag, l.Stemmer(), c.a, a, c.b, b)
		}
	}
}

// TestNumberWordsEveryLanguage: every language with rules reads its number
// words from two to twenty and the tens to ninety (one is left out where
// it is also the indefinite article: "un", "ein", "um", "een", "ένα"), each
// read by Figures as one figure; Arabic and Hebrew teens are two words.
func TestNumberWordsEveryLanguage(t *testing.T) {
	for _, tag := range []string{"fr", "de", "es", "it", "pt", "nl", "cs", "pl", "el", "ar", "he", "ru", "uk"} {
		l := For(tag)
		words := map[int][]string{}
		for w, v := range l.numbers {
			words[v] = append(words[v], w)
		}
		for _, v := range []int{2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 30, 40, 50, 60, 70, 80, 90} {
			var texts []string
			for _, w := range words[v] {
				texts = append(texts, w)
			}
			if len(texts) == 0 && v > 10 && v < 20 && len(l.teens) > 0 {
				for ten := range l.teens {
					for _, w := range words[v-10] {
						texts = append(texts, w+" "+ten)
					}
					if v == 11 {
						texts = append(texts, map[string]string{"ar": "أحد", "he": "אחד"}[tag]+" "+ten)
					}
					if v == 12 {
						texts = append(texts, map[string]string{"ar": "اثنا", "he": "שנים"}[tag]+" "+ten)
					}
				}
			}
			if tag == "fr" && v >= 17 && v <= 19 {
				texts = append(texts, "dix-"+words[v-10][0])
			}
			if len(texts) == 0 {
				t.Errorf("%s: no word for %d", tag, v)
				continue
			}
			for _, s := range texts {
				figs := l.Figures(l.Lex(s), FigureOptions{Passage: true})
				if len(figs) != 1 || figs[0].Value != float64(v) {
					var got []float64
					for _, f := range figs {
						got = append(got, f.Value)
					}
					t.Errorf("%s: %q read as %v, want %d", tag, s, got, v)
				}
			}
		}
	}
	for _, c := range []struct {
		tag, text string
		want      float64
	}{
		{"fr", "soixante-dix-sept", 77}, {"fr", "quatre-vingts", 80}, {"fr", "quatre-vingt-dix-neuf", 99},
		{"de", "einundachtzig", 81}, {"es", "veintiséis", 26}, {"ar", "إحدى عشرة", 11}, {"he", "שתים עשרה", 12},
		{"ar", "وسبعة عشر", 17},
	} {
		l := For(c.tag)
		figs := l.Figures(l.Lex(c.text), FigureOptions{Passage: true})
		if len(figs) != 1 || figs[0].Value != c.want {
			t.Errorf("%s: %q read as %v, want %v", c.tag, c.text, figs, c.want)
		}
	}
}

// TestScalesAndMonthsMore: the abbreviated scale words of each language
// (εκατ., δισ., тыс., млн, млрд, Mio., Mrd., mill.) multiply the numeral
// before them, the minus sign U+2212 is kept, and Arabic's Levantine month
// names (كانون الثاني … كانون الأول) are read, alone or with the other name
// after a slash ("15 تشرين الثاني/نوفمبر").
func TestScalesAndMonthsMore(t *testing.T) {
	numbers := []struct {
		tag, text string
		value     float64
	}{
		{"el", "Η ζημιά φτάνει τα 2,5 εκατ. ευρώ.", 2.5e6},
		{"el", "Το έργο κοστίζει 1,2 δισ. ευρώ.", 1.2e9},
		{"ru", "Эвакуировали 3,5 тыс. человек.", 3500},
		{"ru", "Ущерб составил 38,5 млн руб.", 38.5e6},
		{"ru", "Бюджет составит 2,1 млрд руб.", 2.1e9},
		{"de", "Die Stadt zahlt 4,5 Mio. Euro.", 4.5e6},
		{"de", "Der Bund gibt 1,2 Mrd. Euro.", 1.2e9},
		{"es", "La obra costará 2,5 mill. de euros.", 2.5e6},
		{"ru", "Ночью было −27 градусов.", -27},
		{"de", "Es waren −8 Grad.", -8},
	}
	// a currency's code reads in any language
	for _, tag := range []string{"fr", "de"} {
		fs := For(tag).Figures(For(tag).Lex("EUR 20"), FigureOptions{Passage: true})
		if len(fs) != 1 || fs[0].Currency != "€" || fs[0].At != 0 {
			t.Errorf("%s: \"EUR 20\": %+v, want one figure in euros from the code", tag, fs)
		}
	}
	for _, c := range numbers {
		l := For(c.tag)
		ok := false
		var got []float64
		for _, f := range l.Figures(l.Lex(c.text), FigureOptions{Passage: true}) {
			got = append(got, f.Value)
			ok = ok || math.Abs(f.Value-c.value) < 1e-6*math.Abs(c.value)
		}
		if !ok {
			t.Errorf("%s: %q: figures %v, want %v", c.tag, c.text, got, c.value)
		}
	}
	pub := time.Date(2026, 6, 10, 9, 0, 0, 0, time.UTC)
	ar := For("ar")
	for i, m := range []string{"كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل", "أيار/مايو", "حزيران/يونيو",
		"تموز/يوليو", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر", "تشرين الثاني", "كانون الأول"} {
		text := "افتتح الجسر في 3 " + m + "."
		want := time.Date(2026, time.Month(i+1), 3, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
		var got []string
		for _, d := range ar.Days(ar.Lex(text), pub) {
			got = append(got, d.Date.Format(time.DateOnly))
		}
		if !slices.Equal(got, []string{want}) {
			t.Errorf("ar: %q: days %v, want [%s]", text, got, want)
		}
	}
	// The date takes in the month's other name, and a year after it.
	for _, text := range []string{"في 15 تشرين الثاني/نوفمبر 2026 افتتح", "في 15 تشرين الثاني (نوفمبر) 2026 افتتح"} {
		toks := ar.Lex(text)
		ds := ar.Dates(toks)
		if len(ds) != 1 || ds[0].Year != 2026 || ds[0].Month != time.November || ds[0].Day != 15 || ds[0].At != 1 || ds[0].End != 6 {
			t.Errorf("ar: Dates(%q) = %+v, want 15 November 2026 over tokens 1:6", text, ds)
		}
	}
}

// TestLooksNameArabicDerived: Arabic words in a derived form (افتعال,
// استفعال, تفعيل, تفاعل…, with a clitic before or a suffix after) or with
// the accusative ending are not taken for names; transliterated names are.
func TestLooksNameArabicDerived(t *testing.T) {
	ar := For("ar")
	for _, w := range []string{"اكتشاف", "انتهاء", "اعتبار", "استيعاب", "وتصعيد", "لتمويل", "تنافست", "ترافقت",
		"تتناسب", "متسابق", "تقارير", "أساليب", "اشتهرت", "انهارت", "سريعاً", "لاحتواء", "ارتياحه"} {
		if LooksName(ar, w) {
			t.Errorf("LooksName(ar, %q) = true, want false (a derived form)", w)
		}
	}
	for _, w := range []string{"زابالتا", "دومارك", "ليندكفيست", "بيرقوف", "أوكونكوو", "سركوزي", "كونتادور", "راسموسن", "بيشلومو"} {
		if !LooksName(ar, w) {
			t.Errorf("LooksName(ar, %q) = false, want true", w)
		}
	}
}
