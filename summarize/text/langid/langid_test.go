package langid

import (
	"testing"

	"github.com/briefing-news/briefing/summarize/text"
)

// TestDetect: news sentences written for this project, one or two per
// language the toolkit has rules for.
func TestDetect(t *testing.T) {
	cases := []struct{ want, text string }{
		{"en", "The government announced on Tuesday a plan to rebuild the damaged roads."},
		{"fr", "Le gouvernement a annoncé mardi un plan de 1,8 milliard d'euros pour les hôpitaux."},
		{"de", "Rund 80.000 Menschen demonstrierten am Samstag in Berlin gegen die Reform. Die Polizei sprach von einem friedlichen Verlauf."},
		{"es", "El Gobierno anunció ayer un plan de 2.000 millones de euros para reconstruir las carreteras dañadas."},
		{"it", "Migliaia di persone sono scese in piazza a Roma per protestare contro i tagli."},
		{"pt", "As chuvas deixaram pelo menos 12 mortos no norte do país, segundo a proteção civil."},
		{"nl", "Volgens de politie raakten twee mensen gewond bij het ongeluk op de A2."},
		{"cs", "Vláda ve středu schválila nový zákon o podpoře bydlení."},
		{"cs", "Alexandr Vinokurov z Kazachstánu vyhrál 15. etapu závodu Tour de France 2007 v čase 5 hodin."},
		{"pl", "Według policji w wypadku zginęły trzy osoby, a pięć zostało rannych."},
		{"el", "Σύμφωνα με την αστυνομία, τρεις άνθρωποι τραυματίστηκαν στη φωτιά."},
		{"ar", "قال المتحدث باسم الحكومة أمس إن المفاوضات ستستأنف الأسبوع المقبل."},
		{"he", "לדברי המשטרה, שלושה בני אדם נפצעו בתאונה בכביש 1."},
		{"ru", "По данным полиции, в результате пожара пострадали три человека."},
		{"uk", "За даними поліції, внаслідок пожежі постраждали троє людей."},
	}
	for _, c := range cases {
		got, conf := Detect(c.text)
		if got != c.want {
			t.Errorf("Detect(%q) = %q (%.2f), want %q", c.text, got, conf, c.want)
		}
		if conf <= 0 || conf > 1 {
			t.Errorf("Detect(%q) confidence %.2f, want in (0, 1]", c.text, conf)
		}
		if text.For(got).Generic() {
			t.Errorf("Detect(%q) = %q, which the toolkit has no rules for", c.text, got)
		}
	}
}

func TestDetectTooShort(t *testing.T) {
	for _, s := range []string{"", "   ", "OK.", "12 345 678", "U.S."} {
		if tag, conf := Detect(s); tag != "" || conf != 0 {
			t.Errorf("Detect(%q) = %q, %.2f; want no guess", s, tag, conf)
		}
	}
}

// TestDetectOther: a language without rules here is still named, so that
// the stages can say that they read it with the generic rules.
func TestDetectOther(t *testing.T) {
	tag, _ := Detect("Regeringen presenterade i dag en ny budget med satsningar på skolan och vården.")
	if tag != "sv" {
		t.Fatalf("Swedish read as %q", tag)
	}
	if !text.For(tag).Generic() {
		t.Fatal("Swedish has rules of its own?")
	}
}
