package text

import (
	"regexp"
	"strings"
)

// timeAnchorRE matches the date the extractive engine writes after a relative
// time word ("today [12 Sept]", "last week [week of 4 Sept]"), its month as
// MonthShort writes it; see summarize/extractive.
var timeAnchorRE = regexp.MustCompile(` \[(?:week of )?\d{1,2} (?:` + strings.Join(ShortMonths(), "|") + `)(?: \d{4})?\]`)

// StripTimeAnchors removes the dates an engine added after relative time words.
// They come from the article's published_at, not from its text, so support
// checks read a point without them.
func StripTimeAnchors(s string) string { return timeAnchorRE.ReplaceAllString(s, "") }
