package text

import "strings"

// The stopword lists. There are four because the callers ask four different
// questions, and each answer is tuned against its own tests and figures:
//
//   - FoldWords: may a rewrite change this word freely? Merge folds a sentence
//     into another when they differ only in such words, so the list is short:
//     articles, prepositions, auxiliaries and the reporting verbs.
//   - TopicWords: does this word say nothing about the story? The extractive
//     ranker keeps them out of its vectors; the list is long and also holds
//     calendar words, small numbers and the words of datelines and bylines.
//   - MatchWords: is this word left out when the eval matches a key fact or a
//     citation? The list is fixed so that eval figures stay comparable over time.
//   - ClaimWords: may a claim add or drop this word and still say what its
//     sources say? The support checker (summarize/verify) leaves them out of the
//     content a claim must cover: function words, reporting verbs and hedges.
//
// All are lower case, matched before stemming.
var (
	FoldWords  = newStoplist(foldWords)
	TopicWords = newStoplist(topicWords)
	MatchWords = newStoplist(matchWords)
	ClaimWords = newStoplist(claimWords)
)

// A Stoplist is a read-only set of lower-case words.
type Stoplist struct {
	m map[string]struct{}
}

func newStoplist(words string) Stoplist {
	m := make(map[string]struct{})
	for _, w := range strings.Fields(words) {
		m[w] = struct{}{}
	}
	return Stoplist{m: m}
}

// Has reports whether the lower-case word w is in the list.
func (s Stoplist) Has(w string) bool {
	_, ok := s.m[w]
	return ok
}

const foldWords = `
a an the of to in on at by for with from and or but as is are was were be been has have had that
this it its which who would will could also said says say told according after into about
`

const topicWords = `
a about above according across after afterwards again against ago all almost alone along already
also although always am among amongst an and another any anyhow anyone anything anyway anywhere are around as at
back be became because become becomes becoming been before beforehand behind being below beside besides between
beyond both but by can cannot could did do does doing done down due during each eg either else elsewhere enough
etc even ever every everyone everything everywhere except few first for former formerly from further had has have
having he hence her here hereafter hereby herein hereupon hers herself him himself his how however i ie if in
indeed into is it its itself just last latter latterly least less like made make many may me meanwhile might mine
more moreover most mostly much must my myself namely neither never nevertheless next no nobody none noone nor not
nothing now nowhere of off often on once one only onto or other others otherwise our ours ourselves out over own
per perhaps please put rather re said same say saying says see seem seemed seeming seems several she should since
so some somehow someone something sometime sometimes somewhere still such than that the their theirs them
themselves then thence there thereafter thereby therefore therein thereupon these they this those though through
throughout thru thus to together too told toward towards under until up upon us very via was we well were what
whatever when whence whenever where whereafter whereas whereby wherein whereupon wherever whether which while
whither who whoever whole whom whose why will with within without would yet you your yours yourself yourselves
mr mrs ms dr st told tell tells added adding asked reported reports reportedly according stated statement
monday tuesday wednesday thursday friday saturday sunday january february march april june july august
september october november december jan feb mar apr jun jul aug sep sept oct nov dec today yesterday tomorrow
week weeks year years day days month months time times new two three four five six seven eight nine ten
percent cent people including
`

const matchWords = `
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has
have having he her here hers herself him himself his how i if in into is it its itself just me more
most my myself no nor not of off on once only or other our ours ourselves out over own same she
should so some such than that the their theirs them themselves then there these they this those
through to too under until up very was we were what when where which while who whom why will with
would you your yours yourself yourselves said says say according per cent percent around nearly
almost
`

const claimWords = `
a about above across after again against ago all also although am among an and another
any anyone are around as at be became because become been before being below between both but by can could did do
does doing done down during each either else even ever every few for from further had has have having he her here
hers herself him himself his how however i if in into is it its itself just least less many may me might more most
much must my myself now of off on once only onto or other others our ours ourselves out over own per perhaps same
she should since so some such than that the their theirs them themselves then there these they this those though
through thus to too under until up upon us very via was we were what whatever when where whether which while who
whom whose why will with within would yet you your yours said say says saying told tell tells added adding asked
according reported reportedly stated statement percent cent around nearly almost about roughly some least at-least
also mr mrs ms dr new including including like well still already s t one
`
