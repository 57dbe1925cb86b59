package llm

import (
	"context"
	"encoding/json"
	"strings"

	openai "github.com/sashabaranov/go-openai"

	"github.com/briefing-news/briefing/prompts"
	"github.com/briefing-news/briefing/summarize"
)

// KindVerify is the CallEvent.Kind of an entailment question (Engine.Entail).
const KindVerify = "verify"

// Answer reserves of an entailment question: {"entailed":false} is under ten
// tokens; a reasoning model spends its thinking from the same budget.
const (
	entailAnswerTokens          = 24
	entailReasoningAnswerTokens = 1024
)

// maxEntailAnswer bounds the answer ParseEntailment reads: a longer one is
// chatter, and no opinion.
const maxEntailAnswer = 400

var _ summarize.Entailer = (*Engine)(nil)

// Entail asks the model whether the sentences entail the claim: one call (with
// the engine's retries on 429, 5xx and transport errors), with the sentences and
// the claim as fenced data (prompts.Set.Entail), the answer {"entailed": bool}
// sent as a json_schema response format where the endpoint takes one, and read
// by ParseEntailment. An answer that says neither is NoOpinion, with no error
// and no repair try; a failed call is the *summarize.Error of the engine's
// calls. Usage counts the calls and tokens, also on failure. The caller bounds
// the question with ctx; the engine's call timeout applies too.
func (e *Engine) Entail(ctx context.Context, claim string, sentences []string) (summarize.Entailment, summarize.Usage, error) {
	user, err := e.prompts.Entail(prompts.EntailData{Claim: claim, Sentences: sentences})
	if err != nil {
		return summarize.NoOpinion, summarize.Usage{}, &summarize.Error{Code: summarize.EINTERNAL, Message: "rendering the entailment prompt", Err: err}
	}
	r := request{
		kind:       KindVerify,
		system:     e.prompts.EntailSystem(false),
		user:       user,
		maxTokens:  entailAnswerTokens,
		schema:     e.prompts.EntailSchema(),
		schemaName: "entailment",
	}
	if e.cfg.schemaShown() { // as for the briefing's calls (Config.SchemaShown)
		r.systemSchema = e.prompts.EntailSystem(true)
	}
	if reasoningModel(e.cfg.Model) {
		r.maxTokens = entailReasoningAnswerTokens
	}
	r.counted = e.counter.Count(r.system) + e.counter.Count(user) + chatOverhead
	resp, usage, elapsed, err := e.send(ctx, r)
	if err != nil {
		return summarize.NoOpinion, e.priced(usage), err
	}
	content := ""
	if len(resp.Choices) > 0 {
		content = resp.Choices[0].Message.Content
	}
	prompt, completion := resp.Usage.PromptTokens, resp.Usage.CompletionTokens
	if prompt == 0 {
		prompt = r.counted
	}
	if completion == 0 {
		completion = e.counter.Count(content)
	}
	usage.PromptTokens += prompt
	usage.CompletionTokens += completion
	verdict := ParseEntailment(content)
	status := StatusOK
	if verdict == summarize.NoOpinion {
		status = StatusMalformed
		if len(resp.Choices) > 0 && resp.Choices[0].FinishReason == openai.FinishReasonLength {
			status = StatusTruncated
		}
		e.cfg.Logger.Warn("llm: entailment answer says neither", "status", status, "model", e.cfg.Model)
	}
	e.event(r, status, prompt, completion, elapsed)
	return verdict, e.priced(usage), nil
}

// priced sets the usage's cost when prices are configured.
func (e *Engine) priced(u summarize.Usage) summarize.Usage {
	if e.cfg.Prices.Set() {
		c := e.cfg.Prices.Cost(u.PromptTokens, u.CompletionTokens)
		u.Cost = &c
	}
	return u
}

