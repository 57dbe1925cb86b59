package text

// reportingVerbs are the verbs of saying that the support checker reads as
// "say": a claim may write "said" where its source writes "announced".
var reportingVerbs = map[string]bool{
	"say": true, "says": true, "said": true, "saying": true,
	"publish": true, "publishes": true, "published": true,
	"disclose": true, "discloses": true, "disclosed": true,
	"announce": true, "announces": true, "announced": true,
	"reveal": true, "reveals": true, "revealed": true,
}

// IsReporting reports whether a lower-case word is a verb of saying that
// stands for "say": "say", "said", "published", "announced", "disclosed",
// "revealed" and their other forms.
func IsReporting(w string) bool { return reportingVerbs[w] }

// speechVerbs attribute a quotation ("…," she said).
var speechVerbs = []string{"said", "says", "told", "added", "asked", "warned", "wrote", "explained", "recalled", "insisted"}

// SpeechVerbs returns the verbs that attribute a quotation to a speaker
// ("said", "told", "warned"…), lower case, in a fixed order (a copy).
func SpeechVerbs() []string { return append([]string(nil), speechVerbs...) }
