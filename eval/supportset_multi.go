package eval

// MultiLing 2011's other languages (multiling2011_<language>.jsonl: French,
// Czech, Arabic in the dev set): each file's topics carry their language, so
// that the articles are merged and checked in it and the reference sentences
// are segmented in it; the figures are reported by language. Their documents
// have no dates.

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/briefing-news/briefing/summarize/segment"
	"github.com/briefing-news/briefing/summarize/text"
	"github.com/briefing-news/briefing/summarize/verify"
)

// multiLingMultiRE names the files of a MultiLing folder of other languages.
var multiLingMultiRE = regexp.MustCompile(`^multiling2011_([a-z]+)\.jsonl$`)

// multiLingTags are the BCP 47 tags of MultiLing 2011's languages, by the
// name its files give them.
var multiLingTags = map[string]string{
	"english": "en", "en": "en", "french": "fr", "czech": "cs", "arabic": "ar", "greek": "el",
	"hebrew": "he", "hindi": "hi", "romanian": "ro",
}

// LanguageRates are one language's MultiLing figures.
type LanguageRates struct {
	Language string          `json:"language"` // BCP 47
	Rules    string          `json:"rules"`    // "language" or "english" (every stage read as English: the figure before issue 24)
	Rates    *MultiLingRates `json:"rates"`
}

// multiLingFiles are the multiling2011_<language>.jsonl files of path (a
// folder, or one such file), sorted; English's own file is left to
// ReadMultiLing.
func multiLingFiles(path string) ([]string, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		if !multiLingMultiRE.MatchString(filepath.Base(path)) {
			return nil, fmt.Errorf("%s is no multiling2011_<language>.jsonl file", path)
		}
		return []string{path}, nil
	}
	ents, err := os.ReadDir(path)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range ents {
		if m := multiLingMultiRE.FindStringSubmatch(e.Name()); m != nil && m[1] != "en" {
			out = append(out, filepath.Join(path, e.Name()))
		}
	}
	slices.Sort(out)
	return out, nil
}

// ReadMultiLingLanguage reads one multiling2011_<language>.jsonl file: lines
// of {"topic", "language": "french", "docs": […], "references": […]} (the
// peers' summaries are not read). It returns the topics, their articles
// tagged with the language, and the language's BCP 47 tag.
func ReadMultiLingLanguage(path string) ([]MultiLingTopic, string, error) {
	var topics []MultiLingTopic
	tag := ""
	err := eachLine(path, maxSetFile, func(line []byte) error {
		var head struct {
			Language string `json:"language"`
		}
		if err := json.Unmarshal(line, &head); err != nil {
			return err
		}
		t, err := ParseMultiLingTopic(line)
		if err != nil {
			return err
		}
		lt := multiLingTags[strings.ToLower(head.Language)]
		if lt == "" {
			lt = text.PrimaryTag(head.Language)
		}
		if tag == "" {
			tag = lt
		}
		for i := range t.Articles {
			t.Articles[i].Language = lt
		}
		topics = append(topics, t)
		return nil
	})
	if err != nil {
		return nil, "", err
	}
	if len(topics) == 0 {
		return nil, "", fmt.Errorf("multiling: no topic in %s", path)
	}
	return topics, tag, nil
}

// MeasureMultiLingLanguages measures the support checker on each
// multiling2011_<language>.jsonl of path, in its language; with
// englishRules every article is left without a language and the references
// are segmented as English (the figures before the toolkit had languages).
func MeasureMultiLingLanguages(ctx context.Context, m Merger, seg *segment.Segmenter, path string, englishRules bool) (*SupportSetReport, error) {
	start := time.Now()
	files, err := multiLingFiles(path)
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s holds no multiling2011_<language>.jsonl", path)
	}
	rep := &SupportSetReport{Kind: SupportSetMultiLing, Threshold: verify.SupportCoverage}
	for _, f := range files {
		topics, tag, err := ReadMultiLingLanguage(f)
		if err != nil {
			return nil, err
		}
		rules := "language"
		s := seg.Lang(tag)
		if englishRules {
			rules = "english"
			s = seg
			for _, t := range topics {
				for i := range t.Articles {
					t.Articles[i].Language = ""
				}
			}
		}
		r, err := measureMultiLing(ctx, m, s, topics, text.For(tag))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", filepath.Base(f), err)
		}
		rep.Merges += r.Merges
		rep.Languages = append(rep.Languages, LanguageRates{Language: tag, Rules: rules, Rates: r.MultiLing})
		rep.Sweep = r.Sweep
		rep.Broken += r.Broken
	}
	rep.Seconds = time.Since(start).Seconds()
	return rep, nil
}

// IsMultiLingLanguages reports whether path is a multiling2011_<language>.jsonl
// file or a folder of them without multiling2011_en.jsonl.
func IsMultiLingLanguages(path string) bool {
	if _, err := os.Stat(filepath.Join(path, multiLingFile)); err == nil {
		return false
	}
	fs, err := multiLingFiles(path)
	return err == nil && len(fs) > 0
}

// Fake names a name perturbation writes in scripts without capitals.
// The names are of several lengths, and a sentence gets one by its length
// (not the first that fits), so that the catch rate is not that of one
// name's form: the checker's rule for Arabic (verify: a word of seven
// letters or more) misses the shorter ones.
var fakeNamesByScript = map[string][]string{
	"ar": {"زابالتا", "دومارك", "ليندكفيست", "بيرقوف", "أوكونكوو"},
	"he": {"זבלטה", "דומרק", "לינדקוויסט", "ברקוף", "אוקונקוו"},
}

// perturbIn is Perturb for a sentence in language l: names are found by
// its rule (replaceNameIn); the other kinds are Perturb's.
func perturbIn(l *text.Lang, kind, s, corpus string) string {
	if l == nil || l == text.English || kind != PerturbName {
		return Perturb(kind, s, corpus)
	}
	return replaceNameIn(l, s, corpus)
}

// replaceNameIn replaces the first name of s by one no article has. In a
// cased script a name is a capitalized word past the first (any alphabet:
// "Řehoř", "Κοίζουμι") that the articles write only capitalized; in a script
// without capitals (Arabic, Hebrew) there is no telling a name by its form,
// so the first content word of at least four letters the articles carry (not
// a stopword, figure or calendar word: text.Lang.IsNameWord) stands for one.
func replaceNameIn(l *text.Lang, s, corpus string) string {
	fields := strings.Fields(s)
	for i, f := range fields {
		if i == 0 {
			continue
		}
		w := strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) })
		if len([]rune(w)) < 3 || strings.HasSuffix(fields[i-1], ".") {
			continue
		}
		low := strings.ToLower(w)
		first := []rune(w)[0]
		if l.Cased() && unicode.IsUpper(first) {
			if regexp.MustCompile(`(^|[^\pL\pN])`+regexp.QuoteMeta(low)+`($|[^\pL\pN])`).MatchString(corpus) || !hasWord(corpus, w) {
				continue
			}
		} else if l.Cased() || len([]rune(w)) < 4 || !hasWord(corpus, w) || !l.IsNameWord(text.Token{Raw: w, Low: low}) || l.IsSpeechVerb(low) {
			continue
		}
		if l.IsCalendarWord(low) {
			continue
		}
		names := fakeNames
		if n, ok := fakeNamesByScript[l.Tag()]; ok {
			k := len(s) % len(n)
			names = append(append([]string(nil), n[k:]...), n[:k]...)
		}
		for _, n := range names {
			if !hasWord(corpus, n) {
				fields[i] = strings.Replace(f, w, n, 1)
				return strings.Join(fields, " ")
			}
		}
	}
	return ""
}
