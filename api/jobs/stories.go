package jobs

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/stories"
)

// Stories that persist: the feed's articles, the stories they are filed in and
// each story's briefings (versions) are in the store; each process keeps the
// feed's term index in memory (a stories.Feed), loaded from the store at its
// first use and brought up to date with the articles other processes added
// before each decision.

// What became of an article sent to AddStoryArticles.
const (
	AddedJoined    = "joined"    // it joined a story
	AddedStarted   = "started"   // it started a story
	AddedDuplicate = "duplicate" // an article with its id or its text is stored already
)

// StoryArticleAdded is what became of one article sent to AddStoryArticles.
type StoryArticleAdded struct {
	ID     string // as checked (a1, a2… when the client gave none)
	Story  string
	Status string // AddedJoined, AddedStarted or AddedDuplicate
	// DuplicateOf is the id of the stored article it is, for a duplicate.
	DuplicateOf string
	// Moved are the stored articles that its filing took to another story
	// (stories.Feed.Moved): each is then in exactly one story, its new one.
	Moved []stories.Move
}

// StoryInfo is a stored story.
type StoryInfo struct {
	ID, Label                     string
	Size                          int
	FirstPublished, LastPublished *time.Time
	CreatedAt, UpdatedAt          time.Time
}

// StoryVersion is a story's briefing as of one version.
type StoryVersion struct {
	Story StoryInfo
	// Version counts the story's briefings from 1; Size is how many of the
	// story's articles it briefed.
	Version, Size int
	// Articles are the ids of the articles it briefed, oldest first.
	Articles []string
	Briefing *summarize.Briefing
	// Changes mark its points against the version before it (none for the
	// first: every point is new).
	Changes []stories.Change
	// Stored: the version was read from the store, not briefed now.
	Stored bool
}

// storyFeed is the process's index of the stored feed.
type storyFeed struct {
	mu     sync.Mutex
	feed   *stories.Feed
	seq    int64          // the highest article seq in the index
	loaded map[int64]bool // the seqs in the index
}

// seqLookback is how far below the highest seq it holds the index looks for
// articles it lacks: on Postgres a sequence's numbers are taken in one order
// and may commit in another, and another process may add an article between
// this one's look and its own insert, so an article may appear below one the
// index holds.
const seqLookback = 1000

// catchUp loads the articles the store holds that the index does not (all of
// them at the first use). Called with f.mu held.
func (s *Service) catchUp(ctx context.Context) error {
	f := &s.storyFeed
	if f.feed == nil {
		f.feed, f.seq, f.loaded = stories.NewFeed(stories.Options{}), 0, map[int64]bool{}
	}
	// The seqs first (the index's key alone), then the rows from the lowest
	// missing one: usually the articles added since the last look.
	seqs, err := s.st.storyArticleSeqsSince(ctx, max(0, f.seq-seqLookback))
	if err != nil {
		return s.unavailable("the stories could not be read", err)
	}
	from := int64(-1)
	for _, q := range seqs {
		if !f.loaded[q] {
			from = q
			break
		}
	}
	if from < 0 {
		return nil
	}
	rows, err := s.st.storyArticlesSince(ctx, from-1)
	if err != nil {
		return s.unavailable("the stories could not be read", err)
	}
	for _, r := range rows {
		if !f.loaded[r.seq] {
			f.feed.Load(feedArticle(r), r.story)
			f.loaded[r.seq] = true
		}
		f.seq = max(f.seq, r.seq)
	}
	return nil
}

func feedArticle(r storedArticle) stories.Article {
	return stories.Article{ID: r.id, Source: r.source, Title: r.title, Text: r.text, Published: fromMillis(r.published)}
}

func fromMillis(ms *int64) *time.Time {
	if ms == nil {
		return nil
	}
	t := time.UnixMilli(*ms).UTC()
	return &t
}

func toMillis(t *time.Time) *int64 {
	if t == nil {
		return nil
	}
	ms := t.UnixMilli()
	return &ms
}

// textHash names an article's text whatever its case and spacing: the same
// text sent twice is one article.
func textHash(title, text string) string {
	h := sha256.Sum256([]byte(strings.Join(strings.Fields(strings.ToLower(title+"\n"+text)), " ")))
	return hex.EncodeToString(h[:])
}

