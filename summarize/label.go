package summarize

import (
	"regexp"
	"strconv"
	"strings"
)

// labelPattern matches the ways a model writes a passage label: "[P7]", "p7", "P 7", "(P-7)".
var labelPattern = regexp.MustCompile(`^\[?\(?\s*[Pp]\s*-?\s*(\d{1,9})\s*\)?\]?$`)

// NormalizeLabel turns the ways a model writes a passage label ("[P7]", "p7", "P 07",
// or a bare "7") into the canonical "P7"; anything else comes back trimmed of
// brackets, so that Verify reports it as unknown.
func NormalizeLabel(s string) string {
	s = strings.TrimSpace(s)
	if m := labelPattern.FindStringSubmatch(s); m != nil {
		n, _ := strconv.Atoi(m[1])
		return "P" + strconv.Itoa(n)
	}
	if n, err := strconv.Atoi(strings.Trim(s, "[]()")); err == nil && n >= 0 {
		return "P" + strconv.Itoa(n)
	}
	return strings.Trim(s, "[]()")
}
