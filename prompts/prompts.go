package prompts

import (
	"bytes"
	"embed"
	"fmt"
	"strconv"
	"strings"
	"text/template"
)

// Version identifies the templates below; the llm engine reports it as the
// briefing's prompt_version. Change it whenever a template's text changes.
const Version = "2026-12-07.2"

// EntailVersion identifies the entailment templates (system_entail.tmpl,
// entail.tmpl, entail.schema.json), the model's second opinion on partial
// claims; it is versioned apart from Version so that a change to one does not
// rename the other's answers. Change it whenever one of them changes.
const EntailVersion = "2026-12-07.1"

// Fence delimiters: article text sits between ArticlesOpen and ArticlesClose,
// map notes between NotesOpen and NotesClose.
const (
	ArticlesOpen  = "<<<ARTICLES"
	ArticlesClose = "ARTICLES>>>"
	NotesOpen     = "<<<NOTES"
	NotesClose    = "NOTES>>>"
	// The entailment question: the source sentences, then the claim.
	SourcesOpen  = "<<<SOURCES"
	SourcesClose = "SOURCES>>>"
	ClaimOpen    = "<<<CLAIM"
	ClaimClose   = "CLAIM>>>"
)

// Reminder is the terse line appended to a prompt when the model's first answer
// could not be parsed.
const Reminder = "Your previous answer was not a complete JSON object. Answer only the JSON object, shorter if needed."

//go:embed templates/*.tmpl templates/answer.schema.json templates/entail.schema.json
var files embed.FS

// Passage is one labelled passage as it is shown to the model.
type Passage struct {
	Label   string // "P3"
	Text    string
	Sources int // articles that carry it; shown when more than one
}

// Note is one map-step note shown to the reduce step, with the P labels it cites.
type Note struct {
	Label     string // "N2"
	Text      string
	Citations []string
}

// Difference is one figure the articles disagree on, as the prompt lists it.
type Difference struct {
	About  string // "magnitude", "people killed"
	Label  string // "conflict", "updated" or "imprecise"
	Values []DifferenceValue
}

// DifferenceValue is one side of a Difference with the P labels that state it.
type DifferenceValue struct {
	Value    string // with its hedge: "at least 11"
	Passages []string
}

// BriefData fills the single-call prompt.
type BriefData struct {
	MaxPoints   int
	MaxWords    int
	Passages    []Passage
	Differences []Difference
	// Language is the language to brief in, as the prompt names it ("French
	// (fr)"; LanguageName); "" for English, which the prompt then does not name.
	Language string
}

// MapData fills the map prompt: one chunk of passages to take notes on.
type MapData struct {
	Part, Parts int
	MaxNotes    int
	MaxWords    int
	Passages    []Passage
	Language    string // as BriefData's: the notes are written in it
}

// ReduceData fills the reduce prompt: notes to condense (Final false) or to turn
// into the briefing (Final true).
type ReduceData struct {
	Final       bool
	MaxPoints   int
	MaxWords    int
	Notes       []Note
	Differences []Difference // shown in the final step only
	Language    string       // as BriefData's
}

// EntailData fills the entailment question: do the sentences (the passages the
// support checker aligned to the claim, as the articles write them) entail the
// claim? Both are untrusted and shown as data.
type EntailData struct {
	Claim     string
	Sentences []string
}

// Set is the parsed, embedded template set; it is safe for concurrent use.
type Set struct {
	// system and noter are the system prompts with the answer's shape written
	// out; systemSchema and noterSchema those for calls that send the schema
	// as response_format json_schema, which carries the shape: OpenAI bills
	// the schema as prompt tokens, so the written shape would be paid twice.
	system, systemSchema string
	noter, noterSchema   string
	schema               []byte
	brief                *template.Template
	mapT                 *template.Template
	reduce               *template.Template
	// The entailment question's system prompts (shape written out, schema
	// sent), its schema and its user prompt.
	entailSystem, entailSystemSchema string
	entailSchema                     []byte
	entail                           *template.Template
}