// AddStoryArticles adds a checked feed's articles to the stored feed, in
// order: each joins the story it belongs to (stories.Feed.Add) or starts one;
// an article whose id or text (case and spacing aside) is stored already is a
// duplicate and changes nothing. Filing an article may move stored articles
// of its neighbourhood to another story (StoryArticleAdded.Moved). Another
// process's index learns of a move only when its own move of that article
// finds it gone (it then reads the feed again) or when it starts; until then
// it decides with the article where it was. Two processes may each start a story for one
// event when they add its first articles at the same moment.
func (s *Service) AddStoryArticles(ctx context.Context, checked summarize.Checked) ([]StoryArticleAdded, error) {
	feed, err := s.cfg.Pipeline.FeedArticles(ctx, checked)
	if err != nil {
		return nil, err
	}
	sent := checked.Run().Articles
	f := &s.storyFeed
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := s.catchUp(ctx); err != nil {
		return nil, err
	}
	out := make([]StoryArticleAdded, 0, len(feed))
	for i, a := range feed {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		hash := textHash(a.Title, a.Text)
		if id, story, err := s.st.storyArticleLike(ctx, a.ID, hash); err == nil {
			out = append(out, StoryArticleAdded{ID: a.ID, Story: story, Status: AddedDuplicate, DuplicateOf: id})
			continue
		} else if !isNoRows(err) {
			return nil, s.unavailable("the stories could not be read", err)
		}
		story, started := f.feed.Add(a)
		row := storedArticle{id: a.ID, hash: hash, story: story, source: a.Source, title: a.Title, text: a.Text,
			published: toMillis(a.Published), added: s.cfg.now().UnixMilli()}
		if i < len(sent) {
			row.url = sent[i].URL
		}
		seq, inserted, err := s.st.addStoryArticle(ctx, row, stories.Label(a))
		if err != nil || !inserted {
			// The index holds an article the store does not: read it again.
			f.feed = nil
			if err != nil {
				return nil, s.unavailable("the article could not be stored", err)
			}
			if err := s.catchUp(ctx); err != nil {
				return nil, err
			}
			id, story, err := s.st.storyArticleLike(ctx, a.ID, hash)
			if err != nil {
				return nil, s.unavailable("the stories could not be read", err)
			}
			out = append(out, StoryArticleAdded{ID: a.ID, Story: story, Status: AddedDuplicate, DuplicateOf: id})
			continue
		}
		f.loaded[seq] = true
		f.seq = max(f.seq, seq)
		status := AddedJoined
		if started {
			status = AddedStarted
		}
		added := StoryArticleAdded{ID: a.ID, Story: story, Status: status}
		for _, m := range f.feed.Moved() {
			moved, err := s.st.moveStoryArticle(ctx, m.Article, m.From, m.To, s.cfg.now().UnixMilli())
			if err != nil || !moved {
				// The index and the store disagree (another process moved it):
				// read the feed again at the next add.
				f.feed = nil
				if err != nil {
					return nil, s.unavailable("the article could not be moved", err)
				}
				continue
			}
			added.Moved = append(added.Moved, m)
		}
		out = append(out, added)
		if f.feed == nil {
			if err := s.catchUp(ctx); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

// DefaultStoriesListed is how many stories Stories lists when asked for 0.
const DefaultStoriesListed = 50

// Stories lists the stored stories of at least minSize articles, the latest
// updated first, at most limit (0: DefaultStoriesListed).
func (s *Service) Stories(ctx context.Context, minSize, limit int) ([]StoryInfo, error) {
	if limit <= 0 {
		limit = DefaultStoriesListed
	}
	rows, err := s.st.recentStories(ctx, max(minSize, 1), limit)
	if err != nil {
		return nil, s.unavailable("the stories could not be read", err)
	}
	out := make([]StoryInfo, len(rows))
	for i, r := range rows {
		out[i] = storyInfo(r)
	}
	return out, nil
}

func storyInfo(r storyRow) StoryInfo {
	return StoryInfo{ID: r.id, Label: r.label, Size: r.size, FirstPublished: fromMillis(r.first), LastPublished: fromMillis(r.last),
		CreatedAt: time.UnixMilli(r.created).UTC(), UpdatedAt: time.UnixMilli(r.updated).UTC()}
}

// storedVersion is a version's value in the store.
type storedVersion struct {
	Articles []string
	Briefing *summarize.Briefing
	Changes  []stories.Change
}

// Story is the story with its current briefing: its latest version when no
// article arrived since, else a new version briefed now (through the caches:
// the result cache, and the step cache for the llm engine's map steps: a map
// step whose passages are unchanged is not asked again, whatever labels they
// have now, so a story briefed by map and reduce pays again for the chunks an
// added article changed and the reduce — TestStoryRebriefCostsAFraction: 29%
// of the first briefing's prompt bytes for one article added to 16; a story
// that fits one call is briefed again in one call), its points marked against
// the version before. A story of more articles than a briefing takes is
// briefed on its latest ones.
func (s *Service) Story(ctx context.Context, id string) (*StoryVersion, error) {
	row, err := s.st.story(ctx, id)
	if isNoRows(err) {
		return nil, summarize.Errorf(summarize.ENOTFOUND, "no story %s", id)
	}
	if err != nil {
		return nil, s.unavailable("the story could not be read", err)
	}
	n, size, value, err := s.st.storyVersion(ctx, id, 0)
	if err != nil && !isNoRows(err) {
		return nil, s.unavailable("the story could not be read", err)
	}
	var prev *storedVersion
	if err == nil {
		var v storedVersion
		if err := json.Unmarshal([]byte(value), &v); err != nil {
			return nil, summarize.Errorf(summarize.EINTERNAL, "story %s version %d: %v", id, n, err)
		}
		if size == row.size && s.sameArticles(ctx, id, v.Articles) {
			return &StoryVersion{Story: storyInfo(row), Version: n, Size: size, Articles: v.Articles, Briefing: v.Briefing, Changes: v.Changes, Stored: true}, nil
		}
		prev = &v
	}
	limit := s.cfg.Pipeline.RequestLimits().WithDefaults().MaxArticles
	arts, err := s.st.storyArticles(ctx, id, limit)
	if err != nil {
		return nil, s.unavailable("the story could not be read", err)
	}
	req := summarize.Request{}
	ids := make([]string, len(arts))
	for i, a := range arts {
		ids[i] = a.id
		req.Articles = append(req.Articles, summarize.Article{ID: a.id, Source: a.source, Title: a.title, URL: a.url, Text: a.text, PublishedAt: fromMillis(a.published)})
	}
	checked, err := s.Check(req)
	if err != nil {
		return nil, err
	}
	b, _, err := s.brief(ctx, checked, false, nil)
	if err != nil {
		return nil, err
	}
	v := storedVersion{Articles: ids, Briefing: b}
	if prev != nil && prev.Briefing != nil {
		v.Changes = stories.Changes(prev.Briefing.Points, b.Points)
	} else {
		v.Changes = stories.Changes(nil, b.Points)
	}
	data, err := json.Marshal(v)
	if err != nil {
		return nil, summarize.Errorf(summarize.EINTERNAL, "story %s: %v", id, err)
	}
	ok, err := s.st.addStoryVersion(context.WithoutCancel(ctx), id, n+1, row.size, string(data), s.cfg.now().UnixMilli())
	if err != nil {
		return nil, s.unavailable("the story's briefing could not be stored", err)
	}
	if !ok {
		// Another process stored this version first: its answer is the story's.
		return s.StoryVersion(ctx, id, n+1)
	}
	return &StoryVersion{Story: storyInfo(row), Version: n + 1, Size: row.size, Articles: ids, Briefing: b, Changes: v.Changes}, nil
}

// sameArticles says whether the story's latest articles (as many as a
// briefing takes) are those a version briefed: an article moved in and another
// out leave its size as it was (moveStoryArticle).
func (s *Service) sameArticles(ctx context.Context, id string, briefed []string) bool {
	limit := s.cfg.Pipeline.RequestLimits().WithDefaults().MaxArticles
	ids, err := s.st.storyArticleIDs(ctx, id, limit)
	return err == nil && slices.Equal(ids, briefed)
}

// StoryVersion is version n (from 1) of a story's briefing, as stored.
func (s *Service) StoryVersion(ctx context.Context, id string, n int) (*StoryVersion, error) {
	row, err := s.st.story(ctx, id)
	if isNoRows(err) {
		return nil, summarize.Errorf(summarize.ENOTFOUND, "no story %s", id)
	}
	if err != nil {
		return nil, s.unavailable("the story could not be read", err)
	}
	if n < 1 {
		return nil, summarize.Errorf(summarize.ENOTFOUND, "story %s has no version %d: versions count from 1", id, n)
	}
	num, size, value, err := s.st.storyVersion(ctx, id, n)
	if isNoRows(err) {
		return nil, summarize.Errorf(summarize.ENOTFOUND, "story %s has no version %d", id, n)
	}
	if err != nil {
		return nil, s.unavailable("the story could not be read", err)
	}
	var v storedVersion
	if err := json.Unmarshal([]byte(value), &v); err != nil {
		return nil, summarize.Errorf(summarize.EINTERNAL, "story %s version %d: %v", id, n, err)
	}
	return &StoryVersion{Story: storyInfo(row), Version: num, Size: size, Articles: v.Articles, Briefing: v.Briefing, Changes: v.Changes, Stored: true}, nil
}
