package api

import (
	"net/http"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics holds the service's Prometheus collectors in a registry of its own (never the
// global default one), so that two servers in one test process do not collide.
// Every method is safe on a nil *Metrics and then does nothing, so code that records
// metrics needs no "if m != nil" of its own.
//
// Label values are bounded: routes are Echo route patterns (or "unmatched"), methods
// outside the standard set are recorded as "OTHER", and engine, kind and status come
// from the service's own code, never from a client.
type Metrics struct {
	reg *prometheus.Registry

	requests        *prometheus.CounterVec
	requestDuration *prometheus.HistogramVec

	briefingDuration  *prometheus.HistogramVec
	mergeTokenRatio   prometheus.Histogram
	mergeDuplicates   prometheus.Counter
	mergePassages     prometheus.Counter
	modelCalls        *prometheus.CounterVec
	modelTokens       *prometheus.CounterVec
	modelErrors       *prometheus.CounterVec
	modelCallDuration *prometheus.HistogramVec
	modelCost         prometheus.Counter

	jobs         *prometheus.CounterVec
	queueWait    prometheus.Histogram
	cacheLookups *prometheus.CounterVec

	// inflightValue is the last SetInflight; inflightSource, once TrackInflight has set
	// it, is read at scrape time instead.
	inflightValue  atomic.Int64
	inflightSource atomic.Pointer[Inflight]
}

// requestBuckets cover a cheap GET (a few ms) up to a model-backed briefing (two minutes).
var requestBuckets = []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60, 120}

// briefingBuckets cover 10ms (an extractive briefing of a few articles) to 120s (a
// map-reduce over a slow model).
var briefingBuckets = []float64{.01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 20, 30, 60, 90, 120}

// NewMetrics builds the collectors and registers them, with the Go runtime and process
// collectors, in a fresh registry.
func NewMetrics() *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "briefing_http_requests_total",
			Help: "HTTP requests answered, by route pattern, method and status code.",
		}, []string{"route", "method", "status"}),
		requestDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "briefing_http_request_duration_seconds",
			Help:    "Time to answer an HTTP request, by route pattern.",
			Buckets: requestBuckets,
		}, []string{"route"}),
		briefingDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "briefing_briefing_duration_seconds",
			Help:    "Time to write one briefing through the whole pipeline, by the engine that answered.",
			Buckets: briefingBuckets,
		}, []string{"engine"}),
		mergeTokenRatio: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "briefing_merge_token_ratio",
			Help:    "Tokens kept by the merge divided by the tokens of the articles as given (1 = nothing folded).",
			Buckets: prometheus.LinearBuckets(0.1, 0.1, 10),
		}),
		mergeDuplicates: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "briefing_merge_duplicates_removed_total",
			Help: "Passages folded into a near-duplicate by the merge.",
		}),
		mergePassages: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "briefing_merge_passages_total",
			Help: "Passages (sentences) given to the merge before folding; duplicates_removed_total over this is the fold ratio.",
		}),
		modelCalls: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "briefing_model_calls_total",
			Help: "Calls to the model endpoint, by kind of call and outcome.",
		}, []string{"kind", "status"}),
		modelTokens: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "briefing_model_tokens_total",
			Help: "Tokens the model endpoint reported, by direction (prompt or completion).",
		}, []string{"direction"}),
		modelErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "briefing_model_errors_total",
			Help: "Model calls that did not end ok, by kind of call.",
		}, []string{"kind"}),
		modelCallDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "briefing_model_call_duration_seconds",
			Help:    "Time of one model call, by kind of call.",
			Buckets: briefingBuckets,
		}, []string{"kind"}),
		modelCost: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "briefing_model_cost_total",
			Help: "Money spent on model calls, in the unit of the configured prices (BRIEFING_PRICE_PROMPT, BRIEFING_PRICE_COMPLETION, per million tokens); 0 without prices.",
		}),
	}
	m.jobs = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "briefing_jobs_total",
		Help: "Jobs entering a status: queued at submission, running at each attempt's start, then one of succeeded, failed or canceled (counted by the process that wrote it).",
	}, []string{"status"})
	m.queueWait = prometheus.NewHistogram(prometheus.HistogramOpts{
		Name:    "briefing_job_queue_wait_seconds",
		Help:    "Time a job waited from its submission to its first start.",
		Buckets: requestBuckets,
	})
	m.cacheLookups = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "briefing_cache_lookups_total",
		Help: "Lookups in the result cache (kind result) and the map-step cache (kind step), by result (hit or miss).",
	}, []string{"kind", "result"})
	inflight := prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "briefing_inflight_briefings",
		Help: "Requests holding an in-flight slot (briefings running) right now.",
	}, func() float64 {
		if in := m.inflightSource.Load(); in != nil {
			return float64(in.InUse())
		}
		return float64(m.inflightValue.Load())
	})
	inflightCap := prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "briefing_inflight_capacity",
		Help: "In-flight slots (BRIEFING_MAX_INFLIGHT); 0 until TrackInflight is called.",
	}, func() float64 {
		if in := m.inflightSource.Load(); in != nil {
			return float64(in.Capacity())
		}
		return 0
	})
	waiting := prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "briefing_inflight_waiting",
		Help: "Requests waiting for an in-flight slot right now.",
	}, func() float64 {
		if in := m.inflightSource.Load(); in != nil {
			n, _ := in.Waiting()
			return float64(n)
		}
		return 0
	})
	waitingBytes := prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "briefing_inflight_waiting_bytes",
		Help: "Bytes held by the requests not yet in a slot (bodies being read or waiting, and a fixed overhead each); bounded by the waiting room.",
	}, func() float64 {
		if in := m.inflightSource.Load(); in != nil {
			_, b := in.Waiting()
			return float64(b)
		}
		return 0
	})
	m.reg.MustRegister(
		waiting, waitingBytes,
		m.requests, m.requestDuration,
		m.briefingDuration, m.mergeTokenRatio, m.mergeDuplicates, m.mergePassages,
		m.modelCalls, m.modelTokens, m.modelErrors, m.modelCallDuration, m.modelCost,
		inflight, inflightCap,
		m.jobs, m.queueWait, m.cacheLookups,
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
	)
	// Token directions are known up front: export them at zero so rate() works from the start.
	m.modelTokens.WithLabelValues("prompt")
	m.modelTokens.WithLabelValues("completion")
	return m
}