// New parses the embedded templates.
func New() (*Set, error) {
	schema, err := files.ReadFile("templates/answer.schema.json")
	if err != nil {
		return nil, fmt.Errorf("prompts: %w", err)
	}
	entailSchema, err := files.ReadFile("templates/entail.schema.json")
	if err != nil {
		return nil, fmt.Errorf("prompts: %w", err)
	}
	funcs := template.FuncMap{"line": PassageLine, "note": NoteLine, "difference": DifferenceLine, "claim": Neutralize}
	parse := func(name string) (*template.Template, error) {
		t, err := template.New(name).Funcs(funcs).Option("missingkey=error").ParseFS(files, "templates/"+name)
		if err != nil {
			return nil, fmt.Errorf("prompts: %w", err)
		}
		return t, nil
	}
	s := &Set{schema: schema, entailSchema: entailSchema}
	for _, sp := range []struct {
		name   string
		schema bool
		out    *string
	}{{"system.tmpl", false, &s.system}, {"system.tmpl", true, &s.systemSchema}, {"system_map.tmpl", false, &s.noter}, {"system_map.tmpl", true, &s.noterSchema},
		{"system_entail.tmpl", false, &s.entailSystem}, {"system_entail.tmpl", true, &s.entailSystemSchema}} {
		t, err := parse(sp.name)
		if err != nil {
			return nil, err
		}
		if *sp.out, err = render(t, struct{ Schema bool }{sp.schema}); err != nil {
			return nil, err
		}
	}
	if s.brief, err = parse("brief.tmpl"); err != nil {
		return nil, err
	}
	if s.mapT, err = parse("map.tmpl"); err != nil {
		return nil, err
	}
	if s.reduce, err = parse("reduce.tmpl"); err != nil {
		return nil, err
	}
	if s.entail, err = parse("entail.tmpl"); err != nil {
		return nil, err
	}
	return s, nil
}

// System returns the system prompt of the calls that write the briefing: the
// single call and the final reduce. With schema, the call sends Schema as its
// response format and the prompt does not write the answer's shape out.
func (s *Set) System(schema bool) string {
	if schema {
		return s.systemSchema
	}
	return s.system
}

// NoteSystem returns the short system prompt of the note-taking calls: the map
// calls and the intermediate reduces (schema as for System).
func (s *Set) NoteSystem(schema bool) string {
	if schema {
		return s.noterSchema
	}
	return s.noter
}

// Schema returns the JSON schema of the answer, for response_format json_schema.
func (s *Set) Schema() []byte { return bytes.Clone(s.schema) }

// Brief renders the single-call prompt.
func (s *Set) Brief(d BriefData) (string, error) { return render(s.brief, d) }

// Map renders the map prompt for one chunk.
func (s *Set) Map(d MapData) (string, error) { return render(s.mapT, d) }

// Reduce renders the reduce prompt.
func (s *Set) Reduce(d ReduceData) (string, error) { return render(s.reduce, d) }

// EntailSystem returns the system prompt of an entailment question (schema as
// for System).
func (s *Set) EntailSystem(schema bool) string {
	if schema {
		return s.entailSystemSchema
	}
	return s.entailSystem
}

// EntailSchema returns the JSON schema of an entailment answer,
// {"entailed": true|false}, for response_format json_schema.
func (s *Set) EntailSchema() []byte { return bytes.Clone(s.entailSchema) }

// Entail renders the user prompt of one entailment question: the sentences
// labelled S1, S2… inside the SOURCES fence, the claim inside the CLAIM fence,
// each on one line with fence delimiters neutralized.
func (s *Set) Entail(d EntailData) (string, error) {
	lines := make([]string, len(d.Sentences))
	for i, sentence := range d.Sentences {
		lines[i] = SentenceLine(i+1, sentence)
	}
	return render(s.entail, struct {
		Claim string
		Lines []string
	}{d.Claim, lines})
}

// SentenceLine renders the n-th sentence of an entailment question: "S2 text",
// on one line, fence delimiters neutralized.
func SentenceLine(n int, text string) string {
	return "S" + strconv.Itoa(n) + " " + Neutralize(text)
}

func render(t *template.Template, data any) (string, error) {
	var b strings.Builder
	if err := t.Execute(&b, data); err != nil {
		return "", fmt.Errorf("prompts: %s: %w", t.Name(), err)
	}
	return strings.TrimRight(b.String(), "\n"), nil
}

