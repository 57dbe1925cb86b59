package text

import "strings"

// Text decoded as Latin-1 when it was written in Windows-1252 holds C1
// control characters where the writer put curly quotes, dashes and the euro
// sign: "didn\u0092t", "\u0093narration\u0094". FixC1 puts back what
// Windows-1252 means by them (as ftfy and every browser do), so that "didn't"
// reads as a negation and quotes as quotes. U+0085 stays: it is also
// Unicode's own line break (NEL), and the normalizer reads it as one. The
// normalizer applies it to articles (cleanRune), the support checker to
// claims; Lex reads text as given (a token is always a piece of its input).

// cp1252 maps the C1 characters U+0080–U+009F to Windows-1252's; 0 for the
// five Windows-1252 leaves undefined, which are dropped.
var cp1252 = [32]rune{
	'€', 0, '‚', 'ƒ', '„', '\u0085', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0, 'Ž', 0,
	0, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0, 'ž', 'Ÿ',
}

// C1 returns Windows-1252's character for a C1 control character r, -1 for
// one it leaves undefined, and r itself for any other rune.
func C1(r rune) rune {
	if r < 0x80 || r > 0x9f {
		return r
	}
	if m := cp1252[r-0x80]; m != 0 {
		return m
	}
	return -1
}

// FixC1 replaces the C1 control characters of s by C1.
func FixC1(s string) string {
	if !hasC1(s) {
		return s
	}
	return strings.Map(C1, s)
}

// hasC1 says whether s holds a C1 control character (UTF-8 C2 80 to C2 9F).
func hasC1(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == 0xc2 && s[i+1] >= 0x80 && s[i+1] <= 0x9f {
			return true
		}
	}
	return false
}
