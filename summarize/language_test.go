package summarize_test

import (
	"testing"

	"github.com/briefing-news/briefing/summarize"
)

func TestLanguageTags(t *testing.T) {
	cases := []struct {
		tag       string
		valid     bool
		canonical string
		base      string
	}{
		{"fr", true, "fr", "fr"},
		{"FR", true, "fr", "fr"},
		{"pt-br", true, "pt-BR", "pt"},
		{"zh-hant-tw", true, "zh-Hant-TW", "zh"},
		{"SR-LATN", true, "sr-Latn", "sr"},
		{"es-419", true, "es-419", "es"},
		{"de-CH-1996", true, "de-CH-1996", "de"},
		{"ast", true, "ast", "ast"},
		{"und", true, "und", "und"},
		{"", false, "", ""},
		{"f", false, "f", "f"},
		{"fran", false, "fran", "fran"},
		{"fr_FR", false, "fr_FR", "fr_fr"},
		{"fr-", false, "fr-", "fr"},
		{"-fr", false, "-fr", ""},
		{"1fr", false, "1fr", "1fr"},
		{"fr-toolongsubtag", false, "fr-toolongsubtag", "fr"},
		{"français", false, "français", "français"},
		{"fr CA", false, "fr CA", "fr ca"},
	}
	for _, c := range cases {
		if got := summarize.ValidLanguage(c.tag); got != c.valid {
			t.Errorf("ValidLanguage(%q) = %v, want %v", c.tag, got, c.valid)
		}
		if got := summarize.CanonicalLanguage(c.tag); got != c.canonical {
			t.Errorf("CanonicalLanguage(%q) = %q, want %q", c.tag, got, c.canonical)
		}
		if got := summarize.BaseLanguage(c.tag); got != c.base {
			t.Errorf("BaseLanguage(%q) = %q, want %q", c.tag, got, c.base)
		}
	}
}

func TestSameLanguage(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"fr", "fr-CA", true},
		{"FR", "fr", true},
		{"fr", "de", false},
		{"", "", false},
		{"fr", "", false},
	}
	for _, c := range cases {
		if got := summarize.SameLanguage(c.a, c.b); got != c.want {
			t.Errorf("SameLanguage(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestRequestLanguageRules(t *testing.T) {
	cases := []struct {
		name    string
		article string
		option  string
		ok      bool
	}{
		{"none", "", "", true},
		{"article tag", "de-CH", "", true},
		{"option tag", "", "fr", true},
		{"bad article tag", "German", "", false},
		{"bad option tag", "", "fr_FR", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			req := summarize.Request{Articles: []summarize.Article{{Text: "Un texte.", Language: c.article}}, Options: summarize.Options{Language: c.option}}
			err := req.Valid(summarize.Limits{})
			if (err == nil) != c.ok {
				t.Fatalf("Valid = %v, want ok %v", err, c.ok)
			}
			if err != nil && summarize.ErrorCode(err) != summarize.EINVALID {
				t.Errorf("code %s, want EINVALID", summarize.ErrorCode(err))
			}
		})
	}
}
