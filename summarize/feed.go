package summarize

// Values of Options.OffTopic: what happens to an article of a briefing that
// shares no event with the rest.
const (
	OffTopicDrop = "drop" // the default: left out, named in Coverage.OffTopic with a warning
	OffTopicKeep = "keep"
)

// DefaultMaxFeedArticles is the most articles of one feed grouped into stories
// (POST /v1/stories, briefing stories; BRIEFING_MAX_FEED_ARTICLES).
const DefaultMaxFeedArticles = 5000

// ForFeed returns the limits a feed of at most maxArticles articles (0 for
// DefaultMaxFeedArticles) is checked under: l with that many articles and the
// token cap raised in proportion, since a feed is grouped, never sent to a
// model whole. The per-article limits stay.
func (l Limits) ForFeed(maxArticles int) Limits {
	l = l.WithDefaults()
	if maxArticles <= 0 {
		maxArticles = DefaultMaxFeedArticles
	}
	if maxArticles > l.MaxArticles {
		l.MaxTotalTokens = l.MaxTotalTokens / l.MaxArticles * maxArticles
	}
	l.MaxArticles = maxArticles
	return l
}
