package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"

	"github.com/briefing-news/briefing/summarize"
)

// A Feed is a set of articles with the grouping into events they are known to
// have: Gold maps each article id to its event.
type Feed struct {
	Name     string
	Articles []summarize.Article
	Gold     map[string]string
}

// BCubed scores a grouping against the gold one (Bagga and Baldwin 1998, as
// Amigó et al. 2009 recommend for clustering): for each article, the precision
// is the share of the articles grouped with it (itself included) that are of
// its event, the recall the share of its event's articles grouped with it; both
// are averaged over the articles and F1 is their harmonic mean. predicted maps
// each article id to its group (a singleton is a group of its own); an article
// missing from it counts as a singleton.
func BCubed(gold, predicted map[string]string) (precision, recall, f1 float64) {
	if len(gold) == 0 {
		return 0, 0, 0
	}
	group := func(id string) string {
		if g, ok := predicted[id]; ok {
			return "g:" + g
		}
		return "s:" + id
	}
	// Counts of (group, event) pairs, per group and per event.
	type pair struct{ g, e string }
	both := map[pair]int{}
	byGroup := map[string]int{}
	byEvent := map[string]int{}
	for id, e := range gold {
		g := group(id)
		both[pair{g, e}]++
		byGroup[g]++
		byEvent[e]++
	}
	for id, e := range gold {
		g := group(id)
		n := float64(both[pair{g, e}])
		precision += n / float64(byGroup[g])
		recall += n / float64(byEvent[e])
	}
	precision /= float64(len(gold))
	recall /= float64(len(gold))
	if precision+recall > 0 {
		f1 = 2 * precision * recall / (precision + recall)
	}
	return precision, recall, f1
}

// CasesFeed builds one feed of every eval case's articles, shuffled with a fixed
// seed: each case is one event, and an article's id is "case/id".
func CasesFeed(cases []*Case, seed uint64) Feed {
	f := Feed{Name: "eval cases", Gold: map[string]string{}}
	for _, c := range cases {
		for _, a := range c.Articles {
			a.ID = c.Name + "/" + a.ID
			f.Articles = append(f.Articles, a)
			f.Gold[a.ID] = c.Name
		}
	}
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	r.Shuffle(len(f.Articles), func(i, j int) { f.Articles[i], f.Articles[j] = f.Articles[j], f.Articles[i] })
	return f
}

// MultiLingFeed reads a MultiLing 2011 file (multiling2011_*.jsonl: one topic a
// line, {"topic", "docs": [{"id", "text"}]}) as one feed: every topic's
// documents together, in file order, each topic one event. Article ids are
// "topic/id".
func MultiLingFeed(path string) (Feed, error) {
	file, err := os.Open(path)
	if err != nil {
		return Feed{}, err
	}
	defer file.Close()
	f := Feed{Name: path, Gold: map[string]string{}}
	sc := bufio.NewScanner(file)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	for line := 1; sc.Scan(); line++ {
		var topic struct {
			Topic string `json:"topic"`
			Docs  []struct {
				ID   string `json:"id"`
				Text string `json:"text"`
			} `json:"docs"`
		}
		if err := json.Unmarshal(sc.Bytes(), &topic); err != nil {
			return Feed{}, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		for _, d := range topic.Docs {
			id := topic.Topic + "/" + d.ID
			f.Articles = append(f.Articles, summarize.Article{ID: id, Text: d.Text})
			f.Gold[id] = topic.Topic
		}
	}
	if err := sc.Err(); err != nil {
		return Feed{}, err
	}
	if len(f.Articles) == 0 {
		return Feed{}, fmt.Errorf("%s: no documents", path)
	}
	return f, nil
}

// GroupingScore is one feed's B-cubed figures.
type GroupingScore struct {
	Feed                  string
	Articles, Events      int
	Stories, Singletons   int
	Precision, Recall, F1 float64
}

// ScoreGrouping scores stories (each a list of article ids) against the feed's
// gold events.
func ScoreGrouping(f Feed, stories [][]string, singletons int) GroupingScore {
	pred := map[string]string{}
	for i, s := range stories {
		for _, id := range s {
			pred[id] = fmt.Sprint(i)
		}
	}
	events := map[string]bool{}
	for _, e := range f.Gold {
		events[e] = true
	}
	p, r, f1 := BCubed(f.Gold, pred)
	return GroupingScore{Feed: f.Name, Articles: len(f.Articles), Events: len(events), Stories: len(stories), Singletons: singletons, Precision: p, Recall: r, F1: f1}
}
