package eval

// Readers of the outside dev sets the support checker is measured on (`briefing
// eval --support-set DIR`): SummEdits (summedits_<domain>.json files) and
// MultiLing 2011 English (multiling2011_en.jsonl with the topics' articles,
// models/ with the human references). Nothing here reads a fixed path: the
// folder comes from the command line, and the tests read the small fixtures under
// testdata/supportset, written for them.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/briefing-news/briefing/summarize"
)

// Kinds of support set.
const (
	SupportSetSummEdits = "summedits"
	SupportSetMultiLing = "multiling"
)

// maxSetFile bounds one file of a support set (the largest SummEdits domain is
// about 4 MB).
const maxSetFile = 64 << 20

// SummEditsItem is one item of a SummEdits domain: a document, a summary, and
// whether people found the summary consistent with the document.
type SummEditsItem struct {
	ID         string   `json:"id"`
	Doc        string   `json:"doc"`
	Summary    string   `json:"summary"`
	Consistent bool     `json:"-"`
	EditTypes  []string `json:"edit_types,omitempty"`
}

// SummEditsDomain is one summedits_<domain>.json file.
type SummEditsDomain struct {
	Name  string
	Items []SummEditsItem
}

// ParseSummEdits reads one SummEdits domain file: a JSON array of objects with
// id, doc, summary, label (1 consistent, 0 not; a number or a string) and
// optionally edit_types. Items without a document or a summary, or with another
// label, are an error.
func ParseSummEdits(r io.Reader) ([]SummEditsItem, error) {
	var raw []struct {
		ID        string          `json:"id"`
		Doc       string          `json:"doc"`
		Summary   string          `json:"summary"`
		Label     json.RawMessage `json:"label"`
		EditTypes []string        `json:"edit_types"`
	}
	if err := json.NewDecoder(io.LimitReader(r, maxSetFile)).Decode(&raw); err != nil {
		return nil, fmt.Errorf("summedits: %w", err)
	}
	items := make([]SummEditsItem, 0, len(raw))
	for i, x := range raw {
		if strings.TrimSpace(x.Doc) == "" || strings.TrimSpace(x.Summary) == "" {
			return nil, fmt.Errorf("summedits: item %d (%q): no doc or no summary", i+1, x.ID)
		}
		label := strings.Trim(string(bytes.TrimSpace(x.Label)), `"`)
		var ok bool
		switch label {
		case "1":
			ok = true
		case "0":
		default:
			return nil, fmt.Errorf("summedits: item %d (%q): label %s is neither 0 nor 1", i+1, x.ID, x.Label)
		}
		id := x.ID
		if id == "" {
			id = strconv.Itoa(i + 1)
		}
		items = append(items, SummEditsItem{ID: id, Doc: x.Doc, Summary: x.Summary, Consistent: ok, EditTypes: x.EditTypes})
	}
	return items, nil
}

// ReadSummEdits reads every summedits_<domain>.json of dir, by domain name.
func ReadSummEdits(dir string) ([]SummEditsDomain, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "summedits_*.json"))
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("summedits: no summedits_<domain>.json in %s", dir)
	}
	slices.Sort(paths)
	var out []SummEditsDomain
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		items, err := ParseSummEdits(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", filepath.Base(p), err)
		}
		name := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(p), "summedits_"), ".json")
		out = append(out, SummEditsDomain{Name: name, Items: items})
	}
	return out, nil
}

// MultiLingTopic is one MultiLing topic: its articles, with their dates, and the
// human reference summaries.
type MultiLingTopic struct {
	Topic      string
	Articles   []summarize.Article
	References []string
	// Peers are the participating systems' summaries, by system id (the
	// file's "peers"): text nobody here wrote, most of it copied from the
	// articles, which the checker should support.
	Peers map[string]string
}

// multiLingFile is the topics file of a MultiLing folder.
const multiLingFile = "multiling2011_en.jsonl"

// ParseMultiLingTopic reads one line of multiling2011_en.jsonl: {"topic": "M000",
// "docs": [{"id": "M0000.english", "text": "…"}], "references": [{"text":
// "…"}]}. Each document becomes an article (see ParseMultiLingDoc).
func ParseMultiLingTopic(line []byte) (MultiLingTopic, error) {
	var raw struct {
		Topic string `json:"topic"`
		Docs  []struct {
			ID   string `json:"id"`
			Text string `json:"text"`
		} `json:"docs"`
		References []struct {
			Text string `json:"text"`
		} `json:"references"`
		Peers json.RawMessage `json:"peers"`
	}
	if err := json.Unmarshal(line, &raw); err != nil {
		return MultiLingTopic{}, fmt.Errorf("multiling: %w", err)
	}
	if raw.Topic == "" || len(raw.Docs) == 0 {
		return MultiLingTopic{}, errors.New("multiling: a topic without a name or without docs")
	}
	t := MultiLingTopic{Topic: raw.Topic}
	for i, d := range raw.Docs {
		id := strings.TrimSuffix(d.ID, ".english")
		if id == "" {
			id = fmt.Sprintf("%s-%d", raw.Topic, i+1)
		}
		a := ParseMultiLingDoc(id, d.Text)
		if strings.TrimSpace(a.Text) == "" {
			return MultiLingTopic{}, fmt.Errorf("multiling: %s: doc %q has no text", raw.Topic, d.ID)
		}
		t.Articles = append(t.Articles, a)
	}
	for _, r := range raw.References {
		if strings.TrimSpace(r.Text) != "" {
			t.References = append(t.References, r.Text)
		}
	}
	peers, err := decodePeers(raw.Topic, raw.Peers)
	if err != nil {
		return MultiLingTopic{}, err
	}
	if len(peers) > 0 {
		t.Peers = peers
	}
	return t, nil
}