// Handler serves the registry in the Prometheus exposition format; on a nil *Metrics it
// answers 404.
func (m *Metrics) Handler() http.Handler {
	if m == nil {
		return http.NotFoundHandler()
	}
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}

// Registry returns the registry the collectors live in, for callers that add their own;
// nil on a nil *Metrics.
func (m *Metrics) Registry() *prometheus.Registry {
	if m == nil {
		return nil
	}
	return m.reg
}

// ObserveRequest records one answered HTTP request.
func (m *Metrics) ObserveRequest(route, method string, status int, d time.Duration) {
	if m == nil {
		return
	}
	if route == "" {
		route = routeUnmatched
	}
	m.requests.WithLabelValues(route, metricMethod(method), strconv.Itoa(status)).Inc()
	m.requestDuration.WithLabelValues(route).Observe(d.Seconds())
}

// ObserveBriefing records one finished briefing: how long it took, by engine, and what
// the merge did (token ratio after/before, passages folded, passages seen).
func (m *Metrics) ObserveBriefing(engine string, d time.Duration, tokensBefore, tokensAfter, duplicatesRemoved, passages int) {
	if m == nil {
		return
	}
	m.briefingDuration.WithLabelValues(engine).Observe(d.Seconds())
	if tokensBefore > 0 {
		m.mergeTokenRatio.Observe(float64(tokensAfter) / float64(tokensBefore))
	}
	if duplicatesRemoved > 0 {
		m.mergeDuplicates.Add(float64(duplicatesRemoved))
	}
	if passages > 0 {
		m.mergePassages.Add(float64(passages))
	}
}

// ModelCall records one call to the model endpoint. kind names the call ("single",
// "map", "reduce", "repair"…), status its outcome ("ok" or an error kind such as
// "timeout", "rate_limited", "upstream", "malformed"); any status but "ok" also counts
// as an error of that kind. cost is the call's price (llm.CallEvent.Cost; 0 without
// prices). It matches a one-method observer interface that the llm engine can declare
// without importing this package.
func (m *Metrics) ModelCall(kind, status string, promptTokens, completionTokens int, cost float64, d time.Duration) {
	if m == nil {
		return
	}
	m.modelCalls.WithLabelValues(kind, status).Inc()
	if status != "ok" {
		m.modelErrors.WithLabelValues(kind).Inc()
	}
	if promptTokens > 0 {
		m.modelTokens.WithLabelValues("prompt").Add(float64(promptTokens))
	}
	if completionTokens > 0 {
		m.modelTokens.WithLabelValues("completion").Add(float64(completionTokens))
	}
	if cost > 0 {
		m.modelCost.Add(cost)
	}
	m.modelCallDuration.WithLabelValues(kind).Observe(d.Seconds())
}

// JobStatus counts a job entering status (jobs.Metrics).
func (m *Metrics) JobStatus(status string) {
	if m == nil {
		return
	}
	m.jobs.WithLabelValues(status).Inc()
}

// QueueWait observes how long a job waited before its first start (jobs.Metrics).
func (m *Metrics) QueueWait(d time.Duration) {
	if m == nil {
		return
	}
	m.queueWait.Observe(d.Seconds())
}

// Cache counts a lookup in the result cache or the step cache (jobs.Metrics).
func (m *Metrics) Cache(kind string, hit bool) {
	if m == nil {
		return
	}
	result := "miss"
	if hit {
		result = "hit"
	}
	m.cacheLookups.WithLabelValues(kind, result).Inc()
}

// SetInflight sets the gauge of requests holding an in-flight slot; it has no effect
// once TrackInflight has been called.
func (m *Metrics) SetInflight(n int) {
	if m == nil {
		return
	}
	m.inflightValue.Store(int64(n))
}

// TrackInflight makes the in-flight gauges read in's slots at every scrape (exact, with
// no bookkeeping on the request path); a nil in goes back to SetInflight's value.
func (m *Metrics) TrackInflight(in *Inflight) {
	if m == nil {
		return
	}
	m.inflightSource.Store(in)
}

// routeUnmatched is the route label of requests that matched no route, so that probing
// random paths cannot grow the label set.
const routeUnmatched = "unmatched"

// metricMethod keeps the method label bounded: a client can send any token as a method.
func metricMethod(method string) string {
	switch method {
	case http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut, http.MethodPatch,
		http.MethodDelete, http.MethodOptions:
		return method
	default:
		return "OTHER"
	}
}
