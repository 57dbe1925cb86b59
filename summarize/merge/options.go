package merge

// Defaults used for the zero values of Options' fields.
const (
	DefaultContainment      = 0.65
	DefaultMinWords         = 4
	DefaultShingle          = 2
	DefaultSyndicationShare = 0.6
	DefaultSyndicationMin   = 3
	DefaultMaxPostings      = 64
	DefaultWordsPerSwap     = 8
	DefaultMinHashes        = 64
)

// Options tune the merge; the zero value selects every documented default.
type Options struct {
	// Containment is the share of a sentence's word shingles that must appear in a
	// kept passage for the sentence to fold into it: |S∩K|/|S| ≥ Containment.
	// Zero or out of (0, 1] means DefaultContainment (0.65). With 2-word shingles a
	// sentence of n words has n−1 shingles and one changed word removes at most
	// two, so a sentence of 8 words or more folds despite one changed word, one of
	// 15 or more despite two, a cut clause always folds, and a reworded sentence
	// does not. Folding further requires that every figure (any word with a digit)
	// and every pronoun or negation ("he", "their", "not", "didn't"…) of the
	// sentence also appears in the kept passage; that every name (a run of
	// capitalized words) appears in it whole or shortened ("President Vladimir
	// Putin" and "Putin" fit each other, "Tomas Reyes" and "Alma Reyes" do not);
	// and that the sentence does not read as the passage with a negation taken out
	// ("had been" against "had not been"): sources disagreeing on a number, a name
	// or a "not" both stay visible.
	Containment float64
	// WordsPerSwap bounds how many words of a sentence, common function words
	// aside, may be missing from the kept passage it folds into: one for every
	// WordsPerSwap such words of the sentence, and at least one. Zero means
	// DefaultWordsPerSwap (8): a 12-word account with "the roof … frightened" for
	// "the car … worried" is a different account and stays, while a 20-word wire
	// sentence with "seeking" for "in search of" folds. A negative value lets no
	// word be missing.
	WordsPerSwap int
	// MinWords is the fewest normalized words a sentence needs to fold by
	// containment; shorter sentences fold only on an exact normalized match.
	// Zero means DefaultMinWords (4); it is never below Shingle.
	MinWords int
	// Shingle is the number of consecutive normalized words in one shingle.
	// Zero means DefaultShingle (2): on real rewrites (a verb swapped, a phrase
	// reordered) 2-word shingles fold what 3-word ones miss, and the guards above
	// keep the looser match honest.
	Shingle int
	// SyndicationShare is the least share of an article's sentences that must
	// fold into passages carried by one single earlier article for the article to
	// be reported as SyndicatedOf it. Zero or out of (0, 1] means
	// DefaultSyndicationShare (0.6).
	SyndicationShare float64
	// SyndicationMin is the least number of such sentences (short articles are
	// never syndicated on one or two lines). Zero means DefaultSyndicationMin (3).
	SyndicationMin int
	// MinHashes is the number of MinHash functions in a sentence's signature,
	// each one band of the LSH index (see Merge). Zero means DefaultMinHashes
	// (64). A kept passage whose Jaccard similarity with a sentence is J is
	// proposed for it with probability 1 − (1 − J)^MinHashes; containment θ of q
	// shingles in u means J ≥ θq/(u+q−θq). At 64: a reprint (J near 1) or a cut
	// wire sentence (J near 0.5) is always found, a 9-word fragment of a 40-word
	// sentence (J 0.2) misses once in 10⁶, a 4-word one (J 0.075) once in 150, and
	// a miss only keeps a duplicate passage: nothing is lost. TestLSHRecall
	// measures the recall against verifying every passage.
	MinHashes int
	// MaxPostings caps the passages one MinHash value may propose: a value
	// already shared by more kept passages than this (the hash of a shingle such
	// as "said in" that most passages contain) is too common to find a duplicate
	// by, and is skipped. Zero means DefaultMaxPostings (64).
	MaxPostings int
}

func (o Options) withDefaults() Options {
	if !(o.Containment > 0 && o.Containment <= 1) {
		o.Containment = DefaultContainment
	}
	if o.Shingle <= 0 {
		o.Shingle = DefaultShingle
	}
	if o.MinWords <= 0 {
		o.MinWords = DefaultMinWords
	}
	if o.MinWords < o.Shingle {
		o.MinWords = o.Shingle
	}
	if !(o.SyndicationShare > 0 && o.SyndicationShare <= 1) {
		o.SyndicationShare = DefaultSyndicationShare
	}
	if o.SyndicationMin <= 0 {
		o.SyndicationMin = DefaultSyndicationMin
	}
	if o.WordsPerSwap == 0 {
		o.WordsPerSwap = DefaultWordsPerSwap
	}
	if o.MinHashes <= 0 {
		o.MinHashes = DefaultMinHashes
	}
	if o.MaxPostings <= 0 {
		o.MaxPostings = DefaultMaxPostings
	}
	return o
}
