package api

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/briefing-news/briefing/api/jobs"
	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/stories"
)

// StoryService is what POST /v1/stories needs from the pipeline
// (*pipeline.Pipeline implements it). It is apart from Service so that a
// Service without it still serves briefings; /v1/stories then answers 503.
type StoryService interface {
	Stories(ctx context.Context, feed summarize.Checked, opt stories.Options) (stories.Result, error)
}

// feedLimits are the limits a feed is checked under.
func (s *Server) feedLimits() summarize.Limits {
	return s.cfg.Limits.ForFeed(s.cfg.MaxFeedArticles)
}

// GroupStories answers POST /v1/stories: the feed grouped into stories.
func (s *Server) GroupStories(ctx context.Context, request GroupStoriesRequestObject) (GroupStoriesResponseObject, error) {
	if request.Body == nil {
		return nil, errors.New("strict handler bound no body")
	}
	svc, ok := s.svc.(StoryService)
	if !ok {
		return nil, problemf(http.StatusServiceUnavailable, "this server does not group stories")
	}
	feed, err := summarize.Request{Articles: articlesFromWire(request.Body.Articles)}.Check(s.feedLimits())
	if err != nil {
		return nil, err
	}
	opt := storiesOptions(request.Body.Options)
	// A server without the job store ignores the preference (RFC 7240 lets it)
	// and answers at once.
	if fj, ok := s.cfg.Jobs.(FeedJobs); ok && respondAsync(request.Params.Prefer) {
		return s.groupStoriesJob(ctx, fj, feed, opt, request.Params.IdempotencyKey)
	}
	ctx, cancel := s.workContext(ctx)
	defer cancel()
	res, err := svc.Stories(ctx, feed, opt)
	if err != nil {
		return nil, err
	}
	return GroupStories200JSONResponse(StoriesJSON(res)), nil
}

// FeedJobs is what POST /v1/stories with Prefer: respond-async needs from the
// job store (*jobs.Service implements it).
type FeedJobs interface {
	SubmitFeed(ctx context.Context, feed summarize.Checked, opt stories.Options, opts jobs.SubmitOptions) (jobs.Submitted, error)
}

var _ FeedJobs = (*jobs.Service)(nil)

// groupStoriesJob queues the feed's grouping as a job: 202 with its Location,
// as POST /v1/jobs answers.
func (s *Server) groupStoriesJob(ctx context.Context, fj FeedJobs, feed summarize.Checked, opt stories.Options, idem *string) (GroupStoriesResponseObject, error) {
	opts := jobs.SubmitOptions{Scope: keyScopeFrom(ctx)}
	if idem != nil {
		opts.IdempotencyKey = *idem
	}
	sub, err := fj.SubmitFeed(ctx, feed, opt, opts)
	if err != nil {
		return nil, err
	}
	status := JobStatus(jobs.StatusQueued)
	if sub.Existing {
		if j, err := s.cfg.Jobs.Get(ctx, sub.ID); err == nil {
			status = JobStatus(j.Status)
		}
	}
	return GroupStories202JSONResponse{
		Body:    JobAccepted{Id: sub.ID, Status: status, Existing: sub.Existing},
		Headers: GroupStories202ResponseHeaders{Location: "/v1/jobs/" + sub.ID, RetryAfter: retryAfterSeconds(sub.RetryAfter)},
	}, nil
}

// respondAsync says whether a Prefer header (RFC 7240) asks for respond-async.
func respondAsync(prefer *string) bool {
	if prefer == nil {
		return false
	}
	for _, p := range strings.Split(*prefer, ",") {
		name, _, _ := strings.Cut(p, ";")
		name, _, _ = strings.Cut(name, "=")
		if strings.EqualFold(strings.TrimSpace(name), "respond-async") {
			return true
		}
	}
	return false
}

// StoriesJSON is the wire form of a grouped feed (the API's answer and briefing
// stories' output).
func StoriesJSON(r stories.Result) StoriesResponse {
	out := StoriesResponse{Stories: make([]Story, 0, len(r.Stories)), Singletons: r.Singletons}
	if out.Singletons == nil {
		out.Singletons = []string{}
	}
	for _, st := range r.Stories {
		outlets := st.Outlets
		if outlets == nil {
			outlets = []string{}
		}
		out.Stories = append(out.Stories, Story{
			Id: st.ID, Label: st.Label, Articles: st.Articles, Outlets: outlets, Size: len(st.Articles),
			FirstPublished: st.FirstPublished, LastPublished: st.LastPublished,
		})
	}
	return out
}

// feedBytesPerArticle is what a feed's body may weigh per article beyond
// MaxBody: a news article's text is 2 to 10 KB.
const feedBytesPerArticle = 16 << 10

// feedJobMaxBody is the largest body of a feed grouped as a job: 16 KiB an
// article, at least MaxBody (80 MB for the default 5,000). Such a body waits
// for no slot, so it is not held in the waiting room; the job bodies being
// read are bounded together by a room of their own (twice this, see routes.go),
// and each is held as its bytes arrive, never sized from its Content-Length.
func feedJobMaxBody(maxBody int64, maxArticles int) int64 {
	return max(maxBody, int64(maxArticles)*feedBytesPerArticle)
}

// feedMaxBody is the largest body of a feed: MaxBody, or 16 KiB per article
// when that is more (80 MB for the default 5,000), but no more than one
// client's half of the waiting room holds (Inflight.Gate counts a feed's bytes
// as it counts a briefing's: a larger body could never be served). With the
// default room (32 MiB at least) that is 16 MiB.
func feedMaxBody(maxBody int64, maxArticles int, maxWaitingBytes int64) int64 {
	n := max(maxBody, int64(maxArticles)*feedBytesPerArticle)
	if maxWaitingBytes > 0 {
		n = max(maxBody, min(n, maxWaitingBytes/2-WaitOverhead))
	}
	return n
}

// storiesOptions converts the wire options (already of the schema's shape).
func storiesOptions(o *StoriesOptions) stories.Options {
	var opt stories.Options
	if o != nil && o.WindowHours != nil && *o.WindowHours > 0 {
		opt.Window = time.Duration(float64(*o.WindowHours) * float64(time.Hour))
	}
	return opt
}

// DecodeFeed reads one feed body ({"articles": [...], "options": {"window_hours": …}})
// for the command line, as DecodeRequest reads a briefing's: exactly one JSON
// value, unknown fields refused, the rules left to summarize.Request.Check.
func DecodeFeed(r io.Reader) (summarize.Request, stories.Options, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return summarize.Request{}, stories.Options{}, err
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return summarize.Request{}, stories.Options{}, fmt.Errorf("%w: empty body", ErrMalformed)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var wire StoriesRequest
	if err := dec.Decode(&wire); err != nil {
		return summarize.Request{}, stories.Options{}, decodeError(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return summarize.Request{}, stories.Options{}, fmt.Errorf("%w: unexpected data after the JSON value", ErrMalformed)
	}
	if o := wire.Options; o != nil && o.WindowHours != nil && !(*o.WindowHours >= 1 && *o.WindowHours <= 8760) {
		return summarize.Request{}, stories.Options{}, invalid("options.window_hours: must be between 1 and 8760")
	}
	return summarize.Request{Articles: articlesFromWire(wire.Articles)}, storiesOptions(wire.Options), nil
}