// PassageLine renders one passage as its prompt line: "P3 ×3 text", the count
// being the articles that carry it; a passage from one article carries no count.
// This is the smallest form that keeps the label and the count readable: the
// label costs two tokens and the count two ("(3)" costs three, a bare "3" would
// read as part of the text). The text is put on one line and fence delimiters
// inside it are neutralized.
func PassageLine(p Passage) string {
	var b strings.Builder
	b.WriteString(p.Label + " ")
	if p.Sources > 1 {
		b.WriteString("×" + strconv.Itoa(p.Sources) + " ")
	}
	b.WriteString(Neutralize(p.Text))
	return b.String()
}

// NoteLine renders one note as its prompt line: "N2 text (P3, P7)".
func NoteLine(n Note) string {
	line := n.Label + " " + Neutralize(n.Text)
	if len(n.Citations) > 0 {
		cites := make([]string, len(n.Citations))
		for i, c := range n.Citations {
			cites[i] = Neutralize(c)
		}
		line += " (" + strings.Join(cites, ", ") + ")"
	}
	return line
}

// neutralizer breaks every run of three angle brackets, so no text can open or
// close a fence, and folds line breaks so no text can start a labelled line.
var neutralizer = strings.NewReplacer(
	"<<<", "‹‹‹", ">>>", "›››",
	"\r\n", " ", "\n", " ", "\r", " ", "\u2028", " ", "\u2029", " ", "\u0085", " ",
)

// Neutralize returns text made safe to place inside a fence: one line, with no
// sequence that reads as a fence delimiter.
func Neutralize(text string) string {
	return strings.TrimSpace(neutralizer.Replace(text))
}

// DifferenceLine renders one difference as its prompt line:
// "magnitude (sources conflict): 6.4 [P2]; 6.6 [P5]".
func DifferenceLine(d Difference) string {
	var b strings.Builder
	b.WriteString(Neutralize(d.About))
	switch d.Label {
	case "updated":
		b.WriteString(" (updated during the day; the latest is current)")
	case "imprecise":
		b.WriteString(" (sources give different bounds, which can all hold)")
	default:
		b.WriteString(" (sources conflict)")
	}
	b.WriteString(": ")
	for i, v := range d.Values {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(Neutralize(v.Value))
		for _, p := range v.Passages {
			b.WriteString(" [" + p + "]")
		}
	}
	return b.String()
}

// languageNames are the English names of the languages a prompt may ask for
// by their BCP 47 primary subtag; another tag is named as it is.
var languageNames = map[string]string{
	"fr": "French", "de": "German", "es": "Spanish", "it": "Italian", "pt": "Portuguese", "nl": "Dutch",
	"cs": "Czech", "pl": "Polish", "el": "Greek", "ar": "Arabic", "he": "Hebrew", "ru": "Russian",
	"uk": "Ukrainian", "sv": "Swedish", "da": "Danish", "nb": "Norwegian", "no": "Norwegian", "fi": "Finnish",
	"hu": "Hungarian", "ro": "Romanian", "tr": "Turkish", "zh": "Chinese", "ja": "Japanese", "ko": "Korean",
	"hi": "Hindi", "fa": "Persian", "id": "Indonesian", "vi": "Vietnamese", "th": "Thai", "bg": "Bulgarian",
	"hr": "Croatian", "sr": "Serbian", "sk": "Slovak", "sl": "Slovenian", "ca": "Catalan",
}

// LanguageName is how a prompt names the language of a BCP 47 tag: "French
// (fr)", "Portuguese (pt-BR)", the tag alone for a language without a name
// here; "" for English, for "" and for "und", so that an English briefing's
// prompt is as it was. The tag is the pipeline's, checked as a BCP 47 tag
// (letters, digits and hyphens only), so it cannot carry instructions.
func LanguageName(tag string) string {
	base, _, _ := strings.Cut(strings.ToLower(tag), "-")
	switch base {
	case "", "en", "und":
		return ""
	}
	for _, r := range tag {
		if !(r == '-' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') || len(tag) > 35 {
			return ""
		}
	}
	if name, ok := languageNames[base]; ok {
		return name + " (" + tag + ")"
	}
	return "the language of BCP 47 tag " + tag
}