var (
	// titleDateRE is a date the title opens with: "2005/01/08 Tsunami aid …".
	titleDateRE = regexp.MustCompile(`^(\d{4})/(\d{1,2})/(\d{1,2})\s+`)
	// datelineRE is the WikiNews dateline: "Saturday, January 8, 2005", at the
	// start of the line after the title, sometimes with the story after it.
	datelineRE = regexp.MustCompile(`^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2}),\s*(\d{4})\b[ \t]*`)
)

// ParseMultiLingDoc turns one WikiNews document (title line, dateline, story) into
// an article as a client would send it: the title without its date, the story
// without its dateline, and PublishedAt from the dateline (or the title's date,
// when there is no dateline).
func ParseMultiLingDoc(id, doc string) summarize.Article {
	doc = strings.ReplaceAll(doc, "\r\n", "\n")
	a := summarize.Article{ID: id}
	lines := strings.Split(strings.TrimLeft(doc, " \t\n"), "\n")
	title := strings.TrimSpace(lines[0])
	rest := lines[1:]
	if m := titleDateRE.FindStringSubmatch(title); m != nil {
		if t, ok := civilDate(m[1], m[2], m[3]); ok {
			a.PublishedAt = &t
		}
		title = strings.TrimSpace(title[len(m[0]):])
	}
	a.Title = title
	for i, l := range rest {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		if m := datelineRE.FindStringSubmatchIndex(l); m != nil {
			mon, _ := time.Parse("January", l[m[2]:m[3]])
			if t, ok := civilDate(l[m[6]:m[7]], strconv.Itoa(int(mon.Month())), l[m[4]:m[5]]); ok {
				a.PublishedAt = &t
			}
			rest[i] = l[m[1]:]
		}
		break
	}
	a.Text = strings.TrimSpace(strings.Join(rest, "\n"))
	return a
}

// civilDate is noon UTC of a calendar date, so that no time zone moves its day.
func civilDate(y, m, d string) (time.Time, bool) {
	yi, err1 := strconv.Atoi(y)
	mi, err2 := strconv.Atoi(m)
	di, err3 := strconv.Atoi(d)
	if err1 != nil || err2 != nil || err3 != nil || yi < 1900 || yi > 2100 || mi < 1 || mi > 12 || di < 1 || di > 31 {
		return time.Time{}, false
	}
	t := time.Date(yi, time.Month(mi), di, 12, 0, 0, 0, time.UTC)
	if t.Day() != di {
		return time.Time{}, false
	}
	return t, true
}

// ReadMultiLing reads a MultiLing 2011 English folder: the topics of
// multiling2011_en.jsonl, with the references of models/<topic>.<X>.250 when
// that folder holds any for the topic (else the file's own references).
func ReadMultiLing(dir string) ([]MultiLingTopic, error) {
	var topics []MultiLingTopic
	err := eachLine(filepath.Join(dir, multiLingFile), maxSetFile, func(line []byte) error {
		t, err := ParseMultiLingTopic(line)
		if err != nil {
			return err
		}
		models, err := filepath.Glob(filepath.Join(dir, "models", t.Topic+".*"))
		if err != nil {
			return err
		}
		if len(models) > 0 {
			slices.Sort(models)
			t.References = nil
			for _, p := range models {
				b, err := os.ReadFile(p)
				if err != nil {
					return err
				}
				if s := strings.TrimSpace(string(b)); s != "" {
					t.References = append(t.References, s)
				}
			}
		}
		topics = append(topics, t)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(topics) == 0 {
		return nil, fmt.Errorf("multiling: no topic in %s", filepath.Join(dir, multiLingFile))
	}
	return topics, nil
}

// DetectSupportSet says which kind of support set dir holds: SummEdits when it
// has summedits_<domain>.json files, MultiLing when it has multiling2011_en.jsonl.
func DetectSupportSet(dir string) (string, error) {
	if st, err := os.Stat(dir); err != nil {
		return "", err
	} else if !st.IsDir() {
		return "", fmt.Errorf("%s is not a folder", dir)
	}
	if m, _ := filepath.Glob(filepath.Join(dir, "summedits_*.json")); len(m) > 0 {
		return SupportSetSummEdits, nil
	}
	if _, err := os.Stat(filepath.Join(dir, multiLingFile)); err == nil {
		return SupportSetMultiLing, nil
	}
	return "", fmt.Errorf("%s holds neither summedits_<domain>.json files nor %s; say which with --support-kind", dir, multiLingFile)
}
