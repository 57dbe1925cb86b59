package stories_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/briefing-news/briefing/summarize/stories"
)

// FuzzGroup groups random feeds ("|" separates articles; the byte picks the
// hours between articles' published times, 0 for none known): no panic, every
// article in exactly one story or among the singletons, stories of two or more
// ordered by size, and the same answer twice.
func FuzzGroup(f *testing.F) {
	f.Add("A magnitude 6.8 earthquake struck Marrakesh.|Rescuers in Marrakesh after the 6.8 earthquake.|Floods swept Derna.", uint8(3))
	f.Add("||…|1,200 3.5", uint8(0))
	f.Fuzz(func(t *testing.T, feed string, hours uint8) {
		var arts []stories.Article
		var ids []string
		base := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
		for i, text := range strings.Split(feed, "|") {
			a := stories.Article{ID: fmt.Sprintf("a%d", i), Source: fmt.Sprintf("s%d", i%3), Text: text}
			if hours > 0 {
				p := base.Add(time.Duration(i*int(hours)) * time.Hour)
				a.Published = &p
			}
			arts = append(arts, a)
			ids = append(ids, a.ID)
		}
		res := stories.Group(arts, stories.Options{})
		place(t, ids, res)
		for i := 1; i < len(res.Stories); i++ {
			if len(res.Stories[i].Articles) > len(res.Stories[i-1].Articles) {
				t.Fatalf("stories not ordered by size: %+v", res.Stories)
			}
		}
		if again := stories.Group(arts, stories.Options{}); fmt.Sprint(again) != fmt.Sprint(res) {
			t.Fatalf("not deterministic")
		}
	})
}
