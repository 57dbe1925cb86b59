package api

import (
	"context"
	"net/http"
	"strconv"

	"github.com/briefing-news/briefing/api/jobs"
)

// errNoJobs answers the job routes of a server without a job store.
var errNoJobs = problemf(http.StatusServiceUnavailable, "jobs are not enabled")

// CreateJob answers POST /v1/jobs: the request is checked as for /v1/briefings and
// queued; 202 with the job's Location.
func (s *Server) CreateJob(ctx context.Context, request CreateJobRequestObject) (CreateJobResponseObject, error) {
	if s.cfg.Jobs == nil {
		return nil, errNoJobs
	}
	req, err := s.request(request.Body)
	if err != nil {
		return nil, err
	}
	opts := jobs.SubmitOptions{Scope: keyScopeFrom(ctx), NoCache: noCache(request.Params.CacheControl)}
	if request.Params.IdempotencyKey != nil {
		opts.IdempotencyKey = *request.Params.IdempotencyKey
	}
	sub, err := s.cfg.Jobs.Submit(ctx, req, opts)
	if err != nil {
		return nil, err
	}
	status := JobStatus(jobs.StatusQueued)
	if sub.Existing {
		if j, err := s.cfg.Jobs.Get(ctx, sub.ID); err == nil {
			status = JobStatus(j.Status)
		}
	}
	return CreateJob202JSONResponse{
		Body:    JobAccepted{Id: sub.ID, Status: status, Existing: sub.Existing},
		Headers: CreateJob202ResponseHeaders{Location: "/v1/jobs/" + sub.ID, RetryAfter: retryAfterSeconds(sub.RetryAfter)},
	}, nil
}

// GetJob answers GET /v1/jobs/{id}.
func (s *Server) GetJob(ctx context.Context, request GetJobRequestObject) (GetJobResponseObject, error) {
	if s.cfg.Jobs == nil {
		return nil, errNoJobs
	}
	j, err := s.cfg.Jobs.Get(ctx, request.Id)
	if err != nil {
		return nil, err
	}
	return GetJob200JSONResponse(JobJSON(j)), nil
}

// CancelJob answers POST /v1/jobs/{id}/cancel with the job after the request.
func (s *Server) CancelJob(ctx context.Context, request CancelJobRequestObject) (CancelJobResponseObject, error) {
	if s.cfg.Jobs == nil {
		return nil, errNoJobs
	}
	j, err := s.cfg.Jobs.Cancel(ctx, request.Id)
	if err != nil {
		return nil, err
	}
	return CancelJob200JSONResponse(JobJSON(j)), nil
}

// GetJobEvents answers GET /v1/jobs/{id}/events: the job's events after
// Last-Event-ID as server-sent events, until the terminal one.
func (s *Server) GetJobEvents(ctx context.Context, request GetJobEventsRequestObject) (GetJobEventsResponseObject, error) {
	if s.cfg.Jobs == nil {
		return nil, errNoJobs
	}
	var after int64
	if v := request.Params.LastEventID; v != nil {
		if n, err := strconv.ParseInt(*v, 10, 64); err == nil && n > 0 {
			after = n
		}
	}
	in, err := s.cfg.Jobs.Stream(ctx, request.Id, after)
	if err != nil {
		return nil, err
	}
	path := "/v1/jobs/" + request.Id
	out := make(chan sseEvent)
	go func() {
		defer close(out)
		for ev := range in {
			select {
			case out <- jobEvent(ev, path):
			case <-ctx.Done():
				for range in {
				}
				return
			}
		}
	}()
	return sseStream{ctx: ctx, events: out, keepAlive: s.cfg.KeepAlive, write: s.cfg.WriteTimeout, logger: s.logger}, nil
}

// JobJSON converts a job to its wire form.
func JobJSON(j *jobs.Job) Job {
	attempt := j.Attempt
	out := Job{
		Id:        j.ID,
		Status:    JobStatus(j.Status),
		CreatedAt: j.CreatedAt.UTC(),
		UpdatedAt: j.UpdatedAt.UTC(),
		ExpiresAt: j.ExpiresAt.UTC(),
		Attempt:   &attempt,
		Progress:  Progress{Done: j.Progress.Done, Total: j.Progress.Total},
	}
	if j.Progress.Stage != "" {
		stage := j.Progress.Stage
		out.Progress.Stage = &stage
	}
	if j.Cached {
		c := true
		out.Cached = &c
	}
	if j.Result != nil {
		r := BriefingJSON(j.Result)
		out.Result = &r
	}
	if j.Stories != nil {
		r := StoriesJSON(*j.Stories)
		out.Stories = &r
	}
	if j.Error != nil {
		p := jobProblem(j.Error, "/v1/jobs/"+j.ID)
		out.Error = &p
	}
	return out
}
