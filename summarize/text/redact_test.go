package text

import "testing"

func TestRedactURLs(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"", ""},
		{"http://localhost:11434/v1", "http://localhost:11434/v1"},
		{"http://user:pw@host/v1", "http://user:xxxxx@host/v1"},
		{"https://user@host/v1", "https://user@host/v1"}, // no password: nothing to hide
		{"calling http://u:p@h:1/v1 and https://a:b@c/ now", "calling http://u:xxxxx@h:1/v1 and https://a:xxxxx@c/ now"},
		{`Post "http://u:p@h/v1/chat": refused`, `Post "http://u:xxxxx@h/v1/chat": refused`},
		{"http://u:p@h:port/v1", "http://xxxxx@h:port/v1"}, // unparsable: all userinfo hidden
		{"mail me at a@b.example", "mail me at a@b.example"},
		{"a://", "a://"},
	} {
		if got := RedactURLs(tt.in); got != tt.want {
			t.Errorf("RedactURLs(%q)=%q, want %q", tt.in, got, tt.want)
		}
	}
}
