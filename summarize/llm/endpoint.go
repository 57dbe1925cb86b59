package llm

import (
	"net"
	"net/url"
	"strings"

	"github.com/briefing-news/briefing/prompts"
)

// openAIBase is the endpoint an empty BaseURL means (go-openai's default).
const openAIBase = "https://api.openai.com/v1"

// Endpoint names the endpoint of a base URL as the caches key on it: scheme, host
// (lower case), port (the scheme's default written out) and path (without a
// trailing slash). User info, query and fragment are left out, so the name never
// holds a key or a password; an empty base URL is OpenAI's API.
func Endpoint(baseURL string) string {
	if strings.TrimSpace(baseURL) == "" {
		baseURL = openAIBase
	}
	u, err := url.Parse(strings.TrimSpace(baseURL))
	if err != nil || u.Host == "" {
		// Not a URL the engine can call either; no part of it is kept, as it
		// might hold a secret.
		return "invalid"
	}
	scheme := strings.ToLower(u.Scheme)
	port := u.Port()
	if port == "" {
		port = "80"
		if scheme == "https" {
			port = "443"
		}
	}
	return scheme + "://" + net.JoinHostPort(strings.ToLower(u.Hostname()), port) + strings.TrimRight(u.EscapedPath(), "/")
}

// Identity names who answers this engine's calls, for the caches: the endpoint
// (Endpoint of the base URL), the model and the prompt version.
func (e *Engine) Identity() string {
	return "llm\x00" + e.endpoint + "\x00" + e.cfg.Model + "\x00" + prompts.Version
}
