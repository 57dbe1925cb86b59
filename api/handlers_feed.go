package api

import (
	"context"
	"net/http"

	"github.com/briefing-news/briefing/api/jobs"
	"github.com/briefing-news/briefing/summarize"
)

// StoryStore is what the stored feed's routes (/v1/stories/articles, GET
// /v1/stories…) need from the job store; *jobs.Service implements it. Without
// it (no job store) they answer 503.
type StoryStore interface {
	AddStoryArticles(ctx context.Context, feed summarize.Checked) ([]jobs.StoryArticleAdded, error)
	Stories(ctx context.Context, minSize, limit int) ([]jobs.StoryInfo, error)
	Story(ctx context.Context, id string) (*jobs.StoryVersion, error)
	StoryVersion(ctx context.Context, id string, n int) (*jobs.StoryVersion, error)
}

var _ StoryStore = (*jobs.Service)(nil)

var errNoStoryStore = problemf(http.StatusServiceUnavailable, "stored stories need the job store, which is not enabled")

func (s *Server) storyStore() (StoryStore, error) {
	st, ok := s.cfg.Jobs.(StoryStore)
	if !ok || s.cfg.Jobs == nil {
		return nil, errNoStoryStore
	}
	return st, nil
}

// AddStoryArticles answers POST /v1/stories/articles: what became of each
// article added to the stored feed, and the stored articles their filing
// moved to another story (jobs.StoryArticleAdded.Moved), each with the added
// article that moved it.
func (s *Server) AddStoryArticles(ctx context.Context, request AddStoryArticlesRequestObject) (AddStoryArticlesResponseObject, error) {
	st, err := s.storyStore()
	if err != nil {
		return nil, err
	}
	feed, err := summarize.Request{Articles: articlesFromWire(request.Body.Articles)}.Check(s.feedLimits())
	if err != nil {
		return nil, err
	}
	ctx, cancel := s.workContext(ctx)
	defer cancel()
	added, err := st.AddStoryArticles(ctx, feed)
	if err != nil {
		return nil, err
	}
	out := FeedArticlesResponse{Articles: make([]FeedArticleAdded, len(added)), Moved: []StoryArticleMove{}}
	for i, a := range added {
		out.Articles[i] = FeedArticleAdded{Id: a.ID, Story: a.Story, Status: FeedArticleAddedStatus(a.Status)}
		if a.DuplicateOf != "" {
			out.Articles[i].DuplicateOf = &a.DuplicateOf
		}
		for _, m := range a.Moved {
			out.Moved = append(out.Moved, StoryArticleMove{Article: m.Article, From: m.From, To: m.To, By: a.ID})
		}
	}
	return AddStoryArticles200JSONResponse(out), nil
}

// ListStories answers GET /v1/stories: the stored stories, the latest updated
// first.
func (s *Server) ListStories(ctx context.Context, request ListStoriesRequestObject) (ListStoriesResponseObject, error) {
	st, err := s.storyStore()
	if err != nil {
		return nil, err
	}
	minSize, limit := 1, 0
	if p := request.Params.MinSize; p != nil {
		minSize = *p
	}
	if p := request.Params.Limit; p != nil {
		limit = min(max(*p, 1), 1000)
	}
	list, err := st.Stories(ctx, minSize, limit)
	if err != nil {
		return nil, err
	}
	out := StoredStories{Stories: make([]StoredStory, len(list))}
	for i, x := range list {
		out.Stories[i] = storedStoryJSON(x)
	}
	return ListStories200JSONResponse(out), nil
}

// GetStory answers GET /v1/stories/{id}: the story with its current briefing.
func (s *Server) GetStory(ctx context.Context, request GetStoryRequestObject) (GetStoryResponseObject, error) {
	st, err := s.storyStore()
	if err != nil {
		return nil, err
	}
	ctx, cancel := s.workContext(ctx)
	defer cancel()
	v, err := st.Story(ctx, request.Id)
	if err != nil {
		return nil, err
	}
	return GetStory200JSONResponse(StoryBriefingJSON(v)), nil
}

// GetStoryVersion answers GET /v1/stories/{id}/versions/{n}.
func (s *Server) GetStoryVersion(ctx context.Context, request GetStoryVersionRequestObject) (GetStoryVersionResponseObject, error) {
	st, err := s.storyStore()
	if err != nil {
		return nil, err
	}
	v, err := st.StoryVersion(ctx, request.Id, request.N)
	if err != nil {
		return nil, err
	}
	return GetStoryVersion200JSONResponse(StoryBriefingJSON(v)), nil
}

func storedStoryJSON(x jobs.StoryInfo) StoredStory {
	return StoredStory{Id: x.ID, Label: x.Label, Size: x.Size, FirstPublished: x.FirstPublished, LastPublished: x.LastPublished, CreatedAt: x.CreatedAt, UpdatedAt: x.UpdatedAt}
}

// StoryBriefingJSON is the wire form of a story's version.
func StoryBriefingJSON(v *jobs.StoryVersion) StoryBriefing {
	out := StoryBriefing{Story: storedStoryJSON(v.Story), Version: v.Version, Size: v.Size, Articles: v.Articles, Stored: v.Stored,
		Briefing: BriefingJSON(v.Briefing), Changes: make([]PointChange, len(v.Changes))}
	if out.Articles == nil {
		out.Articles = []string{}
	}
	for i, c := range v.Changes {
		out.Changes[i] = PointChange{Point: c.Point, Kind: PointChangeKind(c.Kind)}
		if c.Was != "" {
			out.Changes[i].Was = &c.Was
		}
		if c.Note != "" {
			out.Changes[i].Note = &c.Note
		}
	}
	return out
}