// ParseEntailment reads a model's answer to an entailment question
// defensively. A JSON object (code fences and chatter around it ignored) is read
// for a boolean "entailed" (or a string "entailed"/"not_entailed" in "verdict",
// "answer" or "entailed"); without one, short prose that opens with a plain
// yes or no ("Yes.", "No, the sentences…", "Entailed", "Not entailed", "True",
// "False") is taken. Anything else — an empty answer, an answer longer than a
// few sentences, one that says both, JSON with neither — is NoOpinion.
func ParseEntailment(text string) summarize.Entailment {
	text = strings.TrimSpace(text)
	if text == "" || len(text) > maxEntailAnswer {
		return summarize.NoOpinion
	}
	if i := strings.IndexByte(text, '{'); i >= 0 {
		for tries, s := 0, text[i:]; tries < maxCandidates && s != ""; tries++ {
			if n := objectEnd(s); n > 0 {
				if v, ok := entailmentObject(s[:n]); ok {
					return v
				}
			}
			j := strings.IndexByte(s[1:], '{')
			if j < 0 {
				break
			}
			s = s[1+j:]
		}
		// An object that says neither is no answer: prose around it is not read,
		// since it may be the data echoed back.
		return summarize.NoOpinion
	}
	return entailmentProse(text)
}

// entailmentObject reads {"entailed": true}, {"entailed": "yes"} or
// {"verdict": "not_entailed"}.
func entailmentObject(s string) (summarize.Entailment, bool) {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal([]byte(s), &obj); err != nil {
		return summarize.NoOpinion, false
	}
	for _, key := range []string{"entailed", "entailment", "verdict", "answer"} {
		raw, ok := obj[key]
		if !ok || string(raw) == "null" {
			continue
		}
		var b bool
		if err := json.Unmarshal(raw, &b); err == nil {
			if b {
				return summarize.Entailed, true
			}
			return summarize.NotEntailed, true
		}
		var str string
		if err := json.Unmarshal(raw, &str); err == nil {
			if v := entailmentWord(strings.ToLower(strings.TrimSpace(str))); v != summarize.NoOpinion {
				return v, true
			}
		}
	}
	return summarize.NoOpinion, false
}

// prosePhrases open an answer in prose, longer before shorter.
var prosePhrases = []struct {
	text string
	v    summarize.Entailment
}{
	{"not entailed", summarize.NotEntailed}, {"not supported", summarize.NotEntailed},
	{"unsupported", summarize.NotEntailed}, {"contradicted", summarize.NotEntailed},
	{"entailed", summarize.Entailed}, {"supported", summarize.Entailed},
	{"false", summarize.NotEntailed}, {"true", summarize.Entailed},
	{"yes", summarize.Entailed}, {"no", summarize.NotEntailed},
}

// entailmentProse reads prose that opens with a yes or a no standing alone: the
// phrase ends the answer or is followed by a punctuation mark or a line break
// ("Yes.", "No, the sentences…", "**Not entailed**"), so that "No idea" or "Yes
// and no" say nothing.
func entailmentProse(text string) summarize.Entailment {
	s := strings.ToLower(strings.TrimLeft(text, " \t\r\n\"'*`_>#-"))
	for _, lead := range []string{"answer:", "verdict:"} {
		if strings.HasPrefix(s, lead) {
			s = strings.TrimLeft(s[len(lead):], " \t*")
		}
	}
	for _, p := range prosePhrases {
		if !strings.HasPrefix(s, p.text) {
			continue
		}
		rest := s[len(p.text):]
		if rest == "" || strings.ContainsRune(".,!;:)*\"'\n\r—–-", []rune(rest)[0]) {
			return p.v
		}
		return summarize.NoOpinion
	}
	return summarize.NoOpinion
}

// entailmentWord maps one word (lower case) to an answer.
func entailmentWord(w string) summarize.Entailment {
	switch strings.ReplaceAll(w, " ", "_") {
	case "yes", "entailed", "entails", "true", "supported":
		return summarize.Entailed
	case "no", "not_entailed", "false", "unsupported", "contradicted":
		return summarize.NotEntailed
	}
	return summarize.NoOpinion
}
